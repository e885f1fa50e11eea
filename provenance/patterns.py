"""The patterns of user rule packs: compiled with the `regex` module and run under a
match timeout, so that one that backtracks catastrophically cannot hold a document.

Python's `re` has no limit: a house pack's '(a|a)+$' ran for a minute on a line of 87
characters. The `regex` module reads the same syntax with the same meaning (V0: as `re`
does; benchmarks/bench_pattern_engines.py finds the same matches on the dev pages, in
half the time) and stops a match that runs past its timeout. RE2 would never backtrack
at all, but it refuses look-arounds (25 of the 66 bundled patterns use them), reads \\w
and \\b as ASCII only, and its Python binding encodes the whole text again for every
search from an offset. The bundled packs stay with `re`: they are ours, and tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import regex

# Seconds one search may take. A pattern runs over a window around each keyword, or once
# over a whole text: milliseconds, even on a 10 MB document.
MATCH_TIMEOUT = 1.0
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0


class PatternTimeout(Exception):
    """A user pattern that ran past its timeout; the message names it, for the report."""


class BoundedPattern:
    """A compiled user pattern that answers as an `re.Pattern` does (search, match,
    fullmatch, finditer, findall; groupindex, pattern, flags), each call under the timeout."""

    def __init__(self, compiled: Any, origin: str) -> None:
        self._compiled = compiled
        self.origin = origin  # "house.toml: rule ORG101", for the message
        self.pattern: str = compiled.pattern
        self.groupindex: dict[str, int] = dict(compiled.groupindex)
        self.groups: int = compiled.groups
        self.flags: int = compiled.flags

    def _call(self, method: str, *args: Any) -> Any:
        try:
            return getattr(self._compiled, method)(*args, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(self._message()) from None

    def _message(self) -> str:
        return f"timed out after {MATCH_TIMEOUT:g} s in a pattern of {self.origin}: it backtracks too much on this document"

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return cast("re.Match[str] | None", self._call("search", text, pos, endpos))

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return cast("re.Match[str] | None", self._call("match", text, pos, endpos))

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return cast("re.Match[str] | None", self._call("fullmatch", text, pos, endpos))

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return cast("list[Any]", self._call("findall", text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        matches = self._call("finditer", text, pos, endpos)
        while True:
            try:
                found = next(matches)
            except StopIteration:
                return
            except TimeoutError:
                raise PatternTimeout(self._message()) from None
            yield found


def is_verbose(source: str) -> bool:
    """Whether a user pattern is written in verbose mode, (?x)."""
    return bool(regex.compile(source, regex.V0).flags & regex.VERBOSE)


def compile_user_pattern(source: str, origin: str) -> re.Pattern[str]:
    """A user pack's pattern, bounded; raises regex.error for one that does not compile."""
    # Typed as re.Pattern: it answers every call the readers make of one, see BoundedPattern.
    return cast("re.Pattern[str]", BoundedPattern(regex.compile(source, FLAGS), origin))
