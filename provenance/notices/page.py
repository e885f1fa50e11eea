"""One document as the notice readers see it, and the question they all ask: is this an
image's credit rather than the page's own notice?"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..dates import CenturyHint
from ..markup import ENCLOSURE_KINDS, PICTURE_LINES
from ..model import Document, Line
from ..packs import NoticeVocab, Packs
from ..registry import fold, host_labels, url_host
from ..words import PARAGRAPH_WORDS, word_count

T = TypeVar("T")


@dataclass


class NoticePage:
    """The document, the packs, and the page's figure captions (read from the tree on
    first use: most pages never need them)."""

    doc: Document
    packs: Packs
    hint: CenturyHint
    _captions: str | None = None
    _pictures: str | None = None  # the short blocks around the content pictures, read as the captions are
    # Each enclosure kind's pieces of text, joined by line breaks, and the pieces (read from
    # the tree on first use, as the captions are).
    _enclosures: dict[str, tuple[str, list[str]]] | None = None
    _prose_outside_code: bool | None = None
    # What the readers work out about a whole line, kept: a line may hold thousands of
    # matches ("CC BY " repeated), and reading the line again for each was quadratic.
    # Keyed by the line's text and zone, all that the facts depend on: a key holding the
    # Line would hash its number, and place (html_lexbor.py) every line up to it.
    _per_line: dict[tuple[str, str, str], Any] = field(default_factory=dict)

    @property
    def vocab(self) -> NoticeVocab:
        return self.packs.notice_vocab

    def names_the_site(self, name: str, exactly: bool = False) -> bool:
        """Whether `name` is the page's own site: its metadata's site name, or its address's
        own label ("huettenhilfe.de" on lexikon.huettenhilfe.de, "Example Federation" for
        og:site_name "Example Federation", "EX Example Federation" on ex.example). `exactly`:
        the site's name and nothing more ("Wildundhund" on wildundhund.de), case and spacing aside."""
        folded = fold(name)
        if len(folded) < 3:
            return False
        for key in ("og:site_name", "application-name", "jsonld:publisher"):
            for item in self.doc.meta(key):
                own = fold(item.value)
                if own and (own == folded if exactly else own in folded):
                    return True
        address = self.doc.source.url or next((m.value for m in self.doc.meta("link:canonical")), None)
        labels = host_labels(url_host(address))
        if not labels:
            return False
        return labels[0] == folded if exactly else (len(labels[0]) >= 3 and labels[0] in folded) or folded in labels

    def per_line(self, what: str, line: Line, compute: Callable[[], T]) -> T:
        """`compute()`, a fact about the whole of `line` (its text and zone), worked out
        once per line."""
        key = (what, line.text, line.zone)
        if key not in self._per_line:
            self._per_line[key] = compute()
        return self._per_line[key]

    def image_credit(self, line: Line, start: int, end: int) -> bool:
        """Whether a notice or licence at line.text[start:end] credits an image, not the page."""
        labels = self.vocab.image_labels
        # An image label before the match: the line's first label, looked for once.
        first = self.per_line("image-label", line, lambda: labels.search(line.text) if labels else None)
        if first is not None and first.end() <= start:
            return True
        if credits_image(line.text, start, end, self.vocab, labels_before=False):
            return True
        return line.zone != "footer" and self.per_line("in-caption", line, lambda: self.in_caption(line))

    def in_caption(self, line: Line) -> bool:
        if self.doc.tree is None:
            return False
        if self._captions is None:
            # Each caption's lines as the text has them: its blocks joined with nothing between
            # ("…the harbour" + "Photo: Jane Roe") hid a credit behind the word before it.
            self._captions = "\n".join("\n".join(pieces)[:2000] for pieces in self.doc.tree.captions())
        return _holds_words(self._captions, line.text)

    def under_picture(self, line: Line) -> bool:
        """Whether a line is the text of a content picture that no caption element holds: a
        short block wrapping it or right after it (model.Markup.picture_credits)."""
        if self.doc.tree is None:
            return False
        if self._pictures is None:
            self._pictures = "\n".join("\n".join(pieces[:PICTURE_LINES])[:2000] for pieces in self.doc.tree.picture_credits())
        return _holds_words(self._pictures, line.text)

    def enclosure(self, line: Line, start: int) -> str | None:
        """What element holds the text at line.text[start:], of markup.ENCLOSURE_KINDS: the
        whole line inside one ("<pre>…</pre>", a comment's paragraph), or one inside the line
        over that place ("For a company: <code>© 2021 …</code>"). None where none does, and
        for code where the page's whole text is code (a plain text served in a <pre>)."""
        enclosures = self._read_enclosures()
        text = line.text
        anchor = text[start : start + 3]
        for kind in ENCLOSURE_KINDS:
            joined, pieces = enclosures.get(kind, ("", []))
            if not pieces:
                continue
            # An element inside the line holds the notice where it holds the sign and what
            # follows it, not the sign alone ("<code>©</code> 2021 Example Times").
            held = _holds_words(joined, text) or any(
                at <= start and at + len(piece) >= min(len(text), start + _NOTICE_REACH)
                for piece in pieces
                if len(piece) < len(text) and anchor in piece
                for at in _occurrences(text, piece)
            )
            if held and (kind != "code" or self._prose_beside_code()):
                return kind
        return None

    def _read_enclosures(self) -> dict[str, tuple[str, list[str]]]:
        if self._enclosures is None:
            found: dict[str, list[str]] = {}
            if self.doc.tree is not None:
                for kind, pieces in self.doc.tree.enclosures():
                    found.setdefault(kind, []).extend(pieces)
            self._enclosures = {kind: ("\n".join(pieces), pieces) for kind, pieces in found.items()}
        return self._enclosures

    def _prose_beside_code(self) -> bool:
        """Whether a sentence of the text stands outside the page's code: a post showing code
        ("The licence is MIT:"), not a plain text in a <pre> under its title."""
        if self._prose_outside_code is None:
            code = self._read_enclosures().get("code", ("", []))[0]
            self._prose_outside_code = any(
                line.zone == "body" and len(line.text.split()) >= _SENTENCE_WORDS and line.text.rstrip()[-1:] in ".:!?"
                and not _holds_words(code, line.text)
                for line in self.doc.lines
            )
        return self._prose_outside_code


_SENTENCE_WORDS = 6
_NOTICE_REACH = 12  # characters of a notice from its sign: "© 2021 Exam"


def _holds_words(haystack: str, text: str) -> bool:
    """Whether `text` stands in `haystack` as whole words: "AP" alone is not in "JAPAN"."""
    return bool(text) and any(
        (at == 0 or not haystack[at - 1].isalnum()) and (at + len(text) == len(haystack) or not haystack[at + len(text)].isalnum())
        for at in _occurrences(haystack, text)
    )


def _occurrences(text: str, piece: str) -> Iterator[int]:
    at = text.find(piece)
    while at >= 0:
        yield at
        at = text.find(piece, at + 1)


_RELATED_REACH = 8  # lines below a "Read also" heading that its list may take


def under_related(doc: Document, index: int, related_headings: frozenset[str], same_zone: bool = False) -> bool:
    """Whether a line stands in a list of other stories: under a "Read also" heading, with
    no paragraph between ("港口罢工结束 来源：新华社" is a teaser's source, not the text's);
    with `same_zone`, the heading in the line's own zone."""
    lines = doc.lines
    for i in range(index - 1, max(-1, index - _RELATED_REACH - 1), -1):
        text = lines[i].text
        if (same_zone and lines[i].zone != lines[index].zone) or word_count(text) >= PARAGRAPH_WORDS:
            return False
        if is_related_heading(text, related_headings):
            return True
    return False


def is_related_heading(text: str, related_headings: frozenset[str]) -> bool:
    """Whether a line heads a list of other stories ("Related", "Lesen Sie auch:")."""
    return text.lower().rstrip(" :.…") in related_headings


def is_ad_label(line: Line, ad_labels: frozenset[str]) -> bool:
    """Whether a line only labels an ad ("Anzeige", "Advertisement:"): what stands under it
    is the advertiser's, not the page's."""
    return line.text.strip().lower().rstrip(" :") in ad_labels


def credits_image(text: str, start: int, end: int, vocab: NoticeVocab, labels_before: bool = True) -> bool:
    """Whether what sits at text[start:end] is part of an image credit: a label such as
    "Foto:" before it (unless the caller looked for one itself), or a picture agency or
    photo host named around it."""
    labels = vocab.image_labels
    if labels and ((labels_before and labels.search(text, 0, start)) or labels.match(text, start + 1, start + 20)):
        return True
    if vocab.picture_label is not None and start and vocab.picture_label.search(text, 0, start):
        return True  # "Video © 2021 Example Films": a picture named alone before the sign
    return bool(vocab.image_holders and vocab.image_holders.search(text, max(0, start - 60), min(len(text), end + 80)))
