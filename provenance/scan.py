"""The scanning machinery the claim and notice readers share.

A pack pattern is costly to run over a whole page, and most patterns can only match
where one of a few keywords occurs. `KeywordGate` finds, once per document, which gate
keywords a page holds and where; `matches_near` then runs a pattern only in windows
around those places.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick_rs

from .model import Document, Evidence, Line
from .packs import Packs, PatternSpec

WINDOW = 500  # characters either side of a keyword that a gated pattern is tried on
_SNAP = 200  # characters a window may grow by to end at a line's end
# Places of one keyword past which a pattern is run over the whole text instead. Windows
# cost a step each, but a page of pages (a 10 MB text of 800 articles, a "copyright" in
# each) spends its time in whole-text scans: with 200 here it took 9 of its 14 seconds.
MAX_PLACES = 20_000


def evidence(line: Line) -> Evidence:
    return Evidence(line.text, line.number)


def pack_keywords(packs: Packs) -> tuple[str, ...]:
    """Every keyword that gates a notice or attribution pattern (gathered once, when the packs load)."""
    return packs.keywords


def prepare_gate(packs: Packs) -> None:
    """Build the packs' gate automaton now (20 ms), not on the first page: a worker process
    forked after this inherits it instead of each building it again."""
    _plan_of(pack_keywords(packs))


class Spans:
    """Disjoint spans of a text, kept sorted, so that whether a new span overlaps one of
    them is a binary search, not a comparison with every span taken before."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # sorted too: the spans are disjoint

    def overlaps(self, start: int, end: int) -> bool:
        # The last span starting before `end` is the only one that may reach past `start`.
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def take(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already taken; whether it was added."""
        if self.overlaps(start, end):
            return False
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


class KeywordGate:
    """Which keywords a document's lower-cased text holds, and where.

    The packs gate their patterns with some 7,000 keywords in sixty languages, and most
    are absent from most pages. One pass of an Aho-Corasick automaton (ahocorasick_rs, the
    Rust aho-corasick crate) finds every place each of them occurs, with the same keywords
    found as the 27 regex scans it replaced (one per shared first character). Its
    contiguous NFA takes 0.18 ms a dev page where pyahocorasick took 0.51 (its DFA, 0.09 ms,
    costs 60 MB a worker against this one's 1 MB). A keyword outside the list (a caller's
    own) is looked for with `in`.
    """

    def __init__(self, lowered: str, keywords: tuple[str, ...]) -> None:
        self.lowered = lowered
        plan = _plan_of(keywords)
        self.known, self._covered = plan.known, plan.covered
        places: dict[str, list[int]] = {}
        if plan.automaton is not None:
            words = plan.words
            for index, start, _ in plan.automaton.find_matches_as_indexes(lowered, overlapping=True):
                keyword = words[index]
                found = places.get(keyword)
                if found is None:
                    places[keyword] = [start]
                elif found[-1] >= 0 and start >= found[-1] + len(keyword):
                    # Places do not overlap, as str.find from the end of the last finds them.
                    found.append(start if len(found) < MAX_PLACES else -1)  # -1: too many to window
        self.present: set[str] = set(places)
        if plan.empty:
            self.present.add("")
        self._places = places

    def mentions(self, keyword: str) -> bool:
        return keyword in self.present if keyword in self.known else keyword in self.lowered

    def mentions_any(self, keywords: tuple[str, ...]) -> bool:
        """Whether any keyword occurs (always true with none): a cheap gate before a regex."""
        if not keywords:
            return True
        # A spec's keywords are asked about on every page: whether the gate scanned them all
        # is remembered with the list (by identity, the list kept beside its answer).
        asked = self._covered.get(id(keywords))
        if asked is None or asked[0] is not keywords:
            covered = self.known.issuperset(keywords)
            asked = self._covered[id(keywords)] = (keywords, frozenset(keywords) if covered else None)
        if asked[1] is not None:
            return not self.present.isdisjoint(asked[1])  # a set against a set: the few present ones are looked up
        return any(self.mentions(k) for k in keywords)

    def found_among(self, keywords: tuple[str, ...]) -> list[str]:
        """The keywords of a list that the page holds (a pack's list may hold hundreds)."""
        asked = self._covered.get(id(keywords))
        if asked is not None and asked[0] is keywords and asked[1] is not None:
            return [k for k in self.present if k in asked[1]]
        return [k for k in keywords if self.mentions(k)]

    def places(self, keyword: str) -> list[int]:
        """Where a keyword occurs, up to MAX_PLACES places; -1 at the end when there are more."""
        found = self._places.get(keyword)
        if found is None:
            found = []
            if keyword not in self.known and keyword in self.lowered:
                lowered = self.lowered
                at = lowered.find(keyword)
                while at >= 0 and len(found) < MAX_PLACES:
                    found.append(at)
                    at = lowered.find(keyword, at + len(keyword))
                if at >= 0:
                    found.append(-1)  # too many to window: scan the whole text
            self._places[keyword] = found
        return found


@dataclass(frozen=True)
class _Plan:
    """What a gate needs of a keyword list, worked out once per list (the packs' list lives
    as long as the process): the set, the automaton, and which asked-about lists it covers."""

    known: frozenset[str]
    words: list[str]  # the automaton's keywords, by its pattern index
    automaton: ahocorasick_rs.AhoCorasick | None  # of `words`; None with none
    empty: bool  # whether "" is among them (found in any text, as by `in`)
    covered: dict[int, tuple[tuple[str, ...], frozenset[str] | None]]


def _plan_of(keywords: tuple[str, ...]) -> _Plan:
    """The plan of a keyword list, kept by the list's identity: the packs' list is one tuple
    for the life of the process, and an lru_cache hashed its 10,000 strings again on every
    page (0.05 ms)."""
    known = _PLANS_BY_ID.get(id(keywords))
    if known is None or known[0] is not keywords:
        if len(_PLANS_BY_ID) >= 8:
            _PLANS_BY_ID.clear()
        known = _PLANS_BY_ID[id(keywords)] = (keywords, _plan(keywords))
    return known[1]


_PLANS_BY_ID: dict[int, tuple[tuple[str, ...], _Plan]] = {}  # a memo: keyed by id, the list kept to check it


def _plan(keywords: tuple[str, ...]) -> _Plan:
    words = sorted({k for k in keywords if k})
    automaton: ahocorasick_rs.AhoCorasick | None = None
    if words:
        automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
    return _Plan(frozenset(keywords), words, automaton, "" in keywords, {})


def matches_near(spec: PatternSpec, doc: Document, keywords: KeywordGate) -> Iterator[re.Match[str]]:
    """The spec's matches in `doc.text`, searched only near its keywords.

    A whole-page case-insensitive scan costs about half a millisecond per pattern on a
    news page; most notices are a few lines long, so each pattern is tried in a window
    around each place a keyword occurs (merged when they overlap).
    """
    text = doc.text
    if not spec.keywords and ("body" not in spec.zones or spec.line_chars is not None):
        # No keyword to gate it, but only for lines outside the text ("Example Federation
        # 2021" in a footer), or only for short lines (a byline): searched in the runs of
        # such lines alone. (The whole text took a byline pattern 0.18 ms a page, these 0.07.)
        yield from _search_windows(spec.pattern, text, _zone_runs(doc, spec.zones, spec.line_chars))
        return
    places = sorted({at for k in keywords.found_among(spec.keywords) for at in keywords.places(k)})
    if not spec.keywords or -1 in places or len(doc.lowered) != len(text):
        yield from spec.pattern.finditer(text)  # no gate, or lower() moved the offsets
        return
    if spec.lines is not None:
        yield from _search_windows(spec.pattern, text, _keyword_lines(doc, places, spec.lines))
        return
    windows: list[list[int]] = []
    for at in places:
        # Whole lines, where they end nearby: a pattern's ^ and $ must not take a window's
        # edge for a line's (a line running on for pages keeps the plain window).
        lo, hi = max(0, at - WINDOW), min(len(text), at + WINDOW)
        lo = text.rfind("\n", max(0, lo - _SNAP), lo) + 1 or lo
        end = text.find("\n", hi, hi + _SNAP)
        hi = end if end >= 0 else len(text) if len(text) - hi <= _SNAP else hi
        _add_window(windows, lo, hi)
    yield from _search_windows(spec.pattern, text, windows)


def _add_window(windows: list[list[int]], lo: int, hi: int) -> None:
    """Add [lo, hi) to windows kept in order, merged with the last where they overlap (the
    places come sorted, so only the last can)."""
    if windows and lo <= windows[-1][1]:
        windows[-1][1] = max(windows[-1][1], hi)
    else:
        windows.append([lo, hi])


def _keyword_lines(doc: Document, places: list[int], span: int) -> list[list[int]]:
    """The spans of the lines a match of at most `span` lines holding a keyword at one of
    these places can take: from span-1 lines before each place's line to span-1 after."""
    windows: list[list[int]] = []
    starts, last = doc.starts, len(doc.lines) - 1
    for at in places:
        index = bisect_right(starts, at) - 1
        first, final = max(0, index - span + 1), min(last, index + span - 1)
        _add_window(windows, starts[first], starts[final] + len(doc.lines[final].text))
    return windows


def _search_windows(pattern: re.Pattern[str], text: str, windows: list[list[int]]) -> Iterator[re.Match[str]]:
    """The pattern's matches inside each [start, end) window of the text, in order."""
    for lo, hi in windows:
        at = lo
        while at < hi:
            m = pattern.search(text, at, hi)
            if m is None:
                break
            yield m
            at = m.end() if m.end() > m.start() else m.end() + 1


def _zone_runs(doc: Document, zones: tuple[str, ...], longest: int | None = None) -> list[list[int]]:
    """The spans of the text taken by consecutive lines of these zones (and at most
    `longest` characters long), each whole lines."""
    runs: list[list[int]] = []
    last = -2
    for i, line in enumerate(doc.lines):
        if line.zone not in zones or (longest is not None and len(line.text) > longest):
            continue
        start, end = doc.starts[i], doc.starts[i] + len(line.text)
        if i == last + 1:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        last = i
    return runs
