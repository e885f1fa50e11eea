"""The Lexbor builder: HTML -> Document through selectolax's Lexbor engine, with no Python
loop over the page's nodes.

- Lines: before parsing, a mark goes before every block tag of the source (found with
  numpy, the marks put in with one join): form feeds and the tag's number in spaces and
  tabs, HTML whitespace, which the parser keeps where it stands. Lexbor's own text() of the
  tree, with script, style and the other unread elements removed first, then holds the
  page's text with a mark at every block boundary: a paragraph is one line, <br> breaks
  one. One regex split of that text at its runs of marks gives the lines.
- Zones: the elements that open one (header, footer, nav, aside, and those whose class or
  id holds a hint word) come from one CSS query; each is decided by markup.hinted_zone, as the
  lxml walk decides it, and marked by a mark of its own put in the tree around it.
- Metadata: one combined CSS query, in document order.
- Source lines: Lexbor keeps none. A text line's is found from the block tag its mark
  names and its first word in the source after that tag; an element's at the k-th start
  tag of its name that holds its attribute values (SourceLines). Both only when something
  reads them; an element that cannot be placed is None, never a guessed line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache, partial
from itertools import accumulate, chain, count, islice
from operator import add, methodcaller
from typing import TYPE_CHECKING, Any

import ahocorasick_rs
import numpy as np
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import html_lxml
from .markup import (
    BLOCK,
    BLOCK_BREAK,
    ENCLOSURE_TAGS,
    ENCLOSURE_WORDS,
    HINT_WORDS,
    LICENCE_HREF_HINTS,
    PICTURE_LIMIT,
    PICTURE_OUTSIDE,
    SKIP,
    ZONE_CANDIDATES,
    ZONE_TAGS,
    InputError,
    OtherItems,
    block_pieces,
    bounded_markup,
    class_and_id,
    content_picture,
    enclosure_of,
    epoch_stamp,
    has_microdata_author,
    headline_titles,
    hinted_zone,
    holds_title,
    is_caption,
    is_title,
    metadata_items,
    microdata_author,
    other_items_block,
    picture_blocks,
    wayback_capture,
)
from .model import Document, Line, MetaItem, RawInput, Zone

if TYPE_CHECKING:
    from .document import Decoded

# --- Markup before the parse ----------------------------------------------------------------



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


def _marked(markup: Any, opens: np.ndarray[Any, Any] | None = None) -> tuple[Any, _BlockPlacer]:
    """The markup with a mark before each block tag, and a placer that knows where each of
    those tags stands in the source.

    The k-th tag's mark is two form feeds, k in binary (space 0, tab 1), and a form feed:
    HTML whitespace, which the parser keeps where it stands (text inside a table moves out
    of it, with its mark), and which no page's text holds once its own form feeds are made
    spaces. Lexbor's text() then holds, before each line, the number of the block tag it
    follows (see _lines). All in C: numpy for bytes (_marked_bytes), a regex split and one
    join for text."""
    if isinstance(markup, bytes):
        if b"\f" in markup:
            markup, opens = markup.replace(b"\f", b" "), None
        return _marked_bytes(markup, np.flatnonzero(np.frombuffer(markup, np.uint8) == _LT) if opens is None else opens)
    if "\f" in markup:
        markup = markup.replace("\f", " ")
    pieces = _BLOCK_TAGS[str].split(markup)
    tags = len(pieces) - 1
    marks = islice(_marks(_table_size(tags), False) if tags <= _KEPT_MARKS else _make_marks(tags, False), tags)
    joined = "".join(chain.from_iterable(zip(pieces, marks, strict=False)))  # none after the last piece
    # Where each tag's "<" stands (the split took it: one more for each tag before), and on which line.
    starts = list(map(add, accumulate(map(len, pieces)), count()))
    lines = list(accumulate(map(methodcaller("count", "\n"), pieces), initial=1))[1:]
    return joined + pieces[-1], _BlockPlacer(markup, starts, lines)


def _marked_bytes(markup: bytes, opens: np.ndarray[Any, Any]) -> tuple[bytes, _BlockPlacer]:
    """_marked for bytes, the usual case (a UTF-8 page): the block tags found with numpy, the
    same as _BLOCK_TAGS[bytes] finds ("<", an optional "/", a name of BLOCK in either case,
    then whitespace, "/" or ">"). The regex split tried its lookahead at each of a page's
    thousands of "<" (3.9 M instructions a page), and counting the lines of its pieces one by
    one cost 2 M more."""
    data = np.frombuffer(markup, np.uint8)  # `opens`: where its "<" stand
    # The _WINDOW bytes after each "<" and its "/", if any (zeros past the end: no name, no end).
    padded = np.concatenate((data, np.zeros(_WINDOW + 2, np.uint8)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, _WINDOW)
    names = windows[opens + 1 + (padded.take(opens + 1) == _SLASH)]  # (take would copy the whole view)
    names |= ((names >= ord("A")) & (names <= ord("Z"))) * np.uint8(0x20)  # lower case
    letters = ((names >= ord("a")) & (names <= ord("z"))) | ((names >= ord("0")) & (names <= ord("9")))
    length = np.argmin(letters, axis=1)  # where the name ends (0: no name, or one as long as the window)
    ended = _NAME_END.take(names.ravel().take(np.arange(len(opens)) * _WINDOW + length))
    names *= _COLUMNS < length[:, None]  # the name alone, then zeros
    keys = names.view(np.uint64)  # two 8-byte words a name
    at = np.minimum(np.searchsorted(_BLOCK_KEYS[:, 0], keys[:, 0]), len(_BLOCK_KEYS) - 1)
    block = ended & (length > 0) & (_BLOCK_KEYS[at, 0] == keys[:, 0]) & (_BLOCK_KEYS[at, 1] == keys[:, 1])
    tags = opens[block]
    found = len(tags)
    starts = tags.tolist()
    # The pieces between the tags, without their "<", which each mark ends with.
    pieces = list(map(markup.__getitem__, map(slice, [0, *(tags + 1).tolist()], [*starts, len(markup)])))
    marks = _marks(_table_size(found), True) if found <= _KEPT_MARKS else _make_marks(found, True)
    joined = b"".join(chain.from_iterable(zip(pieces, islice(marks, found), strict=False))) + pieces[-1]
    # The line of each tag, then, as the split gave them, the end of the page and its line count.
    newlines = np.flatnonzero(data == _NEWLINE)
    lines = (np.searchsorted(newlines, tags) + 1).tolist()
    return joined, _BlockPlacer(markup, [*starts, len(markup)], [*lines, len(newlines) + 1])


def _table_size(tags: int) -> int:
    """The size of the kept table of marks that serves a page of `tags` block tags: a power
    of two, so that a few tables serve every page."""
    return max(1024, 1 << tags.bit_length())


class _BlockPlacer:
    """The source lines of a document's text lines (model.LinePlacer), each found when first
    read, alone: a line follows the k-th block tag of the source (the block mark before it
    in the text says which), and stands where its first word does in the source between
    that tag and the next one whose mark the text shows, outside a tag ("<a\n class=...>
    Politik" is on the line of "Politik"); where the source writes the word otherwise (an
    entity), on the tag's line and the line breaks the text opens with."""

    __slots__ = ("_lines", "_markup", "_parts", "_runs", "_starts")

    def __init__(self, markup: Any, starts: list[int], lines: list[int]) -> None:
        self._markup, self._starts, self._lines = markup, starts, lines
        self._parts: list[str] = []  # the text split at its marks: text, marks, text, ... (_lines)
        self._runs: list[tuple[int, int, int]] = []  # each text line's part and span in it

    def read(self, parts: list[str]) -> list[tuple[int, int, int]]:
        """Keep the text's parts; the runs list, for _lines to fill."""
        self._parts = parts
        return self._runs

    def _mark_before(self, part: int) -> int:
        """The number of the last block mark before the text part `part` (-1: none)."""
        parts = self._parts
        for marks in range(part - 1, 0, -2):
            found = _MARK.findall(parts[marks])
            if found:
                return int(found[-1].translate(_FROM_BITS), 2)
        return -1

    def _mark_after(self, part: int) -> int:
        """The number of the first block mark after the text part `part` (-1: none)."""
        parts = self._parts
        for marks in range(part + 1, len(parts), 2):
            found = _MARK.search(parts[marks])
            if found:
                return int(found[1].translate(_FROM_BITS), 2)
        return -1

    def number(self, index: int) -> int:
        part, run_start, run_end = self._runs[index]
        text, markup = self._parts[part], self._markup
        if run_start < 0:  # the whole part but the spaces it opens with (_lines)
            run_end = len(text)
            run_start = run_end - len(text.lstrip())
        word = text[run_start:run_end].split(None, 1)[0]
        breaks = text.count("\n", text.rfind("\f", 0, run_start) + 1, run_start)
        tag, following = self._mark_before(part), self._mark_after(part)
        # Text before the first block tag (in a page that opens with scripts and no <body>) is
        # looked for from the page's start.
        start, line = (self._starts[tag], self._lines[tag]) if 0 <= tag < len(self._starts) else (0, 1)
        end = self._starts[following] if tag < following < len(self._starts) else len(markup)
        in_bytes = isinstance(markup, bytes)
        needle = word.encode("utf-8") if in_bytes else word
        lt, gt, newline = (b"<", b">", b"\n") if in_bytes else ("<", ">", "\n")
        at = markup.find(needle, start, end)
        while at >= 0 and markup.rfind(lt, start, at) > markup.rfind(gt, start, at):
            at = markup.find(needle, at + 1, end)  # inside a tag (an attribute's value): on
        return line + (markup.count(newline, start, at) if at >= 0 else breaks)


@lru_cache(maxsize=8)
def _marks(count: int, bytes_like: bool) -> tuple[Any, ...]:
    """The first `count` block marks, made once for every page with up to `count` block
    tags (a page has some 800; the tables kept hold at most _KEPT_MARKS each, a few MB)."""
    return _make_marks(count, bytes_like)


def _make_marks(count: int, bytes_like: bool) -> tuple[Any, ...]:
    """The first `count` block marks, each followed by the "<" that the split took."""
    marks = [f"\f\f{k:b}\f<".translate(_BITS) for k in range(count)]
    return tuple(m.encode("ascii") for m in marks) if bytes_like else tuple(marks)


# The largest table of marks kept between pages: a page with more block tags (up to
# markup.MAX_ELEMENTS) makes its own, rather than leave a worker holding tens of MB.
_KEPT_MARKS = 1 << 15


_BITS = str.maketrans("01", " \t")
_MARK = re.compile("\f\f([ \t]+)\f")
_FROM_BITS = str.maketrans(" \t", "01")

# For _marked_bytes: the bytes after a "<" read as a tag name (longer than any name of
# BLOCK, so that a longer one is none of them), the bytes that may end a name (the \\s of a
# bytes pattern, "/", ">"), and the names of BLOCK as pairs of 8-byte words, sorted.
_WINDOW = 16
_COLUMNS = np.arange(_WINDOW)
_NAME_END = np.zeros(256, bool)
_NAME_END[list(b" \t\n\r\x0b\x0c/>")] = True
_BLOCK_KEYS = np.frombuffer(b"".join(sorted(name.encode("ascii").ljust(_WINDOW, b"\0") for name in BLOCK)), np.uint64).reshape(-1, 2)
_BLOCK_KEYS = _BLOCK_KEYS[np.argsort(_BLOCK_KEYS[:, 0])]
assert max(map(len, BLOCK)) < _WINDOW and len(set(_BLOCK_KEYS[:, 0])) == len(BLOCK)  # a name's first word tells it


_MAX_DEPTH = 2048  # as deep as libxml2 reads (html_lxml.py)
_SPACE, _LT, _SLASH, _NEWLINE = 0x20, ord("<"), ord("/"), ord("\n")
_VOIDS = ((ord("b"), ord("r")), (ord("i"), ord("m")), (ord("i"), ord("n")), (ord("m"), ord("e")), (ord("l"), ord("i")), (ord("h"), ord("r")))


def _nesting(markup: bytes | str, opens: np.ndarray[Any, Any] | None = None) -> int:
    """An upper bound on how deep the page nests elements, from its tags alone: each start
    tag one level down, each end tag one up, void elements (<br>, <img>, <input>, <meta>,
    <link>, <hr>) neither. Tags a page leaves open (<p>, <li>) and "<" in scripts only
    raise it. Vectorised, since most pages have thousands of tags. `opens`: where the "<" of
    markup in bytes stand, if known."""
    data = np.frombuffer(markup.encode("utf-8", "replace") if isinstance(markup, str) else markup, np.uint8)
    at = np.flatnonzero(data[:-2] == _LT) if opens is None else opens[: np.searchsorted(opens, len(data) - 2)]
    first, second = data[at + 1] | _SPACE, data[at + 2] | _SPACE  # lower case, for letters
    start = (first >= ord("a")) & (first <= ord("z"))
    void = np.zeros(len(at), dtype=bool)
    for a, b in _VOIDS:
        void |= (first == a) & (second == b)
    steps = (start & ~void).astype(np.int32) - (data[at + 1] == _SLASH).astype(np.int32)
    return int(np.cumsum(steps).max()) if len(steps) else 0


# --- Zones ----------------------------------------------------------------------------------

# Put in the tree before and after a zone's element: a Unicode noncharacter, which no page's
# text holds, between form feeds as a block mark's bits are, so that one split of the text
# at its runs of marks (_MARKS) gives its lines (_lines).
_OPENING = {"header": "\ufdd0", "footer": "\ufdd1", "boilerplate": "\ufdd2", "body": "\ufdd4"}
_CLOSING = "\ufdd3"
_OPEN = {zone: f"\f\f{mark}\f" for zone, mark in _OPENING.items()}
_CLOSE = f"\f\f{_CLOSING}\f"
_ZONE_OF_MARK: dict[str, Zone] = {mark: zone for zone, mark in _OPENING.items()}  # type: ignore[misc]
# A run of marks, block and zone ones, with only whitespace between them (other than a form
# feed, which would first be taken and then given back at each mark); and a zone's mark in it.
_MARKS = re.compile("(\f\f(?:[ \t]+|[\ufdd0-\ufdd4])\f(?:[^\\S\f]*\f\f(?:[ \t]+|[\ufdd0-\ufdd4])\f)*)")
_ZONE_MARK = re.compile("[\ufdd0-\ufdd4]")
_NO_MARKS = str.maketrans("", "", "\f\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4")

# The elements that may open a zone: those of the candidate tags with a class or an id, and
# header, footer, nav, aside. Whether a class or id holds a hint word is then tested in one
# pass over all of them (_holding), not by the engine: its 54 case-blind substring tests on
# each candidate were 2.6 M instructions a page, two thirds of the zone stage.
_ZONE_QUERY = f":is({', '.join(sorted(ZONE_CANDIDATES | set(ZONE_TAGS)))}):is([class], [id], {', '.join(ZONE_TAGS)})"


def _automaton(words: tuple[str, ...]) -> ahocorasick_rs.BytesAhoCorasick:
    return ahocorasick_rs.BytesAhoCorasick([word.encode("ascii") for word in words])


_HINT_WORDS = _automaton(HINT_WORDS)


def _holding(words: ahocorasick_rs.BytesAhoCorasick, hints: list[str]) -> set[int]:
    """The indexes of the `hints` (each an element's class and id) that hold one of `words`
    (lower case ASCII), in either case: the elements a CSS test [class*="word" i] or
    [id*="word" i] of each word selects. One search over all of them, in UTF-8 lowered by
    bytes.lower(), which folds ASCII letters alone, as Lexbor's case-blind test does (str.lower
    would make the Kelvin sign a "k")."""
    joined = "\0".join(hints)  # no word holds a NUL: none is found across two hints
    data = joined.encode("utf-8")
    sizes = map(len, hints) if len(data) == len(joined) else (len(hint.encode("utf-8")) for hint in hints)
    starts = list(accumulate((size + 1 for size in sizes), initial=0))
    return {bisect_right(starts, at) - 1 for _, at, _ in words.find_matches_as_indexes(data.lower())}


# The elements the lxml walk does not read the text of (markup.SKIP), removed before the
# text is taken; script and title only after the metadata query, which reads them.
_UNREAD = sorted(SKIP - {"script", "title"})

# A link's tests under one a[href] (the engine tried each of five selectors on every element,
# and the four address tests on every link, even one with a rel): the same elements, in order.
_METADATA_QUERY = ", ".join([
    "html[lang]", "meta", 'script[type*="ld+json"]', "time[datetime]", "link[rel][href]", "title",
    "a[href]:is([rel], " + ", ".join(f'[href*="{hint}"]' for hint in LICENCE_HREF_HINTS.pattern.replace("\\", "").split("|")) + ")",
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
    if isinstance(markup, bytes):
        # Where each "<" stands, found once for the depth test and the block marks (each a
        # scan in C; bytes.count alone cost 0.8 M instructions a page).
        if b"\f" in markup:
            markup = markup.replace(b"\f", b" ")  # as _marked does: the same "<" where they were
        opens = np.flatnonzero(np.frombuffer(markup, np.uint8) == _LT)
        tags = len(opens)
    else:
        opens, tags = None, markup.count("<")
    if tags > _MAX_DEPTH and _nesting(markup, opens) > _MAX_DEPTH:
        # Lexbor's tree construction takes time quadratic in the nesting depth (40,000 nested
        # elements: 8 s). libxml2 stops at 2,048 levels and says so (PRV911): such a page is
        # read by the lxml builder, as it was before this one.
        return html_lxml.html_document(raw, decoded)
    try:
        marked, blocks = _marked(markup, opens)
        tree = LexborHTMLParser(marked)
    except (ValueError, RuntimeError) as exc:
        raise InputError(f"unparseable HTML: {exc}") from None
    root = tree.root
    if root is None:
        raise InputError("unparseable HTML: no elements")
    source = SourceLines(decoded.text)
    placer = _ElementPlacer(source)
    tree.strip_tags(_UNREAD, recursive=True)

    zones: list[tuple[LexborNode, Zone]] = []
    titles = _page_titles(tree)
    headline_box = _headline_holders(tree, titles)
    other_items = _OtherItems(titles)
    candidates = tree.css(_ZONE_QUERY)  # one selector: each element once
    names = [node.tag or "" for node in candidates]
    hints = [None if name in ZONE_TAGS else class_and_id(node.attributes) for node, name in zip(candidates, names, strict=True)]
    hinted = _holding(_HINT_WORDS, [hint or "" for hint in hints])
    for i, node in enumerate(candidates):
        hint = hints[i]
        # A class and id with no hint word: markup.hinted_zone finds no zone in them either.
        zone = ZONE_TAGS[names[i]] if hint is None else hinted_zone(hint) if i in hinted else None
        if zone == "skip":  # the Wayback Machine's toolbar, not the archived page
            node.decompose()
        elif zone == "boilerplate" and node.mem_id in headline_box:
            continue  # an article's module named "imageTeaser" holds its headline: no teaser
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
            author = "author" in attrs.get("rel", "")
            line = placer.line(placer.add(tag, attrs)) if licence or author else None
            licence_links.append(LexborElement(node, line))
            metadata_items(tag, attrs, node.text(deep=True) if author else None, line, metadata)
            continue
        # A script's text holds the marks of the tags its strings hold ("<p>" in a JSON-LD articleBody).
        text = _MARK.sub("", node.text(deep=False)) if tag in ("script", "title") else None
        other_item = other_items(node, tree, "pubdate" in attrs) if tag == "time" else None
        metadata_items(tag, attrs, text, None, metadata, placer, placer.add(tag, attrs), other_item=other_item)
    tree.strip_tags(["script", "title"], recursive=True)
    if has_microdata_author(data):
        for node in tree.css('[itemprop~="author"]'):
            if node.tag == "meta":
                continue  # metadata_items' own
            named = node.css_first('[itemprop~="name"]')
            attrs = _attributes(node)
            value = attrs.get("content") or (named.text(deep=True) if named is not None else node.text(deep=True))
            line = placer.line(placer.add(node.tag or "", attrs))  # placed now: only pages with such an element
            microdata_author(value.translate(_NO_MARKS), line, metadata)

    for node, zone in zones:
        if node.parent is not None:  # not inside an element removed above
            node.insert_before(_OPEN[zone])
            node.insert_after(_CLOSE)
    lines = _lines(root.text(), blocks)
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


def _page_titles(tree: LexborHTMLParser) -> list[str]:
    """The page's title metadata as headlines are matched against it, as html_lxml._page_titles."""
    values = [_MARK.sub("", node.text(deep=False)) for node in tree.css("head title")]
    values += [node.attributes.get("content") or "" for node in tree.css(_TITLE_META_QUERY)]
    return headline_titles(values)


def _headline_holders(tree: LexborHTMLParser, titles: list[str]) -> set[int]:
    """The elements (by `mem_id`) holding the page's headline, as html_lxml._headline_holders."""
    h1s = tree.css("h1")
    if not h1s:
        return set()
    headline = next((node for node in h1s if is_title(_MARK.sub("", node.text(deep=True)), titles)), None) if titles else None
    holders: set[int] = set()
    node = headline.parent if headline is not None else None
    while node is not None:
        holders.add(node.mem_id)
        node = node.parent
    return holders


_TITLE_META_QUERY = 'head meta[property="og:title"], head meta[name="twitter:title"]'


def _lines(text: str, blocks: _BlockPlacer) -> list[Line]:
    """The text's lines: the runs of text between marks, each in the zone the zone marks
    around it open (inside a boilerplate zone no other zone opens, as in the lxml walk),
    each placed in the source when first read (_BlockPlacer: a page has a block mark every
    few words, and most are read by none). One split in C at each run of marks (a page's
    text has some 800 block marks, most of them with only whitespace between, and 200
    lines), and a line's span in its part only where the part holds a stray form feed:
    the regex that found each line read the text a character at a time, and was a third
    of the builder's Python."""
    lines: list[Line] = []
    stack: list[Zone] = ["body"]
    zone: Zone = "body"
    parts = _MARKS.split(text)
    runs = blocks.read(parts)
    placed_later = Line.placed_later
    for i in range(0, len(parts), 2):
        if i and not parts[i - 1].isascii():  # zone marks, or whitespace other than ASCII's
            for mark in _ZONE_MARK.findall(parts[i - 1]):
                if mark == _CLOSING:
                    if len(stack) > 1:
                        stack.pop()
                else:
                    stack.append("boilerplate" if stack[-1] == "boilerplate" else _ZONE_OF_MARK[mark])
            zone = stack[-1]
        part = parts[i]
        if not part or part.isspace():
            continue
        if "\f" not in part:  # one run: its span is found when it is placed
            runs.append((i, -1, -1))
            lines.append(placed_later(" ".join(part.split()), zone, blocks, len(runs) - 1))
            continue
        for run in _RUN.finditer(part):
            runs.append((i, run.start(), run.end()))
            lines.append(placed_later(" ".join(run.group().split()), zone, blocks, len(runs) - 1))
    return lines


# A run of a line's text: from its first visible character to the next form feed (a stray
# one, from a "&#12;", breaks the line as a block mark does).
_RUN = re.compile("[^\\s\f][^\f]*")


class _ElementPlacer:
    """The source lines of the metadata elements (model.ElementPlacer), found as they are
    asked for. SourceLines places the elements of one name in order, each after the one
    before, so asking for one places those of its name before it: each line is the one
    placing every element at once would give. Most are never asked for (a page has some
    fifty, og:image and viewport among them, and placing them all was a quarter of the builder's time)."""

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
    # A bare attribute (<time pubdate>) is None in selectolax and "" in lxml. A value that
    # holds a block tag as text (content="<p>…") holds its mark too: taken out.
    return {name: _MARK.sub("", value) if value and "\f" in value else value or "" for name, value in node.attributes.items()}


# --- Source lines ---------------------------------------------------------------------------

# Where a comment, script or style starts, and where each ends (looked for from its start:
# one lazy regex over the whole page, ".*?" tried at every byte, cost 0.1 ms a page).
_RAW_START = re.compile(r"<(?:!--|[sS][cC][rR][iI][pP][tT](?=[\s>])|[sS][tT][yY][lL][eE](?=[\s>]))")
_RAW_END = {"!": re.compile(r"-->"), "s": re.compile(r"</(?:script|style)\s*>", re.IGNORECASE)}
# The start tags of the elements SourceLines places: those the metadata query reads.
_START_TAG = {name: re.compile(rf"<{name}(?=[\s/>])", re.IGNORECASE) for name in ("meta", "script", "time", "link", "title", "html", "a")}


class SourceLines:
    """Where the metadata elements stand in the source text, as line numbers: each at the
    next start tag of its name (skipping comments, scripts and styles) that holds its
    attribute values. (Text lines are placed by their block marks: _BlockPlacer.)"""

    __slots__ = ("_at", "_counted", "_raw", "_starts", "_tag_cursor", "text")

    def __init__(self, text: str) -> None:
        self.text = text
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
        """The offsets of the start tags named `tag`, found when an element of that name is
        first placed: most pages place a few <meta> and a JSON-LD <script>, and a scan for
        every metadata name at once read each of the page's scripts and links in Python."""
        starts = self._starts.get(tag)
        if starts is None:
            pattern = _START_TAG.get(tag)
            starts = [m.start() for m in pattern.finditer(self.text) if self._is_tag(m.start())] if pattern else []
            self._starts[tag] = starts
        return starts

    def _is_tag(self, at: int) -> bool:
        """Whether a start tag at `at` is one: not inside a comment, script or style (a
        script's own start tag opens its span)."""
        spans = self._raw_spans()
        i = bisect_right(self._at, at) - 1
        return i < 0 or at == spans[i][0] or at >= spans[i][1]


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
        yield _MARK.sub(" ", self._node.text()).translate(_NO_MARKS)

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

    def main_headings(self) -> list[str]:
        """As LxmlMarkup.main_headings."""
        return [" ".join(_MARK.sub(" ", node.text()).translate(_NO_MARKS).split()) for node in self._tree.css("h1")]

    def captions(self) -> Iterator[list[str]]:
        """As LxmlMarkup.captions."""
        for node in self._tree.css('figure, figcaption, [class*="caption"], [class*="credit"], [class*="bild"]'):
            if is_caption(node.tag or "", node.attributes.get("class")):
                yield _pieces(node)

    def picture_credits(self) -> Iterator[list[str]]:
        """As LxmlMarkup.picture_credits."""
        pictures = (img for img in self._tree.css("img") if content_picture(img.attributes) and not _inside(img, PICTURE_OUTSIDE))
        for img in islice(pictures, PICTURE_LIMIT):
            for block in picture_blocks(img, _element_parent, _next_element, _tag_of, _text_over):
                yield _pieces(block)

    def enclosures(self) -> Iterator[tuple[str, list[str]]]:
        """As LxmlMarkup.enclosures: the candidates from one CSS query (the tags, a table
        cell after a header cell, and an element with a class or id), those with a class or
        id holding a word of ENCLOSURE_WORDS found in one pass (_holding), each decided by
        markup.enclosure_of. Each element once, in document order (the flat list of 66
        selectors this replaced gave an element once for each it matched)."""
        candidates = self._tree.css(_ENCLOSURE_QUERY)
        hints = [class_and_id(node.attributes) for node in candidates]
        held = _holding(_ENCLOSURE_WORDS, hints)
        for i, node in enumerate(candidates):
            tag = node.tag or ""
            labelled = tag == "td" and _after_header_cell(node)
            if tag not in ENCLOSURE_TAGS and not labelled and i not in held:
                continue  # enclosure_of would find no word in its class or id
            hint = hints[i]
            if not hint.isascii() or "\f" in hint:  # the marks that stand in a value holding "<p>"
                hint = hint.translate(_NO_MARKS)
            kind = enclosure_of(tag, hint.lower(), labelled)
            if kind is not None:
                yield kind, _pieces(node)


# One selector (each element once): the tags, a cell after a header cell, a class or an id.
_ENCLOSURE_QUERY = f":is({', '.join([*ENCLOSURE_TAGS, 'th ~ td', '[class]', '[id]'])})"
_ENCLOSURE_WORDS = _automaton(ENCLOSURE_WORDS)


def _pieces(node: LexborNode) -> list[str]:
    """An element's text split where its lines break (its block marks), as html_lxml's are."""
    return block_pieces(_MARK.sub(BLOCK_BREAK, node.text()).translate(_NO_MARKS))


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _element_parent(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    return parent if parent is not None and parent.is_element_node else None


def _next_element(node: LexborNode) -> LexborNode | None:
    after = node.next
    while after is not None and not after.is_element_node:
        after = after.next  # text and comments between
    return after


def _tag_of(node: LexborNode) -> str:
    return node.tag or ""


def _text_over(node: LexborNode, limit: int) -> bool:
    """Whether a node's text, without the builder's marks and spaces, runs over `limit` characters."""
    return sum(len(piece) for piece in _pieces(node)) > limit


def _after_header_cell(node: LexborNode) -> bool:
    sibling = node.prev
    while sibling is not None:
        if sibling.tag == "th":
            return True
        sibling = sibling.prev
    return False


class _OtherItems:
    """As html_lxml._OtherItems, by the nodes' `mem_id`."""

    __slots__ = ("headline_article", "judged", "titles")

    def __init__(self, titles: list[str]) -> None:
        self.titles = titles
        self.judged: dict[int, OtherItems | None] = {}
        self.headline_article: bool | None = None

    def _dates_another_article(self, node: LexborNode, tree: LexborHTMLParser) -> bool:
        """As html_lxml._OtherItems._dates_another_article."""
        article = node.parent
        while article is not None and article.tag != "article":
            article = article.parent
        if article is None or _holds_headline(article, self.titles):
            return False
        if self.headline_article is None:
            self.headline_article = any(_holds_headline(other, self.titles) for other in tree.css("article"))
        return self.headline_article

    def __call__(self, node: LexborNode, tree: LexborHTMLParser, pubdate: bool) -> OtherItems | None:
        judged = self.judged
        kind: OtherItems | None = None
        block = node.parent
        while block is not None:
            if block.mem_id not in judged:
                tag = block.tag or ""
                # The tag first, as lxml's iterancestors(*ZONE_CANDIDATES) filters: no partial for every ancestor.
                judged[block.mem_id] = (
                    other_items_block(tag, block.attributes, partial(_holds_headline, block, self.titles)) if tag in ZONE_CANDIDATES else None
                )
            if kind := judged[block.mem_id]:
                break
            block = block.parent
        return "article" if kind != "comments" and pubdate and self._dates_another_article(node, tree) else kind


def _holds_headline(node: LexborNode, titles: list[str]) -> bool:
    return node.css_first("h1") is not None or holds_title(_MARK.sub("", node.text(deep=True)), titles)
