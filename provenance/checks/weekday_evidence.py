"""PRV303 weekday-evidence: the body's weekday mentions favour one candidate date over another."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..dates import support, weekday_name
from ..model import Finding, Related
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV303",
    name="weekday-evidence",
    severity="info",
    category="date",
    summary="When the page date and a source date disagree, reports which one the body's bare weekday mentions ('said Saturday', 'since Thursday') support, and how strongly.",
    why="News copy names days by weekday, meaning a day in the week up to publication (most often the last two days). Counting which candidate those mentions fit is independent evidence for which date is right.",
    example="page 08Jan22, source 08Jan21; body: 'in a statement Saturday', 'Friday evening', 'since Thursday' fit Saturday 2022-01-08 (5 of 5), not Friday 2021-01-08 (2 of 5)",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    published = ctx.claims.published
    if not published or not published.value.date or not ctx.claims.weekdays:
        return
    weekdays = [w.weekday for w in ctx.claims.weekdays]
    counted = Counter(weekdays)
    mentions = tuple(Related(w.evidence.line, w.phrase) for w in ctx.claims.weekdays)  # once, not once a credit
    window = ctx.options.weekday_window
    copy_support = support(published.value.date, counted, [], window)
    for attribution in ctx.claims.attributions:
        other = attribution.date.date if attribution.date else None
        if not other or abs((other - published.value.date).days) <= window:
            continue
        source_support = support(other, counted, [], window)
        if source_support.weekdays_fit == copy_support.weekdays_fit:
            continue
        better, worse = sorted((copy_support, source_support), key=lambda s: -s.weekdays_fit)
        total = len(weekdays)
        yield make_finding(
            RULE,
            f"the body's {total} weekday mention{'s' if total > 1 else ''} support {better.candidate.isoformat()} "
            f"({weekday_name(better.candidate.weekday())}: {better.weekdays_fit} of {total} fit) over "
            f"{worse.candidate.isoformat()} ({weekday_name(worse.candidate.weekday())}: {worse.weekdays_fit} of {total})",
            attribution.evidence,
            suggestion=better.candidate.isoformat(),
            related=mentions,
        )
