"""PRV102 unknown-source-publisher: a credit names a publisher the registry does not know."""

from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..packs import RuleDoc
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
    for attribution in ctx.claims.attributions:
        if not attribution.known and attribution.publisher:
            yield make_finding(
                RULE,
                f"'{attribution.publisher}' is credited as a source but is not in the publisher registry",
                attribution.evidence,
                suggestion=f"add [[publisher]] name = \"{attribution.publisher}\" to a rule pack (--rules DIR) with its aliases and domains",
            )
