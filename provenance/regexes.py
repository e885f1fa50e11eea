"""Alternations built from word and phrase lists, factored by shared prefixes.

Ignoring case, the regex engine tries each branch of a flat alternation in turn at every
position it starts from; factored ("ma(?:r(?:ch|s)|i|y)"), a position costs a try per
distinct first letter. Both builders keep the flat alternation's matches and their
order, longest first, so a search or a longer pattern around them finds the same match.
"""

from __future__ import annotations

import re
from functools import cache


def word_alternation(words: list[str]) -> str:
    """Plain words (month and weekday names), longest first, each matched literally."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # not set order
    return "(?:" + "|".join(_choice_parts([tuple(re.escape(char) for char in word) for word in ordered])) + ")"


def phrase_alternation(phrases: list[str]) -> str:
    """Longest first, so "cc by" wins over "cc"; words may be joined by spaces or hyphens
    ("non-commercial", "non commercial", "noncommercial") and either apostrophe.

    The alternation is factored by shared prefixes (see `_choice_parts`): flat, the
    regex engine tried every phrase at every position, ~1 µs a character for 90 phrases.
    """
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))  # not set order
    branches = list(dict.fromkeys(_phrase_units(phrase) for phrase in ordered))  # "non-commercial" = "non commercial"
    return "(?:" + "|".join(_choice_parts(branches)) + ")"


# The units a phrase's regex is made of: one character each, but for these.
_SEPARATOR = r"[\s\-‐–]*"  # between words: spaces, hyphens or nothing
_WORD_START = r"(?<!\w)"
_WORD_END = r"(?!\w)"
_APOSTROPHE = "['’]"


# Scripts written without spaces between words: a phrase in them has no word boundary.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _bounded(char: str) -> bool:
    """Whether a phrase starting or ending with `char` must start or end a word."""
    return bool(re.match(r"\w", char)) and not _UNSPACED.match(char)


def _phrase_units(phrase: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"[\s\-‐–]+", phrase) if w]
    units = [_WORD_START] if _bounded(phrase[:1]) else []
    for i, word in enumerate(words):
        if i:
            units.append(_SEPARATOR)
        units += [_APOSTROPHE if char == "'" else re.escape(char) for char in word]
    if _bounded(phrase[-1:]):
        units.append(_WORD_END)
    return tuple(units)


def _leading_char(branch: tuple[str, ...]) -> str | None:
    """The unit matching the first character a branch consumes; None when the branch can
    match without consuming one there (it is empty, ends, or starts with a separator)."""
    for unit in branch:
        if unit != _WORD_START:
            return unit if unit not in (_SEPARATOR, _WORD_END) else None
    return None


# Characters Python's IGNORECASE matches beyond a letter's lower and upper case.
_FOLDS = {"s": "ſ", "ſ": "s", "k": "\u212a", "\u212a": "k", "σ": "ς", "ς": "σ", "ß": "ẞ", "ẞ": "ß", "ω": "Ω", "Ω": "ω", "å": "Å", "Å": "å"}


@cache
def _chars_matched(unit: str) -> frozenset[str]:
    """Every character a one-character unit matches ignoring case ("s": s, S, ſ), found by
    asking the regex engine about each case form of the unit's own characters."""
    own = "'’" if unit == _APOSTROPHE else unit[-1]  # a letter, or an escaped character
    forms = {c for ch in own for c in (ch, ch.lower(), ch.upper(), ch.swapcase(), ch.casefold(), ch.title()) if len(c) == 1}
    forms |= {_FOLDS[c] for c in list(forms) if c in _FOLDS}
    forms |= {c for ch in list(forms) for c in (ch.lower(), ch.upper()) if len(c) == 1}
    return frozenset(c for c in forms if re.fullmatch(unit, c, re.IGNORECASE))


def _choice_parts(branches: list[tuple[str, ...]]) -> list[str]:
    """An ordered choice between unit sequences, as alternatives that match what it
    matches, in the same order (so a search, or a longer pattern around the choice,
    finds the same match), sharing prefixes.

    Two rewrites keep the order: branches that begin with the same unit matching one
    character (or a look-around) share it, `uA|uB` = `u(?:A|B)`; and branches whose first
    characters can never be the same character trade places, since at any position at
    most one of them matches (a branch that may match nothing, or starts with a
    separator, stays where it is). The first lets the engine try a letter once where it
    tried it for every phrase; the second brings the branches that share it together.
    """
    ordered: list[tuple[str, ...]] = []
    run: list[tuple[str, ...]] = []  # consecutive branches each starting with a character

    def regroup_run() -> None:
        # Branches whose first characters may be one character are clustered (union-find
        # over the characters each may start with: linear, where comparing every pair of
        # branches was quadratic in the thousand month names of the packs).
        parent = list(range(len(run)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        owner: dict[str, int] = {}
        for index, branch in enumerate(run):
            for char in _chars_matched(_leading_char(branch) or ""):
                other = owner.setdefault(char, index)
                parent[root(index)] = root(other)
        groups: dict[int, list[int]] = {}
        for index in range(len(run)):
            groups.setdefault(root(index), []).append(index)
        clusters = [({_leading_char(run[i]) or "" for i in members}, members) for members in groups.values()]
        # Clusters never match at the same place: any order will do, so branches that share
        # a look-behind, then a first letter, come together.
        clusters.sort(key=lambda c: (run[c[1][0]][0] != _WORD_START, sorted(c[0])))
        ordered.extend(run[i] for _, members in clusters for i in members)
        run.clear()

    for branch in branches:
        if _leading_char(branch) is None:
            regroup_run()
            ordered.append(branch)
        else:
            run.append(branch)
    regroup_run()

    parts = []
    i = 0
    while i < len(ordered):
        first = ordered[i][:1]
        j = i + 1
        if first and first[0] != _SEPARATOR:  # a separator matches many ways: not shared
            while j < len(ordered) and ordered[j][:1] == first:
                j += 1
        if j - i == 1:
            parts.append("".join(ordered[i]))
        else:
            rest = _choice_parts([branch[1:] for branch in ordered[i:j]])
            parts.append(first[0] + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
        i = j
    return parts
