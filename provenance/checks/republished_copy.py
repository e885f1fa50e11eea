"""PRV101 republished-copy: the document is a copy of another outlet's article."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Evidence, Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV101",
    name="republished-copy",
    severity="info",
    category="chain",
    summary="The document credits another outlet as its source: it is a copy, and the chain runs from that outlet to this publisher.",
    why="A copy's rights belong to the original publisher, not to the site that carries it. Archivists and corpus builders must know the original to decide what they may keep.",
    example="[Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    if len(ctx.chain) < 2:
        return
    original, own = ctx.chain[0], ctx.chain[-1]
    evidence = original.evidence or Evidence("", original.line)
    by = f" by {original.author}" if original.author else ""
    dated = f", dated {original.date_text}" if original.date_text else ""
    route = " → ".join(str(link.publisher or "unknown publisher") for link in ctx.chain)
    yield make_finding(
        RULE,
        f"republished copy: the original is {original.publisher}'s article{by}{dated}; chain: {route}",
        Evidence(evidence.text, evidence.line),
        suggestion=f"record {original.publisher} as the original publisher"
        + "".join(f", {link.publisher} as an intermediary" for link in ctx.chain[1:-1] if link.role == "intermediary")
        + f" and {own.publisher or 'this site'} as the republisher",
    )
