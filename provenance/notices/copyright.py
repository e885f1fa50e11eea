"""Copyright lines and image credits, and the holder each names."""

from __future__ import annotations

import re

from ..model import Evidence, Line, Notice
from ..packs import NoticeVocab, PatternSpec
from .page import NoticePage, credits_image

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


def read_copyright(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int) -> Notice | None:
    """A copyright line ("© 2022 Bloomberg L.P. All Rights Reserved") or an image credit,
    with its holder cleaned of what runs on after the name."""
    vocab = page.vocab
    groups = {k: v for k, v in m.groupdict().items() if v}
    anchor = line.text[start : start + 10].lower()
    year = groups.get("year")
    holder = _clean_holder(groups.get("holder", ""), vocab)
    if holder and not year:
        found = _YEAR_AT_END.search(holder)
        if found:
            year, holder = found.group(1), holder[: found.start()].rstrip(" ,.-–")
    if not holder and year and spec.family != "image-credit":
        # "Deutschlandradio © 2009-2020": the name stands before the sign.
        name = _clean_holder(line.text[max(0, start - 80) : start].split("|")[-1], vocab)
        holder = name if 0 < len(name.split()) <= 5 else ""
    credit = spec.family == "image-credit"
    if not year and not credit:
        before = _YEAR_BEFORE.search(line.text, max(0, start - 15), start)
        year = before.group(1) if before else None  # "2018 © Example"
    if not credit and not _is_copyright_line(anchor, line.text, start, year, holder):
        return None
    if credit and (not holder or len(holder.split()) > 10):
        return None
    image = credit or credits_image(line.text, start, start + len(m.group(0)), vocab)
    if not image and not year and not RIGHTS_RESERVED.search(line.text):
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
    if holder:
        registry = page.packs.registry
        known = registry.lookup(holder) or registry.lookup(re.sub(r"^the\s+", "", holder, flags=re.I))
        holder = known.name if known else holder
    return Notice(
        "copyright", line.text, Evidence(line.text, line.number), family=spec.family,
        holder=holder or None, year=year, scope="image" if image else "page",
    )


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
