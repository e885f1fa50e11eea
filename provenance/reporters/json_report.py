"""The JSON report (the contract of provenance.report), and JSON Lines: one document
entry a line, flushed as it is written, so an interrupted run keeps what it did."""

from __future__ import annotations

import json
from typing import Any

from ..link import Linking
from ..model import DocumentResult
from ..report import Tally, cluster_entry, document_entry, header, link_lines
from .base import Reporter


class JsonReporter(Reporter):
    """Pretty-printed, streamed: the header, each document, then the clusters and the summary."""

    _first = True
    _clusters: list[dict[str, Any]] | None = None

    def links(self, linking: Linking) -> None:
        self._clusters = [cluster_entry(c) for c in linking.clusters]

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
        clusters = json.dumps(self._clusters, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(("]" if self._first else "\n  ]") + f',\n  "clusters": {clusters},\n  "summary": {summary}\n}}\n')


class JsonLinesReporter(Reporter):
    """One document a line; with --link, each line keeps the document's signature (for
    --resume), and the clusters and copy links follow the documents as lines of their own."""

    def document(self, result: DocumentResult) -> None:
        self._line(document_entry(result, signature=self.linking_run))

    def links(self, linking: Linking) -> None:
        for line in link_lines(linking):
            self._line(line)

    def _line(self, entry: dict[str, Any]) -> None:
        self.out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.out.flush()
