"""PRV302 source-date-year-slip: source and copy dates differ by whole years, same day and month."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..dates import support, weekday_name
from ..model import MAX_RELATED, Finding, Related
from ..packs import RuleDoc
from ..rules import Context, dated_sources, make_finding

RULE = RuleDoc(
    id="PRV302",
    name="source-date-year-slip",
    severity="warning",
    category="date",
    summary="The source line's date has the same day and month as the republication date but another year: most likely a typing slip in the year.",
    why="Republishers copy wire stories on the day they appear; a date exactly N years off is almost always a mistyped year, and it makes the copy look N years older or younger than it is. The body's weekday mentions tell which year is right.",
    example="page dated 08Jan22 with [Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]; the body says 'in a statement Saturday' and 2022-01-08 was a Saturday",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    weekdays = [w.weekday for w in ctx.claims.weekdays]
    counted = Counter(weekdays)
    mentions = tuple(Related(w.evidence.line, w.phrase) for w in ctx.claims.weekdays)  # once, not once a credit
    for attribution, source_date, published in dated_sources(ctx):
        copy_date = published.value.date
        assert copy_date is not None
        if source_date == copy_date or (source_date.month, source_date.day) != (copy_date.month, copy_date.day):
            continue
        years = abs(copy_date.year - source_date.year)
        direction = "before" if source_date < copy_date else "after"
        # The two dates share day and month: only the weekday mentions tell their years apart.
        body_source = support(source_date, counted, [], ctx.options.weekday_window)
        body_copy = support(copy_date, counted, [], ctx.options.weekday_window)
        if body_source.weekdays_fit > body_copy.weekdays_fit:
            likely, wrong = source_date, "this page's date"
        else:
            likely, wrong = copy_date, "the source line's year"
        evidence_note = ""
        if weekdays:
            evidence_note = (
                f"; the body's weekday mentions fit {copy_date.isoformat()} ({weekday_name(copy_date.weekday())}) "
                f"{body_copy.weekdays_fit} of {len(weekdays)} times and {source_date.isoformat()} "
                f"({weekday_name(source_date.weekday())}) {body_source.weekdays_fit} of {len(weekdays)}"
            )
        plural = "s" if years > 1 else ""
        yield make_finding(
            RULE,
            f"the source line's date {source_date.isoformat()} is exactly {years} year{plural} {direction} the republication date "
            f"{copy_date.isoformat()} (same day and month): a probable {years}-year slip in {wrong}{evidence_note}",
            attribution.evidence,
            suggestion=likely.isoformat(),
            related=(Related(published.evidence.line, published.evidence.text), *mentions[:MAX_RELATED]),
            related_total=1 + len(mentions),
        )
