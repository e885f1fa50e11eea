"""Licences: Creative Commons and the other open licences, named in text, in links
(rel="license", a licence's address, a badge), in meta tags or JSON-LD; each with its
SPDX id and its scope (the page, a site-wide widget, an image, or a mention in passing)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Evidence, Line, Notice
from ..packs import NoticeVocab, Packs, PatternSpec
from ..registry import fold
from ..scan import Spans
from .page import NoticePage, credits_image


def read_licence(page: NoticePage, spec: PatternSpec, spdx: str, line: Line, start: int, end: int) -> Notice:
    """The notice for a licence `spdx` (see licence_id) named at line.text[start:end]."""
    scope = _text_licence_scope(page, line, start, end)
    return Notice(
        "license", line.text, Evidence(line.text, line.number), family=spec.family, license=spdx, scope=scope,
        holder=page.per_line("licensor", line, lambda: _licensor(line.text, page.vocab)),
    )


_BY_WORD = re.compile(r"\b(?:by|von|de|par|por|di|da|door)\s+", re.I)


def _licensor(text: str, vocab: NoticeVocab) -> str | None:
    """The licensor a licence chooser's statement names: "Example Blog by Jane Doe is
    licensed under CC BY 4.0" -> Jane Doe."""
    found = vocab.licensor_before.search(text) if vocab.licensor_before else None
    if found is None:
        return None
    by = list(_BY_WORD.finditer(text, 0, found.start()))
    if not by:
        return None
    name = text[by[-1].end() : found.start()].strip(" ,")
    return name if 0 < len(name.split()) <= 6 and name[:1].isupper() else None


def _text_licence_scope(page: NoticePage, line: Line, start: int, end: int) -> str:
    if page.image_credit(line, start, end):
        return "image"
    subjects = page.vocab.other_subjects
    if subjects is not None:
        # "The photo is licensed under CC BY-SA 4.0": the sentence's subject, before the licence, is a picture.
        sentence = line.text[max(line.text.rfind(stop, 0, start) for stop in ".!?") + 1 : start].lstrip()
        if subjects.search(sentence):
            return "image"
    zone = "widget" if line.zone == "boilerplate" else "page" if line.zone in ("footer", "header") else "body"
    return page.per_line("licence-scope", line, lambda: _licence_scope(line.text, zone, page.vocab))


def markup_licences(page: NoticePage) -> Iterator[Notice]:
    """Licences in links (rel="license", or a licence's address), meta tags and JSON-LD."""
    doc = page.doc
    has_tree = doc.tree is not None
    for item in doc.metadata:
        if item.key not in _LICENCE_META or (has_tree and item.where.startswith("a[")):
            continue  # anchors are read from the tree below, where their place on the page shows
        for spec, m in licence_matches(page.packs, item.value):
            spdx = licence_id(spec, m, page.vocab)
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
        matches = list(licence_matches(page.packs, href))
        if not matches and rel:
            matches = list(licence_matches(page.packs, " ".join("".join(el.itertext()).split())))
        for spec, m in matches:
            spdx = licence_id(spec, m, page.vocab)
            if spdx:
                where = 'a[rel="license"]' if rel else "a[href]"
                yield Notice(
                    "license", href, Evidence(href, el.sourceline, where), family=spec.family, license=spdx,
                    scope=_anchor_scope(page, el, rel),
                )


def licence_matches(packs: Packs, value: str) -> Iterator[tuple[PatternSpec, re.Match[str]]]:
    lowered = value.lower()
    taken = Spans()
    for spec in packs.notices:
        if spec.kind != "license" or (spec.keywords and not any(k in lowered for k in spec.keywords)):
            continue
        for m in spec.pattern.finditer(value):
            if taken.take(m.start(), m.end()):
                yield spec, m


def _anchor_scope(page: NoticePage, el: Any, rel: bool) -> str:
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
    if credits_image(block, at, at + len(label), page.vocab):
        return "image"
    if rel or badge:
        return "page"
    return _licence_scope(block, zone, page.vocab)


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
    return next((spdx for spec, m in licence_matches(packs, text) if (spdx := licence_id(spec, m, packs.notice_vocab))), None)


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
