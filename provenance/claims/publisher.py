"""Who publishes the page, by what it says about itself: own_publisher weighs the evidence
in its order (metadata, the page's address, the republication footer, and in a plain text
its masthead, a line about itself, a copyright line closing it); and whether a credited name
is the page's own site by its address. The masthead and self-reference readers are in
masthead.py and self_reference.py."""

from __future__ import annotations

import re

from ..model import Claims, Document, Evidence, NamedClaim
from ..packs import Packs
from ..registry import SERVICE_PREFIX, Publisher, Registry, fold, host_labels, initials, known_publisher, same_outlet, url_host
from .address import page_address
from .masthead import masthead_publisher
from .names_in_text import ENDING_LINES, MASTHEAD_SPLIT
from .self_reference import self_reference

# The fields where a page names its own site (also read by metadata_credits: a registry outlet
# named there is the site's own, not a credit).
SITE_NAME_META = (
    "og:site_name", "jsonld:publisher", "jsonld:page:publisher", "application-name", "publisher", "dc.publisher", "dcterms.publisher",
)
_URLISH = re.compile(r"^(?:https?:|@)", re.I)  # a profile link or handle, not a name


def own_publisher(doc: Document, packs: Packs, claims: Claims) -> NamedClaim | None:
    """Who publishes this page, from what the page says about itself, strongest first:

    1. a registry outlet named in the metadata (og:site_name, JSON-LD publisher, ...);
    2. the registry outlet whose own domain serves the page (reuters.com's og:site_name is "U.S.");
    3. other metadata, as written;
    4. the republication footer ("This document has been published ... by X");
    5. a registry outlet owning the host only as a parent domain or as a web archive
       (economictimes.indiatimes.com is not The Times of India; a Wayback capture is the
       archived site's page);
    6. in a plain-text page: a masthead naming a registry outlet, or a masthead name the
       page names again at its end ("Example Observer — weekly digest" ... "© 2022 Example
       Observer"), or a copyright line closing the page, or a line the site writes about
       itself ("Subscribe to NJ.com's newsletters": rules/self-references.toml), which
       outranks the record's address only when it names that address's site;
    7. the title's suffix where it spells the host ("… | MLUK" on mluk.brandenburg.de), else
       the bare host name.
    """
    registry = packs.registry
    headlines = {fold(item.value) for key in ("og:title", "twitter:title", "jsonld:headline", "title") for item in doc.meta(key)}
    # A site name that is the page's headline is a CMS filling the field with the title.
    named = [
        item for key in SITE_NAME_META for item in doc.meta(key)
        if not _URLISH.match(item.value) and fold(item.value) not in headlines
    ]
    # A syndicated copy's canonical link names the original's URL, so it comes last; a web
    # archive's capture is the archived site's page.
    url = page_address(doc, claims.archived) or next((m.value for m in doc.meta("link:canonical")), None)
    host = url_host(url)
    by_host = registry.for_host(host) if host else None
    own_domain = by_host is not None and by_host.kind != "archive" and SERVICE_PREFIX.sub("", host) in by_host.domains
    credited = {a.publisher for a in claims.attributions}
    if host and credited:
        # Metadata naming the credited source on another host is the original's, kept by a copy.
        named = [item for item in named if not _credited_elsewhere(registry, item.value, credited, by_host)]
    for item in named:
        known = known_publisher(registry, item.value)
        # The host outranks metadata naming another outlet.
        if known and (not own_domain or known is by_host):
            return NamedClaim(known.name, Evidence(item.value, item.line, item.where))
    if own_domain and by_host:
        return NamedClaim(by_host.name, Evidence(url or host, None, "url"))
    if named:
        item = named[0]
        return NamedClaim(_site_part(item.value, host), Evidence(item.value, item.line, item.where))
    for notice in claims.notices:
        # A footer naming an outlet the page credits as its source was copied with that
        # outlet's page ("Source: Equipo Nizkor" above Nizkor's own footer).
        if notice.kind == "republication" and notice.publisher and notice.publisher not in credited:
            return NamedClaim(notice.publisher, notice.evidence)
    if by_host:
        return NamedClaim(by_host.name, Evidence(url or host, None, "url"))
    # Plain text only: in HTML the site's name is in its metadata, and a header line naming
    # an outlet is more often a photo credit or a link.
    masthead = None if doc.is_html else masthead_publisher(doc, packs, credited)
    if masthead:
        return masthead
    # A line the site writes about itself outranks the record's address only where it names
    # that address's site ("Subscribe to The Points Guy …" on thepointsguy.com); a station's
    # call sign or a sister title on another host leaves the host the publisher.
    itself = None if doc.is_html else self_reference(doc, packs, credited, claims.author.value if claims.author else None)
    if itself and (not host or names_the_host(itself.value, host_labels(host))):
        return itself
    closing = None if doc.is_html else _closing_copyright(doc, registry, claims, credited)
    if closing:
        return closing
    if host:
        return _title_site(doc, host) or NamedClaim(SERVICE_PREFIX.sub("", host), Evidence(url or host, None, "url"))
    return None


def page_host_labels(doc: Document, claims: Claims) -> list[str]:
    """The names in the page's own address, folded ("mdr.de" -> ["mdr"])."""
    return host_labels(url_host(page_address(doc, claims.archived)))


def names_the_host(name: str | None, labels: list[str]) -> bool:
    """Whether a credited name is the page's own site by its address (`labels`, from
    page_host_labels): "Quelle: THW" on thw.de, "Quelle: MDR THÜRINGEN" on mdr.de. The
    registry cannot know every site, and a short name is not the same outlet as another
    short name, but it is its own host's. So is a title whose initials are the host's name
    (an author "Preußische Allgemeine Zeitung" on paz.de): three letters at least."""
    if not name or not labels:
        return False
    first = name.split()[0]
    if fold(name) in labels or (len(first) >= 3 and first.isupper() and fold(first) in labels):
        return True
    letters = initials(name)
    return len(letters) >= 3 and letters in labels


# "NJ Advance Media for NJ.com", "Harbour Newsroom für hafenblatt.de": a newsroom or content
# company writing for a site, as the site's own bylines name it.
_WRITING_FOR = re.compile(r"\s(?:for|für|pour|para|per)\s+(?:the\s+)?(?P<site>\S.*)$", re.I)


def writes_for_the_site(name: str | None, own: str, labels: list[str]) -> bool:
    """Whether a credited name is a newsroom writing for the page's own site ("NJ Advance Media
    for NJ.com" on NJ.com): the site's own work, not another outlet's."""
    m = _WRITING_FOR.search(name) if name else None
    return m is not None and (same_outlet(m.group("site"), own) or names_the_host(m.group("site"), labels))


def _title_site(doc: Document, host: str) -> NamedClaim | None:
    """The site's name as the page title's suffix spells its host ("… Jagdjahr 2020/2021 |
    MLUK" on mluk.brandenburg.de): better than the bare host when the metadata names none."""
    for item in doc.meta("title"):
        parts = [p.strip() for p in MASTHEAD_SPLIT.split(item.value) if p.strip()]
        for part in parts[1:]:
            folded = fold(part)
            if len(folded) >= 3 and any(folded == label or (len(folded) >= 5 and folded in label) for label in host_labels(host)):
                return NamedClaim(part, Evidence(item.value, item.line, f"{item.where}, naming the host"))
    return None


def _site_part(name: str, host: str) -> str:
    """The part of a site name that names the site: a site name often carries a tagline
    ("polizeiticker.ch - Meldungen und Warnungen von der Polizei", "au Webポータル|最新の
    ニュースをお届け！"). The part that spells the host's name, else the first part with
    letters. A name that is only the host's label in small letters ("cleveland" on
    cleveland.com) is the host; with a brand's capitals it is the name ("TechCrunch",
    "Barron's", "Osthessen|News" on osthessen-news.de), whole."""
    labels = host_labels(host)
    if labels and " " not in name.strip() and fold(name) == labels[0]:
        # "cleveland", not "Harbour Gazette" on harbourgazette.com
        return SERVICE_PREFIX.sub("", host) if name.islower() else name
    parts = [p.strip() for p in MASTHEAD_SPLIT.split(name) if p.strip()]
    if len(parts) < 2:
        return name
    for label in labels:  # the site's own name first, then a subdomain's ("MLUK" on mluk.brandenburg.de)
        for part in parts:
            folded = fold(part)
            if len(folded) >= 3 and (folded in label or label in folded):
                return part
    return next((p for p in parts if any(c.isalpha() for c in p)), name)


def _credited_elsewhere(registry: Registry, value: str, credited: set[str | None], by_host: Publisher | None) -> bool:
    known = known_publisher(registry, value)
    return known is not None and known.name in credited and known is not by_host


def _closing_copyright(doc: Document, registry: Registry, claims: Claims, credited: set[str | None]) -> NamedClaim | None:
    """The holder of a copyright line among a plain-text page's last lines ("© 2022 Example
    Observer"), unless it is an agency's line or names a credited source: those cover the
    copied text, not the page."""
    last = {line.number for line in doc.lines[-ENDING_LINES:]}
    author = fold(claims.author.value) if claims.author else None
    for notice in claims.notices:
        holder = notice.holder
        if notice.kind != "copyright" or notice.scope != "page" or not holder or notice.evidence.line not in last:
            continue
        # The writer's own line ("By Jane Doe" … "© 2026 Jane Doe") covers a column or an
        # excerpt, not the site; an agency's name in the holder ("© dpa-infocom, dpa:…",
        # "© 2026 Polska Agencja Prasowa S.A.") makes it the wire's line (issue 18).
        if author and fold(holder) == author:
            continue
        if not any(registry.agency(part) for part in _HOLDER_PARTS.split(holder)) and not any(same_outlet(holder, name) for name in credited):
            # The line's holder is a company as written; the publisher is the title it is
            # registered for ("The New York Times Company" publishes The New York Times).
            known = known_publisher(registry, holder)
            return NamedClaim(known.name if known else holder, Evidence(notice.evidence.text, notice.evidence.line, "copyright line"))
    return None


_HOLDER_PARTS = re.compile(r"\s*[,/:]\s*")  # "dpa-infocom, dpa:261120-99-…": each part may be an agency's name
