"""Bytes -> Document: decoding, the normalised text with its line map, zones, metadata.

HTML is parsed with lxml and walked once: that walk yields the text lines (each with
the source line it starts on and its zone) and collects meta tags, JSON-LD, <time>
and licence links on the way. BeautifulSoup is used only to guess an encoding when a
page declares none and is not UTF-8, which is rare and off the hot path.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Literal, TypeVar

from lxml import etree

from .model import Document, Line, MetaItem, RawInput, Zone
from .packs import Packs


class InputError(Exception):
    """An input that cannot be audited; the message is shown to the user as is."""


# --- Decoding --------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,80}encoding\s*=\s*["'])([A-Za-z0-9_.:-]{2,40})""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do archives.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    declared: bool


def decode(data: bytes, is_html: bool, transport_charset: str | None = None) -> Decoded:
    """Decode from a BOM, the HTTP charset, a declared charset, UTF-8, else a detected
    encoding (the order browsers use)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", ""), True)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable: starts with a {name} byte-order mark but is not {name} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file: contains NUL bytes, so it is neither HTML nor text")
    declared = _DECLARED.search(data[:4096]) if is_html else None
    if transport_charset or declared:
        label = transport_charset.lower() if transport_charset else declared.group(1).decode("ascii").lower()  # type: ignore[union-attr]
        label = "windows-1252" if label in _AS_CP1252 else label
        try:
            return _checked(data.decode(label), label, True)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to what the bytes say
    try:
        return _checked(data.decode("utf-8"), "utf-8", not is_html or declared is not None)
    except UnicodeDecodeError:
        pass
    return _checked(*_detect(data), False)


def _detect(data: bytes) -> tuple[str, str]:
    """Undeclared, non-UTF-8 bytes read as windows-1252 the way browsers read it: the five
    bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the
    same number. Deterministic on purpose: a detector that guesses differently with each
    optional library installed would give a laptop and a cluster different answers."""
    return data.decode("latin-1").translate(_WINDOWS_1252), "windows-1252"


# latin-1 -> windows-1252: the 0x80-0x9F range holds printable characters in windows-1252.
_WINDOWS_1252 = {
    byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _checked(text: str, encoding: str, declared: bool) -> Decoded:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise InputError(
            f"binary or undecodable: decoded as {encoding}, {controls} of the first {len(sample)} characters are control characters"
        )
    return Decoded(text, encoding, declared)


# --- Plain text ------------------------------------------------------------------------


def _text_lines(text: str, packs: Packs) -> list[Line]:
    raw = [(i + 1, " ".join(t.split())) for i, t in enumerate(text.splitlines())]
    rows = [(n, t) for n, t in raw if t]
    zones = _text_zones([t for _, t in rows], packs)
    return [Line(t, n, z) for (n, t), z in zip(rows, zones, strict=False)]


_SENTENCE = re.compile(r"[.!?…\"”»]\s*$|[.!?]\s")
_FOOTER_TEXT = re.compile(
    r"©|\(c\)\s*\d|copyright|all rights reserved|derechos reservados|tous droits|u\.s\.c|fair use|"
    r"has been published on|ha sido publicado|publicado el|publié le",
    re.IGNORECASE,
)


def _is_chrome(text: str, packs: Packs) -> bool:
    words = [w for w in re.split(r"[\s|/·•»>]+", text.lower()) if w]
    return bool(words) and len(words) <= 8 and sum(w in packs.chrome_words for w in words) * 2 >= len(words)


def _text_zones(texts: list[str], packs: Packs) -> list[Zone]:
    """Header before the first paragraph, footer after the last; chrome lines are boilerplate."""
    def paragraph(t: str) -> bool:
        return len(t.split()) >= 12 and bool(_SENTENCE.search(t)) and not _FOOTER_TEXT.search(t)

    paragraphs = [i for i, t in enumerate(texts) if paragraph(t)]  # once: the two regexes are most of this stage
    first = paragraphs[0] if paragraphs else len(texts)
    last = paragraphs[-1] if paragraphs else len(texts) - 1
    zones: list[Zone] = []
    for i, t in enumerate(texts):
        zone: Zone = "header" if i < first else "footer" if i > last else "body"
        if zone != "body" and _is_chrome(t, packs):
            zone = "boilerplate"
        zones.append(zone)
    return zones


# --- HTML ------------------------------------------------------------------------------

_BLOCK = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul".split()
)
_SKIP = frozenset("script style noscript template svg iframe object select button title".split())
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_ZONE_TAGS: dict[str, Zone] = {"header": "header", "footer": "footer", "nav": "boilerplate", "aside": "boilerplate"}

_HINTS = re.compile(
    r"(?P<footer>footer|colophon|copyright)|(?P<header>masthead|site-header|page-header|^header)|"
    r"(?P<boilerplate>\bnav|menu|sidebar|related|recommend|comment|share|social|widget|breadcrumb|cookie|newsletter|"
    r"teaser|promo|advert|banner|popular|trending|more-stories|read-more|footnote-links)|"
    r"(?P<skip>(?<!\S)wm-ipp)",  # the Wayback Machine's toolbar: last, since it is rare
)  # matched against the lower-cased hint: three times faster than re.IGNORECASE here


# A page builder's classes on every block say nothing of the block ("elementor-widget",
# "elementor-widget-container" wrap the article's text as much as its sidebar); the widget's
# type after the prefix does ("elementor-widget-nav-menu", "elementor-widget-sidebar").
_BUILDER_WRAPPERS = re.compile(r"\belementor-(?:widget-container|widget(?=\s|$)|element\S*|widget-)")


_ZONE_CANDIDATES = frozenset("div section aside header footer nav ul ol table".split())


def _zone_of(el: Any, tag: str) -> Zone | Literal["skip"] | None:
    zone = _ZONE_TAGS.get(tag)
    if zone:
        return zone
    hint = (el.get("class") or "") + " " + (el.get("id") or "")
    return None if len(hint) == 1 else _hinted_zone(hint)


@lru_cache(maxsize=16384)
def _hinted_zone(hint: str) -> Zone | Literal["skip"] | None:
    # Class and id strings repeat across a site's pages, so the answer is kept between documents.
    hint = hint.lower()
    if "elementor" in hint:
        hint = _BUILDER_WRAPPERS.sub(" ", hint)
    m = _HINTS.search(hint)
    return m.lastgroup if m else None  # type: ignore[return-value]


# libxml2 decodes these itself from bytes, which is faster than parsing a Python str.
_LIBXML_DECODES = frozenset({"utf-8", "windows-1252", "iso-8859-15", "iso-8859-2"})


@lru_cache(maxsize=8)
def _parser(encoding: str | None) -> etree.HTMLParser:
    # One parser per encoding, reused: building one costs more than a small page's parse.
    # lxml parsers are not thread-safe; the auditor runs one document at a time per process.
    # collect_ids=False: nothing looks elements up by id, and the id table costs ~8% of a parse.
    # huge_tree: libxml2 stops reading at 256 levels of nesting without it (a notice below
    # them was silently lost), at 2,048 with it; its other limits are far above --max-bytes.
    return etree.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True)


def _parse_html(data: bytes, decoded: Decoded) -> tuple[Any, list[str]]:
    """The tree, and what of the page was not read, said for a person (see _bounded_markup)."""
    try:
        if decoded.encoding in _LIBXML_DECODES:
            markup, truncated = _bounded_markup(data)
            parser = _parser(decoded.encoding)
            root = etree.fromstring(markup, parser)
        else:
            markup_text, truncated = _bounded_markup(_XML_DECL.sub("", decoded.text, count=1))
            parser = _parser(None)
            root = etree.fromstring(markup_text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"unparseable HTML: {exc}") from None
    if root is None:
        raise InputError("unparseable HTML: no elements")
    deep = next((e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message), None)
    if deep is not None:
        truncated.append(
            f"elements are nested more than {_MAX_DEPTH:,} deep: the parser stopped there (line {deep.line}), and the text after it was not read"
        )
    return root, truncated


# Limits on the markup of one page, applied to its bytes before lxml sees them. libxml2
# checks each attribute against every other of its element (100,000 attributes took 22 s),
# and a page of a million elements takes seconds to parse and walk. Real pages stay far
# below both: a long article has some 30,000 elements, an element a few dozen attributes.
MAX_ELEMENTS = 250_000
MAX_ATTRIBUTES = 256
_MAX_DEPTH = 2048  # libxml2's own limit with huge_tree
# Where a tag may hold more than MAX_ATTRIBUTES attributes: a run this long without a '>'
# (each attribute takes at least three bytes, " a1"). Looked for from each '>' (a literal
# the regex engine skips to in C; a look-behind tried at every byte cost 5 ms a page) and
# from the start, each run is scanned once.
_LONG_RUN = MAX_ATTRIBUTES * 3
_PATTERNS = {
    kind: (
        re.compile(to(r">[^>]{" + str(_LONG_RUN) + ",}")),
        re.compile(to(r"[^>]{" + str(_LONG_RUN) + ",}")),
        re.compile(to(r"<[A-Za-z][^\s/>]*")),
        re.compile(to(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")),
        re.compile(to(r"<[A-Za-z]")),
        re.compile(to(r"<(script|style|template|textarea)\b.*?</\1\s*>"), re.IGNORECASE | re.DOTALL),
    )
    for kind, to in ((bytes, lambda p: p.encode("ascii")), (str, lambda p: p))
}

Markup = TypeVar("Markup", bytes, str)


def _bounded_markup(markup: Markup) -> tuple[Markup, list[str]]:
    """The markup with the attributes of an element past MAX_ATTRIBUTES and the elements
    of the page past MAX_ELEMENTS removed, and what was removed, said for a person. Line
    breaks in what is removed are kept, so that every line number stays true."""
    long_run, long_start, tag_name, attribute, tag_start, raw_text = _PATTERNS[type(markup)]
    newline, angle = (b"\n", b"<") if isinstance(markup, bytes) else ("\n", "<")
    truncated: list[str] = []
    if markup.count(angle) > MAX_ELEMENTS:
        nth = next(islice(tag_start.finditer(markup), MAX_ELEMENTS, None), None)
        if nth is not None:
            line = markup.count(newline, 0, nth.start()) + 1
            truncated.append(
                f"the page has more than {MAX_ELEMENTS:,} elements: only the first {MAX_ELEMENTS:,} were read; from line {line} on, the page was not"
            )
            markup = markup[: nth.start()]
    cuts: list[tuple[int, int]] = []
    crowded = 0
    head = long_start.match(markup)
    runs = [(0, head.end())] if head else []
    runs += [(m.start() + 1, m.end()) for m in long_run.finditer(markup)]
    raw_spans: list[tuple[int, int]] | None = None
    for start, end in runs:
        tag = tag_name.search(markup, start, end)
        if tag is None:
            continue
        # The attribute after which the element is cut, if it has that many.
        last = next(islice(attribute.finditer(markup, tag.end(), end), MAX_ATTRIBUTES - 1, None), None)
        if last is None or last.end() >= end or not attribute.search(markup, last.end(), end):
            continue
        # A script's or a style's code holds "<" and long runs without ">" ("a<b" in minified
        # code): no tag starts there. Looked for only here, as crowded tags are rare.
        if raw_spans is None:
            raw_spans = [m.span() for m in raw_text.finditer(markup)]
        if not any(a < tag.start() < b for a, b in raw_spans):
            cuts.append((last.end(), end))
            crowded += 1
            if crowded == 1:
                first_line = markup.count(newline, 0, tag.start()) + 1
    if cuts:
        pieces, at = [], 0
        for start, end in cuts:
            pieces += [markup[at:start], newline * markup.count(newline, start, end)]
            at = end
        pieces.append(markup[at:])
        markup = markup[:0].join(pieces)
        truncated.append(
            f"{crowded} element{'s have' if crowded > 1 else ' has'} more than {MAX_ATTRIBUTES} attributes (the first at line {first_line}): "
            f"only the first {MAX_ATTRIBUTES} of each were read"
        )
    return markup, truncated


def _html_document(raw: RawInput, decoded: Decoded) -> Document:
    """One walk over the tree: text lines with their source line and zone, and metadata.

    This loop runs for every element of every page, so it is written flat: locals, no
    helper calls for the common case, and a line is closed inline rather than by a call.
    """
    root, truncated = _parse_html(raw.data or b"", decoded)
    lines: list[Line] = []
    metadata: list[MetaItem] = list(_wayback_capture(raw.data or b""))
    licence_links: list[Any] = []
    zones: list[Zone] = ["body"]
    pieces: list[str] = []  # text of the line being built
    first = 0  # source line where the current line's text starts
    first_zone: Zone = "body"
    opened: list[Any] = []  # elements that opened the zones above "body", innermost last
    zone: Zone = "body"
    kinds = _TAG_KIND
    licence_href = _LICENCE_HREF_HINTS.search
    open_kinds: list[int] = []  # the kind of each open element: popping it is cheaper than el.tag
    push, pop = open_kinds.append, open_kinds.pop
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            kind = kinds.get(el.tag, 0)  # comments and PIs are removed by the parser: tags are strings
            push(kind)
            if kind:
                if kind & _ANCHOR:
                    href = el.get("href")
                    if href and (el.get("rel") is not None or licence_href(href)):
                        licence_links.append(el)
                        _collect_metadata(el, "a", metadata)
                elif kind & _METADATA:
                    _collect_metadata(el, el.tag, metadata)
                if kind & _SKIPPED:
                    walker.skip_subtree()
                    continue
                if kind & _ZONED and zone != "boilerplate":
                    found = _zone_of(el, el.tag)
                    if found == "skip":  # the Wayback Machine's toolbar, not the archived page
                        open_kinds[-1] = kind | _SKIPPED
                        walker.skip_subtree()
                        continue
                    if found is not None:
                        opened.append(el)
                        zones.append(found)
                        zone = found
                if pieces and kind & _BLOCK_TAG:
                    text = " ".join("".join(pieces).split())
                    if text:
                        lines.append(Line(text, first, first_zone))
                    pieces.clear()
            text = el.text
        else:
            kind = pop()
            if kind and not kind & _SKIPPED:  # a skipped element opened no zone; its tail is still text
                if opened and opened[-1] is el:
                    opened.pop()
                    zones.pop()
                    zone = zones[-1]
                if pieces and kind & _BLOCK_TAG:
                    text = " ".join("".join(pieces).split())
                    if text:
                        lines.append(Line(text, first, first_zone))
                    pieces.clear()
            text = el.tail
        if text:
            if pieces:
                pieces.append(text)
            elif not text.isspace():
                first, first_zone = el.sourceline or 0, zone
                pieces.append(text)
    if pieces:
        text = " ".join("".join(pieces).split())
        if text:
            lines.append(Line(text, first, first_zone))
    return Document(
        source=raw.source,
        lines=lines,
        metadata=metadata,
        encoding=decoded.encoding,
        encoding_declared=decoded.declared,
        is_html=True,
        tree=root,
        licence_links=licence_links,
        truncated=truncated,
    )


# A Wayback Machine capture names the archived address and the capture's time in the
# script that rewrites its links: __wm.wombat("http://www.example.com/a.html","20120216182711",...).
_WAYBACK = re.compile(rb'__wm\.wombat\("([^"]{4,2000})","(\d{14})"')


def _wayback_capture(data: bytes) -> Iterator[MetaItem]:
    if b"__wm." not in data:  # one scan in C for the many pages that are not captures
        return
    m = _WAYBACK.search(data)
    if m:
        yield MetaItem("wayback:url", m.group(1).decode("utf-8", "replace"), "Wayback Machine capture script")
        yield MetaItem("wayback:date", m.group(2).decode("ascii"), "Wayback Machine capture script")


# Addresses of licence deeds: an anchor to one is kept for the notice reader, which would
# otherwise have to loop over every link of the page again.
_LICENCE_HREF_HINTS = re.compile(r"creativecommons\.org/|gnu\.org/|open-government-licence|/dl-de/")
_METADATA_TAGS = frozenset({"meta", "script", "time", "link", "title", "html", "a"})

# What the walk does with a tag, as bit flags so one dict lookup answers every question.
_BLOCK_TAG, _SKIPPED, _METADATA, _ZONED, _ANCHOR = 1, 2, 4, 8, 16
_TAG_KIND: dict[str, int] = {}
for _tag in _BLOCK | _SKIP | _METADATA_TAGS | _ZONE_CANDIDATES | set(_ZONE_TAGS):
    _TAG_KIND[_tag] = (
        (_BLOCK_TAG if _tag in _BLOCK else 0)
        | (_SKIPPED if _tag in _SKIP else 0)
        | (_METADATA if _tag in _METADATA_TAGS else 0)
        | (_ZONED if _tag in _ZONE_CANDIDATES or _tag in _ZONE_TAGS else 0)
        | (_ANCHOR if _tag == "a" else 0)
    )


def _collect_metadata(el: Any, tag: str, out: list[MetaItem]) -> None:
    attrs = el.attrib
    line = el.sourceline
    if tag == "meta":
        key = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
        if key is None and "itemprop" in attrs:
            key = "itemprop:" + attrs["itemprop"]
        content = attrs.get("content")
        if key and content:
            attr = "property" if "property" in attrs else "name" if "name" in attrs else "itemprop" if "itemprop" in attrs else "http-equiv"
            out.append(MetaItem(key.lower().strip(), content.strip(), f'meta[{attr}="{attrs.get(attr)}"]', line))
    elif tag == "script":
        if "ld+json" in (attrs.get("type") or "") and el.text:
            for key, value in _jsonld_items(el.text):
                out.append(MetaItem("jsonld:" + key.lower(), value, f"JSON-LD {key}", line))
    elif tag == "time":
        stamp = attrs.get("datetime")
        if stamp:
            if "pubdate" in attrs or "publish" in (attrs.get("class", "") + attrs.get("itemprop", "")).lower():
                out.append(MetaItem("time:published", stamp, "time[datetime][pubdate]", line))
            out.append(MetaItem("time", stamp, "time[datetime]", line))
    elif tag == "link":
        rel = (attrs.get("rel") or "").lower()
        if rel in ("canonical", "license") and attrs.get("href"):
            out.append(MetaItem("link:" + rel, attrs["href"], f'link[rel="{rel}"]', line))
    elif tag == "a":
        if "license" in (attrs.get("rel") or "").lower() and attrs.get("href"):
            out.append(MetaItem("link:license", attrs["href"], 'a[rel="license"]', line))
    elif tag == "title":
        if el.text and el.text.strip():
            out.append(MetaItem("title", " ".join(el.text.split()), "title", line))
    elif tag == "html":
        if attrs.get("lang"):
            out.append(MetaItem("lang", attrs["lang"], "html[lang]", line))


_JSONLD_KEYS = frozenset(
    {"datePublished", "dateCreated", "dateModified", "headline", "name", "articleSection", "license",
     "copyrightHolder", "copyrightYear", "author", "publisher", "isBasedOn", "sourceOrganization"}
)
_CREATIVE_WORK = re.compile(r"Article|Posting|Report|CreativeWork|WebPage|Blog", re.I)


def _jsonld_items(text: str) -> Iterator[tuple[str, str]]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    names = _named_nodes(data)
    stack: deque[Any] = deque([data])  # breadth first, as the page orders it
    while stack:
        node = stack.popleft()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        kind = node.get("@type")
        kinds = " ".join(k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str))
        if "@graph" in node:
            stack.extend(node["@graph"] if isinstance(node["@graph"], list) else [node["@graph"]])
        if kinds and not _CREATIVE_WORK.search(kinds):
            continue  # an Organization's or Person's own dates are not the page's
        for key, value in node.items():  # in the page's order: a set's order would vary run to run
            if key not in _JSONLD_KEYS:
                continue
            if isinstance(value, dict):
                value = _node_name(value, names)
            elif isinstance(value, list):
                value = ", ".join(str(_node_name(v, names) if isinstance(v, dict) else v) for v in value if v)
            if isinstance(value, (str, int)) and str(value).strip():
                yield (key if "WebPage" not in kinds else "page:" + key), str(value).strip()


def _named_nodes(data: Any) -> dict[str, str]:
    """The name of every node that has an @id: Yoast's @graph names its Organization once
    and points at it from the article ({"@id": "https://example.com/#organization"})."""
    names: dict[str, str] = {}
    stack: list[Any] = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            key, name = node.get("@id"), node.get("name")
            if isinstance(key, str) and isinstance(name, str) and name.strip():
                names.setdefault(key.replace("/#", "#"), name.strip())
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return names


def _node_name(value: dict[str, Any], names: dict[str, str]) -> Any:
    """A referenced node's name: its own, the name its @id has elsewhere, else its @id or URL."""
    ref = value.get("@id")
    return value.get("name") or (names.get(ref.replace("/#", "#")) if isinstance(ref, str) else None) or ref or value.get("url")


# --- Entry point -----------------------------------------------------------------------


def build_document(raw: RawInput, packs: Packs) -> Document:
    """Decode and parse one input. Raises InputError for what cannot be audited."""
    data = raw.data or b""
    if not data.strip():
        raise InputError("empty file: nothing to audit")
    is_html = raw.content_type == "html"
    decoded = decode(data, is_html, raw.charset)
    if is_html:
        document = _html_document(raw, decoded)
    else:
        document = Document(
            source=raw.source,
            lines=_text_lines(decoded.text, packs),
            encoding=decoded.encoding,
            encoding_declared=decoded.declared,
        )
    if not document.lines and not document.metadata:
        raise InputError("no text: the document has no readable text")
    if _MOJIBAKE.search(document.text):
        document = _repaired(document)
    return document


# UTF-8 read as windows-1252 ("kÃ¶nnen", "â€” "): a page decoded twice on its way to us. It
# hides credits ("(AP) â€”") and dates, so the lines that show it are mended with ftfy, the
# well-kept library for exactly this; only those lines, since few pages have any (4 of the
# 911 dev pages) and ftfy costs tens of microseconds a line.
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf]|â€")


def _repaired(document: Document) -> Document:
    import ftfy

    lines = [replace(line, text=ftfy.fix_text(line.text)) if _MOJIBAKE.search(line.text) else line for line in document.lines]
    metadata = [replace(m, value=ftfy.fix_text(m.value)) if _MOJIBAKE.search(m.value) else m for m in document.metadata]
    return Document(
        source=document.source, lines=lines, metadata=metadata, encoding=document.encoding,
        encoding_declared=document.encoding_declared, is_html=document.is_html, tree=document.tree,
        licence_links=document.licence_links, truncated=document.truncated,
    )
