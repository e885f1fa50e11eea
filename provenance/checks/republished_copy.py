"""PRV101 republished-copy: the document is a copy of another outlet's article."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import AGENCY_MATERIAL, ChainLink, Evidence, Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV101",
    name="republished-copy",
    severity="info",
    category="chain",
    summary="The document credits another outlet as its source: it is a copy, and the chain runs from that outlet to this publisher. "
    "A text that says it holds an agency's material (\"With inputs from PTI\") is reported as built on it.",
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
    if all(link.form == AGENCY_MATERIAL for link in ctx.chain[:-1]):
        # "With inputs from PTI": the page's own telling of the agency's story, not a copy of its article.
        yield make_finding(
            RULE,
            f"built on an agency's material: the text credits {_names(ctx.chain[:-1])}; chain: {route}",
            Evidence(evidence.text, evidence.line),
            suggestion=f"record {_names(ctx.chain[:-1])} as the source of the text's material and "
            f"{own.publisher or 'this site'} as the publisher of this telling of it",
        )
        return
    yield make_finding(
        RULE,
        f"republished copy: the original is {original.publisher}'s article{by}{dated}; chain: {route}",
        Evidence(evidence.text, evidence.line),
        suggestion=f"record {original.publisher} as the original publisher"
        + "".join(f", {link.publisher} as an intermediary" for link in ctx.chain[1:-1] if link.role == "intermediary")
        + f" and {own.publisher or 'this site'} as the republisher",
    )


def _names(links: list[ChainLink]) -> str:
    """"dpa", "dpa and AFP", "dpa, AFP and Reuters"."""
    names = [str(link.publisher) for link in links]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
