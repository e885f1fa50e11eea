"""PRV301 source-after-copy: the source is dated after the copy that reproduces it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model import Finding, Related
from ..packs import RuleDoc
from ..rules import Context, dated_sources, make_finding

RULE = RuleDoc(
    id="PRV301",
    name="source-after-copy",
    severity="error",
    category="date",
    summary="A source or credit line dates the original after this document's own publication date.",
    why="A copy cannot predate its original: one of the two dates is wrong, and any date-based decision (embargo, public-domain term, corpus cut-off) made on either is unsafe.",
    example="page dated 08Jan21 carrying [Source: By Nariman Gizitdinov, Bloomberg, 08Jan22]",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    for attribution, source_date, published in dated_sources(ctx):
        copy_date = published.value.date
        assert copy_date is not None
        if source_date <= copy_date + dt.timedelta(days=1):
            continue  # a day's grace: time zones put wire copy a day "ahead"
        yield make_finding(
            RULE,
            f"the source is dated {source_date.isoformat()}, after this copy's publication date {copy_date.isoformat()}: a copy cannot predate its original",
            attribution.evidence,
            suggestion=f"check both dates; the copy's date ({published.value.text}) appears on line {published.evidence.line}",
            related=[Related(published.evidence.line, published.evidence.text)],
        )
