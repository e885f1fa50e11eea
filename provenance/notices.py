"""Document -> notices: fair-use claims, republication statements, copyright lines, licences.

The patterns and word lists are the packs' (rules/notices.toml, rules/licences.toml);
this module decides what a match is: a claim or a quotation of one, a page's notice or
an image's credit, and which SPDX id a licence has. Each notice keeps its evidence: the
line it starts on, and where it was found (the text, a rel="license" link, a meta tag,
JSON-LD).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from lxml import etree

from .dates import CenturyHint, first_date
from .model import Document, Evidence, Line, Notice
from .packs import NoticeVocab, Packs, PatternSpec, fold

# What a fair-use notice says it is for. Computed over the notice's own sentence(s).
_PURPOSES = (
    ("research", re.compile(r"research|investigaci[óo]n|recherche", re.I)),
    ("education", re.compile(r"educat|teaching|scholarship|educa[ct]i|enseñanza|enseignement|[ée]ducati", re.I)),
    ("non-profit", re.compile(
        r"without profit|non-?profit|not[- ]for[- ]profit|non-?commercial|sin (?:[áa]nimo de |fines de )?lucro|"
        r"sin fines comerciales|sans (?:but )?lucratif|no comercial|non commercial", re.I)),
    ("criticism and comment", re.compile(r"criticism|\bcomment(?:ary|s)?\b|cr[íi]tica|critique|comentario", re.I)),
    ("news reporting", re.compile(r"news reporting|informaci[óo]n period[íi]stica|reportage|noticias", re.I)),
)
_WINDOW = 500  # characters either side of a keyword that a notice pattern is tried on
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
RIGHTS_RESERVED = re.compile(
    r"all rights? reserved|alle rechte vorbehalten|(?:todos los )?derechos reservados|tous droits r[ée]serv[ée]s|"
    r"tutti i diritti riservati|urheberrechtlich geschützt|protected by copyright|все права защищены|всі права захищені",
    re.I)
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
_YEAR_AT_END = re.compile(r"[\s,]+((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)$")
_LEADING = re.compile(r"^(?:(?:©|&copy;|\(c\)|copyright|copyleft|by|von|por|par|powered by)\b[\s:.,]*|[\s:.,\-–—©])+", re.I)
# A holder ends at a sentence's end (". Powered by", ". Reproduction of ...") unless the dot
# closes an initial or a title ("Dr. Phillip W. Brunst"); a company suffix keeps its dot.
_DOT_BREAK = re.compile(r"\.\s+(?=[^\W\d_])")
_INITIAL = re.compile(r"(?:^|[\s.])(?:[A-Z]|dr|prof|st|mr|mrs|ms|jr|sr|e\.v|hr|fr)$", re.I)
_COMPANY_DOT = re.compile(r"(?:\b[A-Z]|\b(?:inc|ltd|llc|plc|corp|co|bros|e\.v|l\.p|s\.a|n\.v|b\.v|s\.l|gmbh & co))\.$", re.I)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|\s[»›]\s|;|\s{2,}|©|\(c\)\s)\s*")
# A company or VAT number, a postcode: the holder's name has ended ("IT00853870210", "28033 Madrid").
_REGISTER_NUMBER = re.compile(r"[,\s-]*\b[A-Z]{0,3}\d{5,}\b.*$")
# After a company's legal form, words with numbers in them are its address: "Future US, Inc.
# 11 West 42nd Street", "Landwirtschaftsverlag GmbH, Hülsebrockstraße 2-8".
_ADDRESS_AFTER_FORM = re.compile(
    r"^(.*?\b(?:inc|ltd|llc|plc|gmbh|ag|s\.?l\.?u|s\.?a|s\.?l|sarl|sas|bv|nv|corp|limited|e\.\s?v)\b\.?)[,\s]+(?=\S*\d|.*\d).*$", re.I)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:und|and|y|et|&|by|von|por|par|-|–))+$", re.I)
_ENUMERATION = re.compile(r"\([ab]\)\s")


def extract_notices(doc: Document, packs: Packs, hint: CenturyHint, keywords: KeywordGate | None = None) -> list[Notice]:
    """Every notice in the document, in line order. `keywords`: the document's gate for
    the packs' keywords, when the caller has one."""
    return _Reader(doc, packs, hint, keywords or KeywordGate(doc.lowered, pack_keywords(packs))).read()


def pack_keywords(packs: Packs) -> tuple[str, ...]:
    """Every keyword that gates a notice or attribution pattern."""
    return tuple(sorted({k for spec in (*packs.notices, *packs.attributions) for k in spec.keywords}))


class KeywordGate:
    """Which keywords a document's lower-cased text holds, and where (memoised).

    Most gate keywords are absent from most pages, yet `k in text` reads the whole text
    for each of them (75 in the default packs: 0.4 ms a page). Keywords sharing a first
    character are looked for together instead, see `_keyword_scans`.
    """

    def __init__(self, lowered: str, keywords: tuple[str, ...]) -> None:
        self.lowered = lowered
        self.known = frozenset(keywords)
        self.present: set[str] = set()
        singles, scans = _keyword_scans(keywords)
        self.present.update(k for k in singles if k in lowered)
        for first, pattern, members in scans:
            found = {first + rest for rest in pattern.findall(lowered)}
            # Where several keywords start, the longest is found; the others are its prefixes.
            self.present.update(k for k in members if any(f.startswith(k) for f in found))
        self._places: dict[str, list[int]] = {}

    def mentions(self, keyword: str) -> bool:
        return keyword in self.present if keyword in self.known else keyword in self.lowered

    def mentions_any(self, keywords: tuple[str, ...]) -> bool:
        """Whether any keyword occurs (always true with none): a cheap gate before a regex."""
        if not keywords:
            return True
        if self.known.issuperset(keywords):  # two set operations in C: asked ~50 times a page
            return not self.present.isdisjoint(keywords)
        return any(self.mentions(k) for k in keywords)

    def places(self, keyword: str) -> list[int]:
        """Where a keyword occurs, up to 200 places; -1 at the end when there are more."""
        found = self._places.get(keyword)
        if found is None:
            found = []
            if self.mentions(keyword):
                lowered = self.lowered
                at = lowered.find(keyword)
                while at >= 0 and len(found) < 200:
                    found.append(at)
                    at = lowered.find(keyword, at + len(keyword))
                if at >= 0:
                    found.append(-1)  # too many to window: scan the whole text
            self._places[keyword] = found
        return found


# A group smaller than this is cheaper tested keyword by keyword: on the dev pages one
# regex scan costs about what two or three `in` tests do.
_KEYWORD_GROUP = 4


@lru_cache(maxsize=8)
def _keyword_scans(keywords: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]]:
    """The keywords to test one by one, and one scan per first character shared by enough
    of the rest: that character (a literal, which the regex engine skips to quickly),
    then a look-ahead capturing the longest of their remainders that follows. The
    look-ahead consumes nothing, so every place one of them starts is seen, overlaps too."""
    by_first: dict[str, list[str]] = {}
    for keyword in keywords:
        by_first.setdefault(keyword[:1], []).append(keyword)
    singles: list[str] = []
    scans: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = []
    for first, members in by_first.items():
        if len(members) < _KEYWORD_GROUP or not first:
            singles += members
            continue
        rests = sorted({k[1:] for k in members}, key=lambda rest: (-len(rest), rest))  # longest first
        pattern = re.compile(re.escape(first) + "(?=(" + "|".join(map(re.escape, rests)) + "))")
        scans.append((first, pattern, tuple(members)))
    return tuple(singles), tuple(scans)


class _Reader:
    """One document's notices: runs each pack pattern once over the text, then the markup."""

    def __init__(self, doc: Document, packs: Packs, hint: CenturyHint, keywords: KeywordGate) -> None:
        self.doc = doc
        self.packs = packs
        self.vocab: NoticeVocab = packs.notice_vocab
        self.hint = hint
        self.keywords = keywords
        self._captions: str | None = None  # text of the page's figure captions, built on first use

    def _matches(self, spec: PatternSpec) -> Iterator[re.Match[str]]:
        """The spec's matches, searched only near its keywords.

        A whole-page case-insensitive scan costs about half a millisecond per pattern on a
        news page; most notices are a few lines long, so each pattern is tried in a window
        around each place a keyword occurs (merged when they overlap).
        """
        text = self.doc.text
        places = sorted({at for k in spec.keywords for at in self.keywords.places(k)})
        if not spec.keywords or -1 in places or len(self.doc.lowered) != len(text):
            yield from spec.pattern.finditer(text)  # no gate, or lower() moved the offsets
            return
        windows: list[list[int]] = []
        for at in places:
            lo, hi = max(0, at - _WINDOW), min(len(text), at + _WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            at = lo
            while at < hi:
                m = spec.pattern.search(text, at, hi)
                if m is None:
                    break
                yield m
                at = m.end() if m.end() > m.start() else m.end() + 1

    def read(self) -> list[Notice]:
        doc = self.doc
        notices: list[Notice] = []
        seen: set[tuple[Any, ...]] = set()
        taken: list[tuple[int, int]] = []  # text spans already read as a licence
        for spec in self.packs.notices:
            if not self.keywords.mentions_any(spec.keywords):
                continue
            for m in self._matches(spec):
                line, start, end = doc.locate(m.start(), m.end())
                if line.zone not in spec.zones:
                    continue
                # Keyed by the line's index, not its source line: minified HTML puts a
                # caption credit and the page's own notice on one source line.
                index = bisect_right(doc.starts, m.start()) - 1
                if spec.kind == "license":
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue  # "GFDL 1.2 or any later version" is one licence, not three
                    notice = self._licence(spec, m, line, start, end)
                    key: tuple[Any, ...] = ("license", index, notice.license if notice else None)
                else:
                    key = (spec.kind, index)
                    if key in seen:
                        continue
                    notice = self._text_notice(spec, m, line, start, end)
                if notice is None or key in seen:
                    continue
                seen.add(key)
                if spec.kind == "license":
                    taken.append((m.start(), m.end()))
                notices.append(notice)
        linked: dict[tuple[int | None, str | None], str] = {}
        for notice in self._markup_licences():
            key = ("markup", notice.license, notice.evidence.where, notice.evidence.line)
            if key not in seen:
                seen.add(key)
                notices.append(notice)
                if notice.evidence.where.startswith("a["):
                    linked.setdefault((notice.evidence.line, notice.license), notice.scope)
        if linked:
            # "CC BY 4.0" as a link's text: the link's place in the tree (a caption, a teaser's
            # image credit) says more about its scope than the line of text does.
            notices = [
                replace(n, scope=linked[(n.evidence.line, n.license)])
                if n.kind == "license" and n.evidence.where == "text" and (n.evidence.line, n.license) in linked
                else n
                for n in notices
            ]
        notices.sort(key=lambda n: n.evidence.line or 0)
        return notices

    def _text_notice(self, spec: PatternSpec, m: re.Match[str], line: Line, start: int, end: int) -> Notice | None:
        if spec.kind == "fair-use":
            return self._fair_use(spec, m, line)
        if spec.kind == "republication":
            return self._republication(spec, m, line)
        return self._copyright(spec, m, line, start)

    # --- Fair use ------------------------------------------------------------------------

    def _fair_use(self, spec: PatternSpec, m: re.Match[str], line: Line) -> Notice | None:
        doc = self.doc
        first = doc.starts[bisect_right(doc.starts, m.start()) - 1]
        if _quoted(doc.text[first : m.start()]):
            return None  # a page quoting the usual notice to discuss it
        begin = _sentence_start(doc.text, first, m.start())
        if self.vocab.discussion and self.vocab.discussion.search(doc.text, begin, m.start()):
            return None  # "Another common line reads ...", "such as ..."
        text = _sentence(doc.text, begin, m.end())
        scope = "site" if self.vocab.site and self.vocab.site.search(text) else "page"
        return Notice(
            "fair-use", text, Evidence(text, line.number), family=spec.family, basis=spec.basis,
            purposes=spec.purposes or tuple(label for label, rx in _PURPOSES if rx.search(text)), scope=scope,
        )

    # --- Republication -------------------------------------------------------------------

    def _republication(self, spec: PatternSpec, m: re.Match[str], line: Line) -> Notice:
        groups = {k: v for k, v in m.groupdict().items() if v}
        registry = self.packs.registry
        name = groups.get("publisher", "")
        known = registry.lookup(name) or registry.search(name)
        text = " ".join(m.group(0).split())
        return Notice(
            "republication", text, Evidence(text, line.number), family=spec.family,
            publisher=known.name if known else name, date=first_date(groups.get("date", ""), self.packs.vocab, self.hint),
        )

    # --- Copyright lines and image credits ------------------------------------------------

    def _copyright(self, spec: PatternSpec, m: re.Match[str], line: Line, start: int) -> Notice | None:
        groups = {k: v for k, v in m.groupdict().items() if v}
        anchor = line.text[start : start + 10].lower()
        year = groups.get("year")
        holder = _clean_holder(groups.get("holder", ""), self.vocab)
        if holder and not year:
            found = _YEAR_AT_END.search(holder)
            if found:
                year, holder = found.group(1), holder[: found.start()].rstrip(" ,.-–")
        if not holder and year and spec.family != "image-credit":
            # "Deutschlandradio © 2009-2020": the name stands before the sign.
            name = _clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], self.vocab)
            holder = name if 0 < len(name.split()) <= 5 else ""
        credit = spec.family == "image-credit"
        if not year and not credit:
            before = _YEAR_BEFORE.search(line.text, max(0, start - 15), start)
            year = before.group(1) if before else None  # "2018 © Example"
        if not credit and not self._is_copyright_line(anchor, line.text, start, year, holder):
            return None
        if credit and (not holder or len(holder.split()) > 10):
            return None
        image = credit or _credits_image(line.text, start, start + len(m.group(0)), self.vocab)
        if not image and not year and not RIGHTS_RESERVED.search(line.text):
            # "The minister at the summit © Reuters", or "© Reuters" alone under a picture: a
            # caption's credit. The page's own notice sits in the footer or carries a year.
            prefix = line.text[:start].rstrip()
            words = [w for w in re.split(r"[\s|/·•»>]+", prefix.lower()) if w]
            stops = self.vocab.holder_stops  # "Impressum", "Privacy": site chrome too
            chrome = all(w in self.packs.chrome_words or (stops and stops.fullmatch(w)) for w in words)
            caption_before = bool(words) and not chrome and not prefix.endswith(("|", "•", "·", ":"))
            image = line.zone in ("body", "header") or caption_before
        if not image and line.zone != "footer":
            image = self._in_caption(line)  # the tree walk only for the few lines still in doubt
        if holder:
            registry = self.packs.registry
            known = registry.lookup(holder) or registry.lookup(re.sub(r"^the\s+", "", holder, flags=re.I))
            holder = known.name if known else holder
        return Notice(
            "copyright", line.text, Evidence(line.text, line.number), family=spec.family,
            holder=holder or None, year=year, scope="image" if image else "page",
        )

    @staticmethod
    def _is_copyright_line(anchor: str, text: str, start: int, year: str | None, holder: str) -> bool:
        """A '©' is a notice; the word 'copyright' only with a year or as a line's own notice;
        '(c)' not as the third item of a list."""
        if anchor.startswith("(c)"):
            return not _ENUMERATION.search(text, max(0, start - 300), start) and bool(year or holder[:1].isupper())
        if anchor.startswith(("copyright", "copyleft")):
            if year:
                return True
            own_line = start == 0 or text[:start].rstrip().endswith(("|", "•", "·"))
            return own_line and bool(holder) and (holder[:1].isupper() or "." in holder) and len(holder.split()) <= 8
        return bool(year or holder)

    def _image_credit(self, line: Line, start: int, end: int) -> bool:
        """Whether a notice or licence at line.text[start:end] credits an image, not the page."""
        if _credits_image(line.text, start, end, self.vocab):
            return True
        return line.zone != "footer" and self._in_caption(line)

    def _in_caption(self, line: Line) -> bool:
        if self.doc.tree is None:
            return False
        if self._captions is None:
            self._captions = "\n".join(
                " ".join("".join(el.itertext()).split())[:2000] for el in _caption_elements(self.doc.tree)
            )
        return bool(self._captions) and line.text in self._captions

    # --- Licences ---------------------------------------------------------------------------

    def _licence(self, spec: PatternSpec, m: re.Match[str], line: Line, start: int, end: int) -> Notice | None:
        spdx = licence_id(spec, m, self.vocab)
        if spdx is None:
            return None
        scope = self._text_licence_scope(line, start, end)
        return Notice("license", line.text, Evidence(line.text, line.number), family=spec.family, license=spdx, scope=scope)

    def _text_licence_scope(self, line: Line, start: int, end: int) -> str:
        if self._image_credit(line, start, end):
            return "image"
        zone = "widget" if line.zone == "boilerplate" else "page" if line.zone in ("footer", "header") else "body"
        return _licence_scope(line.text, zone, self.vocab)

    def _markup_licences(self) -> Iterator[Notice]:
        """Licences in links (rel="license", or a licence's address), meta tags and JSON-LD."""
        doc = self.doc
        has_tree = doc.tree is not None
        for item in doc.metadata:
            if item.key not in _LICENCE_META or (has_tree and item.where.startswith("a[")):
                continue  # anchors are read from the tree below, where their place on the page shows
            for spec, m in self._licence_matches(item.value):
                spdx = licence_id(spec, m, self.vocab)
                if spdx:
                    evidence = Evidence(item.value, item.line, item.where)
                    yield Notice("license", item.value, evidence, family=spec.family, license=spdx, scope="page")
        if not has_tree:
            return
        for el in doc.licence_links:
            href = el.get("href")
            rel = "license" in (el.get("rel") or "").lower()
            if not href or not (rel or _LICENCE_HREF.search(href)):
                continue
            matches = list(self._licence_matches(href))
            if not matches and rel:
                matches = list(self._licence_matches(" ".join("".join(el.itertext()).split())))
            for spec, m in matches:
                spdx = licence_id(spec, m, self.vocab)
                if spdx:
                    where = 'a[rel="license"]' if rel else "a[href]"
                    yield Notice(
                        "license", href, Evidence(href, el.sourceline, where), family=spec.family, license=spdx,
                        scope=self._anchor_scope(el, rel),
                    )

    def _licence_matches(self, value: str) -> Iterator[tuple[PatternSpec, re.Match[str]]]:
        lowered = value.lower()
        taken: list[tuple[int, int]] = []
        for spec in self.packs.notices:
            if spec.kind != "license" or (spec.keywords and not any(k in lowered for k in spec.keywords)):
                continue
            for m in spec.pattern.finditer(value):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    yield spec, m

    def _anchor_scope(self, el: Any, rel: bool) -> str:
        """image inside a figure or caption or after an image credit's label; widget inside a
        sidebar; page in a footer, for rel="license" (it declares the page's licence) and for
        a statement ("This work is licensed under ..."); else judged like text in the body."""
        block = _block_text(el)
        badge = any(
            _BADGE_SRC.search(img.get("src") or "") or _BADGE_ALT.search(img.get("alt") or "")
            or (img.get("width"), img.get("height")) in (("88", "31"), ("80", "15"))
            for img in el.iter("img")
        )
        label = " ".join("".join(el.itertext()).split())
        at = max(block.find(label), 0) if label else len(block)
        node, depth, zone = el.getparent(), 0, "body"
        while node is not None and depth < 25:
            tag = node.tag if isinstance(node.tag, str) else ""
            hint = (node.get("class") or "") + " " + (node.get("id") or "")
            # A caption or credit is a near ancestor; a body class such as "wp-featherlight-captions" is not one.
            if depth < 5 and tag not in _PAGE_TAGS and (tag in ("figure", "figcaption") or _IMAGE_CLASS.search(hint)):
                return "image"
            if zone == "body" and (tag == "aside" or _WIDGET_CLASS.search(hint)):
                zone = "widget"
            if tag == "footer" or "footer" in hint.lower():
                zone = "page"
            node, depth = node.getparent(), depth + 1
        if _credits_image(block, at, at + len(label), self.vocab):
            return "image"
        if rel or badge:
            return "page"
        return _licence_scope(block, zone, self.vocab)


def _licence_scope(text: str, zone: str, vocab: NoticeVocab) -> str:
    """Where a licence that credits no image applies, from its sentence and the page zone
    ("page" for the footer and header, "widget" for sidebars and other chrome, or "body")."""
    if vocab.page_statement and vocab.page_statement.search(text):
        return "page"  # "This work is licensed under ...", "Lizenz: CC BY 4.0"
    words = len(text.split())
    if zone == "widget":
        if _BARE_LICENCE.fullmatch(text):
            return "page"  # a sidebar or menu link reading just "CC-BY-SA 3.0": the site's licence
        return "widget" if words <= 12 else "mention"
    if zone == "page":
        return "page"
    if words > 12:
        return "mention"  # a licence named in the article's running text is not the page's terms
    # A short line in the body: with a © or a year it is the site's notice, else the credit
    # under a picture ("Leena Simon, CC-BY-SA 4.0").
    return "page" if _NOTICE_MARK.search(text) else "image"


def _credits_image(text: str, start: int, end: int, vocab: NoticeVocab) -> bool:
    """Whether what sits at text[start:end] is part of an image credit: a label such as
    "Foto:" before it, or a picture agency or photo host named around it."""
    if vocab.image_labels and (vocab.image_labels.search(text, 0, start) or vocab.image_labels.match(text, start + 1, start + 20)):
        return True
    return bool(vocab.image_holders and vocab.image_holders.search(text, max(0, start - 60), min(len(text), end + 80)))


_BARE_LICENCE = re.compile(
    r"[\s(\[]*(?:cc|creative[\s-]*commons)[\s-]*(?:licen[cs]ed|lizenz|licen[cs]e)?[\s:-]*(?:by|nc|nd|sa|zero|0|[\s\-.\d])*[)\].\s]*",
    re.I)
_NOTICE_MARK = re.compile(r"©|\(c\)|&copy;|copyright|\b(?:19|20)\d\d\b", re.I)
_LICENCE_META = frozenset({
    "link:license", "license", "dc.rights", "dc.license", "dcterms.license", "dcterms.rights", "rights",
    "dc.rights.license", "jsonld:license", "page:license", "itemprop:license",
})
# Links that may carry a licence besides rel="license": a licence's address.
_LICENCE_HREF = re.compile(r"creativecommons\.org/|gnu\.org/(?:licenses|copyleft)/fdl|open-government-licence|/dl-de/")
# The button Creative Commons hands out (88x31 or 80x15), or an image alt naming a licence:
# a site's licence badge, which declares the page's licence wherever the site puts it.
_BADGE_SRC = re.compile(r"i\.creativecommons\.org/l/|licensebuttons\.net/|88x31|80x15|somerights", re.I)
_BADGE_ALT = re.compile(r"creative\s*commons|\bcc[\s-](?:by|lizenz|licen)|lizenzvertrag", re.I)


def _caption_elements(tree: Any) -> Iterator[Any]:
    """<figcaption>s and elements with a caption or image-credit class (_CAPTION_CLASS; its
    class must hold "caption", "credit" or "bild" as written), in document order.

    Walked in Python: one XPath selecting the same elements took about twice as long on
    the dev pages that need it (1.1 against 0.6 ms a page). The substring tests spare
    most classes the regex."""
    for el in tree.getroottree().getroot().iter(etree.Element):
        if el.tag == "figcaption":
            yield el
            continue
        css = el.get("class")
        if css and ("caption" in css or "credit" in css or "bild" in css) and _CAPTION_CLASS.search(css):
            yield el


_CAPTION_CLASS = re.compile(
    r"caption|image-credit|photo-credit|media-credit|img-credit|bildunterschrift|bildquelle|bildnachweis", re.I)
_IMAGE_CLASS = re.compile(
    r"caption|wp-caption|image-credit|photo-credit|media-credit|img-credit|bildunterschrift|bildquelle|bildnachweis|"
    r"image[-_](?:teaser|credit|licen[cs]e|source|copyright|rights)|\bgallery\b|\battachment\b|\bphoto\b|\bfigure\b", re.I)
_WIDGET_CLASS = re.compile(r"sidebar|widget", re.I)
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset("p div li td th dd dt figcaption figure footer aside section article header blockquote".split())


def _block_text(el: Any) -> str:
    """The text of the nearest block element around an inline one (the sentence a link sits in)."""
    node = el
    while node is not None and node.tag not in _BLOCK_TAGS:
        node = node.getparent()
    node = el if node is None else node
    return " ".join("".join(node.itertext()).split())[:600]


def licence_in_text(text: str, packs: Packs) -> str | None:
    """The SPDX id of the first licence named in a short text or address ("CC BY-SA 4.0",
    "Creative Commons Namensnennung 3.0 Deutschland", a licence URL), or None."""
    lowered = text.lower()
    for spec in packs.notices:
        if spec.kind != "license" or (spec.keywords and not any(k in lowered for k in spec.keywords)):
            continue
        for m in spec.pattern.finditer(text):
            spdx = licence_id(spec, m, packs.notice_vocab)
            if spdx:
                return spdx
    return None


def licence_id(spec: PatternSpec, m: re.Match[str], vocab: NoticeVocab) -> str | None:
    """The SPDX id for a licence match: the spec's template, or one built from CC groups."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    if spec.spdx:
        values = dict(spec.defaults) | groups
        try:
            return spec.spdx.format(**values)
        except (KeyError, IndexError, ValueError):
            return None  # a template field neither the match nor `defaults` fills
    return cc_licence_id(groups.get("license", ""), groups.get("version"), groups.get("port"), vocab, m)


def cc_licence_id(
    elements: str, version: str | None, port: str | None, vocab: NoticeVocab, m: re.Match[str] | None = None
) -> str | None:
    """CC-BY-NC-SA-4.0 from 'by-nc-sa' / 'Namensnennung - Nicht kommerziell - ...' and '4.0'.

    The port is kept only where SPDX has an id for the ported licence (CC-BY-3.0-DE); a
    two-letter port in running text counts only in capitals ("3.0 DE", not "3.0 de").
    """
    if not elements:
        return None
    found = vocab.cc_element.findall(elements) if vocab.cc_element else re.findall(r"by|nc|nd|sa", elements, re.I)
    codes = {vocab.cc_codes.get(fold(e), fold(e).upper()) for e in found}
    codes &= {"BY", "NC", "ND", "SA"}
    if not codes or {"ND", "SA"} <= codes:
        return None  # no element, or a combination Creative Commons never offered
    codes.add("BY")  # every licence since 2.0 requires attribution, however it is written
    base = "CC-" + "-".join(code for code in ("BY", "NC", "ND", "SA") if code in codes)
    if not version:
        return base
    spdx = f"{base}-{version}"
    if port:
        text_port = m is not None and "creativecommons" not in m.group(0).lower()
        if text_port and len(port) <= 3 and not port.isupper():
            return spdx
        code = vocab.port_codes.get(fold(port), port.upper() if len(port) <= 3 else "")
        ported = f"{spdx}-{code.upper()}"
        if code and ported in vocab.spdx_ports:
            return ported
    return spdx


def page_licence(notices: list[Notice]) -> Notice | None:
    """The licence the page declares for itself, when its notices name more than one.

    Page-scoped licences vote: a rel="license" link 3, metadata or a licence link 2, text 1.
    A licence written less precisely ("CC BY-SA", "CC BY-NC-SA 2.0") adds its votes to the
    same licence written with a version or a port (CC-BY-SA-4.0, CC-BY-NC-SA-2.0-DE).
    """
    candidates = [(n.license, n) for n in notices if n.kind == "license" and n.scope == "page" and n.license]
    if not candidates:
        return None
    weight: dict[str, float] = {}
    first: dict[str, int] = {}
    linked: set[str] = set()  # read from an address: "/by/3.0/" says unported, not "some 3.0"
    for i, (spdx, notice) in enumerate(candidates):
        where = notice.evidence.where
        weight[spdx] = weight.get(spdx, 0.0) + (3.0 if "rel=" in where else 1.0 if where == "text" else 2.0)
        first.setdefault(spdx, i)
        if where != "text":
            linked.add(spdx)
    for spdx in sorted(weight, key=len):
        if spdx not in weight or (spdx in linked and spdx[-1:].isdigit()):
            continue
        finer = [other for other in weight if other != spdx and _refines(other, spdx)]
        if finer:
            best = max(finer, key=lambda other: weight[other])
            weight[best] += weight.pop(spdx)
    chosen = max(weight, key=lambda spdx: (weight[spdx], -first[spdx]))
    return candidates[first[chosen]][1]


def _refines(finer: str, coarse: str) -> bool:
    """CC-BY-SA-4.0 refines CC-BY-SA (a version), CC-BY-SA-3.0-DE refines CC-BY-SA-3.0 (a port);
    CC-BY-SA does not refine CC-BY (another licence)."""
    if not finer.startswith(coarse + "-"):
        return False
    rest = finer[len(coarse) + 1 :]
    if coarse[-1].isdigit():
        return bool(re.fullmatch(r"[A-Z]{2,3}", rest))
    return bool(re.fullmatch(r"\d\.\d(?:-[A-Z]{2,3})?", rest))


# --- Text helpers ------------------------------------------------------------------------------


def _quoted(before: str) -> bool:
    """Whether text following `before` (its line up to a match) sits inside a quotation."""
    straight = False
    stack: list[str] = []
    for char in before:
        if char == '"':
            straight = not straight
        elif char in "«„":
            stack.append(char)
        elif char == "“":
            if stack and stack[-1] == "„":
                stack.pop()  # German quotes open low and close high
            else:
                stack.append(char)
        elif char in "»”" and stack:
            stack.pop()
    return straight or bool(stack)


def _sentence_start(text: str, first: int, start: int) -> int:
    left = max(text.rfind(". ", first, start), text.rfind("] ", first, start))
    return left + 2 if left >= 0 else first


def _sentence(text: str, begin: int, end: int) -> str:
    """From `begin` to the end of the sentence holding `end`, across the line breaks of a
    hard-wrapped notice (<br>, plain-text mail), as one line of text."""
    stop = _SENTENCE_END.search(text, end, end + 1000)
    finish = stop.end() if stop else text.find("\n", end)
    return " ".join(text[begin : finish if finish >= 0 else len(text)].split())


def _clean_holder(raw: str, vocab: NoticeVocab) -> str:
    """'2022 Bloomberg L.P. All Rights Reserved' -> 'Bloomberg L.P.'; 'X | Privacy Policy' -> 'X'."""
    # "© 2018 | STEINHAU | Impressum": the first segment with a name in it.
    segments = [_LEADING.sub("", part) for part in _SEPARATORS.split(_LEADING.sub("", raw.strip()), maxsplit=2)]
    holder = next((part for part in segments if part.strip(" .,:-–")), "")
    holder = _ADDRESS_AFTER_FORM.sub(r"\1", _REGISTER_NUMBER.sub("", holder))
    if vocab.holder_stops:
        stop = vocab.holder_stops.search(holder)
        if stop:
            holder = holder[: stop.start()]
    for dot in _DOT_BREAK.finditer(holder):
        if holder[dot.end()].isupper() and not _INITIAL.search(holder, 0, dot.start()):
            holder = holder[: dot.start() + 1]
            break
    holder = _TRAILING_WORDS.sub("", holder.strip(" ,;:-–—/(")).strip(" ,;:-–—/(")
    if holder.endswith(".") and not _COMPANY_DOT.search(holder):
        holder = holder[:-1]
    if vocab.not_holders and vocab.not_holders.match(holder):
        return ""
    return holder if len(holder.split()) <= 12 else ""


