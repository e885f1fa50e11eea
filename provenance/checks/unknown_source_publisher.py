"""PRV102 unknown-source-publisher: a credit names a publisher the registry does not know."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..registry import same_outlet
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV102",
    name="unknown-source-publisher",
    severity="info",
    category="chain",
    summary="A source or credit line names a publisher that is not in the publisher registry, so its name is reported as written.",
    why="Unnormalised names split one publisher into many ('AP', 'Associated Press', 'The Associated Press') in reports and rights decisions. Adding the outlet to a registry pack fixes every later audit.",
    example="[Source: By Jane Roe, Kazakh Daily Courier, 08Jan22]",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    own = ctx.chain[-1].publisher
    for attribution in ctx.claims.attributions:
        # A credit to the site's own outlet ("first published in the print edition of Die
        # Weltwoche" on weltwoche.ch) names no source.
        if not attribution.known and attribution.publisher and not same_outlet(attribution.publisher, own):
            yield make_finding(
                RULE,
                f"'{attribution.publisher}' is credited as a source but is not in the publisher registry",
                attribution.evidence,
                suggestion=f"add [[publisher]] name = \"{attribution.publisher}\" to a rule pack (--rules DIR) with its aliases and domains",
            )
