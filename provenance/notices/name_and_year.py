"""The holder and the year a copyright line names, wherever the line puts them: after the
sign (cleaned by holder.clean_holder of what runs on after the name), before it
("Deutschlandradio © 2009-2020"), in the footer's next elements ("Copyright ©" /
"2003–2021" / "Example s.r.o."), behind a label saying the sign covers a picture or the
text ("© Bild: …", "Text © Jane Roe"); the year after the name, behind a second sign, or
in a script's own digits. copyright.read_copyright reads this first, then what the line
covers."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from ..model import Line
from ..packs import NoticeVocab, PatternSpec
from .holder import EASTERN_YEARS, FIELD_LABEL, capital_like, clean_holder, theme_credit
from .not_holders import LABEL_REACH, links_only, page_tagline, product_mark
from .page import NoticePage

_WORDS_BEFORE_YEAR = 3
# A date after the name: "©KOF ETH Zürich, 21. Jan. 2015" is the line's year.
_DATE_AFTER_NAME = re.compile(r"\s*,\s*[^,\n]{0,20}?\b((?:19|20)\d\d)\b\.?\s*$")
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
YEAR_AT_END = re.compile(r"[\s,]+((?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?)$")
# The year after the name, behind a second sign: "Copyright by Example Skijumping © 2022".
_SIGN_YEAR = re.compile(r"(?:©|\(c\))\s*((?:19|20)\d\d)", re.I)
_LABEL_BEFORE_SIGN = re.compile(r",\s*[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*$")  # ", map data" before a second sign
_SEPARATOR_FIRST = re.compile(r"\s*[|·•]")
_FIELD_LABEL = re.compile(FIELD_LABEL)
_SEPARATOR_OPENS = re.compile(r"\s*(?:[|·•]|[-–—]\s)")  # a spaced dash too: "© 2021 – Nachrichten aus der Region"
_SIGN = r"©\ufe0f?|ⓒ|\([cс]\)"  # the copyright sign as footers write it, "(c)" in Latin or Cyrillic
_ONLY_SIGNS = re.compile(rf"(?:{_SIGN}|copyright|\s)*$", re.I)  # the sign ends its line: "Example Kiadó Kft. ©"


class HolderAndYear(NamedTuple):
    """What a copyright line says of its holder and year, before what it covers is read."""

    holder: str  # "" where the line names no one
    year: str | None
    credit: bool  # an image credit's pattern, or a picture's label before the name ("© Bild: …")
    for_text: bool  # a label says the sign covers the article's text ("Text © Jane Roe")
    named_before: bool  # no year, and the name stands before a sign that ends a footer's line


def read_holder_and_year(
    page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int, anchor: str, index: int
) -> HolderAndYear | None:
    """The holder and the year of the line whose sign `m` matched, at line.text[start:] (the
    line the document's `index`-th; `anchor` its first characters, lower-cased). None where
    the sign is no notice: a product's mark, or the word in a phrase about copyright."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    raw = groups.get("holder", "")
    year = groups.get("year") or _script_year(raw)
    after = _holder_after_sign(page, spec, line, start, anchor, raw, year)
    if after is None:
        return None
    holder, labelled, for_text = after
    if holder and not year:
        found = _year_after_name(raw, holder, anchor, page.vocab)
        if found is None:
            return None
        holder, year = found
    holder, year, named_before = _name_elsewhere(page, spec, m, line, start, index, holder, year)
    credit = spec.family == "image-credit" or labelled
    if not year and not credit:
        year = _year_before_sign(line.text, start)
    return HolderAndYear(holder, year, credit, for_text, named_before)


def _holder_after_sign(
    page: NoticePage, spec: PatternSpec, line: Line, start: int, anchor: str, raw: str, year: str | None
) -> tuple[str, bool, bool] | None:
    """The name the pattern read after the sign (`raw`), cleaned, and whether a picture's or
    the text's label leads it: (holder, labelled, for_text). "" where what follows the sign
    names no one; None for a product's mark in running text."""
    vocab = page.vocab
    holder = clean_holder(raw, vocab, licence_first=spec.family != "image-credit")
    if holder and links_only(holder, page):
        holder = ""  # "© 2009–2021 | Home | Contact": the footer's links after a nameless sign
    if holder and _SEPARATOR_OPENS.match(raw) and (page_tagline(holder, page) or _FIELD_LABEL.match(holder)):
        # "© 2021 · Independent journalism from the valley": a nameless sign, then the site's tagline;
        # "© 2024 · Inhaber: Max Mustermann", "© 2024 — Editor: Jane Roe": then another of the footer's fields.
        holder = ""
    if holder and product_mark(line.text, start, anchor, holder, page):
        return None
    if year and spec.family != "image-credit" and _SEPARATOR_FIRST.match(raw):
        # "Example Times © 2021 | © Photos: Jane Doe": the name before the sign and its year is
        # the notice; what follows the separator is another item of the footer.
        name_before = clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], vocab)
        words = name_before.split()
        chrome = all(w.lower() in page.packs.chrome_words for w in words)  # "Home © 2021 | …"
        holder = name_before if 0 < len(words) <= 5 and capital_like(name_before) and not chrome else holder
    if holder:
        holder = _without_site_after_dash(holder, page)
    labelled = vocab.image_labels.match(holder) if vocab.image_labels and holder else None
    if labelled:
        holder = holder[labelled.end() :].strip(" :")  # "© Bild: WERK/Christian Houdek": a picture's credit
    holder, for_text = _text_labelled(line.text, start, holder, vocab) if spec.family != "image-credit" else (holder, False)
    trailing = YEAR_AT_END.search(holder) if holder and year else None
    forms = vocab.holder_forms
    if trailing is not None and forms is not None and forms.legal_form_at_end.search(holder, 0, trailing.start()):
        # "© 2021 Example Verlag GmbH & Co. KG 2021": the year once; "Munich 2022" keeps its own.
        holder = holder[: trailing.start()]
    return holder, labelled is not None, for_text


_DASH_BETWEEN = re.compile(r"\s+[-–—]\s+")


def _without_site_after_dash(holder: str, page: NoticePage) -> str:
    """"Jane Roe - Riverside Daily" -> "Jane Roe": the site's own name after a spaced dash
    closes the line and is not the holder's (the holder before it names itself)."""
    parts = _DASH_BETWEEN.split(holder)
    if len(parts) == 2 and capital_like(parts[0]) and page.names_the_site(parts[1], exactly=True) and not page.names_the_site(parts[0]):
        return parts[0]
    return holder


def _year_after_name(raw: str, holder: str, anchor: str, vocab: NoticeVocab) -> tuple[str, str | None] | None:
    """The holder and the year of a line with no year before the name: at the name's end, behind
    a second sign, a date after a comma, or the year the holder was founded ("© Example Times
    since 1887", which the cleaning took off the name). None where the sign's word is in a phrase
    about copyright, not a notice."""
    founded = vocab.holder_forms.founded_year if vocab.holder_forms else None
    found = (
        YEAR_AT_END.search(holder) or _SIGN_YEAR.search(raw) or _DATE_AFTER_NAME.search(raw) or (founded.search(raw) if founded else None)
    )
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
        return (holder[: found.start()].rstrip(" ,.-–") if found.re is YEAR_AT_END else holder), found.group(1)
    return holder, None


def _name_elsewhere(
    page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int, index: int, holder: str, year: str | None
) -> tuple[str, str | None, bool]:
    """A nameless sign's holder where the footer sets it, and its year: (holder, year,
    named_before). An image credit's name is only ever after its sign."""
    if holder or spec.family == "image-credit":
        return holder, year, False
    # "Deutschlandradio © 2009-2020", or a footer's "Example Kiadó Kft. ©": the name stands before the sign.
    sign_ends_footer = line.zone == "footer" and _ONLY_SIGNS.match(line.text, start) is not None
    named_before = False
    if year or sign_ends_footer:
        segments = line.text[max(0, start - 80) : start].split("|")
        name = clean_holder(segments[-1], page.vocab)
        if not name and len(segments) > 1 and theme_credit(segments[-1]):
            # "Example News | Theme: Astra © 2021": the theme's credit stands between the name and the sign.
            name = clean_holder(segments[-2], page.vocab)
            if all(w.lower() in page.packs.chrome_words for w in name.split()) or not capital_like(name):
                name = ""  # "Home | Theme: Astra © 2021"
        holder = name if 0 < len(name.split()) <= 5 else ""
        named_before = bool(holder) and not year
    if not holder and year and line.text.strip() == m.group(0).strip():
        holder = _next_element_holder(page, m.start())  # "Copyright © 2000-2022" / "Bergportal GmbH"
    if not holder and not year and _ONLY_SIGNS.fullmatch(line.text):
        year, holder = _year_then_name(page, index)  # "Copyright ©" / "2003–2021" / "Example s.r.o.", each its own element
    return holder, year, named_before


def _year_before_sign(text: str, start: int) -> str | None:
    before = _YEAR_BEFORE.search(text, max(0, start - 15), start)
    # "2018 © Example" at the start of a line or a footer's segment; "… Paris - 16 mars
    # 2019 © E.B" ends a caption, and its year is the picture's date.
    if before and len(re.split(r"[|•·]", text[: before.start()])[-1].split()) <= _WORDS_BEFORE_YEAR:
        return before.group(1)
    return None


def _script_year(raw: str) -> str | None:
    """A year written in a script's own digits before the name ("© ২০২১ দৈনিক বন্দর", "© ۱۴۰۰ …"),
    in ASCII digits: the line carries a year, as one in Latin digits does."""
    found = EASTERN_YEARS.match(raw.lstrip(" :,.-–"))
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in found.group(1)) if found else None


_SIGN_IN_LINE = re.compile(_SIGN, re.I)
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


def _next_element_holder(page: NoticePage, offset: int) -> str:
    """The holder on the line after a nameless sign and year, as a footer's next element
    gives it: a short name, capitalised, that is not site chrome."""
    doc = page.doc
    index = bisect_right(doc.starts, offset) - 1
    if index + 1 >= len(doc.lines) or doc.lines[index + 1].zone != doc.lines[index].zone:
        return ""
    following = doc.lines[index + 1].text
    if _SIGN_IN_LINE.search(following):
        return ""  # "Map data © OpenStreetMap contributors", "Photos: © Jane Roe": a notice of its own, with its own name
    name = clean_holder(following, page.vocab)
    words = name.split()
    if not 0 < len(words) <= 6 or not capital_like(name) or all(w.lower() in page.packs.chrome_words for w in words):
        return ""
    if page_tagline(name, page):
        return ""  # "© 2021" / "News you can trust": the site's tagline, not its name
    return name


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
