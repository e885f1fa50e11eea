"""Document -> Claims: what the page says about itself, each claim with its evidence.

Extractors read the normalised lines and the metadata once; patterns come from the
packs. Nothing here judges whether claims agree: that is the rules' work.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from urllib.parse import urlsplit

from .dates import DateVocab, century_hint, date_in_url, day_month_mentions, find_dates, parse_metadata_date, weekday_mentions
from .model import (
    Attribution,
    Claims,
    DateClaim,
    DateValue,
    DayMonthMention,
    Document,
    Evidence,
    Line,
    NamedClaim,
    Notice,
    WeekdayMention,
)
from .packs import Packs, PatternSpec, Registry

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TWO_DIGIT_YEAR = re.compile(r"\d[A-Za-z]{3}\d\d(?![\w])")
_EARLIEST = dt.date(1995, 1, 1)  # no web page in the set we audit predates this


def extract_claims(doc: Document, packs: Packs, as_of: dt.date) -> Claims:
    # Only two-digit years (08Jan22) need the hint; most pages have none.
    hint = century_hint(_document_years(doc)) if _TWO_DIGIT_YEAR.search(doc.text) else None
    claims = Claims()
    claims.notices = _notices(doc, packs, hint)
    claims.attributions = _attributions(doc, packs, hint)
    _scan_dates(doc, packs, hint, claims)
    claims.publisher = _own_publisher(doc, packs.registry, claims)
    claims.title = _title(doc, packs)
    claims.section = _section(doc, packs, claims)
    claims.published = _published(doc, packs, claims, as_of)
    return claims


def _document_years(doc: Document) -> list[int]:
    years = [int(y) for y in _YEAR.findall(doc.text, 0, 60000)]
    years += [int(y) for m in doc.metadata if m.key.startswith(("jsonld:date", "article:", "time")) for y in _YEAR.findall(m.value)]
    return years


def _evidence(line: Line) -> Evidence:
    return Evidence(line.text, line.number)


# --- Dates, weekday and day-month mentions ---------------------------------------------------

_ZONE_WEIGHT = {"header": 1.5, "body": 1.0, "footer": 0.3, "boilerplate": 0.1}
_COPYRIGHT_NEAR = re.compile(r"©|\(c\)|copyright|&copy;", re.I)
_UPDATED_NEAR = re.compile(r"updated|modified|aktualisiert|actualizad|mis à jour|geändert|atualizad|aggiornat", re.I)


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


def _scan_dates(doc: Document, packs: Packs, hint: int | None, claims: Claims) -> None:
    vocab = packs.vocab
    text = doc.text
    spans: list[tuple[int, int]] = []
    for found in find_dates(text, vocab, hint, _day_first(doc, vocab)):
        spans.append((found.start, found.end))
        line, start, _ = doc.locate(found.start, found.end)
        before = line.text[max(0, start - 40) : start]
        role = "copyright" if _COPYRIGHT_NEAR.search(before) else "modified" if _UPDATED_NEAR.search(before) else "mention"
        claims.dates.append(DateClaim(found.value, role, _evidence(line), _ZONE_WEIGHT[line.zone]))  # type: ignore[arg-type]
    claims.dates.sort(key=lambda c: c.evidence.line or 0)
    if not any(a.date for a in claims.attributions):
        return  # weekday and day-month mentions only weigh one date against another
    spans.sort()
    for weekday, start, end in weekday_mentions(text, vocab, spans):
        line, begin, stop = doc.locate(start, end)
        if line.zone == "body":
            claims.weekdays.append(WeekdayMention(weekday, _evidence(line), _phrase(line.text, begin, stop)))
    for month, day, start, end in day_month_mentions(text, vocab, spans):
        line, begin, stop = doc.locate(start, end)
        if line.zone == "body":
            claims.day_months.append(DayMonthMention(month, day, _evidence(line), _phrase(line.text, begin, stop)))


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


# --- Notices ---------------------------------------------------------------------------------

_PURPOSES = (
    ("research", re.compile(r"research|investigaci[óo]n|recherche", re.I)),
    ("education", re.compile(r"educat|teaching|scholarship|educa[ct]i|enseignement|[ée]ducati", re.I)),
    ("non-profit", re.compile(r"without profit|non-?profit|not[- ]for[- ]profit|non-?commercial|sin (?:[áa]nimo de )?lucro|sans but lucratif", re.I)),
    ("criticism and comment", re.compile(r"criticism|comment|cr[íi]tica|critique", re.I)),
    ("news reporting", re.compile(r"news reporting|informaci[óo]n period[íi]stica|reportage", re.I)),
)
_HOLDER_END = re.compile(
    r"\s*(?:all rights reserved|todos los derechos|tous droits|alle rechte|tutti i diritti|todos os direitos|\||·|•|\s{2,}|\.\s|\.$)",
    re.I,
)


def _notices(doc: Document, packs: Packs, hint: int | None) -> list[Notice]:
    notices: list[Notice] = []
    seen: set[tuple[str, int]] = set()
    for spec in packs.notices:
        if not doc.mentions_any(spec.keywords):
            continue
        for m in spec.pattern.finditer(doc.text):
            line, start, end = doc.locate(m.start(), m.end())
            if line.zone not in spec.zones or (spec.kind, line.number) in seen:
                continue
            seen.add((spec.kind, line.number))
            notices.append(_notice(spec, m, line, start, end, packs, hint))
    for item in doc.meta("link:license"):
        for spec in packs.notices:
            m = spec.pattern.search(item.value) if spec.family == "cc-url" else None
            if m:
                line = Line(item.value, item.line or 0, "body")
                notices.append(_notice(spec, m, line, m.start(), m.end(), packs, hint, where=item.where))
    notices.sort(key=lambda n: n.evidence.line or 0)
    return notices


def _notice(
    spec: PatternSpec, m: re.Match[str], line: Line, start: int, end: int, packs: Packs, hint: int | None, where: str = "text"
) -> Notice:
    groups = {k: v for k, v in m.groupdict().items() if v}
    kind = spec.kind
    text = m.group(0) if kind == "republication" else _sentence(line.text, start, end) if kind == "fair-use" else line.text
    evidence = Evidence(text, line.number, where)
    if kind == "fair-use":
        return Notice("fair-use", text, evidence, family=spec.family, basis=spec.basis,
                      purposes=tuple(label for label, rx in _PURPOSES if rx.search(text)))
    if kind == "republication":
        name = groups.get("publisher", "")
        known = packs.registry.lookup(name) or packs.registry.search(name)
        date = _date_of(groups.get("date", ""), packs.vocab, hint)
        return Notice("republication", text, evidence, family=spec.family, publisher=known.name if known else name, date=date)
    if kind == "copyright":
        holder = _HOLDER_END.split(groups.get("holder", ""), maxsplit=1)[0].strip(" .,;:-–")
        known = packs.registry.lookup(holder) or packs.registry.search(holder)
        return Notice("copyright", text, evidence, family=spec.family, holder=(known.name if known else holder) or None,
                      year=groups.get("year"))
    return Notice("license", text, evidence, family=spec.family, license=spdx_license(groups), scope="page")


def spdx_license(groups: dict[str, str]) -> str | None:
    """SPDX id for a Creative Commons match: by-nc-sa 4.0 -> CC-BY-NC-SA-4.0; CC0 -> CC0-1.0."""
    if groups.get("pd") == "zero":
        return "CC0-1.0"
    if groups.get("pd") == "mark":
        return "PDM-1.0"
    name = groups.get("license")
    if not name:
        return None
    parts = "-".join(re.split(r"[\s-]+", name.strip().upper()))
    version = groups.get("version") or "4.0"
    port = groups.get("port")
    return f"CC-{parts}-{version}" + (f"-{port.upper()}" if port else "")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) a match sits in: a notice's text without the chrome glued before it."""
    left = max(text.rfind(". ", 0, start), text.rfind("] ", 0, start))
    begin = left + 2 if left >= 0 else 0
    stop = text.find(". ", end)
    return text[begin : stop + 1 if stop >= 0 else len(text)].strip()


def _date_of(text: str, vocab: DateVocab, hint: int | None) -> DateValue | None:
    for found in find_dates(text, vocab, hint):
        return found.value
    return None


# --- Attributions ----------------------------------------------------------------------------

_BY = re.compile(r"^(?:by|por|par|von|di|de)\s+", re.I)


def _attributions(doc: Document, packs: Packs, hint: int | None) -> list[Attribution]:
    found: list[Attribution] = []
    taken: set[int] = set()
    for spec in packs.attributions:
        if not doc.mentions_any(spec.keywords):
            continue
        for m in spec.pattern.finditer(doc.text):
            line = doc.line_at(m.start())
            if line.zone not in spec.zones or line.number in taken:
                continue
            attribution = _attribution(spec, m, line, packs.registry, packs.vocab, hint)
            if attribution and (attribution.known or not spec.known_only):
                found.append(attribution)
                taken.add(line.number)
    found.sort(key=lambda a: a.evidence.line or 0)
    return found


def _attribution(
    spec: PatternSpec, m: re.Match[str], line: Line, registry: Registry, vocab: DateVocab, hint: int | None
) -> Attribution | None:
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "credit" in groups:
        publisher_text, author, place, date = _split_credit(groups["credit"], registry, vocab, hint)
    else:
        publisher_text = groups.get("publisher", "")
        author, place = groups.get("author"), groups.get("place")
        date = _date_of(groups.get("date", ""), vocab, hint)
    publisher_text = publisher_text.strip(" .,;:-–—")
    if not publisher_text:
        return None
    # An exact name only: searching inside free text turns captions ("... pasado. EFE") into credits.
    known = registry.lookup(publisher_text) or registry.lookup(re.sub(r"^the\s+", "", publisher_text, flags=re.I))
    return Attribution(
        form=spec.kind,
        publisher=known.name if known else publisher_text,
        publisher_text=publisher_text,
        author=author,
        place=place,
        date=date,
        evidence=_evidence(line),
        known=known is not None,
    )


def _split_credit(
    credit: str, registry: Registry, vocab: DateVocab, hint: int | None
) -> tuple[str, str | None, str | None, DateValue | None]:
    """'By AUTHOR, PUBLISHER, PLACE, DATE' in any subset, publisher found by the registry."""
    parts = [p.strip() for p in re.split(r",|;|\s[-–—]\s", credit) if p.strip()]
    date = None
    if parts:
        date = _date_of(parts[-1], vocab, hint)
        if date is not None:
            parts.pop()
    author = None
    if parts and _BY.match(parts[0]):
        author = _BY.sub("", parts.pop(0))
    if not parts:
        return "", author, None, date
    index = next((i for i, p in enumerate(parts) if registry.lookup(p) or registry.lookup(re.sub(r"^the\s+", "", p, flags=re.I))), None)
    if index is None:
        index = 0
    if author is None and index > 0:
        author = ", ".join(parts[:index])
    place = ", ".join(parts[index + 1 :]) or None
    return parts[index], author, place, date


# --- Own publisher, title, section -----------------------------------------------------------


def _own_publisher(doc: Document, registry: Registry, claims: Claims) -> NamedClaim | None:
    for notice in claims.notices:
        if notice.kind == "republication" and notice.publisher:
            return NamedClaim(notice.publisher, notice.evidence)
    for key in ("og:site_name", "jsonld:publisher", "application-name", "publisher", "dc.publisher"):
        for item in doc.meta(key):
            known = registry.lookup(item.value)
            return NamedClaim(known.name if known else item.value, Evidence(item.value, item.line, item.where))
    url = doc.source.url or next((m.value for m in doc.meta("link:canonical")), None) or next((m.value for m in doc.meta("og:url")), None)
    if url:
        host = urlsplit(url).hostname or ""
        known = registry.for_host(host)
        if known:
            return NamedClaim(known.name, Evidence(url, None, "url"))
    return None


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _title(doc: Document, packs: Packs) -> NamedClaim | None:
    for key in ("og:title", "twitter:title", "jsonld:headline", "title"):
        for item in doc.meta(key):
            value = _SITE_SUFFIX.sub("", item.value) if key == "title" else item.value
            return NamedClaim(value, Evidence(item.value, item.line, item.where))
    header = [line for line in doc.lines if line.zone == "header"]
    candidates = [
        line for line in header
        if len(line.text.split()) >= 3 and "|" not in line.text and not find_dates_any(line.text, packs.vocab)
    ]
    if candidates:
        return NamedClaim(candidates[-1].text, _evidence(candidates[-1]))
    return None


def find_dates_any(text: str, vocab: DateVocab) -> bool:
    return next(find_dates(text, vocab), None) is not None


def _section(doc: Document, packs: Packs, claims: Claims) -> NamedClaim | None:
    for key in ("article:section", "jsonld:articlesection"):
        for item in doc.meta(key):
            return NamedClaim(item.value, Evidence(item.value, item.line, item.where))
    republication = next((n for n in claims.notices if n.kind == "republication"), None)
    if republication is None:
        return None
    # On archive pages the section name stands just above the republication footer.
    # Navigation lines nearby are already zoned boilerplate, so header and footer suffice.
    above = [line for line in doc.lines if line.number < (republication.evidence.line or 0) and line.zone != "body"]
    for line in reversed(above[-3:]):
        words = line.text.split()
        if line.zone != "boilerplate" and 1 <= len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha()):
            return NamedClaim(line.text, _evidence(line))
    return None


# --- The page's own date ---------------------------------------------------------------------


def _published(doc: Document, packs: Packs, claims: Claims, as_of: dt.date) -> DateClaim | None:
    """The best-supported publication date: metadata, republication footer, URL, datelines."""
    latest = as_of + dt.timedelta(days=1)
    vocab = packs.vocab
    candidates: list[DateClaim] = []
    for item in doc.metadata:
        role_weight = packs.date_meta.get(item.key)
        if role_weight is None:
            continue
        value = parse_metadata_date(item.value, vocab)
        if value and value.date:
            role, weight = role_weight
            candidates.append(DateClaim(value, role, Evidence(item.value, item.line, item.where), weight))  # type: ignore[arg-type]
    for notice in claims.notices:
        if notice.kind == "republication" and notice.date and notice.date.date:
            candidates.append(DateClaim(notice.date, "published", notice.evidence, 3.0))
    url = doc.source.url or next((m.value for m in doc.meta("link:canonical")), None)
    if url:
        value = date_in_url(url)
        if value:
            candidates.append(DateClaim(value, "published", Evidence(url, None, "url"), 2.0))
    for index, claim in enumerate(c for c in claims.dates if c.role == "mention" and c.value.date):
        if index >= 12:
            break
        own_line = len(claim.evidence.text) <= len(claim.value.text) + 12
        weight = claim.weight * (2.0 if own_line else 1.0) / (1 + index * 0.5)
        candidates.append(DateClaim(claim.value, "published", claim.evidence, weight))
    usable = [c for c in candidates if c.role == "published" and c.value.date and _EARLIEST <= c.value.date <= latest]
    if not usable:
        return None
    score: dict[dt.date, float] = defaultdict(float)
    for claim in usable:
        score[claim.value.date] += claim.weight  # type: ignore[index]
    best = max(score, key=lambda d: score[d])
    # Of the claims for the winning date, show the first one a person can see, if any.
    visible = [c for c in usable if c.value.date == best and c.evidence.where == "text"]
    if visible:
        return min(visible, key=lambda c: c.evidence.line or 0)
    return max((c for c in usable if c.value.date == best), key=lambda c: c.weight)

