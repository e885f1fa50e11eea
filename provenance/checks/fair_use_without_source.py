"""PRV203 fair-use-without-source: a fair-use claim on a page that credits no source."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV203",
    name="fair-use-without-source",
    severity="warning",
    category="rights",
    summary="The page claims fair use for copied material but names no source, so the holder of the copied text is unknown.",
    why="A fair-use claim admits the text is someone else's. Without a credit line nobody can tell whose, and the copy cannot be cleared or attributed.",
    example="This site contains copyrighted material the use of which has not always been specifically authorized by the copyright owner. (and no Source: line anywhere)",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    if len(ctx.chain) > 1 or ctx.claims.attributions:
        return
    for notice in ctx.claims.notices:
        if notice.kind == "fair-use":
            yield make_finding(
                RULE,
                "fair use is claimed for copied material, but the page credits no source: the copyright holder is unknown",
                notice.evidence,
                suggestion="find the original article (search a distinctive sentence) and record its publisher before archiving",
            )
            return
