"""Credits and the author read from the page's metadata: an agency in an author or a
publisher field, a source field or a canonical link naming another outlet, and the person
the author fields name; with the page's own host, which tells another site from this one,
and the outlet a source label names only by a link."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..dates import CenturyHint
from ..markup import SITE_WRITER_MARKS
from ..model import Attribution, Document, Evidence, Line, MetaItem, NamedClaim
from ..packs import Packs
from ..registry import SERVICE_PREFIX, Publisher, fold, host_labels, known_publisher, same_outlet, same_site_hosts, url_host
from ..scan import evidence
from .address import archived_capture, page_address
from .bylines import Byline, byline_credits, news_outlet, parse_byline
from .publisher import SITE_NAME_META

# Metadata that names who wrote the text: a wire story's author field reads "By TOM
# KRISHER, AP Auto Writer" or just "dpa" on the newspaper site that carries it.
_AUTHOR_META = (
    "jsonld:author", "author", "article:author", "og:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author",
    "cxenseparse:author",
)


def _author_items(doc: Document, packs: Packs) -> list[MetaItem]:
    """The metadata items naming who wrote the text: the author fields, then a twitter:dataN
    under a twitter:labelN that says so ("Written by", "Geschrieben von"), then the elements
    microdata marks as the author and the links to a writer's page (rel="author"), each where
    they all name one writer: a page listing other stories marks each one's own writer."""
    items = [item for key in _AUTHOR_META for item in doc.meta(key)]
    # Microdata's author field, where it names a writer rather than the site.
    items += [item for item in doc.meta("itemprop:author") if not _the_sites_account(doc, packs, item.value)]
    labels = packs.credit_vocab.written_by
    for n in (1, 2):
        label = doc.meta(f"twitter:label{n}")
        if labels is not None and label and labels.fullmatch(label[0].value.strip(" :")):
            items += doc.meta(f"twitter:data{n}")
    for key in ("microdata:author", "link:author"):  # <span itemprop="author">, <a rel="author">
        marked = doc.meta(key)
        if marked and len({item.value for item in marked}) == 1 and not _the_sites_account(doc, packs, marked[0].value):
            items.append(marked[0])
    return items


def _the_sites_account(doc: Document, packs: Packs, name: str) -> bool:
    """Whether a writer's link or microdata field names the site itself, the account a
    newsroom posts under ("by India Post News Weekly" on indiapost.example, "LAOLA1.at" on
    laola1.at): no writer. Its squashed letters, after a by-word, and the host's name or the
    site's name open one another."""
    by = packs.credit_vocab.by.match(name) if packs.credit_vocab.by else None
    squashed = fold(name[by.end() :] if by else name).replace(" ", "")
    sites = [*host_labels(page_host(doc)), *(fold(item.value).replace(" ", "") for item in doc.meta("og:site_name"))]
    return len(squashed) >= 4 and any(len(site) >= 4 and (squashed.startswith(site) or site.startswith(squashed)) for site in sites)


# Metadata naming the outlet a text was taken from: Google's original-source and
# syndication-source, Dublin Core's source, schema.org's isBasedOn.
_SOURCE_META = ("original-source", "syndication-source", "dc.source", "dcterms.source", "jsonld:isbasedon")
# The publisher fields: an agency named there, on a site that is not the agency's, wrote the text.
_PUBLISHER_META = ("jsonld:publisher", "jsonld:sourceorganization", "itemprop:sourceorganization")
_SOURCE_ORGANIZATION = ("jsonld:sourceorganization", "itemprop:sourceorganization")


def metadata_credits(doc: Document, packs: Packs, hint: CenturyHint) -> list[Attribution]:
    """Credits in the metadata: an agency as the author or the publisher of a page on
    another site, a source field naming another outlet, a canonical link to one."""
    registry = packs.registry
    host = page_host(doc)
    here = registry.for_host(host) if host else None
    found: list[Attribution] = []

    def add(credit: Attribution) -> None:
        if credit.publisher and all(credit.publisher != f.publisher for f in found) and not (here and credit.publisher == here.name):
            found.append(credit)

    for item in _author_items(doc, packs):
        byline = parse_byline(item.value, packs, hint)
        for credit in byline_credits(byline, "metadata-author", _meta_evidence(item), "header") if byline else []:
            add(credit)
        if not (byline and byline.agencies) and host and not _URLISH.match(item.value):
            outlet_credit = _author_outlet(item, packs, hint)
            # The site's own brand as its author field ("National Geographic" on a national edition's host).
            if outlet_credit is not None and not _names_the_site(doc, packs, outlet_credit.publisher):
                add(outlet_credit)
    for key in _PUBLISHER_META:
        for item in doc.meta(key):
            agency = registry.agency(item.value)
            if agency is not None:
                add(_meta_credit("metadata-publisher", agency.name, agency, item))
            elif key in _SOURCE_ORGANIZATION and host:
                # schema.org's sourceOrganization: the organisation the writer worked for, any
                # news outlet the registry knows, where it is not the site's own.
                outlet = news_outlet(item.value, packs)
                if outlet is not None and not _names_the_site(doc, packs, outlet.name):
                    add(_meta_credit("metadata-outlet", outlet.name, outlet, item))
    if not host:
        return found  # without the page's own address, another site cannot be told from this one
    for key in _SOURCE_META:
        for item in doc.meta(key):
            source = known_publisher(registry, item.value)
            other = url_host(item.value)
            if source is not None:
                add(_meta_credit("metadata-source", source.name, source, item))
            elif other and not same_site_hosts(other, host):
                add(_meta_credit("metadata-source", other, None, item))
    for key, form in (("link:canonical", "canonical"), ("og:url", "og-url")):
        for item in doc.meta(key):
            # A syndicated copy points search engines at the original, and one that kept the
            # original's Open Graph tags names its address in og:url; only an outlet the
            # registry knows counts, since sites also point at their own other domains.
            target = url_host(item.value)
            outlet = registry.for_host(target) if target and not same_site_hosts(target, host) else None
            if outlet is not None and outlet is not here and outlet.kind not in ("archive", "platform"):
                add(_meta_credit(form, outlet.name, outlet, item))
    return found


def _author_outlet(item: MetaItem, packs: Packs, hint: CenturyHint) -> Attribution | None:
    """A news outlet the registry knows that an author field names on a page of another site,
    alone ("The Guardian") or after its writer ("Jane Doe, The Guardian", "Jane Doe | The
    Guardian"): the outlet wrote the text, as a byline saying so in the page would. Only the
    registry's: a field filled by a CMS or a plugin joins the writer with anything, the site's
    own brand or a picture's provider, where a byline in the page is set by an editor."""
    alone = news_outlet(item.value.strip(), packs)
    if alone is not None:
        return _meta_credit("metadata-outlet", alone.name, alone, item)
    byline = parse_byline(item.value, packs, hint, names_alone=True)
    known = news_outlet(byline.outlet, packs) if byline and byline.outlet and byline.authors and not byline.agencies else None
    if byline is None or known is None:
        return None
    return replace(_meta_credit("metadata-outlet", known.name, known, item), author=" and ".join(byline.authors))


def _names_the_site(doc: Document, packs: Packs, name: str | None) -> bool:
    """Whether the page names this registry outlet as its own site, in the fields own_publisher
    reads first: a brand in its author field is then the site's, not another outlet's."""
    return any(
        same_outlet(name, known.name) for key in SITE_NAME_META for item in doc.meta(key)
        if (known := known_publisher(packs.registry, item.value)) is not None
    )


def linked_source(doc: Document, packs: Packs, line: Line, label_text: str, form: str = "source-link", on_line: bool = False) -> list[Attribution]:
    """The outlet a source label names only by a link: the link's text is the label's text
    (often the original's headline), its address on another site than the page's. With
    `on_line`, only a link on `line` itself: a link word ("here", "Source link") is written
    by many links on a page, where a label's headline is written by one."""
    host = page_host(doc)
    if doc.tree is None or not host or len(label_text) < 3:
        return []
    for anchor in doc.tree.anchors():
        target = url_host(anchor.get("href") or "")
        # The link may hold the label too: <a>Quelle: the original's headline</a>.
        if not target or same_site_hosts(target, host) or not " ".join("".join(anchor.itertext()).split()).endswith(label_text):
            continue
        if on_line and not _on_line(anchor, line.text):
            continue
        outlet = packs.registry.for_host(target)
        media = packs.credit_vocab.media
        if (outlet is not None and outlet.kind in ("archive", "platform")) or (media and media.search(target)):
            return []  # a link to a video platform, a picture host or an archive names no publisher
        name = outlet.name if outlet else SERVICE_PREFIX.sub("", target)
        return [Attribution(
            form, name, target, None, None, None, Evidence(line.text, line.number, f'a[href*="{target}"]'),
            known=outlet is not None, zone=line.zone, publisher_kind=outlet.kind if outlet else None,
        )]
    return []


def _on_line(anchor: Any, text: str) -> bool:
    """Whether a link stands in the block whose text is `text` (the link, or one of its
    three nearest ancestors, reads the same)."""
    want = " ".join(text.split())
    node = anchor
    for _ in range(4):
        if node is None:
            return False
        if " ".join("".join(node.itertext()).split()) == want:
            return True
        node = node.getparent()
    return False


def _meta_evidence(item: MetaItem) -> Evidence:
    return Evidence(item.value, item.line, item.where)


def _meta_credit(form: str, name: str, known: Publisher | None, item: MetaItem) -> Attribution:
    return Attribution(
        form, name, item.value, None, None, None, _meta_evidence(item),
        known=known is not None, zone="header", publisher_kind=known.kind if known else None,
    )


def page_host(doc: Document) -> str:
    """The host the page belongs to (see address.page_address)."""
    url = page_address(doc, archived_capture(doc))
    return url_host(url)


_URLISH = re.compile(r"^(?:https?:|@|/)", re.I)  # a profile link or handle, not a name


def page_author(doc: Document, packs: Packs, hint: CenturyHint, bylines: list[tuple[int, Byline]]) -> NamedClaim | None:
    """Who the page says wrote it: a person in the metadata's author fields, else in the
    byline by the headline, else where the site's markup marks its writer (rel="author",
    microdata: on a copy, whoever posted it). For a credited copy the first two name the
    original's author."""
    items = _author_items(doc, packs)
    for item in (i for i in items if i.where not in SITE_WRITER_MARKS):
        if found := _named(item, packs, hint):
            return found
    for index, byline in bylines:
        if byline.authors:
            return NamedClaim(" and ".join(byline.authors), evidence(doc.lines[index]))
    return next((found for item in items if item.where in SITE_WRITER_MARKS and (found := _named(item, packs, hint))), None)


def _named(item: MetaItem, packs: Packs, hint: CenturyHint) -> NamedClaim | None:
    """The writers an author field names, or None (an address, an outlet, a sentence)."""
    byline = parse_byline(item.value, packs, hint, names_alone=True) if not _URLISH.match(item.value) else None
    return NamedClaim(" and ".join(byline.authors), Evidence(item.value, item.line, item.where)) if byline and byline.authors else None
