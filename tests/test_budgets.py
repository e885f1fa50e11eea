"""Bounded time and memory for every document (issue "Hostile inputs"): the per-document
time budget and its watchdog, user patterns under a timeout, the licence overlap check,
the caps on what one document's report lists (PRV910), and the bounds on markup (PRV911).

Hostile inputs that take a second or more are marked slow; the default run includes them."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import provenance
from provenance import AuditOptions, audit_document
from provenance import audit as audit_module
from provenance.checks import output_capped
from provenance.cli import app
from provenance.document import MAX_ATTRIBUTES, MAX_ELEMENTS
from provenance.model import MAX_FINDINGS, MAX_NOTICES, MAX_RELATED, Evidence, Finding, Notice, Related
from provenance.scan import Spans

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
REPORT_SCHEMA = json.loads((REPO / "provenance" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
NOTICE = "<p>This work is licensed under a Creative Commons Attribution 4.0 International License.</p>"
AS_OF = AuditOptions(as_of=dt.date(2024, 1, 1))

runner = CliRunner()


@pytest.fixture(autouse=True)
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs in its own empty working directory (configuration is looked for there)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def audit_json(*args: str | Path) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["audit", *(str(a) for a in args), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, json.loads(result.stdout), result.stderr


def user_pack(directory: Path, pattern: str) -> Path:
    directory.mkdir()
    (directory / "house.toml").write_text(
        '[[rule]]\nid = "ORG101"\nname = "house-rule"\nseverity = "info"\ncategory = "input"\n'
        f'summary = "s"\nwhy = "w"\nexample = "e"\nmessage = "house rule"\npattern = \'{pattern}\'\n',
        encoding="utf-8",
    )
    return directory


# --- The time budget and its watchdog --------------------------------------------------------


def spinning(real):  # type: ignore[no-untyped-def]
    """audit_raw, except that a document holding SPIN-HERE spins in the rules stage, as a
    pattern stuck in C would: no exception or signal gets it out, only the watchdog."""

    def audit_raw(raw, packs, options, stage=None):  # type: ignore[no-untyped-def]
        if raw.data and b"SPIN-HERE" in raw.data:
            if stage:
                stage("claims")
                stage("rules")
            while True:
                pass
        return real(raw, packs, options, stage)

    return audit_raw


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_its_time_budget_fails_alone_and_the_run_goes_on(jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(audit_module, "audit_raw", spinning(audit_module.audit_raw))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(20):  # more than a batch: the spinning document's batch-mates go on in a fresh worker
        (corpus / f"doc{i:02d}.txt").write_text(SEED_TEXT + ("\nSPIN-HERE\n" if i == 3 else ""), encoding="utf-8")
    options = AuditOptions(as_of=dt.date(2024, 1, 1), timeout=0.5)
    results = list(provenance.audit_paths([corpus], jobs=jobs, options=options))
    assert [Path(r.source.path).name for r in results] == [f"doc{i:02d}.txt" for i in range(20)]
    assert [r.status for r in results].count("failed") == 1
    assert results[3].status == "failed"
    assert results[3].error == "timed out after 0.5 s in rules"
    assert all("PRV302" in {f.rule for f in r.findings} for i, r in enumerate(results) if i != 3)
    # One job keeps each result's Document, as auditing in this process did; more do not.
    assert (results[0].document is not None) == (jobs == 1)


def test_without_a_time_budget_one_job_audits_in_this_process(monkeypatch: pytest.MonkeyPatch):
    pids: list[int] = []
    real = audit_module.audit_raw

    def noting(raw, packs, options, stage=None):  # type: ignore[no-untyped-def]
        pids.append(os.getpid())
        return real(raw, packs, options, stage)

    monkeypatch.setattr(audit_module, "audit_raw", noting)
    results = list(provenance.audit_paths([SEED], jobs=1, options=AuditOptions(timeout=None)))
    assert results[0].status == "audited"
    assert pids == [os.getpid()]


def test_timeout_is_a_flag_and_a_configuration_key(work: Path):
    assert runner.invoke(app, ["audit", str(SEED), "--timeout", "-1"]).exit_code == 2
    (work / "provenance.toml").write_text('timeout = "soon"\n', encoding="utf-8")
    result = runner.invoke(app, ["audit", str(SEED)])
    assert result.exit_code == 2
    assert "timeout must be a number of seconds" in result.stderr
    (work / "provenance.toml").write_text("timeout = 30\n", encoding="utf-8")
    code, report, _ = audit_json(SEED, "--timeout", "0")  # the flag wins; 0 is no limit
    assert code == 0 and report["documents"][0]["status"] == "audited"


@pytest.mark.slow
def test_a_catastrophic_user_pattern_fails_its_document_by_name_and_the_run_goes_on(tmp_path: Path):
    pack = user_pack(tmp_path / "pack", "(a|a)+$")
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("a" * 86 + "!", encoding="utf-8")  # 87 bytes: a minute with re
    code, report, _ = audit_json(hostile, SEED, "--rules", pack, "--jobs", "1")
    assert code == 2
    first, seed = report["documents"]
    assert first["status"] == "failed"
    assert first["error"] == "timed out after 1 s in a pattern of house.toml: rule ORG101: it backtracks too much on this document"
    assert seed["status"] == "audited"
    assert report["summary"]["failed"] == 1 and report["summary"]["audited"] == 1


def test_the_regex_module_finishes_nested_quantifiers_and_keeps_re_syntax(tmp_path: Path):
    pack = user_pack(tmp_path / "pack", "(a+)+$")
    text = tmp_path / "aaa.txt"
    text.write_text("a" * 86 + "!\n" + "a" * 40 + "\n", encoding="utf-8")
    code, report, _ = audit_json(text, "--rules", pack, "--jobs", "1", "--select", "ORG")
    assert code == 0
    assert [f["line"] for f in report["documents"][0]["findings"]] == [2]  # (a+)+$ matches the line of a's alone


def test_a_user_pattern_that_does_not_compile_is_a_clear_error(tmp_path: Path):
    pack = user_pack(tmp_path / "pack", "(unclosed")
    result = runner.invoke(app, ["audit", str(SEED), "--rules", str(pack)])
    assert result.exit_code == 2
    assert "house.toml: rule ORG101: 'pattern' is not a valid regular expression" in result.stderr


# --- The licence overlap check -----------------------------------------------------------------


def test_spans_find_overlaps_as_comparing_with_every_span_does():
    rng = random.Random(7)
    spans, taken = Spans(), []
    for _ in range(2000):
        start = rng.randrange(10_000)
        end = start + rng.randrange(1, 40)
        overlapping = any(a < end and start < b for a, b in taken)
        assert spans.overlaps(start, end) == overlapping
        assert spans.take(start, end) == (not overlapping)
        if not overlapping:
            taken.append((start, end))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "repeat", "licence"),
    [
        ("CC BY ", 10_000, "CC-BY"),  # one 60 KB line: 55 s before
        ("GNU Free Documentation License ", 30_000, "GFDL-1.3-or-later"),  # 930 KB: never finished
        ("Open Government Licence ", 37_000, "OGL-UK-3.0"),
    ],
)
def test_a_licence_repeated_on_one_line_is_one_notice(phrase: str, repeat: int, licence: str):
    result = audit_document((phrase * repeat).encode(), path="repeated.txt", options=AS_OF)
    assert result.status == "audited"
    licences = [n.license for n in result.claims.notices if n.kind == "license"]
    assert len(licences) == 1
    assert licences[0].startswith(licence.split("-")[0])


# --- What one document's report lists ------------------------------------------------------------


def finding(rule: str, severity: str, line: int, omitted: int = 0) -> Finding:
    return Finding(rule, "x", "input", severity, "m", line, f"line {line}", related=(Related(line, "r"),), related_omitted=omitted)  # type: ignore[arg-type]


def test_the_cap_keeps_the_most_severe_findings_and_counts_the_rest():
    findings = [finding("PRV303", "info", n) for n in range(1, MAX_FINDINGS + 50)] + [finding("PRV302", "error", 10_000)]
    notices = [Notice("copyright", f"c{n}", Evidence(f"c{n}", 1000 + n), scope="image") for n in range(MAX_NOTICES + 5)]
    notices.append(Notice("license", "CC BY 4.0", Evidence("CC BY 4.0", 99_999), license="CC-BY-4.0", scope="page"))
    kept, listed = output_capped.cap(findings, notices, enabled=True)
    summary = [f for f in kept if f.rule == "PRV910"]
    assert len(kept) == MAX_FINDINGS + 1 and len(summary) == 1
    assert any(f.severity == "error" for f in kept)  # the error at the end is never the one dropped
    assert f"{MAX_FINDINGS + 50} findings, the {MAX_FINDINGS} most severe listed (and 50 more)" in summary[0].message
    assert f"{MAX_NOTICES + 6} notices, {MAX_NOTICES} listed (and 6 more)" in summary[0].message
    assert len(listed) == MAX_NOTICES and listed[-1].scope == "page"  # the page's own licence is kept
    assert summary[0].line == MAX_FINDINGS  # it points at the first thing left out: here a finding, before the notices
    # Turned off, the caps still hold, without the summary.
    kept, _ = output_capped.cap(findings, notices, enabled=False)
    assert len(kept) == MAX_FINDINGS and not any(f.rule == "PRV910" for f in kept)


def test_a_document_under_every_limit_is_left_as_it_is():
    findings, notices = [finding("PRV101", "info", 1)], []
    assert output_capped.cap(findings, notices, enabled=True) == (findings, notices)


@pytest.mark.slow
def test_a_text_repeated_many_times_gives_a_capped_report_that_says_how_much_more(tmp_path: Path):
    copies = 60  # 275 KB: 181 findings, 120 of them listing 300 weekday mentions, before the caps
    path = tmp_path / "repeated.txt"
    path.write_text(SEED_TEXT * copies, encoding="utf-8")
    _, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    jsonschema.validate(report, REPORT_SCHEMA)
    document = report["documents"][0]
    assert document["status"] == "audited"
    assert all(len(f["related"]) <= MAX_RELATED for f in document["findings"])
    capped = [f for f in document["findings"] if f["rule"] == "PRV910"]
    assert len(capped) == 1 and capped[0]["severity"] == "info"
    # PRV302 and PRV303 under each of the 60 source lines: 20 listed of the 5 x 60 weekday
    # mentions (and, for PRV302, the page's date line): 60 x 281 + 60 x 280 left out.
    assert f"120 findings with over {MAX_RELATED} related lines, {MAX_RELATED} listed on each (and 33660 more)" in capped[0]["message"]
    assert report["summary"]["findings"]["info"] == sum(f["severity"] == "info" for f in document["findings"])


# --- Markup -------------------------------------------------------------------------------------


def page(body: str) -> bytes:
    return f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Quay</title></head>\n<body>\n{body}\n</body>\n</html>\n'.encode()


def licences(result: provenance.DocumentResult) -> list[str | None]:
    return [n.license for n in result.claims.notices if n.kind == "license"]


def test_a_notice_300_levels_deep_is_read():
    result = audit_document(page("<p>Repairs to the quay.</p>\n" + "<div>" * 300 + NOTICE + "</div>" * 300), path="deep.html", options=AS_OF)
    assert result.status == "audited"
    assert licences(result) == ["CC-BY-4.0"]
    assert not any(f.rule == "PRV911" for f in result.findings)


def test_nesting_deeper_than_the_parser_reads_is_reported_not_silent():
    result = audit_document(page("<p>Repairs to the quay.</p>\n" + "<div>" * 2100 + NOTICE + "</div>" * 2100), path="deep.html", options=AS_OF)
    assert result.status == "audited"
    truncated = [f for f in result.findings if f.rule == "PRV911"]
    assert len(truncated) == 1 and truncated[0].severity == "warning"
    assert "nested more than 2,048 deep: the parser stopped there (line 6)" in truncated[0].message
    assert truncated[0].evidence == "Repairs to the quay."


@pytest.mark.slow
def test_an_element_with_too_many_attributes_is_cut_and_the_rest_of_the_page_is_read():
    crowded = " ".join(f"data-a{i}=1" for i in range(100_000))  # 22 s in lxml before
    body = f"<p>Repairs to the quay.</p>\n<p {crowded}\nclass=lede>Harbour news</p>\n{NOTICE}"
    result = audit_document(page(body), path="attributes.html", options=AS_OF)
    assert result.status == "audited"
    truncated = [f for f in result.findings if f.rule == "PRV911"]
    assert len(truncated) == 1
    assert f"1 element has more than {MAX_ATTRIBUTES} attributes (the first at line 6): only the first {MAX_ATTRIBUTES} of each were read" in truncated[0].message
    notice = next(n for n in result.claims.notices if n.kind == "license")
    assert notice.license == "CC-BY-4.0" and notice.evidence.line == 8  # the line break cut from the tag is kept


def test_an_element_with_many_attributes_under_the_limit_is_read_whole():
    attributes = " ".join(f"data-a{i}=1" for i in range(MAX_ATTRIBUTES - 1))
    result = audit_document(page(f'<p {attributes} class="credit">Photo: Jane Doe</p>\n<p>Repairs to the quay.</p>'), path="a.html", options=AS_OF)
    assert not any(f.rule == "PRV911" for f in result.findings)


@pytest.mark.parametrize("element", ["script", "style"])
def test_code_in_a_script_or_style_is_no_element_with_attributes(element: str):
    # Minified code holds "<" ("a<b") and long runs without ">": 69 of the 799 dev pages were
    # reported truncated for it.
    code = "var a=['x1','x2'];for(i=0;i<b.length;i++){" + " ".join(f"c{i}=d{i}" for i in range(2 * MAX_ATTRIBUTES)) + "}"
    result = audit_document(page(f"<{element}>{code}</{element}>\n<p>Repairs to the quay.</p>\n{NOTICE}"), path="code.html", options=AS_OF)
    assert not any(f.rule == "PRV911" for f in result.findings)
    assert licences(result) == ["CC-BY-4.0"]


@pytest.mark.slow
def test_a_page_of_too_many_elements_is_read_to_the_limit_and_says_so():
    result = audit_document(page(NOTICE + "\n" + "<b>x</b>\n" * (MAX_ELEMENTS + 1000)), path="elements.html", options=AS_OF)
    assert result.status == "audited"
    assert licences(result) == ["CC-BY-4.0"]
    truncated = [f for f in result.findings if f.rule == "PRV911"]
    assert len(truncated) == 1
    # <html>, <head>, <meta>, <title>, <body> and the notice's <p> come first; then a <b> a line from line 6.
    assert f"more than {MAX_ELEMENTS:,} elements: only the first {MAX_ELEMENTS:,} were read; from line {MAX_ELEMENTS} on, the page was not" in truncated[0].message

