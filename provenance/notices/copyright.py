"""Copyright lines and image credits, and the holder each names."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from ..model import Document, Evidence, Line, Notice
from ..packs import NoticeVocab, PatternSpec
from .holder import EASTERN_YEARS, FIELD_LABEL, capital_like, clean_holder
from .mentions import mentioned
from .not_holders import (
    LABEL_REACH,
    after_provider_credit,
    after_service_label,
    credit_shape,
    design_credit,
    links_only,
    page_tagline,
    product_mark,
    software_or_theme,
    sponsored_by,
)
from .page import NoticePage, credits_image
from .scope import after_paragraph, article_line, closes_text, held_scope, in_teasers, text_goes_on, under_ad_label, within_text

_WORDS_BEFORE_YEAR = 3
# A date after the name: "©KOF ETH Zürich, 21. Jan. 2015" is the line's year.
_DATE_AFTER_NAME = re.compile(r"\s*,\s*[^,\n]{0,20}?\b((?:19|20)\d\d)\b\.?\s*$")
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
_YEAR_AT_END = re.compile(r"[\s,]+((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)$")
# The year after the name, behind a second sign: "Copyright by Example Skijumping © 2022".
_SIGN_YEAR = re.compile(r"(?:©|\(c\))\s*((?:19|20)\d\d)", re.I)
_ENUMERATION = re.compile(r"\([ab]\)\s")
_YEAR_SPAN = re.compile(r"\d\s*[-–—]\s*(?:19|20)?\d\d")  # "1996 - 2022", "2019–21": a site's years, no picture's
# An author and a year in brackets, as a reference list writes them: in the text, a sign after
# one is the cited book's, not the page's.
_CITATION_BEFORE = re.compile(r"[^\W\d_]\.?,?\s+\((?:19|20)\d\d[a-z]?\)[.,:]?\s")


def read_copyright(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int) -> Notice | None:
    """A copyright line ("© 2022 Bloomberg L.P. All Rights Reserved") or an image credit,
    with its holder cleaned of what runs on after the name."""
    vocab = page.vocab
    index = bisect_right(page.doc.starts, m.start()) - 1  # the line's place among the document's lines
    groups = {k: v for k, v in m.groupdict().items() if v}
    anchor = line.text[start : start + 10].lower()
    year = groups.get("year") or _script_year(groups.get("holder", ""))
    holder = clean_holder(groups.get("holder", ""), vocab, licence_first=spec.family != "image-credit")
    if holder and links_only(holder, page):
        holder = ""  # "© 2009–2021 | Home | Contact": the footer's links after a nameless sign
    if holder and _SEPARATOR_OPENS.match(groups.get("holder", "")) and (page_tagline(holder, page) or _FIELD_LABEL.match(holder)):
        # "© 2021 · Independent journalism from the valley": a nameless sign, then the site's tagline;
        # "© 2024 · Inhaber: Max Mustermann", "© 2024 — Editor: Jane Roe": then another of the footer's fields.
        holder = ""
    if holder and product_mark(line.text, start, anchor, holder, page):
        return None
    if year and spec.family != "image-credit" and _SEPARATOR_FIRST.match(groups.get("holder", "")):
        # "Example Times © 2021 | © Photos: Jane Doe": the name before the sign and its year is
        # the notice; what follows the separator is another item of the footer.
        name_before = clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], vocab)
        words = name_before.split()
        chrome = all(w.lower() in page.packs.chrome_words for w in words)  # "Home © 2021 | …"
        holder = name_before if 0 < len(words) <= 5 and capital_like(name_before) and not chrome else holder
    labelled = vocab.image_labels.match(holder) if vocab.image_labels and holder else None
    if labelled:
        holder = holder[labelled.end() :].strip(" :")  # "© Bild: WERK/Christian Houdek": a picture's credit
    holder, for_text = _text_labelled(line.text, start, holder, vocab) if spec.family != "image-credit" else (holder, False)
    trailing = _YEAR_AT_END.search(holder) if holder and year else None
    forms = vocab.holder_forms
    if trailing is not None and forms is not None and forms.legal_form_at_end.search(holder, 0, trailing.start()):
        # "© 2021 Example Verlag GmbH & Co. KG 2021": the year once; "Munich 2022" keeps its own.
        holder = holder[: trailing.start()]
    if holder and not year:
        raw = groups.get("holder", "")
        found = _YEAR_AT_END.search(holder) or _SIGN_YEAR.search(raw) or _DATE_AFTER_NAME.search(raw)
        label = _LABEL_BEFORE_SIGN.search(raw, 0, found.start()) if found is not None and found.re is _SIGN_YEAR else None
        if label is not None:
            # "Photo © Jane Doe, map data © 2021 OSM": the second sign is another credit's, its
            # year not this name's; the name ends at the label's comma.
            holder, found = holder.split(",")[0].strip(), None
        if found is not None and found.re is _SIGN_YEAR and anchor.startswith("copyright") and holder[:1].islower():
            # "The copyright page reads “Copyright © 2020 by …”": the word in a phrase about
            # copyright, the notice at the later sign, read on its own (see _later_sign).
            return None
        if found:
            year = found.group(1)
            holder = holder[: found.start()].rstrip(" ,.-–") if found.re is _YEAR_AT_END else holder
    # "Deutschlandradio © 2009-2020", or a footer's "Example Kiadó Kft. ©": the name stands before the sign.
    sign_ends_footer = line.zone == "footer" and _ONLY_SIGNS.match(line.text, start) is not None
    named_before = False
    if not holder and (year or sign_ends_footer) and spec.family != "image-credit":
        name = clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], vocab)
        holder = name if 0 < len(name.split()) <= 5 else ""
        named_before = bool(holder) and not year
    if not holder and year and spec.family != "image-credit" and line.text.strip() == m.group(0).strip():
        holder = _next_element_holder(page, m.start())  # "Copyright © 2000-2022" / "Bergportal GmbH"
    if not holder and not year and spec.family != "image-credit" and _ONLY_SIGNS.fullmatch(line.text):
        year, holder = _year_then_name(page, index)  # "Copyright ©" / "2003–2021" / "Example s.r.o.", each its own element
    credit = spec.family == "image-credit" or labelled is not None
    if not year and not credit:
        before = _YEAR_BEFORE.search(line.text, max(0, start - 15), start)
        # "2018 © Example" at the start of a line or a footer's segment; "… Paris - 16 mars
        # 2019 © E.B" ends a caption, and its year is the picture's date.
        if before and len(re.split(r"[|•·]", line.text[: before.start()])[-1].split()) <= _WORDS_BEFORE_YEAR:
            year = before.group(1)
    # "(c) KNA" or "© dpa" on a line of its own: an agency's mark, in lower case or not.
    agency_alone = (
        not year and not credit and bool(holder) and not line.text[:start].strip() and len(line.text.split()) <= 4
        and page.packs.registry.agency(holder) is not None
    )
    if not credit and not _is_copyright_line(anchor, line.text, start, year, holder, agency_alone):
        return None
    if line.zone == "body" and _CITATION_BEFORE.search(line.text, max(0, start - 200), start):
        return None  # a cited work's notice: "Doe, J. (1998). The Harbour. London: Penguin. © 1998 Penguin Books."
    if spec.names_site and not (holder and page.names_the_site(holder)):
        return None  # years and a name with no sign: a copyright line only where the name is the site's
    if credit and (not holder or len(holder.split()) > 10):
        return None
    image = not for_text and (credit or credits_image(line.text, start, start + len(m.group(0)), vocab))
    reserved = vocab.rights_reserved
    if not image and not year and not for_text and not (reserved and reserved.search(line.text)):
        # "The minister at the summit © Reuters", or "© Reuters" alone under a picture: a
        # caption's credit. The page's own notice sits in the footer or carries a year.
        prefix = line.text[:start].rstrip()
        stops = vocab.holder_stops  # "Impressum", "Privacy", "Choix de consentement": site chrome too
        words = [w for w in re.split(r"[\s|/·•»>]+", (stops.sub(" ", prefix) if stops else prefix).lower()) if w]
        chrome = all(w in page.packs.chrome_words for w in words)
        caption_before = bool(words) and not chrome and not prefix.endswith(("|", "•", "·", ":")) and not named_before
        image = line.zone in ("body", "header") or caption_before or credit_shape(holder, page) or text_goes_on(page.doc, index)
    inside_text = within_text(page.doc, index)
    if image and agency_alone and not inside_text and after_paragraph(page.doc, index) and not page.in_caption(line):
        # ... under the text's last paragraph, nothing of the text below it: the agency's
        # credit for the text, as KNA and dpa sign the stories sites take from them (a picture's
        # credit stands under the picture, in its caption or above the text).
        image = False
    if not image and not for_text and line.zone != "footer":
        # The tree walk only for the few lines still in doubt: a caption's, or a picture's set
        # beside it with no caption element ("<img><p>© 2024 Jane Roe</p>"), unless it names the
        # site (a line beside the site's own picture is its own) or a span of years: a picture's
        # credit gives a year at most, the site's notice its years ("© 1996 - 2022 …" in the
        # block after the last box of a page, whose picture is an event's).
        image = page.in_caption(line) or (
            page.under_picture(line) and not (holder and page.names_the_site(holder)) and not (year and _YEAR_SPAN.search(year))
        )
    chrome_credit = bool(holder) and (
        # A platform's own pages are its own: "© 2021 LinkedIn Corporation" on linkedin.com.
        (software_or_theme(holder, vocab) and not page.names_the_site(holder))
        or design_credit(line.text, start)
    )
    # Under an "Advertisement" or "Anzeige" label, the sign is the advertiser's; after a
    # provider's credit ("Delivered by Example Mail ©"), the provider's; in a list of other
    # sites' stories ("From around the web"), theirs.
    chrome_credit = chrome_credit or under_ad_label(page, index) or (
        bool(holder) and not page.names_the_site(holder)
        and (
            after_provider_credit(line.text, start, vocab) or after_service_label(line.text, start, vocab)
            or sponsored_by(page, index, holder) or in_teasers(page, index)
        )
    )
    scope = "widget" if chrome_credit else "image" if image else "page"
    if scope == "page" and holder:
        scope = "mention" if mentioned(line, start, page) else held_scope(page, line, start)
    if holder:
        registry = page.packs.registry
        known = registry.lookup(holder) or registry.lookup(re.sub(r"^the\s+", "", holder, flags=re.I))
        holder = known.name if known else holder
    return Notice(
        "copyright", line.text, Evidence(line.text, line.number), family=spec.family,
        # A site's software, theme or analytics credit is chrome, as a sidebar widget is.
        holder=holder or None, year=year, scope=scope,
        within_text=inside_text,
        closes_text=closes_text(page.doc, index, for_text or article_line(line, start, anchor, page, holder), for_text),
    )


def _script_year(raw: str) -> str | None:
    """A year written in a script's own digits before the name ("© ২০২১ দৈনিক বন্দর", "© ۱۴۰۰ …"),
    in ASCII digits: the line carries a year, as one in Latin digits does."""
    found = EASTERN_YEARS.match(raw.lstrip(" :,.-–"))
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in found.group(1)) if found else None


_YEARS_ONLY = re.compile(r"\s*((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)\s*")


def _year_then_name(page: NoticePage, index: int) -> tuple[str | None, str]:
    """After a line of the sign alone, a line of the year alone, then the name: a footer that sets
    each in its own element (<li>©</li><li>2021</li><li>Example Verlag</li>)."""
    lines = page.doc.lines
    if index + 2 >= len(lines) or lines[index + 1].zone != lines[index].zone:
        return None, ""
    years = _YEARS_ONLY.fullmatch(lines[index + 1].text)
    if years is None:
        return None, ""
    name = _next_element_holder(page, page.doc.starts[index + 1])
    return (years.group(1), name) if name else (None, "")


def _text_labelled(text: str, start: int, holder: str, vocab: NoticeVocab) -> tuple[str, bool]:
    """The holder, and whether a label says the sign covers the article's text: "Text ©
    Jane Roe", "Text und Fotos: © Jane Roe", "© Text: Jane Roe, Fotos: Max Muster" (the
    pictures' credit after it cut off), "Text: Jane Roe ©" (the name before the sign)."""
    labels = vocab.text_labels
    if labels is None:
        return holder, False
    after = labels.match(holder) if holder else None
    if after is not None and holder[after.end() :].lstrip().startswith(":"):
        holder = holder[after.end() :].lstrip()[1:].strip()
    else:
        prefix = re.split(r"[|·•]", text[max(0, start - LABEL_REACH) : start])[-1].strip()
        before = labels.match(prefix)
        if before is None:
            return holder, False
        rest = prefix[before.end() :].strip()
        if rest.startswith(":"):
            rest = rest[1:].strip()
        if rest and not holder:
            holder = clean_holder(rest, vocab)  # "Text: Jane Roe ©"
        elif rest:
            return holder, False  # "Text by the editors, © 2021 …": a sentence, not a label
    pictures = vocab.image_labels.search(holder) if vocab.image_labels and holder else None
    if pictures is not None:
        holder = holder[: pictures.start()].rstrip(" ,;/&")
    return holder, bool(holder)


_LABEL_BEFORE_SIGN = re.compile(r",\s*[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*$")  # ", map data" before a second sign
_SEPARATOR_FIRST = re.compile(r"\s*[|·•]")
_FIELD_LABEL = re.compile(FIELD_LABEL)
_SEPARATOR_OPENS = re.compile(r"\s*(?:[|·•]|[-–—]\s)")  # a spaced dash too: "© 2021 – Nachrichten aus der Region"
_ONLY_SIGNS = re.compile(r"(?:©\ufe0f?|ⓒ|\([cс]\)|copyright|\s)*$", re.I)  # the sign ends its line: "Example Kiadó Kft. ©"



def _next_element_holder(page: NoticePage, offset: int) -> str:
    """The holder on the line after a nameless sign and year, as a footer's next element
    gives it: a short name, capitalised, that is not site chrome."""
    doc = page.doc
    index = bisect_right(doc.starts, offset) - 1
    if index + 1 >= len(doc.lines) or doc.lines[index + 1].zone != doc.lines[index].zone:
        return ""
    name = clean_holder(doc.lines[index + 1].text, page.vocab)
    words = name.split()
    if not 0 < len(words) <= 6 or not capital_like(name) or all(w.lower() in page.packs.chrome_words for w in words):
        return ""
    if page_tagline(name, page):
        return ""  # "© 2021" / "News you can trust": the site's tagline, not its name
    return name


# Metadata stating the rights holder: <meta name="copyright">, Dublin Core's rightsHolder,
# schema.org's copyrightHolder; dc.rights only when it reads as a copyright line.
# A WebPage node's copyrightHolder comes as "jsonld:page:copyrightholder" (markup.jsonld_items);
# the site's (a WebSite's or an Organization's node) as "jsonld:site:copyrightholder", read
# only where the page's own nodes name no holder: the site's default yields to the article's.
_HOLDER_META = (
    "copyright", "dcterms.rightsholder", "dc.rightsholder", "dc.rights.rightsholder", "jsonld:copyrightholder",
    "jsonld:page:copyrightholder", "jsonld:site:copyrightholder",
)
_OWN_JSONLD_HOLDERS = ("jsonld:copyrightholder", "jsonld:page:copyrightholder")
# A rights statement, or the work's copyright notice as JSON-LD gives it: a holder where it has the sign.
_RIGHTS_META = ("dc.rights", "dcterms.rights", "rights", "jsonld:copyrightnotice", "jsonld:page:copyrightnotice")
_COPYRIGHT_SIGN = re.compile(r"©|\(c\)|copyright", re.I)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_YEAR_FIRST = re.compile(r"((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)[\s,.:]+(?=\S)")


def meta_copyrights(page: NoticePage) -> Iterator[Notice]:
    """The holders the page's metadata states, each as a copyright notice of the page."""
    vocab, registry = page.vocab, page.packs.registry
    doc = page.doc
    own_jsonld_holder = any(doc.meta(key) for key in _OWN_JSONLD_HOLDERS)
    for item in doc.metadata:
        stated = item.key in _HOLDER_META or (item.key in _RIGHTS_META and _COPYRIGHT_SIGN.search(item.value))
        if not stated or _URL.match(item.value):
            continue
        if item.key == "jsonld:site:copyrightholder" and own_jsonld_holder:
            continue  # the article's own holder, not the site's default
        holder = clean_holder(item.value, vocab)
        # "© 2021 Example Ltd. All rights reserved." as the tag's content: the year before the
        # name is the line's, as on the page, not part of the name ("1854 Media" alone keeps it).
        year = _YEAR_FIRST.match(holder) if _COPYRIGHT_SIGN.search(item.value) else None
        if year:
            holder = holder[year.end() :]
        else:
            year = _YEAR_AT_END.search(holder)
            if year:
                holder = holder[: year.start()].rstrip(" ,.-–")
        if not holder or (vocab.not_holders and vocab.not_holders.match(holder)):
            continue
        if vocab.software_holders and vocab.software_holders.fullmatch(holder):
            continue  # a CMS's default in the tag ("WordPress"), not the page's holder
        known = registry.lookup(holder)
        yield Notice(
            "copyright", item.value, Evidence(item.value, item.line, item.where), family="copyright-meta",
            holder=known.name if known else holder, year=year.group(1) if year else _jsonld_year(doc, item.key), scope="page",
        )


_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d\d)\s*$")


def _jsonld_year(doc: Document, holder_key: str) -> str | None:
    """The copyrightYear stated beside a JSON-LD holder, by the same kind of node (the
    article's, the page's, the site's): "copyrightYear": 2021 as the notice's year."""
    if not holder_key.startswith("jsonld:") or not holder_key.endswith("copyrightholder"):
        return None
    for item in doc.meta(holder_key.removesuffix("copyrightholder") + "copyrightyear"):
        year = _YEAR_ONLY.match(item.value)
        if year:
            return year.group(1)
    return None


def _is_copyright_line(anchor: str, text: str, start: int, year: str | None, holder: str, agency: bool = False) -> bool:
    """A '©' is a notice; the word 'copyright' only with a year or as a line's own notice;
    '(c)' not as the third item of a list, and before a name (or an agency's lower-case mark)."""
    if anchor.startswith("(c)"):
        if text[max(0, start - 3) : start].isdigit():
            return False  # "501(c)(3)", a tax status
        return not _ENUMERATION.search(text, max(0, start - 300), start) and bool(year or capital_like(holder) or agency)
    if anchor.startswith(("copyright", "copyleft")):
        if year:
            return True
        own_line = start == 0 or text[:start].rstrip().endswith(("|", "•", "·"))
        return own_line and bool(holder) and (capital_like(holder) or "." in holder) and len(holder.split()) <= 8
    return bool(year or holder)
