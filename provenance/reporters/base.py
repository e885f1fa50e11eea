"""The interface every reporter implements, and what reporters share."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from ..link import Linking
from ..model import DocumentResult
from ..packs import RuleDoc
from ..report import Tally


class Reporter:
    """Writes one report to `out` as results arrive."""

    def __init__(self, out: TextIO, rules: list[RuleDoc], color: bool = False) -> None:
        self.out = out
        self.rules = rules
        self.color = color
        self.linking_run = False  # set for --link: documents then carry `copies`, and links() is called

    def start(self) -> None:
        """Anything that comes before the first document."""

    def document(self, result: DocumentResult) -> None:
        raise NotImplementedError

    def links(self, linking: Linking) -> None:
        """With --link, after the last document: the groups of copies and their originals."""

    def finish(self, tally: Tally) -> None:
        """Anything that comes after the last document: closing brackets, the summary."""


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
