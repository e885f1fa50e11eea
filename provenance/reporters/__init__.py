"""Reporters: render audit results for a terminal (text), scripts (json, jsonl),
code-scanning dashboards (sarif), CI logs (github), spreadsheets (csv) and people
(html: one self-contained page with charts and a filterable table), and W3C PROV
(prov: PROV-JSON, prov-jsonld: PROV-JSONLD).

A reporter writes as results arrive: `start()`, `document(result)` for each, then
`finish(tally)`. Nothing is held back, so a whole crawl is reported in constant memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TextIO

from ..model import DocumentResult
from ..packs import RuleDoc
from ..report import Tally
from .base import Reporter
from .csv_report import CsvReporter
from .github import GithubReporter
from .html import HtmlReporter
from .json_report import JsonLinesReporter, JsonReporter
from .prov import ProvJsonLdReporter, ProvJsonReporter
from .sarif import SarifReporter
from .text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "jsonl": JsonLinesReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
    "csv": CsvReporter,
    "html": HtmlReporter,
    "prov": ProvJsonReporter,
    "prov-jsonld": ProvJsonLdReporter,
}


def write_report(
    format: str, results: Iterable[DocumentResult], rules: list[RuleDoc], out: TextIO, color: bool = False, tally: Tally | None = None
) -> Tally:
    """Stream `results` to `out` in `format`, counting them into `tally` (which may
    already hold what the run skipped); returns the counts."""
    reporter = REPORTERS[format](out, rules, color)
    tally = tally if tally is not None else Tally()
    reporter.start()
    for result in results:
        tally.add(result)
        reporter.document(result)
    reporter.finish(tally)
    return tally


def render(format: str, results: Iterable[DocumentResult], rules: list[RuleDoc], color: bool = False) -> str:
    """The whole report as a string (for the API and tests)."""
    buffer = io.StringIO()
    write_report(format, results, rules, buffer, color)
    return buffer.getvalue()


__all__ = ["REPORTERS", "Reporter", "render", "write_report"]
