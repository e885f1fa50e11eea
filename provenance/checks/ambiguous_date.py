"""PRV305 ambiguous-numeric-date: a numeric date that reads two ways."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV305",
    name="ambiguous-numeric-date",
    severity="info",
    category="date",
    summary=(
        "A numeric date such as 03/04/2005 can be day-first or month-first. The page's language settles it where it can "
        "(<html lang> fr, de, en-GB: day first; en-US: month first); where it cannot (no language, plain 'en'), the date "
        "is reported with both readings, not guessed."
    ),
    why="Guessing silently turns 3 April into 4 March for half the world's pages; a librarian should see both readings and decide from the page's country or source.",
    example="Posted 03/04/2005",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    for claim in ctx.claims.dates:
        readings = claim.value.readings
        if claim.value.date is None and readings:
            yield make_finding(
                RULE,
                f"'{claim.value.text}' is ambiguous: it reads as {' or '.join(d.isoformat() for d in readings)}",
                claim.evidence,
            )
