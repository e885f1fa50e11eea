"""The page's headline among its lines: the line that repeats the title metadata."""

from __future__ import annotations

from bisect import bisect_right

from ..markup import headline_titles, is_title, normalised_title
from ..model import Document
from .names_in_text import MASTHEAD_SPLIT

_TITLE_KEYS = ("og:title", "twitter:title", "jsonld:headline", "title")
_HEADLINE_ABOVE = 4
_SEARCHED = 400  # lines: a headline stands near the top, whatever the navigation above it
_CANDIDATES = 24  # lines holding the title's word that are compared with it


class Headline:
    """Finds the page's headline among the lines near a date, matching it against the
    title metadata; lines are normalised only when asked about, and once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lines = doc.lines
        self.lowered, self.starts = doc.lowered, doc.starts
        self.limit = doc.starts[min(len(doc.lines), _SEARCHED) - 1] + len(doc.lines[min(len(doc.lines), _SEARCHED) - 1].text) if doc.lines else 0
        self.titles = headline_titles([m.value for m in doc.metadata if m.key in _TITLE_KEYS])
        self.seen: dict[int, bool] = {}

    def near(self, index: int) -> bool:
        """Whether the headline is one of the few lines above line `index`, or just below."""
        if not self.titles:
            return False
        above = range(max(0, index - _HEADLINE_ABOVE), index)
        below = range(index + 1, min(len(self.lines), index + 2))
        return any(self._is_headline(i) for i in (*reversed(above), *below))

    def under(self, index: int, occurrences: list[int]) -> bool:
        """Whether line `index` stands under one of the headline's `occurrences`, within the
        few lines a byline or a date line may sit below it."""
        return any(0 < index - at <= _HEADLINE_ABOVE for at in occurrences)

    def _is_headline(self, index: int) -> bool:
        found = self.seen.get(index)
        if found is None:
            found = is_title(self.lines[index].text, self.titles)
            self.seen[index] = found
        return found

    def index(self) -> int | None:
        """The line that is the headline, if the page has one near the top: the first line
        that is the title, else the first that starts like it (a teaser list repeats the
        headline with its lead on one line, so an exact line wins over a prefix)."""
        found = self.occurrences()
        return found[0] if found else None

    def occurrences(self) -> list[int]:
        """Every line near the top that is the title, in order; else the first line that
        starts like it. A page often prints its headline twice, in a sticky bar or a share
        box first and then over the article, and the byline stands by the second."""
        if not self.titles:
            return []
        found = self._title_lines()
        return found or self._heading_lines()

    def _title_lines(self) -> list[int]:
        # Only lines holding a title's longest early word can be it: looked up in the lower-cased
        # text, where normalising every line would cost a substitution each.
        near: set[int] = set()
        for title in self.titles:
            word = max(title.split()[:4], key=len)
            at = self.lowered.find(word, 0, self.limit)
            while at >= 0:
                near.add(bisect_right(self.starts, at) - 1)
                at = self.lowered.find(word, at + len(word), self.limit)
        longest = max(len(t) for t in self.titles)
        # A line much longer than the title is a paragraph using its word, not the headline
        # (a teaser's headline and lead on one line stays in, at most twice and a half its length).
        fits = [i for i in sorted(near) if len(self.lines[i].text) <= 2.5 * longest + 20 and self.lines[i].zone != "boilerplate"]
        candidates = [i for i in fits[:_CANDIDATES] if self._is_headline(i)]
        exact = [i for i in candidates if len(normalised_title(self.lines[i].text)) <= longest]
        return exact or candidates[:1]

    def _heading_lines(self) -> list[int]:
        """The page's <h1>, where no line near the top repeats the title: a headline reworded
        for the title ("Unser Kräutergarten auf der Wannenkopfhütte!" under the title "Unser
        frischer Kräutergarten der Wannenkopfhütte in den Allgäuer Alpen"), a kicker's second
        half, a headline under a navigation of more than _SEARCHED lines. An <h1> counts where
        most of its words are a title's and it is not the site's name (a blog's <h1> over every
        page); its first line outside the boilerplate."""
        if self.doc.tree is None:
            return []
        not_headlines = self._site_names()
        title_words = [set(t.split()) for t in self.titles]
        for heading in self.doc.tree.main_headings():
            text = normalised_title(heading)
            words = text.split()
            if len(text) < 10 or text in not_headlines:
                continue
            if not any(sum(w in title for w in words) >= _SHARED_WORDS * len(words) for title in title_words):
                continue
            for i, line in enumerate(self.lines):
                if line.zone != "boilerplate" and normalised_title(line.text) == text:
                    return [i]
        return []

    def _site_names(self) -> set[str]:
        """What names the site rather than the story, normalised: its name in the metadata, and
        the shorter parts of a title split where a masthead is ("Harbour reopens | Hafenblatt")."""
        names = {normalised_title(m.value) for key in _SITE_KEYS for m in self.doc.meta(key)}
        for m in self.doc.metadata:
            if m.key in _TITLE_KEYS:
                parts = [normalised_title(p) for p in MASTHEAD_SPLIT.split(m.value) if p.strip()]
                names.update(sorted(parts, key=len)[:-1])
        return names


_SITE_KEYS = ("og:site_name", "application-name", "jsonld:publisher")
_SHARED_WORDS = 0.6  # of a heading's words in a title: the same headline reworded, not another page's
