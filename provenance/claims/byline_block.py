"""The article's byline, read in the block of lines around its headline: a byline on one
line, broken over two, a name over its agency, one part of a line, or "Jane Doe / CNN"
under the headline; never a picture's credit by it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from ..dates import CenturyHint
from ..model import Document
from ..notices.page import NoticePage, under_related
from ..packs import Packs
from .bylines import Byline, outlet_under, parse_byline, slash_byline, writer_with_affiliation
from .headline import Headline
from .text_ends import PARAGRAPH_WORDS, TextEnds, word_count

_SENTENCE_WORDS = 8  # a lead's sentence, longer than a byline ending in a stop ("By Jane Doe, Staff Writer.")


def block_bylines(page: NoticePage, headline: Headline, ends: TextEnds) -> list[tuple[int, Byline]]:
    """The article's byline, read in the lines around its headline: the first line that is
    one (lines further down belong to a teaser list's other stories). A byline broken
    over two lines ("By ANDREW DALTON" / "AP Entertainment Writer") is read as one, and
    so is a name over its agency ("Jane Doe" / "Reuters"). A picture's caption by the
    headline credits the picture."""
    doc, packs, hint = page.doc, page.packs, page.hint
    lines = doc.lines
    block = _byline_block(doc, headline)
    by = packs.credit_vocab.by
    starts_by = by.match if by else (lambda text: None)
    titles = set(headline.occurrences()) if doc.is_html else set()
    for index in block:
        text = lines[index].text
        # "Jane Doe The Associated Press": a name and an agency in two elements right under the headline.
        byline = parse_byline(text, packs, hint, under_headline=any(0 < index - at <= _NAME_UNDER_TITLE for at in titles))
        # Only right under the headline: elsewhere a short capitalised line over "Reuters" is a
        # teaser's headline or a section's name, not a writer.
        if byline is None and any(0 < index - at <= _NAME_UNDER_TITLE for at in titles) and index + 1 < len(lines):
            over = _name_over_agency(text, lines[index + 1].text, packs, hint)
            if over is not None and not page.in_caption(lines[index + 1]):
                return [(index + 1, over)]
            signed = _columnist(page, index, text, ends)
            if signed is not None:
                return [(index, signed)]
        following = lines[index + 1].text if index + 1 < len(lines) and starts_by(text) else ""
        # Not over a picture's credit: "By Jane Doe" over a caption's "John Roe / Reuters" is her byline alone.
        # The picture asked about last: it walks the tree for the page's captions, and most
        # lines are turned away before (the same answers in any order).
        # Not over a byline of its own ("von Jane Doe" over "By John Roe, Associated Press"): two writers' lines, not one broken.
        if following and len(text) + len(following) < 120 and (byline is None or not byline.agencies) and not starts_by(following):
            joined = parse_byline(f"{text}, {following}", packs, hint)
            if joined is not None and joined.agencies and not _by_picture(page, index + 1):
                return [(index, joined)]
            # "By Jane Doe" over "The Washington Post": the outlet she wrote for, on a line of its own.
            outlet = outlet_under(byline, following, packs) if byline is not None and byline.authors else None
            if outlet is not None and not _by_picture(page, index + 1):
                return [(index + 1, outlet)]
        if byline is None:
            # "yas! | By Cara Stiles | April 13, 2020": the byline is one part of the line.
            parts = (parse_byline(part, packs, hint) for part in text.split(" | ")[1:] if starts_by(part))
            byline = next((b for b in parts if b is not None), None)
        if byline is None and "/" in text and _under_headline(doc, index, titles):
            # "Jane Doe / CNN" under the headline is the text's byline; the same shape in a
            # caption or by a photo label credits a picture (parse_byline turns it away).
            slashed = slash_byline(text, packs, hint)
            if slashed is not None and not _by_picture(page, index) and not under_related(doc, index, packs.related_headings):
                byline = slashed
        if byline is not None and not (byline.agencies and page.in_caption(lines[index])):
            return [(index, byline)]
        if starts_by(text) and len(text) < 80 and not _sentence(text):
            # "By Jane Doe, University of Example": the writer, and where she works.
            writer = writer_with_affiliation(text, packs, hint)
            if writer is not None and not page.in_caption(lines[index]):
                return [(index, writer)]
            # "By JERUSALEM POST STAFF", "By NEWSROOM": the article's byline names no one we read, a
            # desk's or a site's account that posts wire copy too; an agency's byline may still stand over the text.
            break
    return _agency_over_text(page, headline)


_OVER_TEXT = 2  # lines: an agency's byline right over the text's first paragraph


def _agency_over_text(page: NoticePage, headline: Headline) -> list[tuple[int, Byline]]:
    """An agency's byline on a line of its own right over the text's first paragraph ("Par
    l'AFP", "Associated Press", "Jane Doe, AP Science Writer"), where share buttons, a lead
    picture and its caption stand between the headline and the text, or no headline is found.
    Only an agency's: a name alone there may be anything. Not a picture's credit ("REUTERS/Jane
    Doe" under the lead picture, a line in or by a caption), and not under a "Related" list."""
    doc, packs = page.doc, page.packs
    lines = doc.lines
    top = min(headline.occurrences(), default=-1)
    first = next((i for i in range(top + 1, len(lines)) if lines[i].zone == "body" and word_count(lines[i].text) >= PARAGRAPH_WORDS), None)
    if first is None:
        return []
    for index in range(first - 1, max(top, first - 1 - _OVER_TEXT), -1):
        text = lines[index].text
        if len(text) > 60 or "/" in text or lines[index].zone not in ("body", "header"):
            continue
        byline = parse_byline(text, packs, page.hint)
        if byline is not None and byline.agencies and not _by_picture(page, index) and not under_related(doc, index, packs.related_headings):
            return [(index, byline)]
    return []


def _sentence(text: str) -> bool:
    """Whether a line opening with a byline's word is a sentence of the lead under the headline, not a
    byline: "Von Montag an legen wieder Schiffe an, teilte die Behörde mit.", "Par ailleurs, le port …"."""
    return word_count(text) >= _SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?", "…"))


def _under_headline(doc: Document, index: int, titles: set[int]) -> bool:
    """Whether a line stands below the headline in its byline block, before the text. HTML
    only: in plain text nothing tells a caption's credit under the headline ("Jane Doe/AP"
    over a lead picture) from a byline."""
    if not doc.is_html:
        return False
    lines = doc.lines
    above = [at for at in titles if 0 < index - at <= _BYLINE_BELOW]
    # Before the text: a standfirst may stand between headline and byline, but under two
    # paragraphs the line belongs to what follows the text (a teaser list, a related story).
    return any(sum(word_count(lines[i].text) >= PARAGRAPH_WORDS for i in range(at + 1, index)) < 2 for at in above)


def _by_picture(page: NoticePage, index: int) -> bool:
    """Whether a line belongs to a picture: in a caption, right under one (its credit, set
    apart from the caption's text), or beside a short photo label ("Photo:" / "Jane Doe /
    Reuters"). A caption under the line is the next element's: bylines stand over pictures."""
    doc, packs = page.doc, page.packs
    lines = doc.lines
    if page.in_caption(lines[index]) or (index > 0 and page.in_caption(lines[index - 1])):
        return True
    labels, media = packs.notice_vocab.image_labels, packs.credit_vocab.media
    for near in (index - 1, index + 1):
        if 0 <= near < len(lines) and word_count(text := lines[near].text) < PARAGRAPH_WORDS:
            if (labels and labels.search(text)) or (media and media.search(text)):
                return True
    return False


_NAME_LINE_WORDS = 4  # "Jane Doe", "Pieter van der Berg": a name alone on its line is short
_NAME_UNDER_TITLE = 2  # lines: the byline under the headline, perhaps after a standfirst or a date


def _name_over_agency(text: str, below: str, packs: Packs, hint: CenturyHint) -> Byline | None:
    """A byline whose name and agency stand on two lines ("Jane Doe" / "Reuters", the agency
    as the writer's role line, or "Jane Doe" / "The Washington Post"): the agency's or the
    outlet's, with the name as its author. Only a line that is nothing but a short name (no
    date, no sentence) over a line that is only an agency or a news outlet's name."""
    if len(text.split()) > _NAME_LINE_WORDS or any(c.isdigit() for c in text):
        return None
    named = parse_byline(text, packs, hint, names_alone=True)
    if named is None or named.agencies or len(named.authors) != 1 or named.place:
        return None
    outlet = outlet_under(named, below, packs)
    if outlet is not None:
        return outlet  # "Jane Doe" / "The Washington Post"
    signed = parse_byline(below, packs, hint)
    if signed is None or not signed.agencies or signed.authors:
        return None
    return Byline(signed.agencies, named.authors, signed.place, signed.date)


def _columnist(page: NoticePage, index: int, text: str, ends: TextEnds) -> Byline | None:
    """A columnist's byline, her name alone under the headline ("Jane Doe"), told from a
    kicker or a standfirst by her tagline under the text, which opens with the same name:
    "Jane Doe's email address is …", "Jane Doe, a former minister, is professor of …",
    "Jane Doe is a columnist for …"."""
    doc, packs = page.doc, page.packs
    if len(text.split()) > _NAME_LINE_WORDS or any(c.isdigit() for c in text):
        return None
    named = parse_byline(text, packs, page.hint, names_alone=True)
    if named is None or named.agencies or len(named.authors) != 1 or named.place or named.date:
        return None
    name = " ".join(text.split()).strip(" .")
    if len(name.split()) < 2 or packs.registry.lookup(name):
        return None
    tagline = re.compile(re.escape(name) + r"(?:['’]s\s|,\s|\s(?:is|was|writes|teaches|has been)\s|\s\()", re.I)
    closing = (i for i in (*ends.closing(), *ends.after()) if i > index + 1)
    if any(tagline.match(doc.lines[i].text.lstrip()) for i in closing):
        return Byline((), named.authors, None, None)
    return None


# The lines around the headline where a byline stands: a few above it (a kicker, an
# author box placed first), more below (the date, the author, a picture's caption).
_BYLINE_ABOVE, _BYLINE_BELOW = 3, 10
_PLAIN_TEXT_BODY_LINES = 3  # in plain text: the header, and the first lines of the body


def _byline_block(doc: Document, headline: Headline) -> Iterable[int]:
    if doc.is_html:
        # Around each line that is the headline, the first first: one in a sticky bar, then the article's.
        blocks = (range(max(0, at - _BYLINE_ABOVE), min(len(doc.lines), at + _BYLINE_BELOW + 1)) for at in headline.occurrences())
        return dict.fromkeys(chain.from_iterable(blocks))
    first_body = next((i for i, line in enumerate(doc.lines) if line.zone == "body"), len(doc.lines))
    return range(0, min(len(doc.lines), first_body + _PLAIN_TEXT_BODY_LINES))
