"""The Lexbor builder: HTML -> Document through selectolax's Lexbor engine, with no Python
loop over the page's nodes.

- Lines: before parsing, a form feed goes before every block tag of the source (one regex
  substitution in C). A form feed is HTML whitespace, so the parser keeps it where it
  stands (other text inside a table is moved out of it); Lexbor's own text() of the tree,
  with script, style and the other unread elements removed first, then holds the page's
  text with a form feed at every block boundary: a paragraph is one line, <br> breaks one.
- Zones: the elements that open one (header, footer, nav, aside, and those whose class or
  id holds a hint word) come from one CSS query; each is decided by markup.zone_of, as the
  lxml walk decides it, and marked by two characters put in the tree around it.
- Metadata: one combined CSS query, in document order.
- Source lines: Lexbor keeps none, so they are found in the source (SourceLines): a line
  of text where its words stand outside tags and scripts, an element at its start tag.
  What cannot be placed is line 0 for text, None for an element, never a guessed line.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import html_lxml
from .markup import (
    BLOCK,
    HINT_WORDS,
    LICENCE_HREF_HINTS,
    SKIP,
    ZONE_CANDIDATES,
    ZONE_TAGS,
    InputError,
    bounded_markup,
    epoch_stamp,
    is_caption,
    metadata_items,
    wayback_capture,
    zone_of,
)
from .model import Document, Line, MetaItem, RawInput, Zone

if TYPE_CHECKING:
    from .document import Decoded

# --- Markup before the parse ----------------------------------------------------------------

_BREAK = "\f"


def _block_tag_pattern(kind: type) -> re.Pattern[Any]:
    # "<" first, so that the engine skips to each "<" in C; then the names as a prefix tree
    # with each letter as [xX]: half the time of an alternation under re.IGNORECASE.
    pattern = rf"<(?=/?{_prefix_tree(sorted(BLOCK))}[\s/>])"
    return re.compile(pattern.encode("ascii") if kind is bytes else pattern)


def _prefix_tree(words: list[str]) -> str:
    """A regex matching exactly `words` (ASCII, lower case) in either case, factored by prefix."""
    if words == [""]:
        return ""
    ends = "" in words
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [(f"[{c}{c.upper()}]" if c.isalpha() else re.escape(c)) + _prefix_tree(rest) for c, rest in sorted(heads.items())]
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


_BLOCK_TAGS: dict[type, re.Pattern[Any]] = {bytes: _block_tag_pattern(bytes), str: _block_tag_pattern(str)}


def _marked(markup: Any) -> Any:
    """The markup with a form feed before each block tag (and the page's own form feeds,
    which are rare, made spaces, so that every form feed in the text is ours)."""
    feed, space, lt = (b"\f", b" ", b"\f<") if isinstance(markup, bytes) else ("\f", " ", "\f<")
    if feed in markup:
        markup = markup.replace(feed, space)
    return _BLOCK_TAGS[type(markup)].sub(lt, markup)


_MAX_DEPTH = 2048  # as deep as libxml2 reads (html_lxml.py)
_SPACE, _LT, _SLASH = 0x20, ord("<"), ord("/")
_VOIDS = ((ord("b"), ord("r")), (ord("i"), ord("m")), (ord("i"), ord("n")), (ord("m"), ord("e")), (ord("l"), ord("i")), (ord("h"), ord("r")))


def _nesting(markup: bytes | str) -> int:
    """An upper bound on how deep the page nests elements, from its tags alone: each start
    tag one level down, each end tag one up, void elements (<br>, <img>, <input>, <meta>,
    <link>, <hr>) neither. Tags a page leaves open (<p>, <li>) and "<" in scripts only
    raise it. Vectorised, since most pages have thousands of tags."""
    data = np.frombuffer(markup.encode("utf-8", "replace") if isinstance(markup, str) else markup, np.uint8)
    at = np.flatnonzero(data[:-2] == _LT)
    first, second = data[at + 1] | _SPACE, data[at + 2] | _SPACE  # lower case, for letters
    start = (first >= ord("a")) & (first <= ord("z"))
    void = np.zeros(len(at), dtype=bool)
    for a, b in _VOIDS:
        void |= (first == a) & (second == b)
    steps = (start & ~void).astype(np.int32) - (data[at + 1] == _SLASH).astype(np.int32)
    return int(np.cumsum(steps).max()) if len(steps) else 0


# --- Zones ----------------------------------------------------------------------------------

# Put in the tree before and after a zone's element: Unicode noncharacters, which no page's
# text holds, and which are not whitespace, so str.split() keeps them.
_OPEN = {"header": "\ufdd0", "footer": "\ufdd1", "boilerplate": "\ufdd2", "body": "\ufdd4"}
_CLOSE = "\ufdd3"
_ZONE_OF_MARK: dict[str, Zone] = {mark: zone for zone, mark in _OPEN.items()}  # type: ignore[misc]
_MARKS = re.compile("([\ufdd0-\ufdd4])")
_NO_MARKS = str.maketrans("", "", "\f\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4")

# The tag test first (:is of the candidate tags), so that the engine tries the 54
# substring tests only on the few elements that can open a zone: half the time of the
# same selectors listed flat, with the same elements in the same order.
_ZONE_QUERY = f":is({', '.join(sorted(ZONE_CANDIDATES | set(ZONE_TAGS)))}):is(" + ", ".join(
    ["header", "footer", "nav", "aside"] + [f'[{attr}*="{word}" i]' for word in HINT_WORDS for attr in ("class", "id")]
) + ")"

# The elements the lxml walk does not read the text of (markup.SKIP), removed before the
# text is taken; script and title only after the metadata query, which reads them.
_UNREAD = sorted(SKIP - {"script", "title"})

_METADATA_QUERY = ", ".join([
    "html[lang]", "meta", 'script[type*="ld+json"]', "time[datetime]", "link[rel][href]", "title",
    "a[href][rel]", *(f'a[href*="{hint}"]' for hint in LICENCE_HREF_HINTS.pattern.replace("\\", "").split("|")),
])


def html_document(raw: RawInput, decoded: Decoded) -> Document:
    """Parse with Lexbor and take the text, zones and metadata out with a few queries."""
    data = raw.data or b""
    # Lexbor reads bytes as UTF-8; a page in another encoding goes to it as the text
    # decode() made of it, so that the charset decision is ours (and the same as lxml's).
    markup: bytes | str
    if decoded.encoding == "utf-8" and not data.startswith(b"\xef\xbb\xbf"):
        markup, truncated = bounded_markup(data)
    else:
        markup, truncated = bounded_markup(decoded.text)
    tags = markup.count("<") if isinstance(markup, str) else markup.count(b"<")
    if tags > _MAX_DEPTH and _nesting(markup) > _MAX_DEPTH:
        # Lexbor's tree construction takes time quadratic in the nesting depth (40,000 nested
        # elements: 8 s). libxml2 stops at 2,048 levels and says so (PRV911): such a page is
        # read by the lxml builder, as it was before this one.
        return html_lxml.html_document(raw, decoded)
    try:
        tree = LexborHTMLParser(_marked(markup))
    except (ValueError, RuntimeError) as exc:
        raise InputError(f"unparseable HTML: {exc}") from None
    root = tree.root
    if root is None:
        raise InputError("unparseable HTML: no elements")
    source = SourceLines(decoded.text)
    placer = _ElementPlacer(source)
    tree.strip_tags(_UNREAD, recursive=True)

    zones: list[tuple[LexborNode, Zone]] = []
    for node in _distinct(tree.css(_ZONE_QUERY)):
        tag = node.tag or ""
        if tag not in ZONE_CANDIDATES and tag not in ZONE_TAGS:
            continue
        zone = zone_of(node.attributes, tag)
        if zone == "skip":  # the Wayback Machine's toolbar, not the archived page
            node.decompose()
        elif zone is not None:
            zones.append((node, zone))

    metadata: list[MetaItem] = [*wayback_capture(data), *epoch_stamp(data)]
    licence_links: list[Any] = []
    for node in _distinct(tree.css(_METADATA_QUERY)):
        tag = node.tag or ""
        attrs = _attributes(node)
        if tag == "a":
            href = attrs.get("href", "")
            if not href or not ("rel" in attrs or LICENCE_HREF_HINTS.search(href)):
                continue  # the CSS above is a superset: the lxml walk's own test decides
            # A link's line is reported only for a licence (rel="license" or a licence's
            # address); the page's other rel="nofollow" links are not placed.
            licence = "license" in attrs.get("rel", "").lower() or LICENCE_HREF_HINTS.search(href)
            line = placer.line(placer.add(tag, attrs)) if licence else None
            licence_links.append(LexborElement(node, line))
            metadata_items(tag, attrs, None, line, metadata)
            continue
        text = node.text(deep=False).replace(_BREAK, "") if tag in ("script", "title") else None
        metadata_items(tag, attrs, text, None, metadata, placer, placer.add(tag, attrs))
    tree.strip_tags(["script", "title"], recursive=True)

    for node, zone in zones:
        if node.parent is not None:  # not inside an element removed above
            node.insert_before(_OPEN[zone])
            node.insert_after(_CLOSE)
    lines = _lines(root.text(), source)
    return Document(
        source=raw.source,
        lines=lines,
        metadata=metadata,
        encoding=decoded.encoding,
        encoding_declared=decoded.declared,
        is_html=True,
        tree=LexborMarkup(tree),
        licence_links=licence_links,
        truncated=truncated,
    )


def _lines(text: str, source: SourceLines) -> list[Line]:
    """The text's lines: pieces between form feeds, each in the zone the marks around it
    open. Inside a boilerplate zone no other zone opens (as in the lxml walk). Each line's
    source line is found when first read (see _TextPlacer)."""
    lines: list[Line] = []
    texts: list[str] = []
    placer = _TextPlacer(source, texts)
    placed_later = Line.placed_later
    stack: list[Zone] = ["body"]
    for i, part in enumerate(_MARKS.split(text)):
        if i % 2:  # a mark
            if part == _CLOSE:
                if len(stack) > 1:
                    stack.pop()
            else:
                stack.append("boilerplate" if stack[-1] == "boilerplate" else _ZONE_OF_MARK[part])
            continue
        zone = stack[-1]
        for piece in part.split(_BREAK):
            if piece and not piece.isspace():
                line = " ".join(piece.split())
                lines.append(placed_later(line, zone, placer, len(texts)))
                texts.append(line)
    return lines


class _TextPlacer:
    """The source lines of one document's text lines (model.LinePlacer), found as they are
    asked for. SourceLines looks for each line after the one before it, so asking for the
    k-th line places every line up to it, in order: each number is the one placing all
    lines at once would give. The lines after the last one asked for are never placed."""

    __slots__ = ("_numbers", "_source", "_texts")

    def __init__(self, source: SourceLines, texts: list[str]) -> None:
        self._source: SourceLines | None = source
        self._texts = texts  # the lines' texts as the builder made them (before any mending)
        self._numbers: list[int] = []

    def number(self, index: int) -> int:
        numbers = self._numbers
        if index >= len(numbers):
            assert self._source is not None  # released only once every line is placed
            text_line, texts = self._source.text_line, self._texts
            for i in range(len(numbers), index + 1):
                numbers.append(text_line(texts[i]))
            if len(numbers) == len(texts):
                self._source = None  # the page's source is no longer needed: let it go
        return numbers[index]


class _ElementPlacer:
    """The source lines of the metadata elements (model.ElementPlacer), found as they are
    asked for. SourceLines places the elements of one name in order, each after the one
    before, so asking for one places those of its name before it: each line is the one
    placing every element at once would give. Most are never asked for (a page has some
    fifty, og:image and viewport among them, and placing them all cost 1 ms a page)."""

    __slots__ = ("_elements", "_lines", "_of_name", "_placed", "_source")

    def __init__(self, source: SourceLines) -> None:
        self._source = source
        self._elements: list[tuple[str, Mapping[str, str]]] = []
        self._of_name: dict[str, list[int]] = {}  # each name's elements, in document order
        self._placed: dict[str, int] = {}  # how many of each name's elements are placed
        self._lines: dict[int, int | None] = {}

    def add(self, tag: str, attrs: Mapping[str, str]) -> int:
        """The index of a new element, placed when first asked for."""
        index = len(self._elements)
        self._elements.append((tag, attrs))
        self._of_name.setdefault(tag, []).append(index)
        return index

    def line(self, index: int) -> int | None:
        if index not in self._lines:
            tag = self._elements[index][0]
            order, k = self._of_name[tag], self._placed.get(tag, 0)
            while k < len(order) and order[k] <= index:
                self._lines[order[k]] = self._source.element_line(tag, self._elements[order[k]][1])
                k += 1
            self._placed[tag] = k
        return self._lines[index]


def _distinct(nodes: list[LexborNode]) -> Iterator[LexborNode]:
    """Each node once: Lexbor returns an element once for each selector of a list it matches."""
    seen: set[int] = set()
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            yield node


def _attributes(node: LexborNode) -> dict[str, str]:
    # A bare attribute (<time pubdate>) is None in selectolax and "" in lxml.
    return {name: value or "" for name, value in node.attributes.items()}


# --- Source lines ---------------------------------------------------------------------------

# Where a comment, script or style starts, and where each ends (looked for from its start:
# one lazy regex over the whole page, ".*?" tried at every byte, cost 0.1 ms a page).
_RAW_START = re.compile(r"<(?:!--|[sS][cC][rR][iI][pP][tT](?=[\s>])|[sS][tT][yY][lL][eE](?=[\s>]))")
_RAW_END = {"!": re.compile(r"-->"), "s": re.compile(r"</(?:script|style)\s*>", re.IGNORECASE)}
_METADATA_START = re.compile(r"<(meta|script|time|link|title|html)(?=[\s/>])", re.IGNORECASE)
_ANCHOR_START = re.compile(r"<a(?=[\s/>])", re.IGNORECASE)
# The text a line's words may stand in: not inside one of these elements.
_NOT_TEXT = ("title", "noscript", "template", "option", "button", "select", "svg", "iframe", "object")


class SourceLines:
    """Where things the tree holds stand in the source text, as line numbers. Text lines
    are placed in order (each after the one before, unless the parser moved it), elements
    at the k-th start tag of their name (skipping comments, scripts and styles) that also
    holds the element's attribute values."""

    __slots__ = ("_at", "_counted", "_raw", "_starts", "_tag_cursor", "_text_cursor", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._text_cursor = 0
        self._counted = (0, 1)  # an offset and its line, so that counting goes on from there
        self._raw: list[tuple[int, int]] | None = None
        self._at: list[int] = []
        self._starts: dict[str, list[int]] = {}
        self._tag_cursor: dict[str, int] = {}

    def line_of(self, offset: int) -> int:
        at, line = self._counted
        if offset < at:
            at, line = 0, 1
        line += self.text.count("\n", at, offset)
        self._counted = (offset, line)
        return line

    # Text ------------------------------------------------------------------------------------

    def text_line(self, line: str) -> int:
        """The line on which `line` (a line of the document's text) starts, or 0: its first
        40 characters as written, else its first plain word where the source from there
        reads as the line does once tags and entities are taken out, else (text the parser
        moved, as out of a table) its first characters anywhere."""
        key = _prefix(line)
        cursor = self._text_cursor
        at = self._find(key, cursor)
        if at < 0:
            at = self._verified(line, cursor)
        if at < 0 and cursor:
            # Before the cursor: a line placed too far ahead (its words also stand, as written,
            # further down, in a breadcrumb), or text the parser moved. The cursor follows.
            at = self._find(key, 0, cursor)
        if at < 0:
            return 0
        self._text_cursor = at + 1
        return self.line_of(at)

    def _verified(self, line: str, start: int) -> int:
        """Where the line's first plain word (of its first three) stands such that the
        source around it reads as the line does once tags and entities are taken out:
        "First <b>bold</b>", "&copy; 2021 Guardian" (a line that starts with an entity is
        placed at its first plain word, "2021", which stands on the same line)."""
        offset = 0
        for word in line.split(" ", 3)[:3]:
            bare = word.rstrip(",.:;!?")
            if len(bare) >= 2 and not _NOT_PLAIN.search(bare):
                break
            offset += len(word) + 1
        else:
            return -1
        before, after = line[:offset].strip(), line[offset : offset + 40]
        at, tries = self._find(bare, start), 0
        while at >= 0 and tries < 4:
            if self._reads(at, at + 800).startswith(after) and (not before or self._reads(max(0, at - 200), at).endswith(before)):
                # Placed by a later word: the line starts where the words before it do.
                start_of = self.text.rfind(before.split(" ", 1)[0], max(0, at - 200), at) if before else -1
                return start_of if start_of >= 0 else at
            at, tries = self._find(bare, at + 1), tries + 1
        return -1

    def _reads(self, start: int, end: int) -> str:
        """The source from start to end as text: tags, comments, scripts and styles out,
        entities read, white space as in the document's lines."""
        chunk = self.text[start:end]
        if "<s" in chunk or "<S" in chunk or "<!" in chunk:
            chunk = self._without_raw(start, end)
        return " ".join(html.unescape(_TAG.sub("", chunk)).split())

    def _without_raw(self, start: int, end: int) -> str:
        """The text from start to end without the comments, scripts and styles in it."""
        spans = self._raw_spans()
        i = bisect_right(self._at, start)
        pieces, at = [], start
        while i < len(spans) and spans[i][0] < end:
            pieces.append(self.text[at : spans[i][0]])
            at = spans[i][1]
            i += 1
        pieces.append(self.text[at:end] if at < end else "")
        return "".join(pieces)

    def _find(self, key: str, start: int, end: int | None = None) -> int:
        """Where `key` stands in the text of the source from `start` (to `end`): not inside a
        tag, a comment, a script or style, or an element whose text is not read; else -1."""
        text = self.text
        end = len(text) if end is None else end
        word = key[0].isalnum()
        spans = self._raw_spans()
        at = text.find(key, start, end)
        while at >= 0:
            again = at + 1
            lt = text.rfind("<", 0, at)
            i = bisect_right(self._at, at) - 1
            if i >= 0 and at < spans[i][1]:
                again = spans[i][1]  # in a comment, script or style: go on after it
            elif word and at and text[at - 1].isalnum():
                pass  # inside a word: "AP" is not in "JAPAN"
            elif lt < 0 or (text.rfind(">", lt, at) >= 0 and not text.startswith(_NOT_TEXT, lt + 1)):
                return at
            at = text.find(key, again, end)
        return -1

    def _raw_spans(self) -> list[tuple[int, int]]:
        if self._raw is None:
            text, spans, at = self.text, [], 0
            while (m := _RAW_START.search(text, at)) is not None:
                end = _RAW_END["!" if m.group().startswith("<!") else "s"].search(text, m.end())
                at = end.end() if end else len(text)
                spans.append((m.start(), at))
            self._raw = spans
            self._at = [start for start, _ in spans]
        return self._raw

    # Elements --------------------------------------------------------------------------------

    def element_line(self, tag: str, attrs: Mapping[str, str]) -> int | None:
        """The line of the element's start tag, or None where it cannot be placed: the next
        start tag of its name, from the last one placed, that holds the element's longest
        attribute value (as written, or with &, <, > and quotes escaped). Only some elements
        of a name are asked for (the <a> of a licence, not every link), and Lexbor adds
        elements the source lacks (<html>), so start tags that do not match are passed over."""
        starts = self._start_offsets(tag)
        first = self._tag_cursor.get(tag, 0)
        values = [v for v in attrs.values() if v]
        value = max(values, key=len) if values else ""
        forms = {value, _escaped(value), _escaped(value).replace("&quot;", "&#34;")} if value else {""}
        for k in range(first, len(starts) if value else min(first + 1, len(starts))):
            at = starts[k]
            end = self.text.find(">", at)
            start_tag = self.text[at : end if end >= 0 else len(self.text)]
            if any(form in start_tag for form in forms):
                self._tag_cursor[tag] = k + 1
                return self.line_of(at)
        return None

    def _start_offsets(self, tag: str) -> list[int]:
        """The offsets of the start tags named `tag`: one scan for all the metadata tags,
        another for <a>, which only a licence link needs."""
        if not self._starts:
            self._starts = {name: [] for name in ("meta", "script", "time", "link", "title", "html")}
            for m in _METADATA_START.finditer(self.text):
                if self._is_tag(m.start()):
                    self._starts[m.group(1).lower()].append(m.start())
        if tag == "a" and "a" not in self._starts:
            self._starts["a"] = [m.start() for m in _ANCHOR_START.finditer(self.text) if self._is_tag(m.start())]
        return self._starts.get(tag, [])

    def _is_tag(self, at: int) -> bool:
        """Whether a start tag at `at` is one: not inside a comment, script or style (a
        script's own start tag opens its span)."""
        spans = self._raw_spans()
        i = bisect_right(self._at, at) - 1
        return i < 0 or at == spans[i][0] or at >= spans[i][1]


def _prefix(line: str) -> str:
    """The line's first 40 characters, cut at a word's end."""
    if len(line) <= 40:
        return line
    cut = line.rfind(" ", 20, 40)
    return line[: cut if cut > 0 else 40]


_TAG = re.compile(r"<[^>]*>")
_NOT_PLAIN = re.compile(r"[^\w.-]")  # a word an entity may stand for (&copy;, quotes), or other punctuation


def _escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- The markup, for the notice readers -----------------------------------------------------


class LexborElement:
    """A Lexbor element answering as an lxml one does, for the few readers of the markup
    (model.Markup)."""

    __slots__ = ("_node", "sourceline")

    def __init__(self, node: LexborNode, line: int | None = None) -> None:
        self._node = node
        self.sourceline = line  # placed for the licence links only: no other reader asks

    @property
    def tag(self) -> str:
        return self._node.tag or ""

    def get(self, name: str, default: str | None = None) -> str | None:
        attrs = self._node.attributes
        if name not in attrs:
            return default
        return attrs[name] or ""

    def itertext(self) -> Iterator[str]:
        yield self._node.text().translate(_NO_MARKS)

    def getparent(self) -> LexborElement | None:
        parent = self._node.parent
        return LexborElement(parent) if parent is not None and parent.is_element_node else None

    def iter(self, tag: str) -> Iterator[LexborElement]:
        for node in self._node.css(tag):  # the element itself too, when it matches, as in lxml
            yield LexborElement(node)


class LexborMarkup:
    """The Lexbor tree, for the notice readers (model.Markup)."""

    __slots__ = ("_tree",)

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._tree = tree

    def anchors(self) -> Iterator[LexborElement]:
        for node in self._tree.css("a"):
            yield LexborElement(node)

    def captions(self) -> Iterator[LexborElement]:
        for node in self._tree.css('figcaption, [class*="caption"], [class*="credit"], [class*="bild"]'):
            if is_caption(node.tag or "", node.attributes.get("class")):
                yield LexborElement(node)
