"""The dates written in a document: each with its role (shown with the headline, a
mention, a copyright year, an update), the metadata's page dates, and the bare weekday
and day-month mentions that weigh one date against another."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from ..dates import CenturyHint, DateVocab, day_month_mentions, find_dates, parse_metadata_date, weekday_mentions
from ..model import Claims, DateClaim, DayMonthMention, Document, Evidence, Line, WeekdayMention
from ..notices.page import under_related
from ..packs import Packs
from ..scan import evidence
from ..words import PARAGRAPH_WORDS, word_count
from .headline import Headline
from .published import head_date, url_date

_ZONE_WEIGHT = {"header": 1.5, "body": 1.0, "footer": 0.3, "boilerplate": 0.0}
_COPYRIGHT_NEAR = re.compile(r"©|\(c\)|copyright|&copy;", re.I)
# A page shows its own date on a short line within a few lines after its headline, or
# just above it. Such a line carries little besides the date ("von Redaktion · 3. Mai
# 2021"): on the dev pages 370 of 381 dates placed so are the labelled page date, while
# longer lines there are mostly body text citing other dates.
_DATELINE_EXTRA = 40
# A post's meta bar: fields between bars or dots, the date in one of them ("von Jane Roe | 20. Mai
# 2007 | Ergebnisse | 0 Kommentare", "By Jane Roe · May 20, 2007 · 4 min read").
_META_FIELDS = re.compile(r"\s[|·•]\s")
_META_BAR = 120  # characters: a meta bar's line, not a sentence's


def _day_first(doc: Document, vocab: DateVocab) -> bool | None:
    """How the page's language orders numeric dates: <html lang>, with og:locale adding
    the region a bare "en" lacks when it names the same language. None: not settled."""
    langs = [m.value for m in doc.metadata if m.key == "lang"]
    locales = [m.value for m in doc.metadata if m.key == "og:locale"]
    if not langs and not locales:
        return None
    primary = langs[0].lower().replace("_", "-").split("-")[0] if langs else None
    same = [v for v in locales if primary is None or v.lower().replace("_", "-").split("-")[0] == primary]
    return vocab.day_first([v for v in langs if "-" in v or "_" in v] + same + langs)


def meta_dates(doc: Document, packs: Packs) -> list[DateClaim]:
    """Every page date in the metadata, with its role (published or modified) from the pack."""
    found: list[DateClaim] = []
    first_time = next((m for m in doc.metadata if m.key == "time"), None)
    for item in doc.metadata:
        role_weight = packs.date_meta.get(item.key)
        if item is first_time and role_weight is None:
            # The page's first <time datetime>, whatever it shows ("5 minutes ago"): most
            # often the article's own; later ones date the items of a list.
            role_weight = ("published", 1.0)
        if role_weight is None:
            continue
        value = parse_metadata_date(item.value, packs.vocab)
        if value and value.date:
            role, weight = role_weight
            found.append(DateClaim(value, role, Evidence(item.value, item.line, item.where), weight))  # type: ignore[arg-type]
    return found


def scan_dates(
    doc: Document, packs: Packs, hint: CenturyHint, claims: Claims, headline: Headline, today: dt.date | None = None
) -> list[tuple[int, int]]:
    """The dates written in the text, each with its role, into claims.dates; returns
    their spans in `doc.text`, sorted, for the mention scanners to pass over. `today`: the
    day the page was fetched, which a masthead above the headline shows."""
    vocab = packs.vocab
    text = doc.text
    starts = doc.starts
    near_headline = headline.near if doc.is_html else None
    spans: list[tuple[int, int]] = []
    labelled: int | None = None  # the first date a "Published:" label opens a line with
    shown_at: list[tuple[int, int]] = []  # dates shown by the headline: (claim, line)

    def above_headline(index: int) -> bool:
        # Asked only of a date on the day the page was fetched: the headline's lines are found then.
        if not doc.is_html:
            return False
        occurrences = headline.occurrences()
        if occurrences:
            return index < occurrences[0]
        # No headline recognised (no <h1> repeats the title): the text's first paragraph stands
        # for it, and a top bar's "today" stands above that as above a headline.
        first = next((i for i, line in enumerate(doc.lines) if line.zone == "body" and word_count(line.text) >= PARAGRAPH_WORDS), None)
        return first is not None and index < first

    for found in find_dates(text, vocab, hint, _day_first(doc, vocab)):
        spans.append((found.start, found.end))
        index = bisect_right(starts, found.start) - 1
        line = doc.lines[index]
        start = found.start - starts[index]
        before = line.text[max(0, start - 40) : start]
        after = line.text[found.end - starts[index] : found.end - starts[index] + 24]
        role = "copyright" if _COPYRIGHT_NEAR.search(before) else "modified" if vocab.is_update(before, after) else "mention"
        # A picture's caption or a figure's legend set as a line of its own ("Abbildung: … vom 31.05.2021") dates the picture.
        caption = vocab.caption_line is not None and vocab.caption_line.match(line.text) is not None
        if (
            role == "mention"
            and not caption
            and near_headline is not None
            and not (vocab.not_page_date and vocab.not_page_date.search(before))
            and found.value.date is not None
            and line.zone != "boilerplate"
            and _field_extra(line.text, start, start + found.end - found.start) <= _DATELINE_EXTRA
            and near_headline(index)
        ):
            role = "published"
            shown_at.append((len(claims.dates), index))
        if (
            labelled is None and role == "mention" and vocab.page_date_label is not None and found.value.date is not None
            and line.zone != "boilerplate" and vocab.page_date_label.match(line.text, 0, start)
        ):
            labelled = len(claims.dates)
        weight = _ZONE_WEIGHT[line.zone]
        if caption or (vocab.not_page_date and vocab.not_page_date.search(before)):
            weight = 0.0  # "Joined: 12 Jan 2009", "Termin: 5. März", "Archivbild vom …": another thing's date
        elif _on_fetch_day(found.value.date, today) and (line.zone == "header" or above_headline(index)):
            # The masthead's "today" ("Monday, November 30, 2026" over the site's name, in a
            # <header> or in a top bar of any markup above the headline) dates the visit, not the
            # article: it votes only where no other date does (weight 0, a fallback, as page_date
            # reads it, as every boilerplate date is); a page fetched the day it appeared still
            # shows the day by its headline or in its metadata.
            weight = 0.0
        if role == "mention" and under_related(doc, index, packs.related_headings, same_zone=True):
            continue  # "Related: The old quay closes, 1 May 2019": another story's date, no vote for this page's
        claims.dates.append(DateClaim(found.value, role, evidence(line), weight))  # type: ignore[arg-type]
    _drop_above_headline(claims, shown_at, headline, today, doc.lines)
    _drop_captions(doc, claims, shown_at, vocab.page_date_label)
    if labelled is not None and not any(c.role == "published" for c in claims.dates):
        # Where no date stands by the headline, the first line opening "Veröffentlicht: 05.01.2020"
        # or "Posted on August 2, 2019" shows the page's date (reader comments date themselves without it).
        claims.dates[labelled] = replace(claims.dates[labelled], role="published")
    claims.dates.sort(key=lambda c: c.evidence.line or 0)
    spans.sort()
    return spans


def _drop_above_headline(claims: Claims, shown_at: list[tuple[int, int]], headline: Headline, today: dt.date | None, lines: list[Line]) -> None:
    """A date just above the headline is not the page's where it is the day the page was
    fetched (a masthead's "Sonntag, 29. November 2026") or where the page also shows a date
    below the headline: the byline dates the article, the line above is a masthead, a
    ticker or the last item of a list."""
    if not shown_at:
        return
    occurrences = headline.occurrences()
    # Above: no headline within the lines before it, so it stands by the one below.
    above = [(c, i) for c, i in shown_at if not headline.under(i, occurrences)]
    below = len(above) < len(shown_at)
    # The metadata's publication date: a date in the site's header above the headline that
    # is later is the day the page was fetched, as a masthead shows it ("Monday, March 8,
    # 2021" over a story published on the 5th), whether or not the audit knows that day.
    metadata = head_date(claims)
    published = metadata.value.date if metadata else None
    for claim_index, line_index in above:
        claim = claims.dates[claim_index]
        day = claim.value.date
        fetched = _on_fetch_day(day, today)
        masthead = lines[line_index].zone == "header" and day is not None and published is not None and (day - published).days > 1
        if below or fetched or masthead:
            claims.dates[claim_index] = replace(claim, role="mention")


def _drop_captions(doc: Document, claims: Claims, shown_at: list[tuple[int, int]], label: re.Pattern[str] | None) -> None:
    """A picture's caption by the headline dates the picture ("The quay on 1 June 1998."), not
    the page, whether or not the page shows another date there: it is a mention. The caption
    elements are read from the tree only where that could change the page's date: two dates
    shown, or one that the metadata or the address contradicts."""
    shown = [(c, i) for c, i in shown_at if claims.dates[c].role == "published"]
    if not shown or doc.tree is None:
        return
    if len(shown) == 1:
        # One date shown: the captions (a walk of the tree) are read only where the metadata or
        # the address dates the page otherwise, the few pages where a caption's date would outvote them.
        day = claims.dates[shown[0][0]].value.date
        metadata = next((c for c in claims.meta_dates if c.role == "published" and c.weight > 0), None)  # a <time> too
        address = url_date(doc)
        others = [d for d in (metadata.value.date if metadata else None, address[1].date if address else None) if d is not None]
        if day is None or all(abs((day - other).days) <= 1 for other in others):
            return
    pieces = {" ".join(piece.split()) for block in doc.tree.captions() for piece in block}
    for claim_index, line_index in shown:
        text, claim = doc.lines[line_index].text, claims.dates[claim_index]
        # A page-date label keeps its date wherever the site sets it ("Erstveröffentlichung: 25. März
        # 2020" in the lead picture's "hero-caption" block).
        at = text.find(claim.value.text)
        if text in pieces and not (label is not None and at > 0 and label.match(text, 0, at)):
            claims.dates[claim_index] = replace(claim, role="mention")


def _on_fetch_day(day: dt.date | None, today: dt.date | None) -> bool:
    """Whether a date is the day the page was fetched, or the day before (a masthead set in
    the site's time zone, the crawl's clock in UTC)."""
    return today is not None and day is not None and 0 <= (today - day).days <= 1


def scan_mentions(doc: Document, vocab: DateVocab, spans: list[tuple[int, int]], claims: Claims) -> None:
    """Bare weekday and day-month mentions in the body, outside the dates' `spans`."""
    text = doc.text
    for weekday, start, end in weekday_mentions(text, vocab, spans):
        line, begin, stop = doc.locate(start, end)
        if line.zone == "body":
            claims.weekdays.append(WeekdayMention(weekday, evidence(line), _phrase(line.text, begin, stop)))
    for month, day, start, end in day_month_mentions(text, vocab, spans):
        line, begin, stop = doc.locate(start, end)
        if line.zone == "body":
            claims.day_months.append(DayMonthMention(month, day, evidence(line), _phrase(line.text, begin, stop)))


def _phrase(text: str, start: int, end: int) -> str:
    """A few words around a mention, as written, so a reader sees it in context."""
    begin = start
    for _ in range(4):
        begin = text.rfind(" ", 0, max(begin - 1, 0)) + 1 if begin > 0 else 0
    stop = end
    for _ in range(2):
        found = text.find(" ", stop + 1)
        stop = found if found >= 0 else len(text)
    return text[begin:stop].strip(" ,;")


def _field_extra(text: str, start: int, end: int) -> int:
    """How much a line holds besides the date at text[start:end]: in a post's meta bar (a
    short line of fields between bars or dots, _META_FIELDS), only the date's own field's,
    since the bar's other fields are the byline's, the section's, the comments' count."""
    extra = len(text) - (end - start)
    if extra <= _DATELINE_EXTRA or len(text) > _META_BAR:
        return extra
    bars = [(m.start(), m.end()) for m in _META_FIELDS.finditer(text)]
    if len(bars) < 2:
        return extra
    left = max((e for s, e in bars if e <= start), default=0)
    right = min((s for s, e in bars if s >= end), default=len(text))
    return (right - left) - (end - start)
