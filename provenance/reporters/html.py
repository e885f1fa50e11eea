"""The HTML report: one self-contained file (inline CSS, SVG and script; nothing fetched)
for a person to read, from one page to a whole crawl.

It is written as results stream: the page and the empty document table first, then the
documents' report entries in chunks of gzip-compressed JSON (base64 in inert script
elements, so page text can never close the element or run), then the summary, drawn from
counters only. The browser's script fills the table from the chunks, sorts and filters it
(the filters live in the URL's hash, so a view can be linked), and draws each document's
chain, notices, rights and findings when it is opened. The summary is last in the file
because only then are its figures known; the style sheet shows it first.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..link import Linking
from ..model import DocumentResult
from ..report import SCHEMA_VERSION, Tally, document_entry
from .base import Reporter
from .charts import bar_chart, histogram
from .overview import Overview

CHUNK_SIZE = 500  # documents a chunk: small enough to show the first rows at once, large enough to compress well
MAX_TEXT = 600  # characters of a notice's or evidence's text kept for the page (the JSON report has it whole)
SEVERITY_KINDS = {"error": "error", "warning": "warning", "info": "info"}


class HtmlReporter(Reporter):
    def start(self) -> None:
        self.overview = Overview()
        self.pending: list[dict[str, Any]] = []
        self.report_dir = _report_dir(self.out)
        self.out.write(_page_start())

    def document(self, result: DocumentResult) -> None:
        entry = document_entry(result)
        self.overview.add(entry)
        self.pending.append(embedded_entry(entry, self.report_dir))
        if len(self.pending) >= CHUNK_SIZE:
            self._write_chunk()

    def links(self, linking: Linking) -> None:
        self.copies = copies_section(linking)

    def finish(self, tally: Tally) -> None:
        self._write_chunk()
        rules = {rule.id: {"name": rule.name, "summary": rule.summary} for rule in self.rules}
        self.out.write(summary_section(self.overview, tally))
        self.out.write(getattr(self, "copies", ""))
        self.out.write(
            f'</main>\n<script type="application/json" id="prv-rules">{script_json(rules)}</script>\n'
            f"<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n"
        )

    def _write_chunk(self) -> None:
        if not self.pending:
            return
        data = json.dumps(self.pending, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0: the same input gives a byte-identical report.
        payload = base64.b64encode(gzip.compress(data, compresslevel=6, mtime=0)).decode("ascii")
        self.out.write(f'<script type="application/gzip" class="prv-chunk" data-documents="{len(self.pending)}">{payload}</script>\n')
        self.pending = []


def embedded_entry(entry: dict[str, Any], report_dir: Path | None) -> dict[str, Any]:
    """The document's report entry as the page needs it: empty fields left out, long texts
    shortened, and `href`, the source file's address from the report."""
    compact = _compact(entry)
    href = source_href(entry["source"]["path"], report_dir)
    if href:
        compact["href"] = href
    return compact


def _compact(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items() if item is not None and item != [] and item != ""}
    if isinstance(value, list):
        return [_compact(item) for item in value]
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return value[: MAX_TEXT - 1] + "…"
    return value


def source_href(path: str, report_dir: Path | None) -> str | None:
    """A link to the source file: relative to the report's directory when the report is a
    file (so the two can be moved together), else relative to the working directory, where
    `> report.html` puts it. Standard input ("<stdin>") and memory ("<memory>") have no file."""
    if not path or path == "-" or path.startswith("<"):
        return None
    target = Path(path).resolve() if report_dir is not None else Path(path)
    if report_dir is not None:
        try:
            target = Path(os.path.relpath(target, report_dir))
        except ValueError:  # another drive on Windows
            return target.as_uri()
    if target.is_absolute():
        return target.as_uri()
    return quote(target.as_posix())


def _report_dir(out: TextIO) -> Path | None:
    name = getattr(out, "name", None)
    if isinstance(name, str) and not name.startswith("<"):  # "<stdout>"
        return Path(name).resolve().parent
    return None


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<' (so no '</script>' and no
    '<!--'), '>' or '&' appears in it, nor the line separators old parsers choke on."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def copies_section(linking: Linking) -> str:
    """--link: each group of documents sharing their text, its original and why."""
    items = []
    for cluster in linking.clusters:
        copies = ", ".join(escape(m) for m in cluster.members if m != cluster.original)
        original = escape(cluster.original) if cluster.original else "unknown"
        items.append(f"<li><b>{original}</b> ({escape(cluster.why)}: {escape(cluster.evidence)}); copies: {copies}</li>")
    return f'<section id="prv-copies"><h2>Copies ({len(linking.clusters)} groups)</h2>\n<ul>\n' + "\n".join(items) + "\n</ul></section>\n"


def summary_section(overview: Overview, tally: Tally) -> str:
    found = tally.findings
    figures = [
        ("seen", "documents seen", tally.seen),
        ("audited", "audited", tally.audited),
        ("failed", "failed", tally.failed),
        ("with-findings", "with findings", overview.with_findings),
        ("error", "errors", found["error"]),
        ("warning", "warnings", found["warning"]),
        ("info", "info", found["info"]),
    ]
    if tally.skipped:
        figures.append(("skipped", "skipped (already reported)", tally.skipped))
    if tally.baselined:
        figures.append(("baselined", "findings in the baseline", tally.baselined))
    tiles = "".join(f'<div class="figure {key}"><dt>{label}</dt><dd data-figure="{key}">{count:,}</dd></div>' for key, label, count in figures)
    rules = [(f"{rule} {overview.rule_names[rule]}", count) for rule, count in overview.by_rule.items()]
    charts = [
        bar_chart("chart-severity", "Findings by severity", [(level, found[level]) for level in ("error", "warning", "info")], SEVERITY_KINDS, ordered=True),
        bar_chart("chart-rules", "Findings by rule", rules),
        bar_chart("chart-rights", "Rights statements", list(overview.statements.items())),
        bar_chart("chart-licences", "Licences", list(overview.licences.items())),
        bar_chart(
            "chart-originals", "Publishers most copied from (the original of a copy's chain)", list(overview.originals.items()), top=10, sum_the_rest=False
        ),
    ]
    dates = histogram(
        "chart-dates",
        f"Publication dates ({overview.undated:,} audited documents undated)" if overview.undated else "Publication dates",
        overview.date_bins(),
    )
    return (
        '<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>\n'
        f'<dl class="figures">{tiles}</dl>\n<div class="charts">{"".join(charts)}</div>\n<div class="wide">{dates}</div>\n</section>\n'
    )


def _page_start() -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="provenance {escape(__version__)}">
<title>provenance audit report</title>
<style>
{_asset("report.css")}</style>
</head>
<body>
<a class="skip" href="#documents">Skip to the documents</a>
<header><h1>Provenance audit</h1><p>provenance {escape(__version__)}, report schema {SCHEMA_VERSION}</p></header>
<main id="main">
{_asset("table.html")}"""


def _asset(name: str) -> str:
    return (resources.files("provenance.reporters") / "html_assets" / name).read_text(encoding="utf-8")
