"""The lxml builder: HTML -> Document through libxml2's parser and one walk over its tree.

The reference builder (--parser lxml): the walk yields the text lines (each with the
source line of the element it starts in, and its zone) and collects meta tags, JSON-LD,
<time> and licence links on the way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from lxml import etree

from .markup import (
    BLOCK,
    BLOCK_BREAK,
    ENCLOSURE_TAGS,
    FIGURE_TAGS,
    LICENCE_HREF_HINTS,
    METADATA_TAGS,
    PAGE_TAGS,
    PICTURE_LIMIT,
    PICTURE_OUTSIDE,
    SKIP,
    ZONE_CANDIDATES,
    ZONE_TAGS,
    InputError,
    OtherItems,
    block_pieces,
    bounded_markup,
    content_picture,
    enclosure_of_class,
    epoch_stamp,
    has_microdata_author,
    headline_titles,
    holds_title,
    is_caption_class,
    is_title,
    metadata_items,
    microdata_author,
    other_items_block,
    picture_blocks,
    wayback_capture,
    zone_of,
)
from .model import Document, Line, MetaItem, RawInput, Zone

if TYPE_CHECKING:
    from .document import Decoded

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_MAX_DEPTH = 2048  # libxml2's own limit with huge_tree


class LxmlMarkup:
    """The parsed page for the readers that need the markup around a notice (see
    model.Markup): lxml elements as they are."""

    __slots__ = ("_captions", "root")

    def __init__(self, root: Any) -> None:
        self.root = root
        self._captions: list[Any] | None = None  # found on first use: three pages in five never ask

    def anchors(self) -> Iterator[Any]:
        return self.root.iter("a")

    def main_headings(self) -> list[str]:
        return [" ".join("".join(el.itertext()).split()) for el in self.root.iter("h1")]

    def captions(self) -> Iterator[list[str]]:
        """The text of each caption and image-credit element, split where its lines break, in
        document order, outside the elements the text is not read from (as the Lexbor
        builder's, whose tree has none of those). Walked for when first asked: noting them
        on the builder's walk cost more (a class looked up on every element of every page)
        than this walk on the pages that ask."""
        if self._captions is None:
            # iter() in C, then the few found checked for an unread ancestor: a Python walk
            # that skipped those subtrees cost more than it spared.
            # markup.is_caption written out: a call per element was a quarter of this walk.
            found = self._captions = []
            for el in self.root.iter(etree.Element):
                css = el.get("class")
                if (
                    (css and ("caption" in css or "credit" in css or "bild" in css) and el.tag not in PAGE_TAGS and is_caption_class(css))
                    or el.tag in FIGURE_TAGS
                ) and _read(el):
                    found.append(el)
        for el in self._captions:
            yield block_pieces(_block_text(el))

    def picture_credits(self) -> Iterator[list[str]]:
        """The short blocks around each content picture (model.Markup.picture_credits)."""
        pictures = (
            img for img in self.root.iter("img")
            if content_picture(img) and _read(img) and next(img.iterancestors(*PICTURE_OUTSIDE), None) is None
        )
        for img in islice(pictures, PICTURE_LIMIT):
            for block in picture_blocks(img, _parent, _next_element, _tag_of, _longer_than):
                yield block_pieces(_block_text(block))

    def enclosures(self) -> Iterator[tuple[str, list[str]]]:
        """Each element that holds text not the page's own (markup.enclosure_of), as its
        kind and its text split where its lines break, in document order."""
        for el in self.root.iter(etree.Element):
            # markup.enclosure_of written out, the class and id read only where the tag does
            # not decide: a call and a string built per element were most of this walk.
            tag = el.tag
            kind = ENCLOSURE_TAGS.get(tag)
            if kind is None:
                if tag == "td" and any(s.tag == "th" for s in el.itersiblings(preceding=True)):
                    kind = "details"
                else:
                    css, ident = el.get("class"), el.get("id")
                    if (css or ident) and tag not in PAGE_TAGS:  # the page itself is no party's block
                        kind = enclosure_of_class(f"{css or ''} {ident or ''}".lower())
            if kind is not None and _read(el):
                yield kind, block_pieces(_block_text(el))


def _parent(el: Any) -> Any:
    return el.getparent()


def _next_element(el: Any) -> Any:
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between
    return after


def _tag_of(el: Any) -> str:
    return str(el.tag)


def _longer_than(el: Any, limit: int) -> bool:
    """Whether an element's text runs over `limit` characters, read no further than that."""
    total = 0
    for text in el.itertext():
        total += len(text.strip())
        if total > limit:
            return True
    return False


def _read(el: Any) -> bool:
    """Whether the builder's walk reads an element's text: neither it nor an ancestor is one
    it skips (a <noscript>, a <template>), of which the Lexbor builder's tree has none."""
    return el.tag not in SKIP and next(el.iterancestors(*SKIP), None) is None


def _block_text(el: Any) -> str:
    """An element's text as the walk reads it: a line break at each block tag, nothing of
    the elements it skips (a script's code)."""
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in SKIP and node is not el:
                walker.skip_subtree()
                continue
            if tag in BLOCK:
                parts.append(BLOCK_BREAK)
            parts.append(node.text or "")
        else:
            if tag in BLOCK:
                parts.append(BLOCK_BREAK)
            if node is not el:
                parts.append(node.tail or "")
    return "".join(parts)


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


def parse_html(data: bytes, decoded: Decoded) -> tuple[Any, list[str]]:
    """The tree, and what of the page was not read, said for a person (see markup.bounded_markup)."""
    try:
        if decoded.encoding in _LIBXML_DECODES:
            markup, truncated = bounded_markup(data)
            parser = _parser(decoded.encoding)
            root = etree.fromstring(markup, parser)
        else:
            markup_text, truncated = bounded_markup(_XML_DECL.sub("", decoded.text, count=1))
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


def html_document(raw: RawInput, decoded: Decoded) -> Document:
    """One walk over the tree: text lines with their source line and zone, and metadata.

    This loop runs for every element of every page, so it is written flat: locals, no
    helper calls for the common case, and a line is closed inline rather than by a call.
    """
    root, truncated = parse_html(raw.data or b"", decoded)
    lines: list[Line] = []
    metadata: list[MetaItem] = [*wayback_capture(raw.data or b""), *epoch_stamp(raw.data or b"")]
    licence_links: list[Any] = []
    zones: list[Zone] = ["body"]
    pieces: list[str] = []  # text of the line being built
    first = 0  # source line where the current line's text starts
    first_zone: Zone = "body"
    opened: list[Any] = []  # elements that opened the zones above "body", innermost last
    zone: Zone = "body"
    kinds = _TAG_KIND
    licence_href = LICENCE_HREF_HINTS.search
    open_kinds: list[int] = []  # the kind of each open element: popping it is cheaper than el.tag
    push, pop = open_kinds.append, open_kinds.pop
    titles = _page_titles(root)
    headline_box = _headline_holders(root, titles)
    other_items = _OtherItems(titles)
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
                        _collect_metadata(el, "a", metadata, other_items)
                elif kind & _METADATA:
                    _collect_metadata(el, el.tag, metadata, other_items)
                if kind & _SKIPPED:
                    walker.skip_subtree()
                    continue
                if kind & _ZONED and zone != "boilerplate":
                    found = zone_of(el, el.tag)
                    if found == "skip":  # the Wayback Machine's toolbar, not the archived page
                        open_kinds[-1] = kind | _SKIPPED
                        walker.skip_subtree()
                        continue
                    if found == "boilerplate" and el in headline_box:
                        found = None  # an article's module named "imageTeaser" holds its headline: no teaser
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
    if has_microdata_author(raw.data or b""):
        _microdata_authors(root, metadata)
    return Document(
        source=raw.source,
        lines=lines,
        metadata=metadata,
        encoding=decoded.encoding,
        encoding_declared=decoded.declared,
        is_html=True,
        tree=LxmlMarkup(root),
        licence_links=licence_links,
        truncated=truncated,
    )


def _page_titles(root: Any) -> list[str]:
    """The page's title metadata as headlines are matched against it (markup.headline_titles)."""
    head = root.find("head")
    scope = head if head is not None else root
    values = [el.text or "" for el in scope.iter("title")]
    values += [el.get("content") or "" for el in scope.iter("meta") if el.get("property") in _TITLE_META or el.get("name") in _TITLE_META]
    return headline_titles(values)


def _headline_holders(root: Any, titles: list[str]) -> set[Any]:
    """The elements holding the page's headline: its <h1> that repeats the title metadata, and
    every element around it. A class hint names none of them boilerplate: an article's own
    module is often called a teaser ("module-imageTeaser topArticle", "panoramateaser")."""
    h1s = [el for el in root.iter("h1")]
    if not h1s:
        return set()
    headline = next((el for el in h1s if is_title("".join(el.itertext()), titles)), None) if titles else None
    return set(headline.iterancestors()) if headline is not None else set()


_TITLE_META = frozenset({"og:title", "twitter:title"})


# What the walk does with a tag, as bit flags so one dict lookup answers every question.
_BLOCK_TAG, _SKIPPED, _METADATA, _ZONED, _ANCHOR = 1, 2, 4, 8, 16
_TAG_KIND: dict[str, int] = {}
for _tag in BLOCK | SKIP | METADATA_TAGS | ZONE_CANDIDATES | set(ZONE_TAGS):
    _TAG_KIND[_tag] = (
        (_BLOCK_TAG if _tag in BLOCK else 0)
        | (_SKIPPED if _tag in SKIP else 0)
        | (_METADATA if _tag in METADATA_TAGS else 0)
        | (_ZONED if _tag in ZONE_CANDIDATES or _tag in ZONE_TAGS else 0)
        | (_ANCHOR if _tag == "a" else 0)
    )


# The substring test in XPath, the token test in Python: a third of the time of XPath's own
# token test (concat and normalize-space on every element's attribute).
_AUTHOR_ELEMENTS = etree.XPath('//*[contains(@itemprop, "author")]')
_NAME_ELEMENTS = etree.XPath('.//*[contains(@itemprop, "name")]')


def _microdata_authors(root: Any, out: list[MetaItem]) -> None:
    """The microdata author elements outside the elements the walk does not read (markup.SKIP)."""
    for el in _AUTHOR_ELEMENTS(root):
        if "author" not in el.get("itemprop", "").split() or el.tag == "meta":
            continue  # a <meta itemprop> is metadata_items' own
        if el.tag in SKIP or any(a.tag in SKIP for a in el.iterancestors()):
            continue
        named = next((n for n in _NAME_ELEMENTS(el) if "name" in n.get("itemprop", "").split()), None)
        value = el.get("content") or ("".join(named.itertext()) if named is not None else "".join(el.itertext()))
        microdata_author(value, el.sourceline, out)


def _collect_metadata(el: Any, tag: str, out: list[MetaItem], other_items: _OtherItems) -> None:
    attrs = el.attrib
    if tag == "script" and "ld+json" not in (attrs.get("type") or ""):
        return  # all that metadata_items reads of it: a script's code is not made a str for nothing
    text = el.text if tag in ("script", "title") else "".join(el.itertext()) if tag == "a" and "author" in (attrs.get("rel") or "") else None
    metadata_items(tag, attrs, text, el.sourceline, out, other_item=other_items(el, "pubdate" in attrs) if tag == "time" else None)


class _OtherItems:
    """Which block of other items (markup.other_items_block) a <time> stands in, if any, asked
    of each <time> as the walk meets it; each block is judged once. And whether a <time pubdate>
    dates another <article> than the page's ("article", which a comment list's "comments" outranks)."""

    __slots__ = ("headline_article", "judged", "titles")

    def __init__(self, titles: list[str]) -> None:
        self.titles = titles
        self.judged: dict[Any, OtherItems | None] = {}
        self.headline_article: bool | None = None  # whether an <article> holds the headline, when first asked

    def _dates_another_article(self, el: Any) -> bool:
        """Whether a <time pubdate> dates another article than the page's: HTML's pubdate dates
        its nearest <article> ancestor, and that one does not hold the headline where another
        does (a reader's message or another story teased in an <article> of its own)."""
        article = next(el.iterancestors("article"), None)
        if article is None or _holds_headline(article, self.titles):
            return False
        if self.headline_article is None:
            self.headline_article = any(_holds_headline(other, self.titles) for other in el.getroottree().iter("article"))
        return self.headline_article

    def __call__(self, el: Any, pubdate: bool) -> OtherItems | None:
        judged = self.judged
        kind: OtherItems | None = None
        for block in el.iterancestors(*ZONE_CANDIDATES):  # other_items_block's tags, filtered in C
            if block not in judged:
                judged[block] = other_items_block(block.tag, block.attrib, partial(_holds_headline, block, self.titles))
            if kind := judged[block]:
                break
        return "article" if kind != "comments" and pubdate and self._dates_another_article(el) else kind


def _holds_headline(el: Any, titles: list[str]) -> bool:
    return el.find(".//h1") is not None or holds_title("".join(el.itertext()), titles)
