"""Credits naming where a text came from: source lines, datelines, bylines, "originally
published by" and permission lines; each parsed into publisher, author, place and date,
with the publisher normalised by the registry."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain

from ..dates import CenturyHint, DateVocab, first_date
from ..model import Attribution, DateValue, Document, Evidence, Line, MetaItem, NamedClaim, Notice, Zone
from ..notices.page import NoticePage, is_ad_label
from ..packs import CreditVocab, Packs, PatternSpec
from ..registry import AGENCY_KINDS, SERVICE_PREFIX, Publisher, Registry, url_host
from ..scan import KeywordGate, evidence, matches_near
from .address import archived_capture, page_address
from .bylines import Byline, parse_byline, person_name, slash_byline
from .headline import Headline
from .issuer import issuer_credits

_BY = re.compile(r"^(?:by|por|par|von|di|de)\s+", re.I)
_THE = re.compile(r"^the\s+", re.I)
_CREDIT_SPLIT = re.compile(r",|;|\s[-–—|]\s")
# A credit part that is only the end of a company name ("Little, Brown and Company",
# "Agencia EFE, S.A.U."): it belongs with the part before it, not in the place.
_CORPORATE_END = re.compile(r"(?:^|\s)(?:inc|ltd|llc|l\.?\s?p|company|co|corp|corporation|gmbh|s\.?\s?a(?:\.?\s?u)?|ag|plc|limited)\.?$", re.I)
_CORPORATE_TAIL = re.compile(r",\s*(?:[^.,;:()\n]{1,40}?\s)?(?:Inc|Ltd|LLC|L\.P|Company|Co|Corp|Corporation|GmbH|S\.A\.U|S\.A|AG|PLC|Limited)\b\.?")
# Words a sentence credit puts before the outlet: "in German translation in the print edition of X".
_LEAD = re.compile(r"^(?:[a-z]+\s+translation\s+in\s+)?(?:(?:the\s+)?(?:[a-z]+\s+)?(?:edition|version|issue|website|pages)\s+of\s+)?", re.I)
# A capture holding a verb is a clause ("other editions of X are the property of Y"), not a name.
_CLAUSE = re.compile(r"\s(?:are|is|was|were|has|have|had|will|would|can|may|that|which)\s")  # lower case: "The May Report" is a name
_PLACE = re.compile(r"^[A-ZÁÉÍÓÚÑÇ][\w'’.-]*(?:\s+(?:de|del|la|el|of|am|upon|[A-ZÁÉÍÓÚÑÇ][\w'’.-]*)){0,3}$")
_PERMISSION = re.compile(
    r"(?:with|by) (?:the )?(?:kind |express )?permission|con (?:el )?permiso|avec l'(?:aimable )?autorisation|mit (?:freundlicher )?genehmigung",
    re.I,
)
_QUOTE_END = ("”", '"', "»", "“")


def attributions(
    page: NoticePage, notices: list[Notice], keywords: KeywordGate, bylines: list[tuple[int, Byline]]
) -> list[Attribution]:
    """Every credit in the document, in page order: the packs' credit forms, agency bylines
    by the headline, and credits in the metadata (first: they head the page). `page`: the
    document's one NoticePage, whose captions a dateline in a picture's caption is told by."""
    doc, packs, hint = page.doc, page.packs, page.hint
    found: list[tuple[int, Attribution]] = [(-1, a) for a in metadata_credits(doc, packs, hint)]
    # One credit per line, keyed by the line's index: minified HTML puts many lines on one source line.
    taken: set[int] = set()
    ends = _TextEnds(doc, packs.related_headings)
    # The first licence named on each line, looked up by every credit on it (one pass,
    # where each credit scanning every notice was quadratic on a page repeated many times).
    line_licences: dict[tuple[int | None, str], str] = {}
    for n in notices:
        if n.kind == "license" and n.license:
            line_licences.setdefault((n.evidence.line, n.evidence.text), n.license)
    for spec in packs.attributions:
        if not keywords.mentions_any(spec.keywords):
            continue
        for m in ends.matches(spec) if spec.closing or spec.after_text else matches_near(spec, doc, keywords):
            index = bisect_right(doc.starts, m.start()) - 1
            line = doc.lines[index]
            # One outlet's credit per line; a form naming only the writer shares its line with
            # it ("LONDON (Reuters) - … (Reporting by Jane Doe; Editing by John Roe)").
            writer_only = _names_writer_only(spec)
            if line.zone not in spec.zones or (index in taken and not writer_only):
                continue
            # "Name, Outlet" under a quotation is a testimonial ("... it just works." / Jane Doe, Forbes).
            if spec.kind == "byline" and index and doc.lines[index - 1].text.endswith(_QUOTE_END):
                continue
            if spec.kind == "source-label" and (_mid_text(doc, index) or _under_related(doc, index, packs.related_headings)):
                continue
            if spec.kind == "syndicated-copyright" and line.zone == "footer" and doc.is_html:
                # A page's footer element is the site's ("© Its Parent Group" / "Distributed by …");
                # in plain text the closing lines are zoned footer by their shape alone.
                continue
            if spec.after_text and _under_related(doc, index, packs.related_headings):
                continue  # a line of a "Related" list under the text credits another story
            if spec.kind == "wire-dateline" and page.in_caption(line):
                continue  # a picture's caption opens with a dateline too: "(워싱턴 AFP=연합뉴스) …"
            credits = _attributions(spec, m, doc.text, line, packs, hint, line_licences)
            # Under the text's last paragraph, "Quelle: TSV Bayer Dormagen" credits the text.
            closing = spec.kind == "source-label" and _after_text(doc, index, packs.ad_labels)
            named = m.group(0).split(":", 1)[-1]
            kinds = packs.credit_vocab.document_kinds
            kept = [
                a for a in credits
                if a.known or not spec.known_only
                # "Quelle: Pressemitteilung X" names X as a credit would; "Source: Statistics Office, housing survey" does not.
                or (closing and _name_like(a.publisher_text if kinds and kinds.match(named.strip()) else named, packs))
            ]
            if closing:
                # "Kaynak: AA" under a Turkish text: a code alone on the source line closing the text is
                # the agency's, as in a dateline (elsewhere the same letters are a word or a picture's credit).
                kept = [_coded_agency(a, packs.registry) for a in kept]
            if not kept and closing:
                # "Quelle: <a href=https://other.example/...>the original's headline</a>": the link names the outlet.
                kept = _linked_source(doc, packs, line, m.group(0).split(":", 1)[-1].strip())
            if kept:
                found += [(m.start(), a) for a in kept]
                if not writer_only:
                    # A credit written over two lines ("© 2021 X." / "Distributed by Y.") takes both.
                    taken.update(range(index, bisect_right(doc.starts, max(m.start(), m.end() - 1))))
    for notice in notices:
        # "Copyright 2019 The Associated Press. All rights reserved." under a wire story, or
        # "(c) KNA": the agency's own line in the text (a site's footer covers the site).
        agency = packs.registry.agency(notice.holder) if notice.kind == "copyright" and notice.holder and notice.scope == "page" else None
        if agency is not None:
            at = _line_index(doc, notice.evidence)
            if at is not None and (doc.lines[at].zone == "body" or _after_text(doc, at, packs.ad_labels)) and at not in taken:
                credit = Attribution(
                    "agency-copyright", agency.name, notice.holder, None, None, None, notice.evidence,
                    known=True, zone="body", publisher_kind=agency.kind,
                )
                found.append((doc.starts[at], credit))
                taken.add(at)
    found += _bare_signoff(page, ends, taken)
    found += issuer_credits(doc, packs, ends.closing(), taken)
    for index, byline in bylines:
        if index not in taken and byline.agencies:
            line = doc.lines[index]
            # "Jane Doe / CNN" names an outlet that is no agency: a byline, not an agency's.
            form = "agency-byline" if all(a.kind in AGENCY_KINDS for a in byline.agencies) else "byline"
            found += [(doc.starts[index], a) for a in _byline_credits(byline, form, evidence(line), line.zone)]
            taken.add(index)
    found.sort(key=lambda pair: pair[0])  # page order
    return [a for _, a in found]


def block_bylines(page: NoticePage, headline: Headline) -> list[tuple[int, Byline]]:
    """The article's byline, read in the lines around its headline: the first line that is
    one (lines further down belong to a teaser list's other stories). A byline broken
    over two lines ("By ANDREW DALTON" / "AP Entertainment Writer") is read as one, and
    so is a name over its agency ("Jane Doe" / "Reuters"). A picture's caption by the
    headline credits the picture."""
    doc, packs, hint = page.doc, page.packs, page.hint
    lines = doc.lines
    block = _byline_block(doc, headline)
    by = packs.credit_vocab.by
    starts_by = by.match if by else (lambda text: None)
    titles = set(headline.occurrences()) if doc.is_html else set()
    for index in block:
        text = lines[index].text
        byline = parse_byline(text, packs, hint)
        # Only right under the headline: elsewhere a short capitalised line over "Reuters" is a
        # teaser's headline or a section's name, not a writer.
        if byline is None and any(0 < index - at <= _NAME_UNDER_TITLE for at in titles) and index + 1 < len(lines):
            over = _name_over_agency(text, lines[index + 1].text, packs, hint)
            if over is not None and not page.in_caption(lines[index + 1]):
                return [(index + 1, over)]
        following = lines[index + 1].text if index + 1 < len(lines) and starts_by(text) else ""
        if following and len(text) + len(following) < 120 and (byline is None or not byline.agencies):
            joined = parse_byline(f"{text}, {following}", packs, hint)
            if joined is not None and joined.agencies:
                return [(index, joined)]
        if byline is None:
            # "yas! | By Cara Stiles | April 13, 2020": the byline is one part of the line.
            parts = (parse_byline(part, packs, hint) for part in text.split(" | ")[1:] if starts_by(part))
            byline = next((b for b in parts if b is not None), None)
        if (
            byline is None and "/" in text and _under_headline(doc, index, titles) and not _by_picture(page, index)
            and not _under_related(doc, index, packs.related_headings)
        ):
            # "Jane Doe / CNN" under the headline is the text's byline; the same shape in a
            # caption or by a photo label credits a picture (parse_byline turns it away).
            byline = slash_byline(text, packs, hint)
        if byline is not None and not (byline.agencies and page.in_caption(lines[index])):
            return [(index, byline)]
        if starts_by(text) and len(text) < 80:
            return []  # "By JERUSALEM POST STAFF": the article's byline names no one we read
    return []


def _under_headline(doc: Document, index: int, titles: set[int]) -> bool:
    """Whether a line stands below the headline in its byline block, before the text. HTML
    only: in plain text nothing tells a caption's credit under the headline ("Jane Doe/AP"
    over a lead picture) from a byline."""
    if not doc.is_html:
        return False
    lines = doc.lines
    above = [at for at in titles if 0 < index - at <= _BYLINE_BELOW]
    # Before the text: a standfirst may stand between headline and byline, but under two
    # paragraphs the line belongs to what follows the text (a teaser list, a related story).
    return any(sum(_word_count(lines[i].text) >= _PARAGRAPH_WORDS for i in range(at + 1, index)) < 2 for at in above)


def _by_picture(page: NoticePage, index: int) -> bool:
    """Whether a line belongs to a picture: in a caption, right under one (its credit, set
    apart from the caption's text), or beside a short photo label ("Photo:" / "Jane Doe /
    Reuters"). A caption under the line is the next element's: bylines stand over pictures."""
    doc, packs = page.doc, page.packs
    lines = doc.lines
    if page.in_caption(lines[index]) or (index > 0 and page.in_caption(lines[index - 1])):
        return True
    labels, media = packs.notice_vocab.image_labels, packs.credit_vocab.media
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and _word_count(text := lines[near].text) < _PARAGRAPH_WORDS:
            if (labels and labels.search(text)) or (media and media.search(text)):
                return True
    return False


_NAME_LINE_WORDS = 4  # "Jane Doe", "Pieter van der Berg": a name alone on its line is short
_NAME_UNDER_TITLE = 2  # lines: the byline under the headline, perhaps after a standfirst or a date


def _name_over_agency(text: str, below: str, packs: Packs, hint: CenturyHint) -> Byline | None:
    """A byline whose name and agency stand on two lines ("Jane Doe" / "Reuters", the agency
    as the writer's role line): the agency's, with the name as its author. Only a line that
    is nothing but a short name (no date, no sentence) over a line that is only an agency."""
    if len(text.split()) > _NAME_LINE_WORDS or any(c.isdigit() for c in text):
        return None
    named = parse_byline(text, packs, hint, names_alone=True)
    if named is None or named.agencies or len(named.authors) != 1 or named.place:
        return None
    signed = parse_byline(below, packs, hint)
    if signed is None or not signed.agencies or signed.authors:
        return None
    return Byline(signed.agencies, named.authors, signed.place, signed.date)


def page_author(doc: Document, packs: Packs, hint: CenturyHint, bylines: list[tuple[int, Byline]]) -> NamedClaim | None:
    """Who the page says wrote it: a person in the metadata's author fields, else in the
    byline by the headline. For a credited copy this is the original's author."""
    for item in _author_items(doc, packs):
        byline = parse_byline(item.value, packs, hint, names_alone=True) if not _URLISH.match(item.value) else None
        if byline is not None and byline.authors:
            return NamedClaim(" and ".join(byline.authors), Evidence(item.value, item.line, item.where))
    for index, byline in bylines:
        if byline.authors:
            return NamedClaim(" and ".join(byline.authors), evidence(doc.lines[index]))
    return None


# The lines around the headline where a byline stands: a few above it (a kicker, an
# author box placed first), more below (the date, the author, a picture's caption).
_BYLINE_ABOVE, _BYLINE_BELOW = 3, 10
_PLAIN_TEXT_BODY_LINES = 3  # in plain text: the header, and the first lines of the body


def _bare_signoff(page: NoticePage, ends: _TextEnds, taken: set[int]) -> list[tuple[int, Attribution]]:
    """An agency's code alone on the line under the text ("AFP", "(dpa)", "sda/kes"): its
    sign-off. Not a picture's credit (in a caption), and not when several entries of a live
    blog each end so: then the agencies are its sources, not the page's author."""
    doc, packs, hint = page.doc, page.packs, page.hint
    after = set(ends.after())
    lines = doc.lines

    def signoff(index: int) -> Byline | None:
        line = lines[index]
        if index == 0 or len(line.text) > _SIGNOFF_LONGEST + 4:  # most lines: told apart without building a string
            return None
        code = line.text.strip(" ()[]-–—")
        if len(code) > _SIGNOFF_LONGEST or " " in code.split("/")[0] or _word_count(lines[index - 1].text) < _PARAGRAPH_WORDS:
            return None
        # In plain text the last short line is zoned a footer by its shape alone.
        if line.zone != "body" and (doc.is_html or index not in after):
            return None
        signed = parse_byline(code, packs, hint)
        return signed if signed is not None and signed.agencies and not signed.authors else None

    # The lines under the text first (a few); only if one signs it off, every short line
    # under a paragraph: a live blog's entries each end so.
    if not any(signoff(index) for index in after):
        return []
    candidates = [(index, signed) for index in range(1, len(lines)) if (signed := signoff(index)) is not None]
    if len(candidates) != 1 or candidates[0][0] not in after or candidates[0][0] in taken:
        return []
    index, signed = candidates[0]
    line = lines[index]
    if page.in_caption(line):
        return []
    taken.add(index)
    return [(doc.starts[index], a) for a in _byline_credits(signed, "agency-signoff", evidence(line), line.zone)]


def _line_index(doc: Document, where: Evidence) -> int | None:
    """The index of the line a notice's evidence quotes."""
    # The text first: reading a line's number may have to place it in the source (html_lexbor.py).
    return next((i for i, line in enumerate(doc.lines) if line.text == where.text and line.number == where.line), None)


def _byline_block(doc: Document, headline: Headline) -> Iterable[int]:
    if doc.is_html:
        # Around each line that is the headline, the first first: one in a sticky bar, then the article's.
        blocks = (range(max(0, at - _BYLINE_ABOVE), min(len(doc.lines), at + _BYLINE_BELOW + 1)) for at in headline.occurrences())
        return dict.fromkeys(chain.from_iterable(blocks))
    first_body = next((i for i, line in enumerate(doc.lines) if line.zone == "body"), len(doc.lines))
    return range(0, min(len(doc.lines), first_body + _PLAIN_TEXT_BODY_LINES))


def _byline_credits(byline: Byline, form: str, where: Evidence, zone: Zone) -> list[Attribution]:
    """One credit per agency a byline names, each with the byline's authors."""
    author = " and ".join(byline.authors) or None
    return [
        Attribution(
            form=form, publisher=agency.name, publisher_text=agency.name, author=author, place=byline.place, date=byline.date,
            evidence=where, known=True, zone=zone, publisher_kind=agency.kind,
        )
        for agency in byline.agencies
    ]


# Metadata that names who wrote the text: a wire story's author field reads "By TOM
# KRISHER, AP Auto Writer" or just "dpa" on the newspaper site that carries it.
_AUTHOR_META = (
    "jsonld:author", "author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author", "cxenseparse:author",
)


def _author_items(doc: Document, packs: Packs) -> list[MetaItem]:
    """The metadata items naming who wrote the text: the author fields, then a twitter:dataN
    under a twitter:labelN that says so ("Written by", "Geschrieben von")."""
    items = [item for key in _AUTHOR_META for item in doc.meta(key)]
    labels = packs.credit_vocab.written_by
    for n in (1, 2):
        label = doc.meta(f"twitter:label{n}")
        if labels is not None and label and labels.fullmatch(label[0].value.strip(" :")):
            items += doc.meta(f"twitter:data{n}")
    return items
_URLISH = re.compile(r"^(?:https?:|@|/)", re.I)  # a profile link or handle, not a name


# Metadata naming the outlet a text was taken from: Google's original-source and
# syndication-source, Dublin Core's source, schema.org's isBasedOn.
_SOURCE_META = ("original-source", "syndication-source", "dc.source", "dcterms.source", "jsonld:isbasedon")
# The publisher fields: an agency named there, on a site that is not the agency's, wrote the text.
_PUBLISHER_META = ("jsonld:publisher", "jsonld:sourceorganization", "itemprop:sourceorganization")


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
        for credit in _byline_credits(byline, "metadata-author", _meta_evidence(item), "header") if byline else []:
            add(credit)
    for key in _PUBLISHER_META:
        for item in doc.meta(key):
            agency = registry.agency(item.value)
            if agency is not None:
                add(_meta_credit("metadata-publisher", agency.name, agency, item))
    if not host:
        return found  # without the page's own address, another site cannot be told from this one
    for key in _SOURCE_META:
        for item in doc.meta(key):
            source = known_publisher(registry, item.value)
            other = url_host(item.value)
            if source is not None:
                add(_meta_credit("metadata-source", source.name, source, item))
            elif other and not _same_site(other, host):
                add(_meta_credit("metadata-source", other, None, item))
    for item in doc.meta("link:canonical"):
        # A syndicated copy points search engines at the original; only an outlet the registry
        # knows counts, since sites also point at their own other domains.
        target = url_host(item.value)
        outlet = registry.for_host(target) if target and not _same_site(target, host) else None
        if outlet is not None and outlet is not here and outlet.kind not in ("archive", "platform"):
            add(_meta_credit("canonical", outlet.name, outlet, item))
    return found


def _linked_source(doc: Document, packs: Packs, line: Line, label_text: str) -> list[Attribution]:
    """The outlet a source label names only by a link: the link's text is the label's text
    (often the original's headline), its address on another site than the page's."""
    host = page_host(doc)
    if doc.tree is None or not host or len(label_text) < 3:
        return []
    for anchor in doc.tree.anchors():
        target = url_host(anchor.get("href") or "")
        # The link may hold the label too: <a>Quelle: the original's headline</a>.
        if not target or _same_site(target, host) or not " ".join("".join(anchor.itertext()).split()).endswith(label_text):
            continue
        outlet = packs.registry.for_host(target)
        media = packs.credit_vocab.media
        if (outlet is not None and outlet.kind in ("archive", "platform")) or (media and media.search(target)):
            return []  # a link to a video platform, a picture host or an archive names no publisher
        name = outlet.name if outlet else SERVICE_PREFIX.sub("", target)
        return [Attribution(
            "source-link", name, target, None, None, None, Evidence(line.text, line.number, f'a[href*="{target}"]'),
            known=outlet is not None, zone=line.zone, publisher_kind=outlet.kind if outlet else None,
        )]
    return []


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


def _same_site(a: str, b: str) -> bool:
    """Hosts of one site: equal once "www." and the like are dropped, or one under the other."""
    a, b = SERVICE_PREFIX.sub("", a), SERVICE_PREFIX.sub("", b)
    return a == b or a.endswith("." + b) or b.endswith("." + a)


_SIGNOFF_LONGEST = 20  # characters: an agency's sign-off line is its code, perhaps with a service's or an editor's

# A paragraph that closes a text is a real one: a caption ending "... pasado. EFE" or
# "... on Aug. 31, 2019. (AP)" is shorter.
_CLOSING_WORDS, _PARAGRAPH_WORDS = 15, 12


class _TextEnds:
    """The lines where a text ends: its closing paragraphs (long, with no paragraph in the
    three lines below: a live blog's agency tags close its entries, not the page) and the
    few lines after them. Forms that only count there are tried there alone."""

    def __init__(self, doc: Document, related_headings: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.related_headings = related_headings
        self._closing: list[int] | None = None

    def closing(self) -> list[int]:
        if self._closing is None:
            lines = self.doc.lines
            words = [_word_count(line.text) for line in lines]
            paragraphs = [i for i, n in enumerate(words) if n >= _PARAGRAPH_WORDS]
            # A closing paragraph is long, and the next paragraph is more than three lines on,
            # or below a "Read also" heading: the teasers under it are other stories.
            related = [i for i, n in enumerate(words) if n <= 6 and lines[i].text.lower().rstrip(" :.…") in self.related_headings]
            following = [*paragraphs[1:], len(words) + 3]
            self._closing = [
                i for i, j in zip(paragraphs, following[: len(paragraphs)], strict=True)
                if words[i] >= _CLOSING_WORDS and (j - i > 3 or any(i < r < j for r in related))
            ]
        return self._closing

    def after(self) -> list[int]:
        """The few lines below a closing paragraph ("More information: ...", then
        "Provided by University of Example")."""
        return sorted({j for i in self.closing() for j in range(i + 1, min(len(self.doc.lines), i + 4))})

    def matches(self, spec: PatternSpec) -> Iterator[re.Match[str]]:
        doc = self.doc
        lines = self.closing() if spec.closing else self.after()
        for index in lines:
            start = doc.starts[index]
            m = spec.pattern.search(doc.text, start, start + len(doc.lines[index].text))
            if m is not None:
                yield m


def _names_writer_only(spec: PatternSpec) -> bool:
    """Whether a credit form captures a writer and no outlet: "(Reporting by Jane Doe; …)"."""
    return not {"publisher", "credit", "agencies"} & spec.pattern.groupindex.keys()


def _after_text(doc: Document, index: int, ad_labels: frozenset[str] = frozenset()) -> bool:
    """Whether a line closes the text: a paragraph just above it, none in the lines below.
    An ad between them ("Anzeige", then its short teaser) stands outside the text."""
    def paragraph(i: int) -> bool:
        return _word_count(doc.lines[i].text) >= 12

    def ad_label(i: int) -> bool:
        return is_ad_label(doc.lines[i], ad_labels)

    above: list[int] = []
    i = index - 1
    while i >= 0 and len(above) < 2:
        if not ad_label(i) and not (i > 0 and ad_label(i - 1) and not paragraph(i)):
            above.append(i)
        i -= 1
    return any(paragraph(i) for i in above) and not any(paragraph(i) for i in range(index + 1, min(len(doc.lines), index + 4)))


def _name_like(name: str | None, packs: Packs) -> bool:
    """A credited name, not a picture's or a statistic's source: a few words, capitalised,
    no media word ("Foto", "Grafik")."""
    media = packs.credit_vocab.media
    words = name.split() if name else []
    if not words or len(words) > 8 or (media and media.search(name)):  # type: ignore[arg-type]
        return False
    # "TSV Bayer Dormagen", "Kapo BE"; not "National Statistics Office, regional housing survey".
    # A parent in brackets is part of the name: "House of Clio (Sony Music)".
    bare = [w.strip("()[]„“”\"'‘’") for w in words]
    return all(w[:1].isupper() or (len(w) <= 3 and w.isalpha()) for w in bare if w)


def _mid_text(doc: Document, index: int) -> bool:
    """Whether a line sits between paragraphs of the text: a bare "Source: Bloomberg" there
    credits a chart or a figure, while a credit for the whole text stands above or below it."""
    def paragraph(i: int) -> bool:
        return _word_count(doc.lines[i].text) >= 12  # the plain-text zoner's paragraph length

    before = any(paragraph(i) for i in range(max(0, index - 3), index))
    return before and any(paragraph(i) for i in range(index + 1, min(len(doc.lines), index + 4)))


# Scripts written without spaces between words: Chinese and Japanese (about two characters a
# word) and Thai, Lao, Khmer, Burmese (about four).
_HAN_KANA_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN_RANGES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_HAN_KANA = re.compile(f"[{_HAN_KANA_RANGES}]")
_SOUTHEAST_ASIAN = re.compile(f"[{_SOUTHEAST_ASIAN_RANGES}]")
_UNSPACED = re.compile(f"[{_HAN_KANA_RANGES}{_SOUTHEAST_ASIAN_RANGES}]")


def _word_count(text: str) -> int:
    """About how many words a line holds: its spaces, or in a script written without them
    its characters ("港务局表示，……连续第三周缩短。" is a paragraph)."""
    spaced = text.count(" ") + 1  # counted in C: most lines stop here
    if spaced >= _CLOSING_WORDS or len(text) < 2 * _PARAGRAPH_WORDS or not _UNSPACED.search(text):
        return spaced
    return max(spaced, len(_HAN_KANA.findall(text)) // 2 + len(_SOUTHEAST_ASIAN.findall(text)) // 4)


def _under_related(doc: Document, index: int, related_headings: frozenset[str]) -> bool:
    """Whether a line stands in a list of other stories: under a "Read also" heading, with
    no paragraph between ("港口罢工结束 来源：新华社" is a teaser's source, not the text's)."""
    for i in range(index - 1, max(-1, index - 8), -1):
        text = doc.lines[i].text
        if _word_count(text) >= _PARAGRAPH_WORDS:
            return False
        if text.lower().rstrip(" :.…") in related_headings:
            return True
    return False


def _coded_agency(credit: Attribution, registry: Registry) -> Attribution:
    """A credit naming an agency by its dateline code alone ("AA", "SPA"), as that agency."""
    agency = None if credit.known else registry.dateline_agency(credit.publisher_text or "")
    if agency is None:
        return credit
    return replace(credit, publisher=agency.name, known=True, publisher_kind=agency.kind)


def known_publisher(registry: Registry, text: str) -> Publisher | None:
    """An exact registry match for a credited name: a name, alias or legal name (with or
    without a leading 'the'), or a domain ("theguardian.com"). Never a search inside free
    text: that turns captions ("... pasado. EFE") into credits."""
    text = text.strip(" .,;:-–—")
    found = registry.lookup(text) or registry.lookup(_THE.sub("", text))
    short = _ABBREVIATED.match(text) if found is None else None
    if short is not None:
        # "وكالة الأنباء السعودية (واس)", "Agência Brasil (ABr)": the name, with its short form after it.
        found = registry.lookup(short.group(1))
        if found is not None and registry.dateline_agency(short.group(2)) not in (None, found):
            found = None  # two outlets: "Reuters (AFP)"
    if found is None and "." in text and " " not in text:
        found = registry.for_host(re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).split("/")[0])
    return found


def _attributions(
    spec: PatternSpec, m: re.Match[str], text: str, line: Line, packs: Packs, hint: CenturyHint, line_licences: dict[tuple[int | None, str], str]
) -> list[Attribution]:
    """The credits one match of a credit form makes: one, or one per agency a dateline
    names ("(efe-ansa)"), or an author alone ("(Reporting by Jane Doe; Editing by ...)")."""
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "agencies" in groups:
        date = first_date(groups.get("date", ""), packs.vocab, hint) or _partial_date(groups.get("date"))
        # "新华社记者 李明": a form may name the agency's writer too.
        writers = (groups["author"],) if "author" in groups else ()
        byline = Byline(_agency_parts(groups["agencies"], packs.registry, spec.dateline_codes), writers, groups.get("place"), date)
        if "publisher" not in groups:
            return _byline_credits(byline, spec.kind, evidence(line), line.zone)
        media = packs.credit_vocab.media
        if not byline.agencies or (media and media.search(groups["publisher"])):
            return []  # "Image via Getty Images": no agency carried a text
        # "KVELLER via JTA —": the outlet wrote it, the agency carried it.
        wrote = _attribution(spec, m, text, line, packs, hint, line_licences)
        return ([wrote] if wrote else []) + _byline_credits(byline, "via", evidence(line), line.zone)
    if "syndicate" in groups:
        # "© 2024 Jane Doe." / "Distributed by Quay Features Syndicate.": whose the text is, and the
        # syndicate that carried it, named by its organisation's shape (the pattern's) where the
        # registry does not know it.
        wrote = _attribution(spec, m, text, line, packs, hint, line_licences)
        if wrote is None:
            return []
        known = known_publisher(packs.registry, groups["syndicate"])
        carrier = Attribution(
            "via", known.name if known else groups["syndicate"], groups["syndicate"], None, None, None, evidence(line),
            known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
        )
        return [wrote, carrier]
    if "publisher" not in groups and "credit" not in groups:
        author = groups.get("author")
        return [Attribution(spec.kind, None, None, author, None, None, evidence(line), zone=line.zone)] if author else []
    found = _attribution(spec, m, text, line, packs, hint, line_licences)
    return [found] if found else []


def _agency_parts(text: str, registry: Registry, codes: bool = False) -> tuple[Publisher, ...]:
    """The agencies in a dateline's parentheses: "dpa", "Keystone-SDA", "dpa/lsw" (dpa's
    regional service), "efe-ansa" and "AFP/Reuters" (two agencies)."""
    agency = registry.dateline_agency if codes else registry.agency  # "(AA)" opens a story; "… gesprochen. Mehr" closing a teaser is a link
    whole = agency(text)
    if whole is not None:
        return (whole,)
    found = [agency(part) for part in _AGENCY_SPLIT.split(text)]
    return tuple(dict.fromkeys(p for p in found if p is not None))


_AGENCY_SPLIT = re.compile(r"\s*[/,+&]\s*|-")


def _attribution(
    spec: PatternSpec, m: re.Match[str], text: str, line: Line, packs: Packs, hint: CenturyHint, line_licences: dict[tuple[int | None, str], str]
) -> Attribution | None:
    registry, vocab, credit_vocab = packs.registry, packs.vocab, packs.credit_vocab
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "credit" in groups:
        publisher_text, author, place, date = _split_credit(groups["credit"], registry, vocab, hint, credit_vocab.by)
    else:
        publisher_text = _publisher_name(text, m)
        author, place = groups.get("author"), groups.get("place")
        date = first_date(groups.get("date", ""), vocab, hint) or _partial_date(groups.get("date"))
    kinds = credit_vocab.document_kinds
    kind = kinds.match(publisher_text.strip()) if kinds else None
    if kind is not None:  # "Pressemitteilung der Ökologischen Tierzucht": the publisher follows the kind of text
        publisher_text = _KIND_LINK.sub("", publisher_text.strip()[kind.end() :])
    quoted = publisher_text.strip()[:1] in tuple("„“\"‚«")  # a quoted name keeps its own spelling: „der Freitag“
    publisher_text = publisher_text.strip(" .,;:-–—„“”\"‚‘’«»")
    first_word = author.split()[0] if author else ""
    section_label = bool(first_word and credit_vocab.phrase_starts and credit_vocab.phrase_starts.fullmatch(first_word))
    if section_label:
        author = None  # "Im Wortlaut, Deutschlandfunk": a section's label in the author's place
    if not (quoted or _plausible_name(publisher_text)) or (spec.kind == "byline" and not (author or section_label)):
        return None  # a byline names a person: "The Economist - Home" is a masthead
    if first_date(publisher_text, vocab) or vocab.month_or_weekday(publisher_text):
        return None  # "First published on November 19": a date, not an outlet
    if _names_no_one(publisher_text, credit_vocab):
        return None  # "Read the full story here", "via GIPHY": a link's word, a picture's host
    known = known_publisher(registry, publisher_text)
    return Attribution(
        form=spec.kind,
        publisher=known.name if known else publisher_text,
        publisher_text=publisher_text,
        author=author,
        place=place,
        date=date,
        evidence=evidence(line),
        zone=line.zone,
        known=known is not None,
        publisher_kind=known.kind if known else None,
        permission=spec.kind == "reprinted-with-permission" or bool(_PERMISSION.search(line.text)),
        license=_credited_licence(spec.kind, known, line, line_licences),
    )


def _credited_licence(form: str, known: Publisher | None, line: Line, line_licences: dict[tuple[int | None, str], str]) -> str | None:
    """The licence a credit puts the copy under: the one named on the credit's own line
    ("republished from X under a Creative Commons licence ... CC BY-ND 4.0"), else the
    registry's terms for X. A public-domain outlet's work needs no licence, whatever the form."""
    terms = known.license if known else None
    if terms and terms.startswith(("CC-PDM-", "CC0-")):
        return terms
    # "Republished with permission of X under a Creative Commons licence, CC BY 4.0": the
    # licence on the credit's own line is X's grant, whatever the form.
    on_line = line_licences.get((line.number, line.text))
    return on_line or (terms if form == "republished-under-licence" else None)


def _publisher_name(text: str, m: re.Match[str]) -> str:
    """The `publisher` group, completed when a company name runs on past a comma and
    without the words a sentence puts before the outlet."""
    name = m.group("publisher")
    tail = _CORPORATE_TAIL.match(text, m.end("publisher"))
    if tail:
        name += tail.group(0)
    return _LEAD.sub("", name.strip(), count=1)


def _names_no_one(name: str, vocab: CreditVocab) -> bool:
    return bool((vocab.not_names and vocab.not_names.fullmatch(name)) or (vocab.media and vocab.media.search(name)))


_ABBREVIATED = re.compile(r"^(.{2,80}?)\s*[(（]([^()（）]{1,20})[)）]$")
_KIND_LINK = re.compile(r"^[\s:,-]*(?:(?:by|from|of|der|des|von|vom|de|du|des|de la|del|di|della)\s+)?(?:the\s+)?", re.I)


def _plausible_name(name: str) -> bool:
    if len(name) < 2 or _CLAUSE.search(f" {name} ") or not any(c.isalpha() for c in name):
        return False
    # A lower-case start is a site's own spelling only for one token ("coolimba", "grist.org");
    # running text writes "the Associated Press".
    name = _THE.sub("", name)
    return not name[:1].islower() or " " not in name


def _partial_date(text: str | None) -> DateValue | None:
    """A date without a year ("Sept 28" in a wire dateline): kept as written, with no calendar date."""
    return DateValue(None, text) if text and any(c.isdigit() for c in text) else None


def _merge_corporate(parts: list[str], registry: Registry) -> list[str]:
    """Rejoin a company name split at its comma: a bare suffix ("S.A.U.") always, a part
    ending in one ("Brown and Company") when it follows a single unknown word ("Little")."""
    merged: list[str] = []
    for part in parts:
        end = _CORPORATE_END.search(part)
        if merged and end and (
            end.start() == 0
            or (" " not in merged[-1] and not known_publisher(registry, merged[-1]) and not known_publisher(registry, part))
        ):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def _split_credit(
    credit: str, registry: Registry, vocab: DateVocab, hint: CenturyHint, by: re.Pattern[str] | None = None
) -> tuple[str, str | None, str | None, DateValue | None]:
    """'By AUTHOR, PUBLISHER, PLACE, DATE' in any subset, publisher found by the registry."""
    parts = _merge_corporate([p.strip() for p in _CREDIT_SPLIT.split(credit) if p.strip()], registry)
    date = None
    if parts:
        date = first_date(parts[-1], vocab, hint)
        if date is not None:
            parts.pop()
    author = None
    # The by-words of every language the packs know ("Av Anna Berg, TT", "Door Jan de Vries, ANP").
    first_by = ((by and by.match(parts[0])) or _BY.match(parts[0])) if parts else None
    if first_by:
        author = parts.pop(0)[first_by.end() :].strip(" :")
    if not parts:
        return "", author and person_name(author), None, date
    index = next((i for i, p in enumerate(parts) if known_publisher(registry, p)), 0)
    if author is None and index > 0:
        author = ", ".join(parts[:index])
    author = author and person_name(author)  # "By JANE DOE, Associated Press" names Jane Doe
    # After the publisher come places ("New York"); a description ("a nonprofit newsroom") is not one.
    place = ", ".join(p for p in parts[index + 1 :] if _PLACE.match(p)) or None
    return parts[index], author, place, date
