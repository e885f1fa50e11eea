"""Whether a copyright line the page would take as its own is another work's, which the
text mentions: a sound recording's ("℗ & © 2021 Example Records"), a notice quoted in a
sentence, one in brackets after a title, after a book's or an adapted source's details, or
in the middle of a sentence of the text's prose, or behind a label naming whose items on the
site it covers ("Associated Press articles: Copyright © …"). copyright.read_copyright asks
this of a line that names a holder and reads as the page's; such a line's scope is "mention"."""

from __future__ import annotations

import re

from ..model import Line
from ..words import PARAGRAPH_WORDS, word_count
from .holder import LETTER
from .page import NoticePage


def mentioned(line: Line, start: int, page: NoticePage) -> bool:
    """Whether the notice at line.text[start:] is another work's, as the text mentions it."""
    recording = _PHONOGRAM.search(line.text, max(0, start - _PHONOGRAM_REACH), start + _PHONOGRAM_REACH) is not None
    return recording or _quoted(line.text, start) or _carried_items(line.text, start, page) or _another_works(line, start, page)


_ITEMS_REACH = 60  # characters before a sign: a publisher's name, a kind of item and a colon


def _carried_items(text: str, start: int, page: NoticePage) -> bool:
    """A notice behind a label naming a publisher the registry knows and a kind of item
    (vocab.carried_items): "Associated Press articles: Copyright © 2015 The Associated Press"
    in a site's footer covers the agency's items the site carries, wherever they are, and says
    nothing of whose this page's text is (its byline or dateline says that)."""
    items, lo = page.vocab.carried_items, max(0, start - _ITEMS_REACH)
    found = items.search(text, lo, start) if items is not None and ":" in text[lo:start] else None
    return found is not None and page.packs.registry.lookup(found["name"].strip()) is not None


# The sound recording copyright sign beside the ©: "℗ & © 2021 Example Records Ltd" under a
# tracklist is a record's notice, never a page's text's.
_PHONOGRAM = re.compile(r"℗|\(p\)(?=\s*(?:&|and|/|,|\(c\)|©|(?:19|20)\d\d))", re.I)
_PHONOGRAM_REACH = 8

# A quotation mark opening right before a sign, and the marks that close it.
_CLOSING_QUOTES = {"“": "”“", "„": "“”", "«": "»", "‹": "›", "「": "」", "『": "』", "‚": "‘’", "‘": "’", '"': '"', "»": "«"}


def _quoted(text: str, start: int) -> bool:
    """A notice quoted in a sentence: a quotation mark opens right before the sign and closes
    after it, and words stand outside the quotation ("The court heard that “© 1998 Example
    Pictures” appears in the credits", "The title screen reads “Copyright © 2019 …”"). A
    sentence quoting a notice describes another work's; a quoted name after the sign
    ("© 2021 „Hafenblatt“") is the notice's own."""
    before = text[:start].rstrip()
    closers = _CLOSING_QUOTES.get(before[-1:]) if before else None
    if not closers:
        return False
    end = next((i for i in range(start, len(text)) if text[i] in closers), None)
    return end is not None and bool(LETTER.search(before[:-1] + " " + text[end + 1 :]))


_QUOTING_REACH = 30  # characters before a sign: the verb, a colon and spaces
_PROSE_BEFORE = 3  # words of a sentence before a sign in it
_CITED_REACH = 200  # characters before a sign: a book's details, a source adapted
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:])\s+")


def _another_works(line: Line, start: int, page: NoticePage) -> bool:
    """A notice in the text that describes another work. Out of the footer, where the site's own
    line stands: in the text, in brackets within a line ("The last ferrymen (Lantern Weekly, © 2021
    Lantern Media)"); or after words on its line that make it another work's (vocab.other_work: "Adapted
    from …", a book's "352 pages", a product's "Box:"), or a verb saying what a thing reads just before
    it (vocab.quoting: "The tag on the box said: © 1998 Acme."). In a paragraph of the text's prose, a sign
    in the middle of a sentence that goes on after the name ("The cartoon, marked © 1928 Walden
    Pictures on its title card, entered the public domain"), unless the sentence says the notice
    is the page's ("This article is © 2021 …") or the text's credit ("Reprinted by permission of
    …, © 2019 …"). A site's description of itself ending with its line ("… on 97.3 FM since
    1998, © 2021 Quay Radio Ltd.") ends with the name."""
    if line.zone == "footer":
        return False
    text, vocab = line.text, page.vocab
    if line.zone == "body" and _bracketed(text, start):
        return True
    other = vocab.other_work
    if other is not None and other.search(text, max(0, start - _CITED_REACH), start):
        return True
    # "The tag on the box said: © 1998 Acme.": what a thing reads, quoted without quotation
    # marks; short lines too, where the prose test below does not look.
    quoting = vocab.quoting
    if quoting is not None and quoting.search(text, max(0, start - _QUOTING_REACH), start):
        return True
    if line.zone != "body" or word_count(text) < PARAGRAPH_WORDS:
        return False
    sentence = _SENTENCE_BREAK.split(text[:start])[-1]
    forms = vocab.holder_forms
    if len(sentence.split()) < _PROSE_BEFORE or not _goes_on(text, start, forms.name_joiners if forms else frozenset()):
        return False
    return not any(words is not None and words.search(sentence) for words in (vocab.page_statement, vocab.text_credits, vocab.text_labels))


_BY_WORDS = frozenset({"by", "von", "por", "par", "di", "door"})  # "© 2021 by Jane Roe": the name's own lead


def _goes_on(text: str, start: int, joiners: frozenset[str]) -> bool:
    """Whether the sentence goes on after the notice's name: a word in lower case that joins no
    name follows the sign in its sentence ("© 1928 Walden Pictures on its title card", "© 1954
    Ediciones Marea, una editorial que …"), where a notice's own sentence ends with the name."""
    after = _SENTENCE_BREAK.split(text[start:], maxsplit=1)[0].split()[1:]  # the sign's own word left out
    return any(w[:1].islower() and w.isalpha() and w not in joiners and w not in _BY_WORDS for w in after)


def _bracketed(text: str, start: int) -> bool:
    """A sign inside brackets opened after words on its line and closed after it."""
    opened = text.rfind("(", 0, start)
    return opened > 0 and ")" not in text[opened:start] and ")" in text[start:] and bool(LETTER.search(text, 0, opened))
