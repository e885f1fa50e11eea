"""The interface every reporter implements."""

from __future__ import annotations

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
