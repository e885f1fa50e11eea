"""Copyright lines and image credits, and the holder each names: read_copyright reads a
line a pack's copyright pattern matched, meta_copyrights the holders the page's metadata
states. Reading a line asks the package's other modules, one concern each: its holder and
year (name_and_year), whether that "holder" holds nothing of the page (not_holders), whether
the text mentions another work's notice (mentions), and where the line stands against the
text (scope). What is left here is the order of those questions and what each answer makes
of the line: no notice, or one of a picture, a widget, another work, or the page."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..model import Document, Evidence, Line, Notice
from ..packs import PatternSpec
from .holder import capital_like, clean_holder
from .mentions import mentioned
from .name_and_year import YEAR_AT_END, HolderAndYear, read_holder_and_year
from .not_holders import after_provider_credit, after_service_label, credit_shape, design_credit, software_or_theme, sponsored_by
from .page import NoticePage, credits_image
from .scope import after_paragraph, article_line, closes_text, held_scope, in_teasers, text_goes_on, under_ad_label, within_text

_ENUMERATION = re.compile(r"\([ab]\)\s")
_YEAR_SPAN = re.compile(r"\d\s*[-–—]\s*(?:19|20)?\d\d")  # "1996 - 2022", "2019–21": a site's years, no picture's
# An author and a year in brackets, as a reference list writes them: in the text, a sign after
# one is the cited book's, not the page's.
_CITATION_BEFORE = re.compile(r"[^\W\d_]\.?,?\s+\((?:19|20)\d\d[a-z]?\)[.,:]?\s")


def read_copyright(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int) -> Notice | None:
    """A copyright line ("© 2022 Bloomberg L.P. All Rights Reserved") or an image credit,
    with its holder cleaned of what runs on after the name. Read in steps: its holder and year
    (name_and_year), whether it is a notice at all, then what it covers: a picture, a widget,
    another work the text mentions, or the page."""
    index = bisect_right(page.doc.starts, m.start()) - 1  # the line's place among the document's lines
    anchor = line.text[start : start + 10].lower()
    read = read_holder_and_year(page, spec, m, line, start, anchor, index)
    if read is None:
        return None
    holder, year, credit, for_text = read.holder, read.year, read.credit, read.for_text
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
    inside_text = within_text(page.doc, index)
    image = _image_credit(page, line, start, start + len(m.group(0)), index, read, agency_alone, inside_text)
    # A site's software, theme or analytics credit is chrome, as a sidebar widget is.
    scope = "widget" if _widget_credit(page, line, start, index, holder) else "image" if image else "page"
    if scope == "page" and holder:
        scope = "mention" if mentioned(line, start, page) else held_scope(page, line, start)
    if holder:
        holder = page.packs.registry.holder_name(holder)
    # The text's own credit with its sign, as the text's last line: "Extrait de « Le Port » de
    # Jeanne Roux, © Éditions du Quai, 2018." closes the excerpt as "© 2018 Jane Roe" would.
    own_credit = line.zone == "body" and page.vocab.text_credits is not None and page.vocab.text_credits.search(line.text, 0, start) is not None
    return Notice(
        "copyright", line.text, Evidence(line.text, line.number), family=spec.family,
        holder=holder or None, year=year, scope=scope,
        within_text=inside_text,
        closes_text=closes_text(page.doc, index, for_text or own_credit or article_line(line, start, anchor, page, holder), for_text),
        names_company=bool(holder) and page.vocab.holder_forms is not None and page.vocab.holder_forms.names_company(holder),
        zone=line.zone,
    )



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


def _image_credit(
    page: NoticePage, line: Line, start: int, end: int, index: int, read: HolderAndYear, agency_alone: bool, inside_text: bool
) -> bool:
    """Whether the sign at line.text[start:end] is a picture's credit, not the page's notice."""
    holder, year, for_text = read.holder, read.year, read.for_text
    vocab = page.vocab
    image = not for_text and (read.credit or credits_image(line.text, start, end, vocab))
    reserved = vocab.rights_reserved
    if not image and not year and not for_text and not (reserved and reserved.search(line.text)):
        # "The minister at the summit © Reuters", or "© Reuters" alone under a picture: a
        # caption's credit. The page's own notice sits in the footer or carries a year.
        prefix = line.text[:start].rstrip()
        stops = vocab.holder_stops  # "Impressum", "Privacy", "Choix de consentement": site chrome too
        words = [w for w in re.split(r"[\s|/·•»>]+", (stops.sub(" ", prefix) if stops else prefix).lower()) if w]
        chrome = all(w in page.packs.chrome_words for w in words)
        caption_before = bool(words) and not chrome and not prefix.endswith(("|", "•", "·", ":")) and not read.named_before
        image = line.zone in ("body", "header") or caption_before or credit_shape(holder, page) or text_goes_on(page.doc, index)
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
            not (year and _YEAR_SPAN.search(year)) and not (holder and page.names_the_site(holder)) and page.under_picture(line)
        )  # the picture walk last
    return image


def _widget_credit(page: NoticePage, line: Line, start: int, index: int, holder: str) -> bool:
    """Whether the sign at line.text[start:] is chrome's, as a sidebar widget's is, not the page's."""
    vocab = page.vocab
    chrome_credit = bool(holder) and (
        # A platform's own pages are its own: "© 2021 LinkedIn Corporation" on linkedin.com.
        (software_or_theme(holder, vocab) and not page.names_the_site(holder))
        or design_credit(line.text, start)
    )
    # Under an "Advertisement" or "Anzeige" label, the sign is the advertiser's; after a
    # provider's credit ("Delivered by Example Mail ©"), the provider's; in a list of other
    # sites' stories ("From around the web"), theirs.
    return chrome_credit or under_ad_label(page, index) or (
        bool(holder) and not page.names_the_site(holder)
        and (
            after_provider_credit(line.text, start, vocab) or after_service_label(line.text, start, vocab)
            or sponsored_by(page, index, holder) or in_teasers(page, index)
        )
    )


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
            holder = holder[year.end() :].lstrip(" ,.:-–—")  # "Copyright 2019 – Example e. V.": the dash joins year and name
        else:
            year = YEAR_AT_END.search(holder)
            if year:
                holder = holder[: year.start()].rstrip(" ,.-–")
        if not holder or (vocab.not_holders and vocab.not_holders.match(holder)):
            continue
        if vocab.software_holders and vocab.software_holders.fullmatch(holder.rstrip("!.™® ")):
            continue  # a CMS's default in the tag ("WordPress", "Joomla!", its mark kept), not the page's holder
        # The article's own node naming a news agency ("copyrightHolder": Reuters in a NewsArticle)
        # states the holder of this text, a wire copy, as a line closing the text would: it wins over
        # the site's footer line (rights._within_text). Another name there is the site's or its
        # group's as often as the text's, and the footer's visible line stays the holder.
        wire = item.key == "jsonld:copyrightholder" and registry.agency(holder) is not None
        yield Notice(
            "copyright", item.value, Evidence(item.value, item.line, item.where), family="copyright-meta",
            holder=registry.holder_name(holder), year=year.group(1) if year else _jsonld_year(doc, item.key), scope="page",
            closes_text=wire,
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
