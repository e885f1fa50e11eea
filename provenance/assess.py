"""Claims -> the republication chain a librarian reads, oldest first, ending with this
document's own publisher (rights.py then reads the rights from it and the notices)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from .markup import SITE_WRITER_MARKS
from .model import AGENCY_MATERIAL, Attribution, ChainLink, Claims, DateValue, Notice
from .registry import AGENCY_KINDS, same_outlet

# How far from the original text a credit stands, nearest first. Datelines and bylines are
# part of the story as its author filed it; "originally published by" and "first appeared
# in" say which outlet had it first; source lines, "reproduced from" and permissions name
# where this copy was taken from (inner credits first, as the page stacks them); a
# republication footer of another site was copied along with that site's page.
_AUTHORSHIP = frozenset({
    "wire-dateline", "byline", "agency-byline", "metadata-author", "metadata-outlet", "metadata-publisher", "agency-signoff", "via-dateline",
    "agency-copyright",
    "syndicated-copyright",
    "statement-of", "press-release-signoff", "press-release-about",
})
# A body's statement or press release that a site posts: the page's byline names who posted
# it, not who wrote it, so the original takes no author from it.
_RELAYED = frozenset({"statement-of", "press-release-signoff", "press-release-about"})
# Credits after which the page's byline names someone else than the source's writer: a relayed
# statement's poster, or the page's own writer telling an agency's story from its material.
_WRITTEN_ELSEWHERE = _RELAYED | {AGENCY_MATERIAL}
_FIRST_PUBLISHED = frozenset({"originally-published", "first-appeared"})
# "Source: X" and "via X" name where the copy came from, not who wrote it.
_SOURCE_FORMS = frozenset({"source-line", "source-label", "source-link", "via", "metadata-source", "canonical", "og-url"})
_ORIGINAL, _FIRST, _RELAY, _COPIED_FOOTER = 0, 1, 2, 3


def authorship(attribution: Attribution) -> bool:
    """Whether a credit names who wrote the text (a byline, a dateline, an author), not
    only where this copy was taken from."""
    return attribution.form in _AUTHORSHIP or bool(attribution.author and attribution.form in ("source-line", "source-label"))


def credit_level(attribution: Attribution, authored: bool = False) -> int:
    """How far from the original text a credit stands. An agency credited only as the
    source ("Quelle: dpa-AFX") is the original, unless the page also says who wrote the
    text ("Von Jane Doe, dpa"): then it is the feed the copy came through."""
    relayed = authored and attribution.form in _SOURCE_FORMS
    if authorship(attribution) or (attribution.publisher_kind in AGENCY_KINDS and not relayed):
        return _ORIGINAL
    return _FIRST if attribution.form in _FIRST_PUBLISHED else _RELAY


@dataclass
class _Source:
    """One credited publisher, merged over every credit naming it."""

    publisher: str
    level: int
    position: int  # order of first mention on the page
    credits: list[Attribution] = field(default_factory=list)
    notice: Notice | None = None

    def first(self, attr: str) -> Any:
        return next((getattr(a, attr) for a in self.credits if getattr(a, attr)), None)

    @property
    def written_elsewhere(self) -> bool:
        """Whether the page's byline names someone other than this source's writer: only a
        relayed statement or press release, or an agency's material (the page's own telling of
        the agency's story, by the page's writer), credits the source."""
        return bool(self.credits) and all(a.form in _WRITTEN_ELSEWHERE for a in self.credits)

    @property
    def date(self) -> DateValue | None:
        dated = [a.date for a in self.credits if a.date]
        full = [d for d in dated if d.date]
        if full:
            return min(full, key=lambda d: d.date)  # type: ignore[arg-type, return-value]
        if dated:
            return dated[0]
        return self.notice.date if self.notice else None


def build_chain(claims: Claims) -> list[ChainLink]:
    """The republication chain, oldest first, ending with this page's own publisher.

    Each credited publisher is one link. Links are ordered by how far their credit stands
    from the original text (`credit_level`), then by date, then by place on the page
    (`_order`: a credit in the header sits outside the copied text below it); so a page
    reproducing Equipo Nizkor's copy of a Reuters story ("Source: Equipo Nizkor" plus
    Nizkor's own "[Source: ..., Reuters, ...]" and footer) reads Reuters -> Equipo Nizkor ->
    this page. Several authorship credits from different outlets (a page combining two
    agencies' reports) are all originals.
    """
    own = claims.publisher.value if claims.publisher else None
    sources: dict[str, _Source] = {}
    credited = [a for a in claims.attributions if a.publisher and not same_outlet(a.publisher, own)]
    authored = any(authorship(a) for a in credited)
    # "© 2021 <this site>. Distributed by Y" (or "<this site> via Y"): the page's own story, which
    # the syndicate carries to others; the syndicate is no source of this copy.
    own_lines = {a.evidence.line for a in claims.attributions if a.publisher and same_outlet(a.publisher, own) and authorship(a)}
    # A syndicate named beside another outlet's writer carried that outlet's text to this page:
    # "Jane Doe, Chicago Tribune (TNS)".
    bylined = {a.evidence.line for a in credited if a.form == "byline" and a.publisher_kind not in AGENCY_KINDS}
    for position, attribution in enumerate(claims.attributions):
        name = attribution.publisher
        if not name or same_outlet(name, own) or (attribution.form == "via" and attribution.evidence.line in own_lines):
            continue
        carried = attribution.publisher_kind == "syndicate" and attribution.evidence.line in bylined
        level = _RELAY if carried else credit_level(attribution, authored)
        key = _outlet_key(sources, name)
        source = sources.setdefault(key, _Source(key, level, position))
        source.level = min(source.level, level)
        source.credits.append(attribution)
    for notice in claims.notices:
        if notice.kind == "republication" and notice.publisher and not same_outlet(notice.publisher, own):
            key = _outlet_key(sources, notice.publisher)
            source = sources.setdefault(key, _Source(key, _COPIED_FOOTER, len(claims.attributions)))
            source.notice = source.notice or notice
    # Dates order the sources of one level only when all of them are dated: an undated
    # intermediary is placed by where its credit stands, not after every dated one.
    undated_levels = {s.level for s in sources.values() if not (s.date and s.date.date)}
    ordered = sorted(sources.values(), key=lambda s: _order(s, s.level not in undated_levels))
    # A sign-off names the story's writers but no outlet: "(Reporting by Jane Doe; Editing by ...)".
    signed = next((a.author for a in claims.attributions if a.publisher is None and a.author), None)
    # A copy's byline or author field names the original's writer when its credit does not; the
    # site's own marks of its writer (rel="author", microdata) name whoever posted the copy.
    page_writer = claims.author.value if claims.author and claims.author.evidence.where not in SITE_WRITER_MARKS else None
    original_author = signed or page_writer
    page_date = claims.published.value.date if claims.published else None
    links: list[ChainLink] = []
    for source in ordered:
        date = _read_against(source.date, page_date)
        evidence = source.credits[0].evidence if source.credits else source.notice.evidence  # type: ignore[union-attr]
        original = not links or (source.level == _ORIGINAL and links[-1].role == "original")
        links.append(
            ChainLink(
                role="original" if original else "intermediary",
                publisher=source.publisher,
                author=source.first("author") or (original_author if not links and not source.written_elsewhere else None),
                date=date.date if date else None,
                date_text=date.text if date else None,
                line=evidence.line,
                place=source.first("place"),
                form=source.credits[0].form if source.credits else "republication-notice",
                evidence=evidence,
            )
        )
    published = claims.published
    own_author = next((a.author for a in claims.attributions if a.author and same_outlet(a.publisher, own)), None)
    own_author = own_author or (claims.author.value if claims.author else None)
    links.append(
        ChainLink(
            role="republisher" if links else "original",
            publisher=own,
            # An original's writer, or the page's own telling of an agency's material (no link
            # but those): its writer is the page's.
            author=own_author if all(link.form == AGENCY_MATERIAL for link in links) else None,
            date=published.value.date if published else None,
            date_text=published.value.text if published else None,
            line=(claims.publisher.evidence.line if claims.publisher else None) or (published.evidence.line if published else None),
            evidence=claims.publisher.evidence if claims.publisher else None,
        )
    )
    return links


def _outlet_key(sources: dict[str, _Source], name: str) -> str:
    """The key of the source already naming this outlet, else the name itself."""
    return next((key for key in sources if same_outlet(key, name)), name)


def _order(source: _Source, by_date: bool) -> tuple[int, bool, str, bool, int]:
    """Level, then date (when `by_date`), then position: credits inside the copied text in
    page order; credits in the header, above the copied text, after them and outermost first."""
    header = all(a.zone == "header" for a in source.credits) and bool(source.credits)
    return (source.level, *_date_key(source.date if by_date else None), header, -source.position if header else source.position)


def _read_against(value: DateValue | None, page_date: dt.date | None) -> DateValue | None:
    """A credit's numeric date that reads both ways ("AFP 03/02/2021"), read as the copy's own
    date allows: the reading that is the page's date, else the only one not after it (the
    original came first). Still unread where both readings could be."""
    if value is None or value.date is not None or not value.readings or page_date is None:
        return value
    earlier = [reading for reading in value.readings if reading <= page_date]
    date = page_date if page_date in value.readings else earlier[0] if len(earlier) == 1 else None
    return replace(value, date=date) if date else value


def _date_key(value: DateValue | None) -> tuple[bool, str]:
    date = value.date if value else None
    return (date is None, date.isoformat() if date else "")
