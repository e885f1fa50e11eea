"""One document as the notice readers see it, and the question they all ask: is this an
image's credit rather than the page's own notice?"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..dates import CenturyHint
from ..model import Document, Line
from ..packs import NoticeVocab, Packs
from ..registry import fold, host_labels, url_host

T = TypeVar("T")


@dataclass


class NoticePage:
    """The document, the packs, and the page's figure captions (read from the tree on
    first use: most pages never need them)."""

    doc: Document
    packs: Packs
    hint: CenturyHint
    _captions: str | None = None
    # What the readers work out about a whole line, kept: a line may hold thousands of
    # matches ("CC BY " repeated), and reading the line again for each was quadratic.
    # Keyed by the line's text and zone, all that the facts depend on: a key holding the
    # Line would hash its number, and place (html_lexbor.py) every line up to it.
    _per_line: dict[tuple[str, str, str], Any] = field(default_factory=dict)

    @property
    def vocab(self) -> NoticeVocab:
        return self.packs.notice_vocab

    def names_the_site(self, name: str) -> bool:
        """Whether `name` is the page's own site: its metadata's site name, or its address's
        own label ("huettenhilfe.de" on lexikon.huettenhilfe.de, "Example Federation" for
        og:site_name "Example Federation", "EX Example Federation" on ex.example)."""
        folded = fold(name)
        if len(folded) < 3:
            return False
        for key in ("og:site_name", "application-name", "jsonld:publisher"):
            if any(fold(item.value) and fold(item.value) in folded for item in self.doc.meta(key)):
                return True
        address = self.doc.source.url or next((m.value for m in self.doc.meta("link:canonical")), None)
        labels = host_labels(url_host(address))
        return bool(labels) and ((len(labels[0]) >= 3 and labels[0] in folded) or folded in labels)

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
            self._captions = "\n".join(
                " ".join("".join(el.itertext()).split())[:2000] for el in self.doc.tree.captions()
            )
        text = line.text
        at = self._captions.find(text) if text else -1
        while at >= 0:
            # Whole words only: "AP" alone is not in "JAPAN".
            end = at + len(text)
            if (at == 0 or not self._captions[at - 1].isalnum()) and (end == len(self._captions) or not self._captions[end].isalnum()):
                return True
            at = self._captions.find(text, at + 1)
        return False


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
    return bool(vocab.image_holders and vocab.image_holders.search(text, max(0, start - 60), min(len(text), end + 80)))
