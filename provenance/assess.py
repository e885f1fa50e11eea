"""Claims -> the resolved view a librarian reads: the republication chain and the rights.

The chain is ordered oldest first and ends with this document's own publisher; the
rights follow from it and from the notices (a copy belongs to its original publisher
unless a licence from that publisher says otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .model import Attribution, ChainLink, Claims, DateValue, Notice, Rights
from .notices import page_licence
from .packs import AGENCY_KINDS, fold

RIGHTS_STATEMENTS = {
    "InC": "http://rightsstatements.org/vocab/InC/1.0/",
    "NoC-US": "http://rightsstatements.org/vocab/NoC-US/1.0/",
    "CNE": "http://rightsstatements.org/vocab/CNE/1.0/",
}
# Licences that let anyone reuse, modify and sell copies: CC BY and BY-SA (no NC, no ND),
# the public-domain tools, the GNU FDL and the government open licences.
_OPEN_PREFIXES = ("CC-BY-SA", "CC0-", "CC-PDM-", "CC-PDDC", "GFDL-", "OGL-UK-", "OGL-Canada-", "DL-DE-", "etalab-")
_PUBLIC_DOMAIN = ("CC0-", "CC-PDM-", "CC-PDDC")


def is_open_licence(spdx: str | None) -> bool:
    if not spdx:
        return False
    if spdx.startswith(_OPEN_PREFIXES):
        return True
    return spdx == "CC-BY" or (spdx.startswith("CC-BY-") and spdx[len("CC-BY-"):][:1].isdigit())


# How far from the original text a credit stands, nearest first. Datelines and bylines are
# part of the story as its author filed it; "originally published by", source lines and
# permissions name where this copy was taken from; an archive republishes by trade; a
# republication footer of another site was copied along with that site's page.
_AUTHORSHIP = frozenset({
    "wire-dateline", "byline", "agency-byline", "metadata-author", "metadata-publisher", "agency-signoff", "via-dateline", "agency-copyright",
})
# "Source: X" and "via X" name where the copy came from, not who wrote it.
_SOURCE_FORMS = frozenset({"source-line", "source-label", "via", "metadata-source", "canonical"})
_ORIGINAL, _RELAY, _ARCHIVE, _COPIED_FOOTER = 0, 1, 2, 3


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
    return _ARCHIVE if attribution.publisher_kind == "archive" else _RELAY


_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|los|las|il|lo)\s+", re.I)
_HOST_PARTS = re.compile(r"^(?:https?://)?(?:www\d?\.)?|(?:\.[a-z]{2,13}){1,2}(?:/.*)?$", re.I)


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two names are one outlet: equal canonical names, or the same words once a
    leading article and a host's www/TLD are dropped ("Die Weltwoche" and weltwoche.ch)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    x, y = _squash(a), _squash(b)
    return len(x) >= 4 and x == y


def _squash(name: str) -> str:
    name = _ARTICLE.sub("", _HOST_PARTS.sub("", name.strip()) if " " not in name.strip() else name.strip())
    return fold(name)


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
    for position, attribution in enumerate(claims.attributions):
        name = attribution.publisher
        if not name or same_outlet(name, own):
            continue
        level = credit_level(attribution, authored)
        key = _outlet_key(sources, name)
        source = sources.setdefault(key, _Source(key, level, position))
        source.level = min(source.level, level)
        source.credits.append(attribution)
    for notice in claims.notices:
        if notice.kind == "republication" and notice.publisher and not same_outlet(notice.publisher, own):
            key = _outlet_key(sources, notice.publisher)
            source = sources.setdefault(key, _Source(key, _COPIED_FOOTER, len(claims.attributions)))
            source.notice = source.notice or notice
    ordered = sorted(sources.values(), key=_order)
    # A sign-off names the story's writers but no outlet: "(Reporting by Jane Doe; Editing by ...)".
    signed = next((a.author for a in claims.attributions if a.publisher is None and a.author), None)
    # A copy's byline names the original's writer when its credit does not.
    original_author = signed or (claims.author.value if claims.author else None)
    links: list[ChainLink] = []
    for source in ordered:
        date = source.date
        evidence = source.credits[0].evidence if source.credits else source.notice.evidence  # type: ignore[union-attr]
        original = not links or (source.level == _ORIGINAL and links[-1].role == "original")
        links.append(
            ChainLink(
                role="original" if original else "intermediary",
                publisher=source.publisher,
                author=source.first("author") or (original_author if not links else None),
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
            author=own_author if not links else None,
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


def _order(source: _Source) -> tuple[int, bool, str, bool, int]:
    """Level, then date (undated last), then position: credits inside the copied text in
    page order; credits in the header, above the copied text, after them and outermost first."""
    header = all(a.zone == "header" for a in source.credits) and bool(source.credits)
    return (source.level, *_date_key(source.date), header, -source.position if header else source.position)


def _date_key(value: DateValue | None) -> tuple[bool, str]:
    date = value.date if value else None
    return (date is None, date.isoformat() if date else "")


def assess_rights(claims: Claims, chain: list[ChainLink]) -> Rights:
    """Who holds the rights in this text, and on what basis this page carries it.

    A copy belongs to its original publisher. It is carried under a licence only when the
    credit puts it under one from that publisher (The Conversation's CC BY-ND credit), or
    freely when the original is public domain; otherwise with permission ("Reprinted with
    permission"), under a fair-use claim, or on an unknown basis. The page's own licence
    never licenses a copy: a site cannot grant rights it does not hold.
    """
    if len(chain) > 1:
        return _copy_rights(claims, chain)
    own = chain[-1].publisher
    licence = page_licence(claims.notices)  # image credits, widgets and mentions do not license the page
    notice = _own_copyright(claims, own)
    if licence:
        return _licensed(notice.holder if notice else own, licence.license)
    if notice:
        return Rights(notice.holder, "own copyright", RIGHTS_STATEMENTS["InC"], False)
    return Rights(own, "unknown", RIGHTS_STATEMENTS["CNE"], False)


def _copy_rights(claims: Claims, chain: list[ChainLink]) -> Rights:
    holder = chain[0].publisher
    originals = [link.publisher for link in chain if link.role == "original"]
    credited = [a for a in claims.attributions if any(same_outlet(a.publisher, link.publisher) for link in chain[:-1])]
    grant = next(
        (a for a in credited if (a.license or a.form == "republished-under-licence") and any(same_outlet(a.publisher, o) for o in originals)),
        None,
    )
    if grant is not None:
        page = page_licence(claims.notices)
        return _licensed(holder, grant.license or (page.license if page else None))
    if any(a.permission for a in credited):
        return Rights(holder, "permission", RIGHTS_STATEMENTS["InC"], False)
    if any(n.kind == "fair-use" for n in claims.notices):
        return Rights(holder, "fair-use claim", RIGHTS_STATEMENTS["InC"], False)
    # The copy's terms are unknown; its status is known when the holder's own notice is on it.
    held = any(n.kind == "copyright" and n.scope == "page" and same_outlet(n.holder, holder) for n in claims.notices)
    return Rights(holder, "unknown", RIGHTS_STATEMENTS["InC" if held else "CNE"], False)


def _licensed(holder: str | None, spdx: str | None) -> Rights:
    """Rights carried under a licence: none held when it is a public-domain tool."""
    if spdx and spdx.startswith(_PUBLIC_DOMAIN):
        return Rights(None, "public domain", RIGHTS_STATEMENTS["NoC-US"], True, spdx)
    return Rights(holder, "licence", RIGHTS_STATEMENTS["InC"], is_open_licence(spdx), spdx)


def _own_copyright(claims: Claims, own: str | None) -> Notice | None:
    """The page's own copyright line: one naming its publisher, else the last one with a year,
    else the last (the footer's). An image's credit ("(c) Shutterstock") never counts."""
    notices = [n for n in claims.notices if n.kind == "copyright" and n.scope == "page" and n.holder]
    dated = [n for n in notices if n.year]
    fallback = dated[-1] if dated else notices[-1] if notices else None
    return next((n for n in notices if same_outlet(n.holder, own)), fallback)
