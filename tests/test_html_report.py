"""The HTML report (`--format html`): what it embeds, and what a browser shows of it.

The browser tests open reports in headless Chromium (`.ci/run` installs Debian's
`chromium`) with `--dump-dom`, after the page's script has filled the table; a filter is
applied the way a person's link applies it, through the URL's hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from provenance import AuditOptions, audit_paths
from provenance.audit import audit_document
from provenance.cli import app
from provenance.model import DocumentResult, Source
from provenance.report import document_entry
from provenance.reporters import html as html_report
from provenance.reporters import render
from provenance.reporters.charts import bar_chart
from provenance.reporters.overview import Overview, statement_label

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
FIXTURES = REPO / "tests" / "fixtures" / "rules"
AS_OF = AuditOptions(as_of=dt.date(2026, 11, 24))

EVIL_TITLE = "</script><script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
EVIL_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(EVIL_TITLE)}</title>
<meta property="og:site_name" content="Nightly &lt;b&gt;Herald&lt;/b&gt;"></head>
<body><article><h1>{html.escape(EVIL_TITLE)}</h1>
<p>The harbour reopened on Monday after three days of storms, the port authority said.</p>
<p>[Source: By Ana Ruiz, Reuters, 12Mar21]</p></article></body></html>"""


def chunks_of(report: str) -> list[list[dict]]:
    payloads = re.findall(r'<script type="application/gzip" class="prv-chunk" data-documents="\d+">([^<]*)</script>', report)
    return [json.loads(gzip.decompress(base64.b64decode(p))) for p in payloads]


def seed_results() -> list[DocumentResult]:
    return list(audit_paths([SEED], options=AS_OF))


# --- What the file holds ---------------------------------------------------------------------


def test_the_report_is_one_file_that_fetches_nothing() -> None:
    report = render("html", seed_results(), [])
    assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
    # No stylesheet, script, image or font from anywhere else.
    assert not re.search(r"<(link|img|iframe)\b", report)
    assert not re.search(r"<script[^>]*\bsrc=", report)
    assert "@import" not in report and "url(" not in report


def test_chunks_hold_the_report_entries_without_empty_fields() -> None:
    results = seed_results()
    (chunk,) = chunks_of(render("html", results, []))
    (entry,) = chunk
    contract = document_entry(results[0])
    assert entry["title"] == contract["title"]
    assert entry["chain"][0] == {k: v for k, v in contract["chain"][0].items() if v is not None}
    assert [f["rule"] for f in entry["findings"]] == ["PRV101", "PRV302", "PRV303", "PRV201"]
    assert "presumed_holder" not in entry["rights"]  # null in the contract: left out
    assert entry["href"].endswith("000_a9cc6e4024ccf920.txt")


def test_documents_are_written_in_chunks_as_they_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_report, "CHUNK_SIZE", 2)
    result = seed_results()[0]
    out = io.StringIO()
    reporter = html_report.HtmlReporter(out, [])
    reporter.start()
    for _ in range(5):
        reporter.document(result)
    # Two full chunks are out before the run ends: nothing waits for the last document.
    assert len(chunks_of(out.getvalue())) == 2
    assert 'id="summary"' not in out.getvalue()
    from provenance.report import Tally

    tally = Tally()
    for _ in range(5):
        tally.add(result)
    reporter.finish(tally)
    assert [len(chunk) for chunk in chunks_of(out.getvalue())] == [2, 2, 1]
    assert '<dd data-figure="seen">5</dd>' in out.getvalue()


def test_a_title_cannot_close_the_script_or_add_markup() -> None:
    result = audit_document(EVIL_PAGE, path="evil.html", url="javascript:alert(1)", content_type="html", options=AS_OF)
    assert result.claims and result.claims.title and "</script>" in result.claims.title.value
    report = render("html", [result], [])
    assert "pwned" not in report  # the page's text is only inside the compressed chunks
    assert "<b>Herald" not in report
    assert chunks_of(report)[0][0]["title"] == result.claims.title.value


def test_script_json_never_contains_markup() -> None:
    text = html_report.script_json({"name": "</script><!-- & \u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"name": "</script><!-- & \u2028"}


def test_summary_figures_and_charts() -> None:
    results = seed_results()
    failed = DocumentResult(Source("broken.warc.gz", offset=120), "failed", error="truncated gzip member")
    report = render("html", [*results, failed], [])
    figures = dict(re.findall(r'<dd data-figure="([a-z-]+)">([\d,]+)</dd>', report))
    assert figures == {"seen": "2", "audited": "1", "failed": "1", "with-findings": "1", "error": "0", "warning": "2", "info": "2"}
    summary = report[report.index('<section id="summary"') :]
    # Every bar says its label and number in text (colour is never the only signal).
    assert "<title>warning: 2</title>" in summary
    assert "<title>PRV302 source-date-year-slip: 1</title>" in summary
    assert "<title>InC: 1</title>" in summary
    assert "<title>Bloomberg: 1</title>" in summary
    assert "<title>2022-01: 1</title>" in summary


def test_summary_escapes_names_from_pages() -> None:
    result = audit_document(EVIL_PAGE, path="evil.html", content_type="html", options=AS_OF)
    overview = Overview()
    entry = document_entry(result)
    entry["chain"][0]["publisher"] = "<i>Reuters</i>"  # as if a registry or credit said so
    overview.add(entry)
    section = html_report.summary_section(overview, __import__("provenance.report", fromlist=["Tally"]).Tally())
    assert "<i>Reuters" not in section and "&lt;i&gt;Reuters&lt;/i&gt;" in section


def test_bar_charts_sum_the_rest_or_leave_it_out() -> None:
    rows = [(f"p{i}", 20 - i) for i in range(15)]
    summed = bar_chart("c", "Rules", rows)
    assert "<title>p10: 10</title>" in summed and "<title>4 others: 30</title>" in summed and "p11" not in summed
    top = bar_chart("c", "Publishers", rows, top=10, sum_the_rest=False)
    assert "Publishers: the 10 most of 15" in top and "<title>p9: 11</title>" in top and "p10" not in top and "others" not in top
    severities = bar_chart("c", "Severity", [("error", 0), ("warning", 2), ("info", 5)], ordered=True)
    assert severities.index("<title>error") < severities.index("<title>warning") < severities.index("<title>info")


@pytest.mark.parametrize(
    ("rights", "label"),
    [
        ({"statement": "http://rightsstatements.org/vocab/InC/1.0/", "license": None, "basis": "fair-use claim"}, "InC"),
        ({"statement": "https://creativecommons.org/licenses/by/4.0/", "license": "CC-BY-4.0", "basis": "licence"}, "CC-BY-4.0"),
        ({"statement": "https://creativecommons.org/publicdomain/mark/1.0/", "license": None, "basis": "public domain"}, "public domain"),
        (None, "none"),
    ],
)
def test_statement_labels(rights: dict | None, label: str) -> None:
    assert statement_label(rights) == label


def test_dates_bin_by_month_over_short_spans_and_by_year_or_decade_over_long_ones() -> None:
    overview = Overview()
    overview.months.update({"2021-11": 2, "2022-02": 1})
    assert overview.date_bins() == [("2021-11", 2), ("2021-12", 0), ("2022-01", 0), ("2022-02", 1)]
    overview.months.update({"2010-05": 3})
    bins = overview.date_bins()
    assert bins[0] == ("2010", 3) and bins[-1] == ("2022", 1) and len(bins) == 13
    overview.months.update({"1850-01": 1})  # a stray old date: decades, not 173 thin bars
    assert overview.date_bins()[0] == ("1850–1859", 1) and len(overview.date_bins()) == 18


def test_source_links_are_relative_to_the_report(tmp_path: Path) -> None:
    page = tmp_path / "crawl" / "a page.html"
    assert html_report.source_href(str(page), tmp_path / "reports") == "../crawl/a%20page.html"
    assert html_report.source_href("-", tmp_path) is None
    assert html_report.source_href("<stdin>", None) is None


def test_every_filter_is_a_labelled_form_control() -> None:
    """Keyboard and screen-reader use come from native controls, each inside its label."""
    form = lxml.html.fromstring(render("html", [], [])).get_element_by_id("filters")
    controls = form.xpath(".//select | .//input")
    assert sorted(c.get("name") for c in controls) == ["licence", "publisher", "q", "rights", "rule", "severity", "show"]
    for control in controls:
        label = control.getparent()
        assert label.tag == "label" and label.text.strip(), control.get("name")


def test_cli_writes_the_html_report(tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    outcome = CliRunner().invoke(app, ["audit", str(SEED), "--format", "html", "-o", str(output), "--as-of", "2026-11-24", "-q"])
    assert outcome.exit_code == 0, outcome.output
    (chunk,) = chunks_of(output.read_text(encoding="utf-8"))
    assert chunk[0]["href"] == Path(os.path.relpath(SEED, tmp_path)).as_posix()


# --- In a browser ----------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def dump_dom(report: Path, hash: str = "") -> str:
    """The page's DOM once its script has filled the table (virtual time runs the script's
    asynchronous reading of the chunks to the end)."""
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000", "--dump-dom", report.as_uri() + hash]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    assert 'data-ready="true"' in dom, "the report's script did not finish"
    return dom


def rows_of(dom: str) -> list[str]:
    """The table's document rows (not the opened details), by their file's name."""
    return [Path(html.unescape(k)).name for k in re.findall(r'<tr data-index="\d+"[^>]*>.*?<small>(.*?)</small>', dom)]


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few fixture pages, and one with no findings."""
    folder = tmp_path_factory.mktemp("html")
    pages = [FIXTURES / name for name in ("PRV101-two-link-chain.html", "PRV302-year-slip.txt", "PRV205-cc-site-copy.html", "PRV205-ok-conversation-licence.html")]
    clean = folder / "clean.txt"
    clean.write_text("Harbour reopens after storms\n\nThe harbour reopened on Monday, the port authority said.\n", encoding="utf-8")
    results = list(audit_paths([*pages, clean], options=AS_OF))
    report = folder / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_report, "CHUNK_SIZE", 2)  # three chunks: the table is filled from each in turn
        report.write_text(render("html", results, []), encoding="utf-8")
    assert len(chunks_of(report.read_text(encoding="utf-8"))) == 3
    return report


def test_browser_shows_the_seed_summary_and_chain(tmp_path: Path) -> None:
    report = tmp_path / "seed.html"
    report.write_text(render("html", seed_results(), []), encoding="utf-8")
    dom = dump_dom(report)
    # The summary is moved before the table.
    assert dom.index('id="summary"') < dom.index('id="documents"')
    assert '<dd data-figure="warning">2</dd>' in dom
    # One document: its details are open, the chain drawn oldest first with the slipped date marked.
    chain = re.search(r'<ol class="chain"[^>]*>(.*?)</ol>', dom, re.S)
    assert chain is not None
    nodes = re.findall(r'<div class="node ([a-z ]+)">(.*?)</div>', chain.group(1))
    assert [cls for cls, _ in nodes] == ["original disputed", "republisher"]
    original, copy = (html.unescape(re.sub(r"<[^>]+>", "|", body)) for _, body in nodes)
    assert "|original|" in original and "|Bloomberg|" in original and "Nariman Gizitdinov" in original
    assert "2021-01-08 (08Jan21)" in original and "date disputed: PRV302 source-date-year-slip; likely 2022-01-08" in original
    assert "|this page|" in copy and "Equipo Nizkor / Derechos Human Rights" in copy and "2022-01-08" in copy
    assert "In accordance with Title 17 U.S.C. Section 107" in dom  # the notice
    assert "evidence (line 40): [Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]" in dom


def test_browser_shows_documents_with_findings_by_default(fixture_report: Path) -> None:
    dom = dump_dom(fixture_report)
    assert rows_of(dom) == ["PRV101-two-link-chain.html", "PRV302-year-slip.txt", "PRV205-cc-site-copy.html", "PRV205-ok-conversation-licence.html"]
    assert re.search(r'data-matching="4"', dom)


def test_browser_filters_from_the_hash(fixture_report: Path) -> None:
    assert rows_of(dump_dom(fixture_report, "#rule=PRV302")) == ["PRV302-year-slip.txt"]
    assert rows_of(dump_dom(fixture_report, "#show=clean")) == ["clean.txt"]
    by_licence = rows_of(dump_dom(fixture_report, "#show=all&licence=CC-BY-ND-4.0"))
    assert by_licence == ["PRV205-ok-conversation-licence.html"]
    # A publisher anywhere in the chain, any case; sorted by date, newest first.
    by_publisher = rows_of(dump_dom(fixture_report, "#publisher=reuters&sort=date&dir=desc"))
    assert by_publisher == ["PRV302-year-slip.txt", "PRV205-cc-site-copy.html"]


def test_browser_shows_a_hostile_title_as_text(tmp_path: Path) -> None:
    result = audit_document(EVIL_PAGE, path="evil.html", url="javascript:alert(1)", content_type="html", options=AS_OF)
    report = tmp_path / "evil.html"
    report.write_text(render("html", [result], []), encoding="utf-8")
    dom = dump_dom(report, "#show=all")
    assert "<title>provenance audit report</title>" in dom  # no injected script ran
    tree = lxml.html.fromstring(dom)
    assert not tree.xpath("//img | //@onerror")  # no element was made from it
    assert [s.get("id") for s in tree.xpath("//script")] == ["prv-rules", None]  # the rules and the page's own script
    assert f'<span class="title">{html.escape(EVIL_TITLE, quote=False)}</span>' in dom
    assert 'href="javascript:' not in dom  # a URL that is not a web address is not a link
