"""PRV304 weekday-date-mismatch: a date written with its weekday, where the two disagree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..dates import weekday_name
from ..model import Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV304",
    name="weekday-date-mismatch",
    severity="warning",
    category="date",
    summary="An explicit date carries a weekday that the calendar contradicts ('Friday, March 15, 2023' was a Wednesday).",
    why="A written weekday is checked by the person who wrote it far more often than the year is: when they disagree, the year or day is usually the mistake. Date parsers silently drop the weekday.",
    example="Friday, March 15, 2023",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    for claim in ctx.claims.dates:
        value = claim.value
        if value.date is None or value.weekday is None or value.date.weekday() == value.weekday:
            continue
        written = weekday_name(value.weekday)
        actual = weekday_name(value.date.weekday())
        nearest = [value.date.replace(year=value.date.year + k) for k in (-1, 1, -2, 2, -3, 3) if _valid(value.date, k)]
        fits = next((d for d in nearest if d.weekday() == value.weekday), None)
        yield make_finding(
            RULE,
            f"'{value.text}': {value.date.isoformat()} was a {actual}, not a {written}",
            claim.evidence,
            suggestion=f"{fits.isoformat()} (the nearest year in which it was a {written})" if fits else None,
        )


def _valid(date: dt.date, shift: int) -> bool:
    try:
        date.replace(year=date.year + shift)
    except ValueError:
        return False
    return True
