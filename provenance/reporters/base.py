"""The interface every reporter implements."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TextIO

from ..model import DocumentResult
from ..packs import RuleDoc
from ..report import Tally


class Reporter:
    """Writes one report to `out` as results arrive."""

    def __init__(self, out: TextIO, rules: list[RuleDoc], color: bool = False) -> None:
        self.out = out
        self.rules = rules
        self.color = color

    def start(self) -> None:
        """Anything that comes before the first document."""

    def document(self, result: DocumentResult) -> None:
        raise NotImplementedError

    def finish(self, tally: Tally) -> None:
        """Anything that comes after the last document: closing brackets, the summary."""


# Characters a terminal (or a CI log viewer) acts on rather than shows: C0 and C1
# controls and DEL (ESC starts a sequence that can set the window title, clear the
# screen or hide a link: OSC 8), and the bidirectional controls that reorder the text
# after them.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """`text` for human eyes: every control character shown as an escape (\\x1b,
    \\u202e), so that a page, a record or a file name cannot drive the terminal that shows
    the report or an error line."""
    return _CONTROL.sub(_escaped, text)


def working_path(path: str) -> str | None:
    """`path` relative to the working directory, with / separators, as CI dashboards
    name files in the checkout; None when it lies outside (or on another drive)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return None
    # A name that merely starts with dots ("..draft.txt") is inside.
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return Path(relative).as_posix()
