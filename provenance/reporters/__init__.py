"""Reporters: render audit results for a terminal (text), scripts (json, jsonl),
code-scanning dashboards (sarif), CI logs (github), spreadsheets (csv) and people
(html: one self-contained page with charts and a filterable table), and W3C PROV
(prov: PROV-JSON, prov-jsonld: PROV-JSONLD).

A reporter writes as results arrive: `start()`, `document(result)` for each, then
`finish(tally)`. Nothing is held back, so a whole crawl is reported in constant memory.

With --link, `links(linking)` comes before `finish`. JSON Lines still streams: its
documents go out as they come, and the links follow them as lines of their own. The other
formats give each document its copies, known only once every document is read, so they
hold the run's results (without their texts) until then.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TextIO

from ..link import Linker, linked_result
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
from .text import TextReporter, TextView

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
    format: str,
    results: Iterable[DocumentResult],
    rules: list[RuleDoc],
    out: TextIO,
    color: bool = False,
    tally: Tally | None = None,
    linker: Linker | None = None,
    view: TextView | None = None,
) -> Tally:
    """Stream `results` to `out` in `format`, counting them into `tally` (which may
    already hold what the run skipped); returns the counts. With `linker`, the run's
    copies are linked (see the module's docstring). `view` says what the text report
    shows; the other formats are data and hold everything."""
    reporter = TextReporter(out, rules, color, view) if format == "text" else REPORTERS[format](out, rules, color)
    reporter.linking_run = linker is not None
    tally = tally if tally is not None else Tally()
    reporter.start()
    if linker is None:
        for result in results:
            tally.add(result)
            reporter.document(result)
    elif format == "jsonl":
        for result in results:
            tally.add(result)
            reporter.document(result)
            linker.add(result)
    else:
        held = []
        for result in results:
            linker.add(result)
            held.append(result)
    if linker is not None:
        linking = linker.link()
        tally.baselined += linker.baselined
        if format == "jsonl":
            for found in linking.findings.values():
                tally.add_findings(found)
        else:
            for result in held:
                result = linked_result(result, linking) if result.status == "audited" else result
                tally.add(result)
                reporter.document(result)
        reporter.links(linking)
    reporter.finish(tally)
    return tally


def render(
    format: str, results: Iterable[DocumentResult], rules: list[RuleDoc], color: bool = False, view: TextView | None = None
) -> str:
    """The whole report as a string (for the API and tests)."""
    buffer = io.StringIO()
    write_report(format, results, rules, buffer, color, view=view)
    return buffer.getvalue()


__all__ = ["REPORTERS", "Reporter", "TextView", "render", "write_report"]
