"""PRV309 source-long-before-copy: a credit line dated implausibly long before the copy."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from ..dates import support, weekday_name
from ..model import Finding, Related
from ..packs import RuleDoc
from ..rules import Context, dated_sources, make_finding

RULE = RuleDoc(
    id="PRV309",
    name="source-long-before-copy",
    severity="warning",
    category="date",
    summary=(
        "A source or credit line is dated more than max_source_lag_days (default 30) before the copy's own date. "
        "Exact whole-year gaps are PRV302's, sources after the copy PRV301's."
    ),
    why=(
        "Republishers copy news within days of the original. A copy dated months or years after its source usually "
        "carries a mistyped date (a year slip a day or two off), and date-based selection then files it with the "
        "wrong news. Re-runs that say so ('originally published on ...') are not reported."
    ),
    example="page dated 08Jan22 carrying [Source: By Nariman Gizitdinov, Bloomberg, 07Jan21]",
    origin=__name__,
)

# Credits that announce a re-run: their age is the point, not a slip.
_RERUN_FORMS = frozenset({"originally-published", "first-appeared"})


def check(ctx: Context) -> Iterator[Finding]:
    limit = ctx.options.max_source_lag_days
    weekdays = [w.weekday for w in ctx.claims.weekdays]
    counted = Counter(weekdays)
    for attribution, source_date, published in dated_sources(ctx):
        copy_date = published.value.date
        assert copy_date is not None
        lag = (copy_date - source_date).days
        if lag <= limit or attribution.form in _RERUN_FORMS:
            continue
        if (source_date.month, source_date.day) == (copy_date.month, copy_date.day):
            continue  # PRV302 reports an exact year slip
        mended = _year_mended(source_date, copy_date, limit)
        note = ""
        if weekdays and mended:
            fits_copy = support(copy_date, counted, [], ctx.options.weekday_window).weekdays_fit
            fits_source = support(source_date, counted, [], ctx.options.weekday_window).weekdays_fit
            note = (
                f"; the body's weekday mentions fit {copy_date.isoformat()} ({weekday_name(copy_date.weekday())}) "
                f"{fits_copy} of {len(weekdays)} times and {source_date.isoformat()} {fits_source}"
            )
        yield make_finding(
            RULE,
            f"the source line is dated {source_date.isoformat()}, {_span(lag)} before this copy's date {copy_date.isoformat()} "
            f"(more than the {limit} days a republisher usually takes){note}",
            attribution.evidence,
            suggestion=(
                f"{mended.isoformat()} (probably a slip in the source line's year: {(copy_date - mended).days} day(s) before the copy)"
                if mended
                else f"check the source line's date against the original article; the copy's date ({published.value.text}) is on line {published.evidence.line}"
            ),
            related=[Related(published.evidence.line, published.evidence.text)],
        )


def _year_mended(source: dt.date, copy: dt.date, limit: int) -> dt.date | None:
    """The source date with its year moved up by one to three years, if that puts it
    within the usual lag before the copy (or a day after it: time zones)."""
    for years in (1, 2, 3):
        try:
            moved = source.replace(year=source.year + years)
        except ValueError:  # 29 February
            continue
        if -1 <= (copy - moved).days <= limit:
            return moved
    return None


def _span(days: int) -> str:
    return f"{days} days" if days < 730 else f"about {days // 365} years"
