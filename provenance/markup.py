"""What the two HTML builders share (html_lxml.py, html_lexbor.py): which tags break
lines, which are not text, the zone hints, the bounds on a page's markup, and how a
metadata element becomes MetaItems. Both builders must answer alike; keeping these in
one place is what makes that checkable (tests/test_builders.py)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from itertools import islice
from typing import Any, Literal, TypeVar

import numpy as np

from .model import ElementPlacer, MetaItem, Zone


class InputError(Exception):
    """An input that cannot be audited; the message is shown to the user as is."""


BLOCK = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul".split()
)
SKIP = frozenset("script style noscript template svg iframe object select button title".split())

ZONE_TAGS: dict[str, Zone] = {"header": "header", "footer": "footer", "nav": "boilerplate", "aside": "boilerplate"}

_HINTS = re.compile(
    r"(?P<footer>footer|colophon|copyright)|(?P<header>masthead|site-header|page-header|^header)|"
    r"(?P<boilerplate>\bnav|menu|sidebar|related|recommend|comment(?!ar|at)|share|social|widget|breadcrumb|cookie|newsletter|"
    r"teaser|promo|advert|banner|popular|trending|more-stories|read-more|footnote-links)|"
    r"(?P<skip>(?<!\S)wm-ipp)",  # the Wayback Machine's toolbar: last, since it is rare
)  # matched against the lower-cased hint: three times faster than re.IGNORECASE here


# Parts of a class that say what a block has or what it is about, not what it is: a layout's
# modifier ("site-content__layout--has-sidebar", "content-with-sidebar-wrp", "no-share"; not
# "with-nav-tabs": a block with its own tabs is a tabbed list of links), a layout's own name
# ("layoutTwoColumnsRightSidebar", "content-sidebar-wrap"), the post's tags and categories as
# WordPress writes them on its wrapper ("tag-social-media", "category-newsletter"), Drupal's
# flags on a node ("node-promoted": promoted to the front page), and Blogger's posts widget
# ("widget Blog"), which holds the posts themselves.
_WHAT_IT_HAS = r"(?:(?<!\S)|[-_])(?:has|with|without|no)[-_](?!nav|menu)\S*"
_WHAT_IT_HAS_RE = re.compile(_WHAT_IT_HAS)  # the enclosures drop it too (enclosure_of_class)
_NOT_WHAT_IT_IS = re.compile(
    _WHAT_IT_HAS + r"|(?<!\S)(?:tag|category)[-_]\S*|\S*layout\S*|"
    r"\S*(?:content|main|primary)[-_](?:and[-_])?sidebar[-_](?:wrap|wrapper|container|row|area)\S*|"
    r"(?<!\S)widget blog(?!\S)|(?<!\S)node-(?:promoted|sticky)(?!\S)"
)

# A class naming the text itself ("entry-content", "c-entry-content", "l-article-body-segment",
# "s-article-text", the id "article_content", hAtom's "entry"), with no hint word of its own,
# marks the text's block: a hint beside it is the block's modifier ("entry-content
# inline-promos", "article-content sticky-sidebar-relative"), never a sidebar around the text.
_TEXT_CLASS = re.compile(r"(?<!\S)(?:\S*(?:entry|article|post|story)[-_]?(?:content|body|text)\S*|entry(?!\S))")


# A page builder's classes on every block say nothing of the block ("elementor-widget",
# "elementor-widget-container" wrap the article's text as much as its sidebar); the widget's
# type after the prefix does ("elementor-widget-nav-menu", "elementor-widget-sidebar").
_BUILDER_WRAPPERS = re.compile(r"\belementor-(?:widget-container|widget(?=\s|$)|element\S*|widget-)")


ZONE_CANDIDATES = frozenset("div section aside header footer nav ul ol table".split())


_NON_WORD = re.compile(r"[\W_]+")


def normalised_title(text: str) -> str:
    """A title or a headline's words, lower case, without punctuation: as the headline is matched."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def is_title(text: str, titles: list[str]) -> bool:
    """Whether a line or a heading is the page's headline: one of the normalised `titles` (the
    title metadata), or a long prefix of one (a <title> often adds the site's name after it)."""
    line = normalised_title(text)
    return len(line) >= 10 and any(line == t or line.startswith(t) or (len(line) >= 20 and t.startswith(line)) for t in titles)


def headline_titles(values: list[str]) -> list[str]:
    """The normalised title metadata a headline is matched against, each once (og:title,
    twitter:title and <title> usually repeat one headline)."""
    return list(dict.fromkeys(t for t in map(normalised_title, values) if len(t) >= 10))


def zone_of(el: Any, tag: str) -> Zone | Literal["skip"] | None:
    zone = ZONE_TAGS.get(tag)
    if zone:
        return zone
    hint = class_and_id(el)
    return None if len(hint) == 1 else hinted_zone(hint)


def class_and_id(attrs: Any) -> str:
    """An element's class and id joined by a space (`attrs`: an lxml element or a mapping of its
    attributes), as the zone and enclosure hints are read."""
    return (attrs.get("class") or "") + " " + (attrs.get("id") or "")


@lru_cache(maxsize=16384)
def hinted_zone(hint: str) -> Zone | Literal["skip"] | None:
    """The zone an element's class and id (class_and_id) open, if any."""
    # Class and id strings repeat across a site's pages, so the answer is kept between documents.
    hint = hint.lower()
    if _ANY_HINT_WORD.search(hint) is None:
        return None  # two hints in three: the plain words, searched first, cost a third of _HINTS
    if "elementor" in hint:
        hint = _BUILDER_WRAPPERS.sub(" ", hint)
    m = _HINTS.search(hint)
    if m is None or m.lastgroup != "boilerplate":
        return m.lastgroup if m else None  # type: ignore[return-value]
    hint = _NOT_WHAT_IT_IS.sub(" ", hint)
    if any(_HINTS.search(text) is None for text in _TEXT_CLASS.findall(hint)):
        return None
    m = _HINTS.search(hint)
    return m.lastgroup if m else None  # type: ignore[return-value]


def is_caption(tag: str, css: str | None) -> bool:
    """A <figure> or <figcaption>, or an element with a caption or image-credit class (its class must
    hold "caption", "credit" or "bild" as written: the substring tests spare most classes
    the regex)."""
    if tag in FIGURE_TAGS:
        return True
    return bool(css and ("caption" in css or "credit" in css or "bild" in css) and tag not in PAGE_TAGS and is_caption_class(css))


def is_caption_class(css: str) -> bool:
    """Whether a class attribute names a caption or an image credit."""
    return _CAPTION_CLASS.search(css) is not None


# A class on the page's own elements names its template and plugins, never a caption in it:
# WordPress's lightbox plugin writes <body class="… wp-featherlight-captions …">.
PAGE_TAGS = frozenset({"html", "body"})
# A <figure> holds a picture, a chart, a table or an embed with its caption and credit
# ("Source: Bloomberg" under a chart, often with no <figcaption>): its text is the figure's.
FIGURE_TAGS = frozenset({"figure", "figcaption"})
_CAPTION_CLASS = re.compile(
    r"caption|image-credit|photo-credit|media-credit|img-credit|bildunterschrift|bildquelle|bildnachweis", re.I)


# Elements whose text is not the page's own voice, by what holds it (model.Markup.enclosures,
# NoticePage.enclosure): code shown on the page, a quotation, a details list's value (the
# described item's), readers' comments and forum signatures, another party's block (an ad,
# a feed of another site's stories, a map's attribution). A notice inside one is that
# code's, that quotation's, that item's, that reader's or that party's.
ENCLOSURE_TAGS = {
    "pre": "code", "code": "code", "samp": "code", "kbd": "code", "xmp": "code", "listing": "code",
    "blockquote": "quote", "q": "quote", "dd": "details",
}
# A class or id word, whole between the separators of class names ("comment-content",
# "widget_rss", "native-ad"; not "commentary", "shadow", "sitemap").
_ENCLOSURE_CLASS = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?P<code>codebox|code-?block|bbcode_?code|bbcodecode|syntaxhighlighter|prettyprint|hljs|sourcecode)"
    r"|(?P<user>comment(?:list|-list|-content|-body|-text|s-area|-area|-thread)?|disqus_thread"
    r"|signature|signaturecontainer|postsignature)"
    r"|(?P<party>native-?ad|ad-?slot|ad-?unit|advertorial|paid-?post|widget_rss|rsswidget|rss-?widget|rss-?feed"
    r"|(?:g|bing|microsoft|google|osm|leaflet|store)-?maps?|map-?(?:copyright|attribution)|store-?locator"
    r"|leaflet-control-attribution|mapboxgl-ctrl-attrib|gm-style-cc|ol-attribution"
    # embedded services' boxes: the weather, market data, a media player
    r"|weather(?:-?widget|-?box)?|(?:stock|market|news)-?ticker|market-?data|(?:video|audio|media|podcast)-?player|jwplayer"
    # a newsletter's sign-up box, an app's promotion (its provider's or the stores' lines)
    r"|newsletter-?(?:signup|sign-up|box|form|widget|promo|cta|teaser)|app-(?:promo|download|badges?|store-?badges?)"
    # ... or one named "newsletter" alone (class="newsletter", id="newsletter"), and a sign-up or
    # subscription box; not a word of a longer name: "category-newsletter" is the post's category
    # and may wrap the article itself
    r"|(?<![-_])newsletter(?![-_])|(?:sign-?up|subscribe|subscription)-?(?:box|form|widget|block|cta|promo)"
    # a consent or cookie dialog, a consent manager's own box: its sign is the manager's
    r"|(?:cookie|consent|cmp|gdpr|rgpd|rodo)-?(?:banner|bar|notice|consent|popup|dialog|layer|modal|wall|container|box|window)"
    r"|cookie-?law-?info-?bar|onetrust-(?:banner-sdk|consent-sdk|pc-sdk)|didomi-(?:host|popup|notice)|usercentrics-root"
    r"|cybotcookiebotdialog|qc-cmp2-(?:container|ui)|cc-window|cmplz-cookiebanner)"
    r")(?![a-z0-9]|-(?:open|closed|count|link|number|off|on|icon|btn|button)\b)"
)
ENCLOSURE_KINDS = ("code", "quote", "details", "user", "party")


# The words of _ENCLOSURE_CLASS as plain substrings (the Lexbor builder's CSS query), as HINT_WORDS are.
ENCLOSURE_WORDS = (
    "comment", "sig", "code", "ad", "rss", "map", "hljs", "disqus", "prettyprint", "attrib", "gm-style", "weather", "ticker",
    "market", "player", "cookie", "consent", "cmp", "gdpr", "rgpd", "rodo", "onetrust", "didomi", "usercentrics", "cc-window",
    "newsletter", "app-", "subscri",
)
# One search for any of them: half the time of a substring test per word.
_ENCLOSURE_WORD = re.compile("|".join(map(re.escape, ENCLOSURE_WORDS)))


def enclosure_of(tag: str, hint: str, labelled_cell: bool = False) -> str | None:
    """What an element holds, of ENCLOSURE_KINDS, by its tag and its class and id (`hint`,
    lower case): None for most. A table cell is a details value where a header cell labels
    its row (`labelled_cell`: "<tr><th>Copyright</th><td>© 1998 …</td></tr>")."""
    kind = ENCLOSURE_TAGS.get(tag)
    if kind is not None:
        return kind
    if tag == "td" and labelled_cell:
        return "details"
    return None if tag in PAGE_TAGS else enclosure_of_class(hint)


@lru_cache(maxsize=16384)
def enclosure_of_class(hint: str) -> str | None:
    """What an element holds by its class and id alone (`hint`, lower case), as enclosure_of.
    Kept between documents, as hinted_zone is: a site's class strings repeat on every page."""
    if len(hint) > 1 and _ENCLOSURE_WORD.search(hint):  # most elements stop here, before the regex
        # What a block has is not what it is: "<div class="article has__article-hero-video-player">".
        m = _ENCLOSURE_CLASS.search(_WHAT_IT_HAS_RE.sub(" ", hint))
        if m is not None:
            return m.lastgroup
    return None



# A picture's own text where no <figure> or caption class holds it: the short blocks that wrap a
# content picture ("<div class="hero"><img><div class="hero__credit">© 2024 Jane Roe</div></div>"),
# and the short block right after it ("<img><p>© 2024 Jane Roe</p>" in the text's flow). A
# logo, an icon, an avatar or a badge is no content picture, nor one in the header, the footer
# or a menu, where the site's own name and line stand beside its logo.
PICTURE_TEXT = 160  # characters: a caption's or a credit's, not a paragraph's
# A picture's caption and credit stand in the first lines of its block (a caption, a credit, a button or
# two); further lines are what follows the picture: a menu's links ("Kontakt", "Impressum", …) and the
# site's own footer line after them.
PICTURE_LINES = 6
PICTURE_CLIMB = 3  # wrappers around a picture that may hold its caption
PICTURE_LIMIT = 60  # pictures read a page: a gallery's first are enough
PICTURE_STOPS = frozenset("html body main article header footer nav aside form table ul ol".split())
PICTURE_OUTSIDE = ("header", "footer", "nav")
# Matched against the lower-cased attributes: a case-blind alternation tried at every character
# of a long src was most of a page's picture reading.
_NOT_CONTENT_PICTURE = re.compile(r"logo|icon|avatar|badge|sprite|emoji|gravatar|spinner|pixel|flag|button|rating|stars?\b")
_SMALL = 64  # pixels: an icon's width or height


def content_picture(attrs: Any) -> bool:
    """Whether an <img> (its attributes, a mapping) is a content picture by its own attributes:
    not a logo, an icon, an avatar, a badge, nor drawn small."""
    words = " ".join(str(attrs.get(key) or "") for key in ("class", "id", "src", "alt")).lower()
    if _NOT_CONTENT_PICTURE.search(words):
        return False
    for key in ("width", "height"):
        size = str(attrs.get(key) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) <= _SMALL:
            return False
    return True


Node = TypeVar("Node")


def picture_blocks(
    img: Node, parent: Callable[[Node], Node | None], next_element: Callable[[Node], Node | None],
    tag: Callable[[Node], str], longer: Callable[[Node, int], bool],
) -> Iterator[Node]:
    """The short blocks holding a content picture's own text: the wrappers climbed from it (up
    to PICTURE_CLIMB, while short and no PICTURE_STOPS), and the element right after them.
    Each builder passes how its nodes answer: their element parent, the next element, the tag,
    whether their text runs over a length."""
    block = img
    for _ in range(PICTURE_CLIMB):
        up = parent(block)
        if up is None or tag(up) in PICTURE_STOPS or longer(up, PICTURE_TEXT):
            break
        block = up
    if block is not img:
        yield block
    after = next_element(block)
    if after is not None and tag(after) not in PICTURE_STOPS and not longer(after, PICTURE_TEXT):
        yield after


BLOCK_BREAK = "\ufdd5"  # where a block tag breaks an element's text (a noncharacter, in no page's text)


def block_pieces(text: str) -> list[str]:
    """An element's text, with BLOCK_BREAK where a block tag breaks its lines, as those lines:
    each piece's whitespace collapsed, as a line's is."""
    return [piece for piece in (" ".join(part.split()) for part in text.split(BLOCK_BREAK)) if piece]

# Every word _HINTS looks for, as a plain substring: the Lexbor builder asks its CSS engine
# for the elements whose class or id holds one, then decides each with hinted_zone as the
# lxml walk does. A word added to _HINTS must be added here (tests/test_builders.py checks).
HINT_WORDS = (
    "footer", "colophon", "copyright", "masthead", "header", "nav", "menu", "sidebar", "related", "recommend",
    "comment", "share", "social", "widget", "breadcrumb", "cookie", "newsletter", "teaser", "promo", "advert",
    "banner", "popular", "trending", "more-stories", "read-more", "footnote-links", "wm-ipp",
)


# Every word of _HINTS, bare: a hint holding none of them matches no branch of it.
_ANY_HINT_WORD = re.compile("|".join(HINT_WORDS))


# Limits on the markup of one page, applied to its bytes before lxml sees them. libxml2
# checks each attribute against every other of its element (100,000 attributes took 22 s),
# and a page of a million elements takes seconds to parse and walk. Real pages stay far
# below both: a long article has some 30,000 elements, an element a few dozen attributes.
MAX_ELEMENTS = 250_000
MAX_ATTRIBUTES = 256
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
    )
    for kind, to in ((bytes, lambda p: p.encode("ascii")), (str, lambda p: p))
}
# Elements whose content is raw text, where a "<" starts no tag: a start tag, then the
# first end tag of its name after it (see _raw_text_spans).
_RAW_TEXT = ("script", "style", "template", "textarea")
_RAW_TEXT_PATTERNS = {
    kind: (
        re.compile(to(r"<(script|style|template|textarea)\b"), re.IGNORECASE),
        {name: re.compile(to(rf"</{name}\s*>"), re.IGNORECASE) for name in _RAW_TEXT},
    )
    for kind, to in ((bytes, lambda p: p.encode("ascii")), (str, lambda p: p))
}


def _raw_text_spans(markup: Markup) -> list[tuple[int, int]]:
    r"""The spans of the script, style, template and textarea elements, start tag to end
    tag: the matches of `<(script|...)\b.*?</\1\s*>` (ignoring case, "." matching
    newlines), found by a search for each start and then for its end. The one regex took
    8 ms on a page with large scripts, stepping through them a character at a time; a
    name with no end tag after one start has none after any later one either, so the
    rest of the page is not read again for it."""
    start_tag, end_tags = _RAW_TEXT_PATTERNS[type(markup)]
    spans: list[tuple[int, int]] = []
    unclosed: set[str] = set()
    at = 0
    while (start := start_tag.search(markup, at)) is not None:
        found = start.group(1)
        name = (found.decode("ascii") if isinstance(found, bytes) else found).lower()
        end = None if name in unclosed else end_tags[name].search(markup, start.end())
        if end is None:
            unclosed.add(name)
            at = start.start() + 1  # no element starts here: the next start tag may still be one
            continue
        spans.append((start.start(), end.end()))
        at = end.end()
    return spans

Markup = TypeVar("Markup", bytes, str)


def long_runs(markup: Markup, long_run: re.Pattern[Markup]) -> list[tuple[int, int]]:
    """The runs of _LONG_RUN or more characters without a ">" after a ">", each as (its
    start, the next ">" or the end): the matches of `long_run` (">[^>]{768,}"). In bytes
    they are read off the places of every ">", found by numpy in C: the regex started
    once at each of a page's 1,700 ">" (0.2 ms a page)."""
    if not isinstance(markup, bytes):
        return [(m.start() + 1, m.end()) for m in long_run.finditer(markup)]
    closes = np.flatnonzero(np.frombuffer(markup, np.uint8) == ord(">"))
    if not len(closes):
        return []
    ends = np.append(closes[1:], len(markup))  # where the run after each ">" ends
    return [(int(closes[i]) + 1, int(ends[i])) for i in np.flatnonzero(ends - closes - 1 >= _LONG_RUN)]


def bounded_markup(markup: Markup) -> tuple[Markup, list[str]]:
    """The markup with the attributes of an element past MAX_ATTRIBUTES and the elements
    of the page past MAX_ELEMENTS removed, and what was removed, said for a person. Line
    breaks in what is removed are kept, so that every line number stays true."""
    long_run, long_start, tag_name, attribute, tag_start = _PATTERNS[type(markup)]
    newline, angle = (b"\n", b"<") if isinstance(markup, bytes) else ("\n", "<")
    truncated: list[str] = []
    if len(markup) > MAX_ELEMENTS and markup.count(angle) > MAX_ELEMENTS:  # a shorter page cannot have that many (the count cost 0.1 ms)
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
    runs += long_runs(markup, long_run)
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
            raw_spans = _raw_text_spans(markup)
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



# A Wayback Machine capture names the archived address and the capture's time in the
# script that rewrites its links: __wm.wombat("http://www.example.com/a.html","20120216182711",...).
_WAYBACK = re.compile(rb'__wm\.wombat\("([^"]{4,2000})","(\d{14})"')


def wayback_capture(data: bytes) -> Iterator[MetaItem]:
    if b"__wm." not in data:  # one scan in C for the many pages that are not captures
        return
    m = _WAYBACK.search(data)
    if m:
        yield MetaItem("wayback:url", m.group(1).decode("utf-8", "replace"), "Wayback Machine capture script")
        yield MetaItem("wayback:date", m.group(2).decode("ascii"), "Wayback Machine capture script")


# Where the site's markup marks its writer (a link to her page, microdata's author): the page's
# own writer, which on a copy need not be the original's (assess.build_chain).
WRITER_LINK, MICRODATA_WRITER = 'a[rel="author"]', '[itemprop="author"]'
SITE_WRITER_MARKS = frozenset({WRITER_LINK, MICRODATA_WRITER})
# A microdata author in the markup ("<span itemprop="author">…</span>"): the builders look for its
# elements only on a page whose bytes hold one (a tenth of pages). A plain bytes search: a regex
# allowing spaces and other tokens before "author" cost 0.5 ms a page, a tenth of the audit.
_MICRODATA_AUTHOR_MARKS = (b'itemprop="author', b"itemprop='author", b"itemprop=author")


def has_microdata_author(data: bytes) -> bool:
    """Whether the page's bytes hold a microdata author ("itemprop="author"", "… author creator")."""
    return any(mark in data for mark in _MICRODATA_AUTHOR_MARKS)
_MICRODATA_AUTHOR_LONGEST = 120  # characters: a writer's name and a title, not a biography box


def microdata_author(value: str, line: int | None, out: list[MetaItem]) -> None:
    """The MetaItem of one microdata author element's name (its itemprop=name's text, its
    content attribute, or its own text), at most a name's length."""
    name = " ".join(value.split())
    if name and len(name) <= _MICRODATA_AUTHOR_LONGEST:
        out.append(MetaItem("microdata:author", name, MICRODATA_WRITER, line))


# A post's time as epoch seconds (or milliseconds) in a data attribute, as some CMSs and
# embedded widgets stamp it, often beside a relative "2 hours ago"; or as an ISO 8601 date or
# time, only in attributes named for publication (a bare data-date or data-time as often dates
# an event or a calendar's cell). Read from the bytes: the literal "data-" lets the engine skip
# ahead, and no builder has to look at every element's attributes. One pattern for both, so
# that a page is scanned once (0.15 ms a page a scan: the engine stops at each of a page's
# many data- attributes). Only the first of each: later ones date comments and lists.
_DATA_STAMP = re.compile(
    rb"data-(?:(?P<epoch_name>timestamp|utime|time|epoch|unixtime|unix|published|pubdate|publish-?time|publish-?date|date)"
    rb"""\s*=\s*["']?(?P<epoch>1[0-9]{9})(?P<millis>[0-9]{3})?(?=["'\s/>])"""
    rb"|(?P<iso_name>published(?:-?at|-?time|-?date)?|pubdate|publish-?time|publish-?date|date-?published)"
    rb"""\s*=\s*["'](?P<iso>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?:[T ][0-9]{2}:[0-9]{2}[0-9:.]*(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)["'])"""
)


def epoch_stamp(data: bytes) -> Iterator[MetaItem]:
    """The first epoch timestamp in a data attribute, as a UTC time ("data:epoch"), and the
    first ISO date in a publication's data attribute, as written ("data:published")."""
    epoch: re.Match[bytes] | None = None
    iso: re.Match[bytes] | None = None
    for m in _DATA_STAMP.finditer(data):
        if m["epoch"] is not None:
            epoch = epoch or m
        else:
            iso = iso or m
        if epoch and iso:
            break
    if epoch:
        when = dt.datetime.fromtimestamp(int(epoch["epoch"]), dt.timezone.utc)
        where = f'[data-{epoch["epoch_name"].decode()}="{epoch["epoch"].decode()}{(epoch["millis"] or b"").decode()}"]'
        yield MetaItem("data:epoch", when.isoformat(), where, data.count(b"\n", 0, epoch.start()) + 1)
    if iso:
        stamp = iso["iso"].decode()
        yield MetaItem("data:published", stamp, f'[data-{iso["iso_name"].decode()}="{stamp}"]', data.count(b"\n", 0, iso.start()) + 1)


# Addresses of licence deeds: an anchor to one is kept for the notice reader, which would
# otherwise have to loop over every link of the page again.
LICENCE_HREF_HINTS = re.compile(r"creativecommons\.org/|gnu\.org/|open-government-licence|/dl-de/")
METADATA_TAGS = frozenset({"meta", "script", "time", "link", "title", "html", "a"})


# Which other items a block holds: the readers' comments, another <article> (a <time pubdate>
# dates its nearest <article>), or any other list of items.
OtherItems = Literal["comments", "article", "items"]


def other_items_block(tag: str, attrs: Mapping[str, str | None], holds_headline: Callable[[], bool]) -> OtherItems | None:
    """Whether an element is a block of other items than the page's article (a related list,
    a sidebar's "Most read", the readers' comments: a boilerplate zone, as the walk reads it),
    whose <time>s date those items: "comments" for the readers' comments (a comment list by its
    class, enclosure_of_class), "items" for any other. Not a block that holds the page's headline
    (`holds_headline`): a box of the article's own facts some sites class as a sidebar
    ("sidebar__item--header"), an article module named a teaser; but a comment list whatever it
    holds ("6 Kommentare zu „<the headline>“", a reader quoting it)."""
    if tag not in ZONE_CANDIDATES or zone_of(attrs, tag) != "boilerplate":
        return None
    if enclosure_of_class(class_and_id(attrs).lower()) == "user":
        return "comments"
    return None if holds_headline() else "items"


def holds_title(text: str, titles: list[str]) -> bool:
    """Whether a block's text holds the page's headline (`titles`: headline_titles)."""
    words = normalised_title(text)
    return any(t in words for t in titles)


def metadata_items(
    tag: str, attrs: Mapping[str, str], text: str | None, line: int | None, out: list[MetaItem],
    placer: ElementPlacer | None = None, index: int = 0, other_item: OtherItems | None = None,
) -> None:
    """The MetaItems of one element (`text`: its own text, for <script> and <title>), on
    `line`, or on the line `placer.line(index)` gives when first asked (model.MetaItem).
    `other_item`: the element stands in a block of other items (other_items_block)."""
    def item(key: str, value: str, where: str) -> MetaItem:
        if placer is not None:
            return MetaItem.placed_later(key, value, where, placer, index)
        return MetaItem(key, value, where, line)

    if tag == "meta":
        key = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
        if key is None and "itemprop" in attrs:
            key = "itemprop:" + attrs["itemprop"]
        content = attrs.get("content")
        if key and content:
            attr = "property" if "property" in attrs else "name" if "name" in attrs else "itemprop" if "itemprop" in attrs else "http-equiv"
            out.append(item(key.lower().strip(), content.strip(), f'meta[{attr}="{attrs.get(attr)}"]'))
    elif tag == "script":
        if "ld+json" in (attrs.get("type") or "") and text:
            for key, value in jsonld_items(text):
                out.append(item("jsonld:" + key.lower(), value, f"JSON-LD {key}"))
    elif tag == "time":
        stamp = attrs.get("datetime")
        if stamp:
            # In a related list or the comments it dates that item: kept, under a key of its own.
            # Marked as a publication's date, it is the comment's in the comments, and another
            # article's in one; elsewhere the article's own, in a box of its facts classed as a
            # sidebar ("<aside class=meta>").
            if other_item not in ("comments", "article") and ("pubdate" in attrs or "publish" in (attrs.get("class", "") + attrs.get("itemprop", "")).lower()):
                out.append(item("time:published", stamp, "time[datetime][pubdate]"))
            out.append(item("time:other-item", stamp, "time[datetime] of another item") if other_item else item("time", stamp, "time[datetime]"))
    elif tag == "link":
        rel = (attrs.get("rel") or "").lower()
        if rel in ("canonical", "license") and attrs.get("href"):
            out.append(item("link:" + rel, attrs["href"], f'link[rel="{rel}"]'))
    elif tag == "a":
        rel = (attrs.get("rel") or "").lower()
        if "license" in rel and attrs.get("href"):
            out.append(item("link:license", attrs["href"], 'a[rel="license"]'))
        if "author" in rel.split() and text and text.strip():
            out.append(item("link:author", " ".join(text.split()), WRITER_LINK))  # HTML's link to the writer's page
    elif tag == "title":
        if text and text.strip():
            out.append(item("title", " ".join(text.split()), "title"))
    elif tag == "html":
        if attrs.get("lang"):
            out.append(item("lang", attrs["lang"], "html[lang]"))


_JSONLD_KEYS = frozenset(
    {"datePublished", "dateCreated", "dateModified", "headline", "name", "articleSection", "license",
     "copyrightHolder", "copyrightYear", "copyrightNotice", "author", "publisher", "isBasedOn", "sourceOrganization"}
)
_CREATIVE_WORK = re.compile(r"Article|Posting|Report|CreativeWork|WebPage|Blog", re.I)
# The site's own node, as SEO plugins write it once for every page (Yoast's @graph holds an
# Organization, a WebSite, a WebPage and an Article): its copyright holder is the site's, read
# as "site:" keys, which the notice reader takes only where the page's own nodes name none.
# An ImageObject's or a Person's node is neither the page's nor the site's.
_SITE = re.compile(r"WebSite|Organization|Corporation", re.I)
_SITE_KEYS = ("copyrightHolder", "copyrightYear")
# A holder is a name: a reference the graph does not name ({"@id": "#org"} with no such node)
# names nobody, where a publisher's address still tells whose page it is.
_NAME_ONLY = frozenset({"copyrightHolder"})


def jsonld_items(text: str) -> Iterator[tuple[str, str]]:
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
            if _SITE.search(kinds):
                for key in _SITE_KEYS:
                    value = _jsonld_value(key, node.get(key), names)
                    if value:
                        yield "site:" + key, value
            continue  # an Organization's or Person's own dates are not the page's
        for key, raw in node.items():  # in the page's order: a set's order would vary run to run
            if key not in _JSONLD_KEYS:
                continue
            value = _jsonld_value(key, raw, names)
            if value:
                yield (key if "WebPage" not in kinds else "page:" + key), value


def _jsonld_value(key: str, value: Any, names: dict[str, str]) -> str | None:
    """A property's value as text: a string or a number as written, a node by its name (see
    _node_name), a list as its items joined by commas; None when there is nothing to say."""
    if isinstance(value, dict):
        value = _node_name(value, names, key in _NAME_ONLY)
    elif isinstance(value, list):
        items = (_node_name(v, names, key in _NAME_ONLY) if isinstance(v, dict) else v for v in value if v)
        value = ", ".join(str(v) for v in items if v)
    elif key in _NAME_ONLY and isinstance(value, str) and value.strip().replace("/#", "#") in names:
        value = names[value.strip().replace("/#", "#")]  # "copyrightHolder": "https://example.com/#organization"
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        # SEO plugins write a name's HTML entities into the JSON ("Example GmbH &amp; Co. KG"):
        # a holder is read as stated, with its "&".
        return html.unescape(str(value)).strip() if key in _NAME_ONLY else str(value).strip()
    return None


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


def _node_name(value: dict[str, Any], names: dict[str, str], name_only: bool = False) -> Any:
    """A referenced node's name: its own, the name its @id has elsewhere, else its @id or URL
    (with `name_only`, nothing)."""
    ref = value.get("@id")
    name = value.get("name") or (names.get(ref.replace("/#", "#")) if isinstance(ref, str) else None)
    return name if name or name_only else ref or value.get("url")

