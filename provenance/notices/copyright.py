"""Copyright lines and image credits, and the holder each names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..model import Evidence, Line, Notice
from ..packs import NoticeVocab, PatternSpec
from .page import NoticePage, credits_image

_WORDS_BEFORE_YEAR = 3
# "site design / logo © 2020 Stack Exchange Inc; user contributions licensed under CC BY-SA":
# the line covers the site's design, not its pages' text.
_DESIGN_BEFORE = re.compile(r"\b(?:(?:site|web(?:site)?)\s*)?(?:design|logo|layout)(?:\s*(?:/|and|&|und|et|y)\s*(?:design|logo|layout))?\s*:?\s*$", re.I)
# A date after the name: "©KOF ETH Zürich, 21. Jan. 2015" is the line's year.
_DATE_AFTER_NAME = re.compile(r"\s*,\s*[^,\n]{0,20}?\b((?:19|20)\d\d)\b\.?\s*$")
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
_YEAR_AT_END = re.compile(r"[\s,]+((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)$")
_LEADING = re.compile(r"^(?:(?:©|&copy;|\(c\)|copyright|copyleft|by|von|por|par|powered by)\b[\s:.,]*|[\s:.,\-–—©])+", re.I)
# A holder ends at a sentence's end (". Powered by", ". Reproduction of ...") unless the dot
# closes an initial or a title ("Dr. Phillip W. Brunst"); a company suffix keeps its dot.
_DOT_BREAK = re.compile(r"\.\s+(?=[^\W\d_])")
_INITIAL = re.compile(r"(?:^|[\s.])(?:[A-Z]|dr|prof|st|mr|mrs|ms|jr|sr|e\.v|hr|fr)$", re.I)
_COMPANY_DOT = re.compile(r"(?:\b[A-Z]|\b(?:inc|ltd|llc|plc|corp|co|bros|e\.v|l\.p|s\.a|n\.v|b\.v|s\.l|gmbh & co))\.$", re.I)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|\s[»›—]\s|;|\s{2,}|©|\(c\)\s)\s*")
# Before the name: a time stamp or "since 2010" and then "by" ("since 2010 by C.Habermueller").
# The year after the name, behind a second sign: "Copyright by Example Skijumping © 2022".
_SIGN_YEAR = re.compile(r"(?:©|\(c\))\s*((?:19|20)\d\d)", re.I)
_STAMP_BY = re.compile(r"^(?:since|seit|desde|depuis|dal)?[\s\d.:/h,-]*\b(?:by|von|por|par|di)\s+(?=\S)", re.I)
# After the name, a description of it: ", a 501(c)(3) nonprofit", ", eine Marke der ...".
_APPOSITION = re.compile(r",\s+(?:a|an|the|ein|eine|une|un|una)\s.*$", re.I)
# The holder named only as the parent: "© 2023 a Reach plc subsidiary", "a Red Ventures Company".
_PARENT_ONLY = re.compile(r"^(?:a|an)\s+(.+?)\s+(?:subsidiary|company|brand|business|publication)$", re.I)
# A sentence glued to the name with no space: "Cable News Network.A Warner Media Company.All
# Rights Reserved"; a site's address keeps its dot ("DoSchu.Com").
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})\.(?=(?!(?i:com|net|org|info|de|co|uk|fr|it|es|at|ch|io|tv|fm|nl|eu|us)\b)[A-Z])")
_COUNTRY_CODE = re.compile(r",\s*[A-Z]{1,2}$")  # "Qualisys GmbH, D"
_LEGAL_FORM_NEXT = re.compile(r"(?:kg|kgaa|ohg|ag|gmbh|inc|ltd|llc|plc|sa|sas|bv|nv)\b", re.I)
# A company or VAT number, a postcode: the holder's name has ended ("IT00853870210", "28033 Madrid").
_REGISTER_NUMBER = re.compile(r"[,\s-]*\b[A-Z]{0,3}\d{5,}\b.*$")
# After a company's legal form, words with numbers in them are its address: "Future US, Inc.
# 11 West 42nd Street", "Landwirtschaftsverlag GmbH, Hülsebrockstraße 2-8".
_ADDRESS_AFTER_FORM = re.compile(
    r"^(.*?\b(?:inc|ltd|llc|plc|gmbh|ag|s\.?l\.?u|s\.?a|s\.?l|sarl|sas|bv|nv|corp|limited|e\.\s?v)\b\.?)[,\s]+(?!(?:19|20)\d\d\s*$)(?=\S*\d|.*\d).*$", re.I)
# After a comma, a part with a number in it or an e-mail address is the holder's address
# or contact: "Evangelische Kirche in Österreich, Severin-Schreiber-Gasse 1+3, 1180 Wien".
_CONTACT_AFTER_COMMA = re.compile(r",\s*(?=[^,]*(?:\d|\S@\S)).*$")
# Footer links glued to the name with no space between them ("A la CarteJahres-AboSchnupper-Abo…
# Impressum"): a small letter or digit then a capitalised word, three times over. Once or twice
# is a brand's own spelling ("ProSiebenSat.1", "GlaxoSmithKline").
_GLUED = re.compile(r"(?<=[^\W_A-Z])(?=[A-ZÀ-ÖØ-Þ][^\W\dA-Z_])")
_GLUED_LINKS = 3
_VERSION_AT_END = re.compile(r"\s+v?\d+(?:\.\d+)+$")  # "Kyffhäuser Nachrichten 2.6411": a software version
_QUOTED_TITLE_AT_END = re.compile(r'(?<=\S)\s*[«„“"‹][^«»„“”"‹›]{2,60}[»“”"›]$')  # 'Schaub Medien AG «Volksstimme»'
# A name in Latin letters, then words in CJK script: the footer's links ("Baidu 使用百度前必读");
# a legal form written in CJK after the name is kept ("Example 株式会社").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_LATIN_THEN_CJK = re.compile(rf"^([^{_CJK}]*[A-Za-z][^{_CJK}]*?)\s+(?!株式会社|有限会社|合同会社|有限公司|股份有限公司|公司|주식회사)[{_CJK}].*$")
# A theme's credit after the name, or in place of it: "Cookely Theme by WPZOOM", "MH Magazine
# WordPress Theme von MH Themes", "Theme Blass by 1000ff".
_THEME_CREDIT = re.compile(r"(?:(?<=\s)|^)(?:[\w.-]+\s+){0,3}theme(?:\s+[\w.-]+)?\s+(?:by|von|de|par|di|from)\s.*$", re.I)
# An epithet in quotes before the name, the site's address in brackets after it:
# "'대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr)" is 엔터미디어.
_QUOTED_EPITHET = re.compile(r"^['‘\"“「][^'’\"”」]{2,40}['’\"”」]\s+(?=\S)")
_ADDRESS_IN_BRACKETS = re.compile(r"\s*\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)$")
_NO_NAME = re.compile(r"^[\W\d_]*$")  # "2001-2009": years, no name
_TRAILING_WORDS = re.compile(r"(?:\s+(?:und|and|y|et|&|by|von|por|par|-|–))+$", re.I)
_ENUMERATION = re.compile(r"\([ab]\)\s")


def read_copyright(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int) -> Notice | None:
    """A copyright line ("© 2022 Bloomberg L.P. All Rights Reserved") or an image credit,
    with its holder cleaned of what runs on after the name."""
    vocab = page.vocab
    groups = {k: v for k, v in m.groupdict().items() if v}
    anchor = line.text[start : start + 10].lower()
    year = groups.get("year")
    holder = _clean_holder(groups.get("holder", ""), vocab)
    labelled = vocab.image_labels.match(holder) if vocab.image_labels and holder else None
    if labelled:
        holder = holder[labelled.end() :].strip(" :")  # "© Bild: WERK/Christian Houdek": a picture's credit
    if holder and not year:
        found = (
            _YEAR_AT_END.search(holder) or _SIGN_YEAR.search(groups.get("holder", ""))
            or _DATE_AFTER_NAME.match(groups.get("holder", ""), len(holder) if groups.get("holder", "").startswith(holder) else 0)
        )
        if found:
            year = found.group(1)
            holder = holder[: found.start()].rstrip(" ,.-–") if found.re is _YEAR_AT_END else holder
    if not holder and year and spec.family != "image-credit":
        # "Deutschlandradio © 2009-2020": the name stands before the sign.
        name = _clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], vocab)
        holder = name if 0 < len(name.split()) <= 5 else ""
    if not holder and year and spec.family != "image-credit" and line.text.strip() == m.group(0).strip():
        holder = _next_element_holder(page, m.start())  # "Copyright © 2000-2022" / "Bergportal GmbH"
    credit = spec.family == "image-credit" or labelled is not None
    if not year and not credit:
        before = _YEAR_BEFORE.search(line.text, max(0, start - 15), start)
        # "2018 © Example" at the start of a line or a footer's segment; "… Paris - 16 mars
        # 2019 © E.B" ends a caption, and its year is the picture's date.
        if before and len(re.split(r"[|•·]", line.text[: before.start()])[-1].split()) <= _WORDS_BEFORE_YEAR:
            year = before.group(1)
    if not credit and not _is_copyright_line(anchor, line.text, start, year, holder):
        return None
    if credit and (not holder or len(holder.split()) > 10):
        return None
    image = credit or credits_image(line.text, start, start + len(m.group(0)), vocab)
    reserved = vocab.rights_reserved
    if not image and not year and not (reserved and reserved.search(line.text)):
        # "The minister at the summit © Reuters", or "© Reuters" alone under a picture: a
        # caption's credit. The page's own notice sits in the footer or carries a year.
        prefix = line.text[:start].rstrip()
        words = [w for w in re.split(r"[\s|/·•»>]+", prefix.lower()) if w]
        stops = vocab.holder_stops  # "Impressum", "Privacy": site chrome too
        chrome = all(w in page.packs.chrome_words or (stops and stops.fullmatch(w)) for w in words)
        caption_before = bool(words) and not chrome and not prefix.endswith(("|", "•", "·", ":"))
        image = line.zone in ("body", "header") or caption_before
    if not image and line.zone != "footer":
        image = page.in_caption(line)  # the tree walk only for the few lines still in doubt
    software = vocab.software_holders
    chrome_credit = bool(holder) and (
        (software is not None and software.match(holder) is not None) or _DESIGN_BEFORE.search(line.text, max(0, start - 40), start) is not None
    )
    if holder:
        registry = page.packs.registry
        known = registry.lookup(holder) or registry.lookup(re.sub(r"^the\s+", "", holder, flags=re.I))
        holder = known.name if known else holder
    return Notice(
        "copyright", line.text, Evidence(line.text, line.number), family=spec.family,
        # A site's software, theme or analytics credit is chrome, as a sidebar widget is.
        holder=holder or None, year=year, scope="widget" if chrome_credit else "image" if image else "page",
        within_text=_within_text(page, m.start()),
    )


def _next_element_holder(page: NoticePage, offset: int) -> str:
    """The holder on the line after a nameless sign and year, as a footer's next element
    gives it: a short name, capitalised, that is not site chrome."""
    doc = page.doc
    index = bisect_right(doc.starts, offset) - 1
    if index + 1 >= len(doc.lines) or doc.lines[index + 1].zone != doc.lines[index].zone:
        return ""
    name = _clean_holder(doc.lines[index + 1].text, page.vocab)
    words = name.split()
    if not 0 < len(words) <= 6 or not name[:1].isupper() or all(w.lower() in page.packs.chrome_words for w in words):
        return ""
    return name


# Paragraphs of the text after a copyright line: it is the article's own line, inside the
# text (a book excerpt's), not the site's footer, which nothing but chrome follows.
_TEXT_AFTER, _PARAGRAPH_WORDS = 5, 12


def _within_text(page: NoticePage, offset: int) -> bool:
    doc = page.doc
    index = bisect_right(doc.starts, offset) - 1
    if doc.lines[index].zone != "body":
        return False
    return any(len(doc.lines[i].text.split()) >= _PARAGRAPH_WORDS for i in range(index + 1, min(len(doc.lines), index + 1 + _TEXT_AFTER)))


# Metadata stating the rights holder: <meta name="copyright">, Dublin Core's rightsHolder,
# schema.org's copyrightHolder; dc.rights only when it reads as a copyright line.
_HOLDER_META = ("copyright", "dcterms.rightsholder", "dc.rightsholder", "jsonld:copyrightholder", "page:copyrightholder")
_RIGHTS_META = ("dc.rights", "dcterms.rights", "rights")
_COPYRIGHT_SIGN = re.compile(r"©|\(c\)|copyright", re.I)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)


def meta_copyrights(page: NoticePage) -> Iterator[Notice]:
    """The holders the page's metadata states, each as a copyright notice of the page."""
    vocab, registry = page.vocab, page.packs.registry
    for item in page.doc.metadata:
        stated = item.key in _HOLDER_META or (item.key in _RIGHTS_META and _COPYRIGHT_SIGN.search(item.value))
        if not stated or _URL.match(item.value):
            continue
        holder = _clean_holder(item.value, vocab)
        year = _YEAR_AT_END.search(holder)
        if year:
            holder = holder[: year.start()].rstrip(" ,.-–")
        if not holder or (vocab.not_holders and vocab.not_holders.match(holder)):
            continue
        known = registry.lookup(holder)
        yield Notice(
            "copyright", item.value, Evidence(item.value, item.line, item.where), family="copyright-meta",
            holder=known.name if known else holder, year=year.group(1) if year else None, scope="page",
        )


def _is_copyright_line(anchor: str, text: str, start: int, year: str | None, holder: str) -> bool:
    """A '©' is a notice; the word 'copyright' only with a year or as a line's own notice;
    '(c)' not as the third item of a list."""
    if anchor.startswith("(c)"):
        if text[max(0, start - 3) : start].isdigit():
            return False  # "501(c)(3)", a tax status
        return not _ENUMERATION.search(text, max(0, start - 300), start) and bool(year or holder[:1].isupper())
    if anchor.startswith(("copyright", "copyleft")):
        if year:
            return True
        own_line = start == 0 or text[:start].rstrip().endswith(("|", "•", "·"))
        return own_line and bool(holder) and (holder[:1].isupper() or "." in holder) and len(holder.split()) <= 8
    return bool(year or holder)


def _clean_holder(raw: str, vocab: NoticeVocab) -> str:
    """'2022 Bloomberg L.P. All Rights Reserved' -> 'Bloomberg L.P.'; 'X | Privacy Policy' -> 'X'."""
    # "© 2018 | STEINHAU | Impressum": the first segment with a name in it.
    text = _LEADING.sub("", raw.strip())
    reserved = vocab.rights_reserved.match(text) if vocab.rights_reserved else None
    if reserved:
        rest = text[reserved.end() :]
        if re.match(r"\s*\.\s", rest):
            return ""  # "©2020 Derechos Reservados. unocero es una marca ...": a new sentence names no holder
        text = _LEADING.sub("", rest)  # "© All Rights Reserved Poynter Institute 2019"
    # "©2019 | ALL RIGHTS RESERVED | EAT WHAT TONIGHT": a segment that is only the reservation names nobody.
    segments = [_LEADING.sub("", _without_reservation(_LEADING.sub("", part), vocab)) for part in _SEPARATORS.split(text, maxsplit=2)]
    holder = _SEPARATORS.split(next((part for part in segments if part.strip(" .,:-–")), ""), maxsplit=1)[0]
    holder = _THEME_CREDIT.sub("", holder)
    glued = [m.start() for m in _GLUED.finditer(holder)]
    if len(glued) >= _GLUED_LINKS:
        holder = holder[: glued[0]]
    holder = _STAMP_BY.sub("", holder, count=1)
    holder = _ADDRESS_AFTER_FORM.sub(r"\1", _REGISTER_NUMBER.sub("", holder))
    holder = _CONTACT_AFTER_COMMA.sub("", holder)
    if vocab.holder_stops:
        stop = vocab.holder_stops.search(holder)
        if stop:
            holder = holder[: stop.start()]
    for dot in _DOT_BREAK.finditer(holder):
        legal_form = _LEGAL_FORM_NEXT.match(holder, dot.end())  # "GmbH & Co. KG" is one name
        if holder[dot.end()].isupper() and not legal_form and not _INITIAL.search(holder, 0, dot.start()):
            holder = holder[: dot.start() + 1]
            break
    glued_sentence = _GLUED_SENTENCE.search(holder)
    if glued_sentence:
        holder = holder[: glued_sentence.start()]
    holder = _COUNTRY_CODE.sub("", _APPOSITION.sub("", holder))
    holder = _PARENT_ONLY.sub(r"\1", holder.strip())
    holder = _ADDRESS_IN_BRACKETS.sub("", _QUOTED_EPITHET.sub("", holder.strip(" ,;:-–—")))
    holder = _LATIN_THEN_CJK.sub(r"\1", _QUOTED_TITLE_AT_END.sub("", _VERSION_AT_END.sub("", holder.strip())))
    holder = _TRAILING_WORDS.sub("", holder.strip(" ,;:-–—/(")).strip(" ,;:-–—/(")
    if holder.endswith(".") and not _COMPANY_DOT.search(holder):
        holder = holder[:-1]
    if (vocab.not_holders and vocab.not_holders.match(holder)) or _NO_NAME.match(holder):
        return ""
    return holder if len(holder.split()) <= 12 else ""


def _without_reservation(segment: str, vocab: NoticeVocab) -> str:
    reserved = vocab.rights_reserved.match(segment) if vocab.rights_reserved else None
    return segment[reserved.end() :] if reserved else segment
