"""The guards that turn a credit form's match away, or let a name through, by what it is
or where it stands: a testimonial, another item's source line, a site's footer, a "Related"
list, a sentence telling of another text, a statistic's or a picture's source, a source
line under a note a copy kept from its outlet."""

from __future__ import annotations

import re

from ..model import Attribution, Document
from ..notices.page import under_related
from ..packs import Packs, PatternSpec
from ..words import PARAGRAPH_WORDS
from .text_ends import after_text, mid_text, paragraph_line, word_count

_QUOTE_END = ("”", '"', "»", "“")  # how a quotation ends: a byline under one is a testimonial's
# The credit forms written as a sentence, which a story also writes about another text.
_SENTENCE_CREDITS = frozenset({"originally-published", "first-appeared"})
_SENTENCE_END = re.compile(r"[.!?]\s")


def turned_away(doc: Document, index: int, spec: PatternSpec, m: re.Match[str], packs: Packs) -> bool:
    """Whether a match of a credit form on the line at `index` credits something other than
    the page's text, by where it stands."""
    # "Name, Outlet" under a quotation is a testimonial ("... it just works." / Jane Doe, Forbes).
    if spec.kind == "byline" and index and doc.lines[index - 1].text.endswith(_QUOTE_END):
        return True
    if spec.kind == "source-label" and (
        mid_text(doc, index, packs.credit_vocab.apparatus, packs.credit_vocab.by, packs.end_headings) or under_related(doc, index, packs.related_headings)
    ):
        return True  # a source line between paragraphs or under a "Related" list is another item's (in a figure: below)
    if spec.kind == "syndicated-copyright" and doc.lines[index].zone == "footer" and doc.is_html:
        # A page's footer element is the site's ("© Its Parent Group" / "Distributed by …");
        # in plain text the closing lines are zoned footer by their shape alone.
        return True
    if spec.after_text and under_related(doc, index, packs.related_headings):
        return True  # a line of a "Related" list under the text credits another story
    return spec.kind in _SENTENCE_CREDITS and _about_another_text(doc, index, m, packs)


def _about_another_text(doc: Document, index: int, m: re.Match[str], packs: Packs) -> bool:
    """Whether a sentence credit tells of another text in the middle of the story: its sentence
    opens with another text's word ("The report was first published by Bloomberg on Tuesday,
    and …", "Her column, originally published by X, was shared …"), names nothing of this
    text before the outlet ("The article below …", "An earlier version of this story …"), and a
    paragraph of the text follows. A credit note for the page's text stands above or under it."""
    vocab = packs.credit_vocab
    if vocab.other_texts is None or "publisher" not in m.re.groupindex or m.start("publisher") < 0:
        return False
    text, at = doc.lines[index].text, m.start("publisher") - doc.starts[index]
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, at)), default=0)
    lead = text[start:at]
    if not vocab.other_texts.match(lead) or (vocab.this_text is not None and vocab.this_text.search(lead)):
        return False
    # A story's sentence runs on past the outlet; a note above the text is short: "The article
    # was originally published by X." over the story stays a credit.
    end = next((e.start() + 1 for e in _SENTENCE_END.finditer(text, at)), len(text))
    if word_count(text[start:end]) < PARAGRAPH_WORDS:
        return False
    return any(paragraph_line(doc.lines[i].text, vocab.apparatus) for i in range(index + 1, min(len(doc.lines), index + 4)))


def under_kept_note(doc: Document, index: int, credits: list[Attribution], packs: Packs) -> bool:
    """Whether a source line on the page's last line closes the text over the note a copy keeps
    from the outlet it credits: "Jane Roe is a reporter for X." / "Source: X". The short lines
    between name that outlet; other short lines ("Noch ein Satz.") are the text's own, and the
    source line under them credits nothing of the text."""
    names = [a.publisher_text.casefold() for a in credits if a.publisher_text]
    if index != len(doc.lines) - 1 or not names or not after_text(doc, index, packs.ad_labels, packs.credit_vocab.apparatus, reach=4, by=packs.credit_vocab.by):
        return False
    between = [doc.lines[i].text.casefold() for i in range(max(0, index - 2), index) if word_count(doc.lines[i].text) < PARAGRAPH_WORDS]
    return any(name in line for name in names for line in between)


def name_like(name: str | None, packs: Packs) -> bool:
    """A credited name, not a picture's or a statistic's source: a few words, capitalised,
    no media word ("Foto", "Grafik")."""
    media = packs.credit_vocab.media
    words = name.split() if name else []
    if not words or len(words) > 8 or (media and media.search(name)) or data_source(name, packs):  # type: ignore[arg-type]
        return False
    # "TSV Bayer Dormagen", "Kapo BE"; not "National Statistics Office, regional housing survey".
    # A parent in brackets is part of the name: "House of Clio (Sony Music)".
    bare = [b for b in (w.strip("()[]„“”\"'‘’") for w in words) if b]
    # A title in sentence case, as Cyrillic writes every name ("Северная пресса") and French or
    # Czech a newspaper's ("Le Courrier picard", "Lidové noviny"): the lower-case words are
    # the name's where it is Cyrillic or holds a newspaper title's word ("Company reports" none).
    outlets = packs.credit_vocab.outlet_words
    sentence_case = bool(bare) and bare[0][:1].isupper() and (_CYRILLIC.match(bare[0]) is not None or bool(outlets and name and outlets.search(name)))
    return all(_name_word(w, sentence_case) for w in bare)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A legal form's letters, dotted: "e.V.", "Sp. z o.o.", "s.r.o.", "a.s.".
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]{1,2}\.){2,4}")


def _name_word(word: str, sentence_case: bool) -> bool:
    """Whether a word may stand in a credited name: capitalised, or with a capital inside it (a
    legal form or a brand written lower case first: "gGmbH", "eBay"), a short joining word
    ("de", "für", "mbH"), a sign joining names ("&", "+"), a legal form's dotted letters, or in
    a sentence-case title any word."""
    return (
        any(c.isupper() for c in word)
        or (len(word) <= 3 and word.isalpha())
        or not any(c.isalnum() for c in word)
        or _DOTTED_LETTERS.fullmatch(word) is not None
        or (sentence_case and word.isalpha())
    )


def data_source(name: str, packs: Packs) -> bool:
    """Whether a source line names a statistic's source (rules/attribution.toml): one of
    data_sources alone, perhaps with its year or its table after it ("Eurostat", "INE,
    2021"), or a name holding one of data_words ("Statistisches Bundesamt", "Census Bureau")."""
    vocab = packs.credit_vocab
    if vocab.data_words is not None and vocab.data_words.search(name):
        return True
    return vocab.data_sources is not None and vocab.data_sources.fullmatch(_DATA_SOURCE_TAIL.split(name, 1)[0].strip()) is not None


_DATA_SOURCE_TAIL = re.compile(r"[,;(]")
