"""The page's own date: the best-supported of its metadata, its republication footer,
its URL and the dates it shows; and, where the metadata and the date shown with the
headline disagree, the one the rest of the page supports."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace

from ..dates import YEAR, date_in_url, support, weekday_day_months, weekday_name, yearless_dates
from ..model import AuditOptions, Claims, DateClaim, DateDispute, DateValue, Document, Evidence
from ..packs import Packs
from ..registry import same_outlet, same_site_hosts, url_host

_EARLIEST = dt.date(1995, 1, 1)  # no web page in the set we audit predates this

# Days a metadata date (often UTC) and the date a page shows (local time) may differ by
# without disagreeing: 11 of the 236 dev pages that show a date by the headline and have
# date metadata are one day apart, and one of the two is the labelled date in all 11.
_TIME_ZONE_DAYS = 1
_ONE_DAY = dt.timedelta(days=1)


def _close(a: dt.date, b: dt.date) -> bool:
    return abs((a - b).days) <= _TIME_ZONE_DAYS


def inline_markup(claim: DateClaim) -> bool:
    """A date from markup inside the page (<time>, microdata <meta itemprop>) rather than
    its head: such markup is part of what is shown, and on list pages dates other posts."""
    return claim.evidence.where.startswith(("time", "meta[itemprop"))


def url_date(doc: Document) -> tuple[str, DateValue] | None:
    """The date in the path of the page's address: its own, else og:url's, else the
    canonical's, the first that holds one (a crawl fetches "/news/12345", og:url names
    "/2021/03/05/harbour-reopens/"); with the address it was read from."""
    addresses = [a for a in (doc.source.url, *(m.value for m in (*doc.meta("og:url"), *doc.meta("link:canonical")))) if a]
    own = url_host(addresses[0]) if addresses else ""
    for address in addresses:
        # Only the page's own site: a copy's canonical names the original, whose date is not the copy's.
        # An address without a host ("/2021/03/05/slug/") is a path on the page's own site.
        host = url_host(address)
        value = date_in_url(address) if not host or same_site_hosts(host, own) else None
        if value is not None:
            return address, value
    return None


def head_date(claims: Claims, role: str = "published") -> DateClaim | None:
    """The metadata's publication (or modification) date: the first in the page's head.
    Later ones are copies of it or, in JSON-LD item lists, the dates of other articles. A
    fallback (weight 0 in the pack) is never it."""
    return next((c for c in claims.meta_dates if c.role == role and c.weight > 0 and not inline_markup(c)), None)


def settle_numeric_order(claims: Claims) -> None:
    """Read the page's numeric dates in the order it writes them, where its language's
    convention reads them otherwise: the date shown with the headline is the metadata's
    date only the other way round ("11/01/2021" on a German page whose metadata says
    2021-11-01), so the page writes month first, and every ambiguous date on it is read so
    ("Stand: 11/01/2021" under the text too)."""
    metadata = head_date(claims)
    shown = next((c for c in claims.dates if c.role == "published"), None)
    if metadata is None or shown is None or not shown.value.readings:
        return
    meta_date = metadata.value.date
    assert meta_date is not None
    if shown.value.date is not None and _close(meta_date, shown.value.date):
        return
    order = next((i for i, reading in enumerate(shown.value.readings) if reading is not None and _close(meta_date, reading)), None)
    if order is None:
        return
    claims.dates = [
        replace(c, value=replace(c.value, date=c.value.readings[order])) if len(c.value.readings) > order and c.value.readings[order] else c
        for c in claims.dates
    ]


def find_dispute(claims: Claims) -> tuple[DateClaim, DateClaim] | None:
    """The metadata's publication date and the date shown with the headline, when they
    are more than a time zone apart. Not a dispute: a page showing its last update
    (the date matches modified metadata) or showing the metadata's date as well."""
    shown = [c for c in claims.dates if c.role == "published"]
    metadata = head_date(claims)
    if not shown or metadata is None:
        return None
    visible = shown[0]
    meta_date = metadata.value.date
    assert meta_date is not None
    # A numeric date whose other reading is the metadata's was read so before (settle_numeric_order).
    if any(_close(meta_date, c.value.date) for c in shown):  # type: ignore[arg-type]
        return None
    if _shows_update(claims, visible):
        return None
    return metadata, visible


def _shows_update(claims: Claims, shown: DateClaim) -> bool:
    """Whether the date shown with the headline is the page's last update (modified metadata)."""
    return any(c.role == "modified" and _close(c.value.date, shown.value.date) for c in claims.meta_dates)  # type: ignore[arg-type]


def _settle(doc: Document, claims: Claims, metadata: DateClaim, visible: DateClaim, window: int) -> DateDispute:
    """Weigh what else on the page fits each date: other metadata, the URL's date, the
    weekday written beside the visible date, the body's weekday and day-month mentions."""
    meta_date, seen = metadata.value.date, visible.value.date
    assert meta_date is not None and seen is not None
    for_meta: list[str] = []
    for_seen: list[str] = []
    published = [c for c in claims.meta_dates if c.role == "published" and c.weight > 0 and c is not metadata]
    agree_seen = [c for c in published if _close(c.value.date, seen)]  # type: ignore[arg-type]
    # Meta tags and JSON-LD are usually copies of one CMS field, so they count for the
    # metadata date only when the metadata is split (some of it gives the visible date);
    # inline markup counts on its own.
    split = any(not inline_markup(c) for c in agree_seen)
    agree_meta = [c for c in published if _close(c.value.date, meta_date) and (split or inline_markup(c))]  # type: ignore[arg-type]
    for agree, side in ((agree_seen, for_seen), (agree_meta, for_meta)):
        if agree:
            side.append(", ".join(f"{c.evidence.where} {c.value.date.isoformat()}" for c in agree[:3]))  # type: ignore[union-attr]
    found = url_date(doc)
    in_url = found[1] if found else None
    if in_url and in_url.date:
        if _close(in_url.date, seen):
            for_seen.append(f"the URL's date ({in_url.text})")
        elif _close(in_url.date, meta_date):
            for_meta.append(f"the URL's date ({in_url.text})")
    written = visible.value.weekday
    if written is not None and seen.weekday() != meta_date.weekday():
        if written == seen.weekday():
            for_seen.append(f"the weekday written beside it ({weekday_name(written)})")
        elif written == meta_date.weekday():
            for_meta.append(f"the weekday written beside the visible date ({weekday_name(written)})")
    weekdays = [w.weekday for w in claims.weekdays]
    day_months = [(d.month, d.day) for d in claims.day_months]
    body_seen = support(seen, weekdays, day_months, window)
    body_meta = support(meta_date, weekdays, day_months, window)
    if body_seen.weekdays_fit != body_meta.weekdays_fit:
        more, fewer, side = (
            (body_seen, body_meta, for_seen) if body_seen.weekdays_fit > body_meta.weekdays_fit else (body_meta, body_seen, for_meta)
        )
        side.append(f"{more.weekdays_fit} of the body's {len(weekdays)} weekday mentions ({fewer.weekdays_fit} for the {_other(side is for_seen)} date)")
    if body_seen.day_months_fit != body_meta.day_months_fit:
        more, fewer, side = (
            (body_seen, body_meta, for_seen) if body_seen.day_months_fit > body_meta.day_months_fit else (body_meta, body_seen, for_meta)
        )
        side.append(
            f"{more.day_months_fit} of the body's {len(day_months)} day-and-month mentions "
            f"({fewer.day_months_fit} for the {_other(side is for_seen)} date)"
        )
    # Modified before the visible date (beyond a time zone) but not before the metadata's.
    modified = next(
        (
            c for c in claims.meta_dates
            if c.role == "modified" and c.value.date < seen - _ONE_DAY and not c.value.date < meta_date - _ONE_DAY  # type: ignore[operator]
        ),
        None,
    )
    if modified is not None:
        for_meta.append(f"{modified.evidence.where} {modified.value.date.isoformat()} is before the visible date")  # type: ignore[union-attr]
    return DateDispute(metadata, visible, tuple(for_meta), tuple(for_seen))


def _other(for_shown: bool) -> str:
    return "metadata" if for_shown else "shown"


# A timestamp in UTC, and one in a zone of its own; a clock time beside a date in the text.
_UTC = re.compile(r"(\d{1,2}):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|\s?UTC|\s?GMT)\s*$", re.I)
_OFFSET = re.compile(r"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*([+-])(\d\d):?(\d\d)\s*$")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h\b)?", re.I)
_ZONE_NAMED = re.compile(r"\b(?:[A-Z][SD]T|[A-Z]{2,4}T|GMT|UTC|MEZ|MESZ|CET|CEST)\b")
_LOCAL_LINE_EXTRA = 60


def _local_day(claim: DateClaim) -> bool:
    """Whether a claim gives the page's local day: a timestamp with its own offset, a
    metadata date and time without a zone, or a date shown with a clock time on a short
    line ("Published 11:26 pm EST, Tuesday, November 19, 2019")."""
    text = claim.value.text
    if claim.evidence.where != "text":
        if _UTC.search(text):
            return False
        offset = _OFFSET.search(text)
        return (offset is not None and _offset_minutes(offset) != 0) or bool(_CLOCK.search(text) and not _ZONE_NAMED.search(text))
    line = claim.evidence.text
    return len(line) - len(text) <= _LOCAL_LINE_EXTRA and bool(_CLOCK.search(line))


def _in_local_time(usable: list[DateClaim]) -> list[DateClaim]:
    """A UTC timestamp is the local day's instant, which may fall on the day before or
    after; where the page gives its local day one day from the UTC one, the UTC claims
    count for the local day (a US evening story is dated the next day in UTC), if the
    instant can fall on that day: in the zone the page's own timestamps give, or in any."""
    local = {c.value.date for c in usable if _local_day(c)}
    if not local:
        return usable
    offsets = {_offset_minutes(m) for c in usable if c.evidence.where != "text" and (m := _OFFSET.search(c.value.text))}
    moved: list[DateClaim] = []
    for claim in usable:
        date = claim.value.date
        if date is not None and date not in local and claim.evidence.where != "text" and (utc := _UTC.search(claim.value.text)):
            near = [d for d in local if d is not None and abs((d - date).days) == 1]
            if len(near) == 1 and _falls_on(int(utc[1]) * 60 + int(utc[2]), (near[0] - date).days, offsets):
                claim = DateClaim(replace(claim.value, date=near[0]), claim.role, claim.evidence, claim.weight)
        moved.append(claim)
    return moved


# The world's clocks run from twelve hours behind UTC to fourteen ahead.
_ZONES_BEHIND, _ZONES_AHEAD = -12 * 60, 14 * 60
_DAY = 24 * 60


def _offset_minutes(m: re.Match[str]) -> int:
    minutes = int(m[2]) * 60 + int(m[3])
    return -minutes if m[1] == "-" else minutes


def _falls_on(minute: int, days: int, offsets: set[int]) -> bool:
    """Whether a UTC instant, `minute` of its day, falls `days` (±1) from that day in a zone
    the page's own timestamps give ("2015-12-13T01:10:03+01:00" beside it), or where they
    give none, in some zone: 05:00 UTC is the next day nowhere, 20:00 UTC the day before nowhere."""
    zones = (offsets - {0}) or {_ZONES_AHEAD if days > 0 else _ZONES_BEHIND}
    return any((minute + offset) // _DAY == days for offset in zones)


_YEARLESS_ZONES = ("body", "header")
_STAMP_EXTRA = 20  # characters a date stamp's line holds besides its date: a time, "Updated", a mark


def _yearless_date(doc: Document, packs: Packs, claims: Claims, latest: dt.date) -> DateClaim | None:
    """On a page with no other date, its first date written with no year but its weekday
    ("3/9(木) 18:45配信", a stamp "Thursday, March 9, 6:45 p.m."), in the latest year the
    page names (its copyright lines', its address's, its record's) on which that day is that
    weekday: the weekday settles the year among the page's own; where none fits, no date."""
    years = _page_years(doc, claims)
    if not years or packs.vocab.yearless is None:
        return None
    for line in doc.lines:
        if line.zone not in _YEARLESS_ZONES:
            continue
        found = next(yearless_dates(line.text, packs.vocab), None) if "(" in line.text or "（" in line.text else None
        # In Latin script ("Thursday, March 9"), only a date stamp: the date is the line, but for
        # its time; in running text a weekday and a day date an event ("on Thursday, March 9, the council …").
        found = found or next((f for f in weekday_day_months(line.text, packs.vocab) if len(line.text.strip()) <= f[4] - f[3] + _STAMP_EXTRA), None)
        if found is None:
            continue
        month, day, weekday, start, end = found
        date = _latest_fitting(years, month, day, weekday, latest)
        # The page's first such date, or none: a later one dates something else.
        return DateClaim(DateValue(date, line.text[start:end], weekday=weekday), "published", Evidence(line.text, line.number), 1.0) if date else None
    return None


def _latest_fitting(years: set[int], month: int, day: int, weekday: int, latest: dt.date) -> dt.date | None:
    """The day in the latest of `years` on which it falls on `weekday`, none after `latest`."""
    for year in sorted(years, reverse=True):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year
        if date.weekday() == weekday and _EARLIEST <= date <= latest:
            return date
    return None


def _page_years(doc: Document, claims: Claims) -> set[int]:
    """The years a page names of itself: its copyright lines' (a span's years between too:
    "2012-2018"), its address's, its record's."""
    years: set[int] = set()
    for notice in claims.notices:
        named = [int(y) for y in YEAR.findall(notice.year)] if notice.kind == "copyright" and notice.year else []
        years.update(range(min(named), max(named) + 1) if named else ())
    years.update(int(y) for y in YEAR.findall(doc.source.url or ""))
    if doc.source.record_date is not None:
        years.add(doc.source.record_date.year)
    return years


def page_date(
    doc: Document, packs: Packs, claims: Claims, options: AuditOptions, disputed: tuple[DateClaim, DateClaim] | None
) -> DateClaim | None:
    """The best-supported publication date: metadata, republication footer, URL, datelines;
    where metadata and the date shown with the headline disagree (`disputed`, from
    find_dispute), the one the rest of the page supports (recorded in claims.dispute)."""
    assert options.as_of is not None  # audit_raw settles it before claims are read
    latest = options.as_of + dt.timedelta(days=1) if options.as_of < dt.date.max else options.as_of
    candidates = [c for c in claims.meta_dates if c.role == "published"]
    own = claims.publisher.value if claims.publisher else None
    for notice in claims.notices:
        # A republication footer dates this page only if it is this page's own: a page that
        # reproduces another archive's copy carries that archive's footer and its date.
        if notice.kind == "republication" and notice.date and notice.date.date and notice.publisher in (None, own):
            candidates.append(DateClaim(notice.date, "published", notice.evidence, 3.0))
    found = url_date(doc)
    if found is not None:
        candidates.append(DateClaim(found[1], "published", Evidence(found[0], None, "url"), 2.0))
    # A date in another outlet's credit line ("[Source: By Jane Doe, AFP, 08Jan22]") is that
    # outlet's date, not this page's.
    credit_lines = {a.evidence.line for a in claims.attributions if a.date and a.publisher and not same_outlet(a.publisher, own)}
    dates = (c for c in claims.dates if c.role in ("mention", "published") and c.value.date and c.evidence.line not in credit_lines)
    for index, claim in enumerate(dates):
        if index >= 12 and claim.role != "published":
            continue  # a page's first dozen dates vote; the one shown with the headline always does
        own_line = len(claim.evidence.text) <= len(claim.value.text) + 12
        weight = claim.weight * (2.0 if own_line else 1.0) / (1 + index * 0.5)
        candidates.append(DateClaim(claim.value, "published", claim.evidence, weight))
    # A date shown as the page's last update ("Stand: 20.11.2026") dates it where nothing else
    # does: a fallback (weight 0), as the page stood then at the latest.
    candidates += [DateClaim(c.value, "published", c.evidence, 0.0) for c in claims.dates if c.role == "modified" and c.value.date]
    usable = _in_local_time([c for c in candidates if c.value.date and _EARLIEST <= c.value.date <= latest])
    if not usable:
        return _yearless_date(doc, packs, claims, latest)
    if any(c.weight > 0 for c in usable):
        usable = [c for c in usable if c.weight > 0]  # a weight of 0 in the pack: a fallback only
    score: dict[dt.date, float] = defaultdict(float)
    for claim in usable:
        score[claim.value.date] += claim.weight  # type: ignore[index]
    best = max(score, key=lambda d: score[d])
    if disputed is not None:
        claims.dispute = _settle(doc, claims, *disputed, options.weekday_window)
        if claims.dispute.likely in score:
            best = claims.dispute.likely
    else:
        # Otherwise the date shown with the headline is the page's date: 370 of the 381
        # found on the dev pages are right, better than any vote. It also settles time
        # zones: metadata a day off is often UTC, the shown date the local one (right in
        # 10 of 11 such pairs).
        shown = [c for c in claims.dates if c.role == "published" and c.value.date in score]
        metadata = head_date(claims)
        meta_date = metadata.value.date if metadata else None
        # Where the page shows several dates, the one the metadata agrees with. (Preferring
        # the metadata where the shown date is the last update fixed one tuning page and
        # lost three held-out ones: the shown date stands.)
        agreed = next((c.value.date for c in shown if meta_date and _close(c.value.date, meta_date)), None)  # type: ignore[arg-type]
        if agreed is not None:
            best = agreed
        elif shown:
            best = shown[0].value.date  # type: ignore[assignment]
    # Of the claims for the winning date, show the first one a person can see, if any.
    visible = [c for c in usable if c.value.date == best and c.evidence.where == "text"]
    if visible:
        return min(visible, key=lambda c: c.evidence.line or 0)
    return max((c for c in usable if c.value.date == best), key=lambda c: c.weight)
