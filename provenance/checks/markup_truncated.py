"""PRV911 markup-truncated: part of the page's markup was not read (nesting too deep,
too many elements, or an element with too many attributes)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import MAX_ATTRIBUTES, MAX_ELEMENTS
from ..model import Evidence, Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV911",
    name="markup-truncated",
    severity="warning",
    category="input",
    summary=f"Part of the page was not read: elements nested more than 2,048 deep, more than {MAX_ELEMENTS:,} elements, or an element with more than {MAX_ATTRIBUTES} attributes.",
    why="The parser stops at such depths, and such numbers cost seconds of parsing for no text a person reads; a notice, credit or date in the part not read is not in the report, so the audit of this page is incomplete.",
    example='<div><div><div> ... 3,000 levels ... <p>This work is licensed under CC BY 4.0.</p>',
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    document = ctx.document
    if not document.truncated:
        return
    # The evidence: the last line read, where what follows was lost.
    last = document.lines[-1] if document.lines else None
    yield make_finding(
        RULE,
        "part of the page was not read: " + "; ".join(document.truncated),
        Evidence(last.text[:200], last.number) if last else Evidence("", None),
        suggestion="open the page in a browser to check the part that was not read",
    )
