"""The JSON report (the contract of provenance.report), and JSON Lines: one document
entry a line, flushed as it is written, so an interrupted run keeps what it did."""

from __future__ import annotations

import json

from ..model import DocumentResult
from ..report import Tally, document_entry, header
from .base import Reporter


class JsonReporter(Reporter):
    """Pretty-printed, streamed: the header, each document, then the summary."""

    _first = True

    def start(self) -> None:
        head = json.dumps(header(), ensure_ascii=False, indent=2)
        self.out.write(head[:-2] + ',\n  "documents": [')  # reopen the header object

    def document(self, result: DocumentResult) -> None:
        entry = json.dumps(document_entry(result), ensure_ascii=False, indent=2)
        # JSON strings hold no raw newlines, so indenting by line is safe.
        self.out.write(("\n    " if self._first else ",\n    ") + entry.replace("\n", "\n    "))
        self._first = False

    def finish(self, tally: Tally) -> None:
        summary = json.dumps(tally.as_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(("]" if self._first else "\n  ]") + f',\n  "summary": {summary}\n}}\n')


class JsonLinesReporter(Reporter):
    def document(self, result: DocumentResult) -> None:
        self.out.write(json.dumps(document_entry(result), ensure_ascii=False, separators=(",", ":")) + "\n")
        self.out.flush()
