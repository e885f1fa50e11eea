"""PRV308 modified-before-published: the page says it was modified before it was published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..claims import head_date
from ..model import DateClaim, Finding, Related
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV308",
    name="modified-before-published",
    severity="warning",
    category="date",
    summary=(
        "A modification date (a visible 'Updated ...' line, or dateModified / article:modified_time a year or more "
        "out) is earlier than the page's publication date."
    ),
    why=(
        "A page cannot be updated before it appears: one of the two dates is wrong, or the page was re-dated and its "
        "text is older than its publication date says. Metadata alone is held to a year, because a post scheduled "
        "after its last edit carries a modified date days or weeks before its publication (12 of 12 such dev pages)."
    ),
    example='page dated 2021-06-07 whose headline reads "Updated June 2, 2021"',
    origin=__name__,
)

# Metadata modified up to this long before publication is a scheduled post, not an error:
# on the dev pages such leads run from 2 to 142 days, and every one of those pages is right.
_SCHEDULED_LEAD = dt.timedelta(days=365)
_TIME_ZONE = dt.timedelta(days=1)
_SHOWN_ZONES = ("header", "body")
_SHOWN_EXTRA = 40  # an "Updated" line carries little besides its date


def check(ctx: Context) -> Iterator[Finding]:
    published = ctx.claims.published
    if published is None or published.value.date is None:
        return
    pub_date = published.value.date
    related = [Related(published.evidence.line, published.evidence.text)]
    zones: dict[tuple[int | None, str], str] = {}
    for claim in ctx.claims.dates:
        modified = claim.value.date
        if claim.role != "modified" or modified is None or modified >= pub_date - _TIME_ZONE:
            continue
        if len(claim.evidence.text) - len(claim.value.text) > _SHOWN_EXTRA:
            continue
        zones = zones or {(line.number, line.text): line.zone for line in ctx.document.lines}
        if zones.get((claim.evidence.line, claim.evidence.text)) not in _SHOWN_ZONES:
            continue  # "Terms of Service (updated ...)" in a footer is not this page's update
        yield make_finding(
            RULE,
            f"the page shows an update on {modified.isoformat()} ('{claim.value.text}'), {_before(modified, pub_date)} "
            f"its publication date {pub_date.isoformat()}: one of the two dates is wrong",
            claim.evidence,
            suggestion=_suggestion(claim, pub_date),
            related=related,
        )
    meta = head_date(ctx.claims, "modified")
    if meta is not None and meta.value.date is not None and meta.value.date <= pub_date - _SCHEDULED_LEAD:
        yield make_finding(
            RULE,
            f"the metadata says the page was modified on {meta.value.date.isoformat()}, {_before(meta.value.date, pub_date)} "
            f"its publication date {pub_date.isoformat()}: more than a scheduled post explains; one date is wrong, or the "
            "page was re-dated and its text is older",
            meta.evidence,
            suggestion=_suggestion(meta, pub_date),
            related=related,
        )


def _before(earlier: dt.date, later: dt.date) -> str:
    days = (later - earlier).days
    return f"{days} days before" if days < 730 else f"{days // 365} years before"


def _suggestion(modified: DateClaim, pub_date: dt.date) -> str:
    date = modified.value.date
    assert date is not None
    if (date.month, date.day) == (pub_date.month, pub_date.day):
        return f"{date.replace(year=pub_date.year).isoformat()} (the same day and month: probably a slip in the modified date's year)"
    return f"check both dates; if the page was re-dated, its text dates from {date.isoformat()} or earlier"
