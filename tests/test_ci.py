"""Gating a CI job (issue "Corpus ingestion and CI"): exit codes, --exit-zero, baselines,
configuration files, inline suppression, the github and csv formats, and the
pre-commit hook definition."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.cli import app

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_FINDINGS = {"PRV101", "PRV201", "PRV302", "PRV303"}
REPORT_SCHEMA = REPO / "provenance" / "schema" / "report.schema.json"
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

runner = CliRunner()


@pytest.fixture(autouse=True)
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs in its own empty working directory (configuration is looked for there)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- Helpers ---------------------------------------------------------------------------------


def invoke(*args: str | Path, input: bytes | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def audit_json(*args: str | Path) -> tuple[int, dict, str]:
    result = invoke("audit", *args, "--format", "json", "--jobs", "1")
    return result.exit_code, (json.loads(result.stdout) if result.stdout else {}), result.stderr


def findings(report: dict, index: int = 0) -> list[tuple[str, str, int | None]]:
    return [(f["rule"], f["severity"], f["line"]) for f in report["documents"][index]["findings"]]


def rules_of(report: dict, index: int = 0) -> set[str]:
    return {f["rule"] for f in report["documents"][index]["findings"]}


def seed_copy(directory: Path, name: str = "doc.txt", text: str = SEED_TEXT) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def seed_html(comment: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p.strip()}</p>" for p in SEED_TEXT.split("\n") if p.strip())
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>Kazakhstan Arrests Ex-Security Head</title>\n'
        f"</head>\n<body>\n{comment}{paragraphs}\n</body>\n</html>\n"
    )


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> list[int]:
    """A WARC.gz of text/plain responses; returns each record's offset."""
    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            offsets.append(handle.tell())
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                          warc_headers_dict={"WARC-Date": "2023-03-01T00:00:00Z"}))
    return offsets


# Documents with known findings (as of 2024-01-01):
# the seed: PRV101 info, PRV302 warning, PRV303 info (line 40), PRV201 warning (line 45)
INFO_ONLY = "\n".join(SEED_TEXT.split("\n")[:43]).replace("08Jan21]", "08Jan22]")  # PRV101 only
WITH_ERROR = SEED_TEXT.replace("08Jan21]", "12Mar22]")  # source after the copy: PRV301 error
# a line whose explicit date carries the wrong weekday (15 March 2023 was a Wednesday): PRV304
NEW_FINDING_LINE = "The committee first met on Friday, March 15, 2023, officials said."


def with_new_line(text: str, before: int = 12) -> str:
    lines = text.split("\n")
    lines.insert(before, NEW_FINDING_LINE + "\n")
    return "\n".join(lines)


def test_known_documents_have_the_findings_the_tests_rely_on(work: Path):
    docs = [seed_copy(work, "seed.txt"), seed_copy(work, "info.txt", INFO_ONLY), seed_copy(work, "error.txt", WITH_ERROR),
            seed_copy(work, "new.txt", with_new_line(SEED_TEXT))]
    _, report, _ = audit_json(*docs, "--as-of", "2024-01-01")
    assert findings(report, 0) == [("PRV101", "info", 40), ("PRV302", "warning", 40), ("PRV303", "info", 40), ("PRV201", "warning", 45)]
    assert findings(report, 1) == [("PRV101", "info", 40)]
    assert ("PRV301", "error", 40) in findings(report, 2)
    assert findings(report, 3)[0] == ("PRV304", "warning", 13)
    assert {rule for rule, _, _ in findings(report, 3)} == SEED_FINDINGS | {"PRV304"}


# --- Exit codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "fail_on", "code"),
    [
        ("seed", "error", 0), ("seed", "warning", 1), ("seed", "info", 1), ("seed", "never", 0),
        ("info", "warning", 0), ("info", "info", 1),
        ("error", "error", 1), ("error", "never", 0),
    ],
)
def test_fail_on_levels(work: Path, document: str, fail_on: str, code: int):
    text = {"seed": SEED_TEXT, "info": INFO_ONLY, "error": WITH_ERROR}[document]
    path = seed_copy(work, f"{document}.txt", text)
    result = invoke("audit", path, "--as-of", "2024-01-01", "--fail-on", fail_on, "--format", "json")
    assert result.exit_code == code


def test_default_fail_on_is_error(work: Path):
    assert invoke("audit", seed_copy(work), "--as-of", "2024-01-01").exit_code == 0
    assert invoke("audit", seed_copy(work, "e.txt", WITH_ERROR), "--as-of", "2024-01-01").exit_code == 1


def test_exit_zero(work: Path):
    error_doc = seed_copy(work, "e.txt", WITH_ERROR)
    result = invoke("audit", error_doc, "--as-of", "2024-01-01", "--fail-on", "info", "--exit-zero", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["findings"]["error"] == 1

    # a failed input: still reported, and still exit 0
    result = invoke("audit", error_doc, work / "missing.txt", "--exit-zero", "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert [d["status"] for d in report["documents"]] == ["audited", "failed"]
    assert "missing.txt" in result.stderr

    # usage errors still exit 2
    result = invoke("audit", error_doc, "--exit-zero", "--as-of", "2024-13-45")
    assert result.exit_code == 2
    assert "--as-of" in result.stderr and result.stdout == ""
    assert invoke("audit", error_doc, "--exit-zero", "--fail-on", "sometimes").exit_code == 2
    assert invoke("audit", error_doc, "--exit-zero", "--select", "NOPE1").exit_code == 2


def test_failed_input_exits_2_even_with_fail_on_never(work: Path):
    result = invoke("audit", seed_copy(work), work / "missing.txt", "--fail-on", "never")
    assert result.exit_code == 2


# --- Baselines -------------------------------------------------------------------------------


def test_baseline_hides_accepted_findings_and_shows_new_ones(work: Path):
    doc = seed_copy(work, "doc.txt")
    result = invoke("baseline", "create", "doc.txt", "-o", "base.json", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert "4" in result.stderr and "base.json" in result.stderr
    baseline = json.loads((work / "base.json").read_text(encoding="utf-8"))
    assert sorted(e["rule"] for e in baseline["findings"]) == sorted(SEED_FINDINGS)

    code, report, _ = audit_json("doc.txt", "--baseline", "base.json", "--as-of", "2024-01-01", "--fail-on", "info")
    assert code == 0
    assert report["documents"][0]["findings"] == []
    assert report["summary"]["baselined"] == 4
    assert report["summary"]["findings"] == {"error": 0, "warning": 0, "info": 0}
    result = invoke("audit", "doc.txt", "--baseline", "base.json", "--as-of", "2024-01-01", "--format", "jsonl", "--jobs", "1")
    assert "baselined 4" in result.stderr

    # A new line near the top moves every old finding down by one; only the new one shows.
    doc.write_text(with_new_line(SEED_TEXT), encoding="utf-8")
    code, report, _ = audit_json("doc.txt", "--baseline", "base.json", "--as-of", "2024-01-01", "--fail-on", "warning")
    assert code == 1
    assert findings(report) == [("PRV304", "warning", 13)]
    assert report["summary"]["baselined"] == 4
    # without the baseline, all five
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert rules_of(report) == SEED_FINDINGS | {"PRV304"}


def test_baseline_is_per_document(work: Path):
    seed_copy(work, "old.txt")
    invoke("baseline", "create", "old.txt", "-o", "base.json", "--as-of", "2024-01-01")
    seed_copy(work, "copy.txt")  # the same text in another file: its findings are new
    code, report, _ = audit_json("old.txt", "copy.txt", "--baseline", "base.json", "--as-of", "2024-01-01", "--fail-on", "warning")
    assert code == 1
    assert rules_of(report, 0) == set()
    assert rules_of(report, 1) == SEED_FINDINGS
    assert report["summary"]["baselined"] == 4


def test_baseline_follows_a_warc_record_to_another_offset(work: Path):
    first = write_warc(work / "crawl.warc.gz", [("https://nizkor.example/a", SEED.read_bytes())])
    assert invoke("baseline", "create", "crawl.warc.gz", "-o", "base.json", "--as-of", "2024-01-01").exit_code == 0
    # the next crawl stores another page first, so the same page sits at another offset
    second = write_warc(work / "crawl.warc.gz", [
        ("https://nizkor.example/b", SEED.read_bytes()),
        ("https://nizkor.example/a", SEED.read_bytes()),
    ])
    assert second[1] != first[0]
    code, report, _ = audit_json("crawl.warc.gz", "--baseline", "base.json", "--as-of", "2024-01-01", "--fail-on", "info")
    assert code == 1  # the new page's findings
    assert [d["source"]["url"] for d in report["documents"]] == ["https://nizkor.example/b", "https://nizkor.example/a"]
    assert rules_of(report, 0) == SEED_FINDINGS
    assert rules_of(report, 1) == set()
    assert report["summary"]["baselined"] == 4


def test_baseline_from_configuration(work: Path):
    seed_copy(work, "doc.txt")
    invoke("baseline", "create", "doc.txt", "-o", "accepted.json", "--as-of", "2024-01-01")
    (work / "provenance.toml").write_text('baseline = "accepted.json"\nfail-on = "info"\n', encoding="utf-8")
    code, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert code == 0
    assert report["summary"]["baselined"] == 4 and rules_of(report) == set()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, ["cannot be read"]),
        ("{not json", ["not JSON"]),
        ('{"findings": []}', ["not a provenance baseline"]),
        ('{"format": "provenance-baseline/1", "findings": {}}', ["not a provenance baseline"]),
        ("[1, 2, 3]", ["not a provenance baseline"]),
    ],
    ids=["missing", "not-json", "no-format", "findings-not-a-list", "a-list"],
)
def test_bad_baseline_file_exits_2(work: Path, content: str | None, words: list[str]):
    seed_copy(work)
    if content is not None:
        (work / "base.json").write_text(content, encoding="utf-8")
    result = invoke("audit", "doc.txt", "--baseline", "base.json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "base.json" in result.stderr and "baseline" in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


# --- Configuration ---------------------------------------------------------------------------

ORG_PACK = """\
[[rule]]
id = "ORG101"
name = "internal-memo"
severity = "warning"
category = "notice"
summary = "An internal memo marker."
why = "Internal memos must not be published."
example = "INTERNAL MEMO"
pattern = 'INTERNAL MEMO'
message = "internal memo"
"""


def test_pyproject_tool_provenance(work: Path):
    seed_copy(work / "docs")
    (work / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n'
        "[tool.provenance]\n"
        'select = ["PRV2", "PRV3"]\n'
        'ignore = ["PRV303"]\n'
        'severity = { PRV302 = "error" }\n'
        'fail-on = "error"\n',
        encoding="utf-8",
    )
    code, report, _ = audit_json("docs", "--as-of", "2024-01-01")
    assert findings(report) == [("PRV302", "error", 40), ("PRV201", "warning", 45)]
    assert code == 1  # the overridden severity reaches fail-on error
    assert report["summary"]["findings"] == {"error": 1, "warning": 1, "info": 0}
    # the flag wins over the file
    assert invoke("audit", "docs", "--as-of", "2024-01-01", "--fail-on", "never").exit_code == 0


def test_configuration_fail_on(work: Path):
    seed_copy(work)
    assert invoke("audit", "doc.txt", "--as-of", "2024-01-01").exit_code == 0
    (work / "provenance.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert invoke("audit", "doc.txt", "--as-of", "2024-01-01").exit_code == 1
    assert invoke("audit", "doc.txt", "--as-of", "2024-01-01", "--fail-on", "error").exit_code == 0


def test_configuration_rule_option_weekday_window(work: Path):
    seed_copy(work)
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    weekday = [f["message"] for f in report["documents"][0]["findings"] if f["rule"] == "PRV303"]
    assert weekday and "(Saturday: 5 of 5 fit)" in weekday[0]
    (work / "provenance.toml").write_text("[options]\nweekday-window = 0\n", encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    weekday = [f["message"] for f in report["documents"][0]["findings"] if f["rule"] == "PRV303"]
    assert weekday and "(Saturday: 3 of 5 fit)" in weekday[0] and "(Friday: 1 of 5)" in weekday[0]


def test_configuration_rules_directories_are_relative_to_the_file(work: Path, monkeypatch: pytest.MonkeyPatch):
    project = work / "project"
    (project / "packs").mkdir(parents=True)
    (project / "packs" / "org.toml").write_text(ORG_PACK, encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.provenance]\nrules = ["packs"]\n', encoding="utf-8")
    memo = seed_copy(project / "docs" / "deep", "memo.txt", "Planning notes\n\n\nINTERNAL MEMO do not distribute\n\nBudget due Friday.\n")
    monkeypatch.chdir(project / "docs" / "deep")  # found upwards
    code, report, _ = audit_json(memo.name, "--fail-on", "warning")
    assert code == 1
    assert findings(report) == [("ORG101", "warning", 4)]


def test_provenance_toml_wins_over_pyproject_in_the_same_directory(work: Path):
    seed_copy(work)
    (work / "pyproject.toml").write_text('[tool.provenance]\nselect = ["PRV2"]\n', encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert rules_of(report) == {"PRV201"}
    (work / "provenance.toml").write_text('select = ["PRV3"]\n', encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert rules_of(report) == {"PRV302", "PRV303"}


def test_pyproject_without_tool_provenance_is_not_configuration(work: Path):
    seed_copy(work)
    (work / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.other]\nselect = 3\n', encoding="utf-8")
    code, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert code == 0 and rules_of(report) == SEED_FINDINGS


def test_config_option_names_the_file(work: Path):
    seed_copy(work)
    (work / "provenance.toml").write_text('select = ["PRV2"]\n', encoding="utf-8")
    (work / "ci.toml").write_text('select = ["PRV1"]\n', encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01", "--config", "ci.toml")
    assert rules_of(report) == {"PRV101"}
    other = work / "elsewhere"
    other.mkdir()
    (other / "pyproject.toml").write_text('[tool.provenance]\nignore = ["PRV1", "PRV2"]\n', encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01", "--config", other / "pyproject.toml")
    assert rules_of(report) == {"PRV302", "PRV303"}
    result = invoke("audit", "doc.txt", "--config", work / "missing.toml")
    assert result.exit_code == 2 and "missing.toml" in result.stderr


def test_cli_select_and_ignore_override_configuration(work: Path):
    seed_copy(work)
    (work / "provenance.toml").write_text('select = ["PRV2"]\nignore = ["PRV303"]\n', encoding="utf-8")
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert rules_of(report) == {"PRV201"}
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01", "--select", "PRV3")
    assert rules_of(report) == {"PRV302"}  # the flag's selection, the file's ignore
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01", "--select", "PRV1,PRV3", "--ignore", "PRV302")
    assert rules_of(report) == {"PRV101"}
    _, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01", "--ignore", "PRV201")
    assert rules_of(report) == set()


BAD_CONFIGS = {
    "unknown-key": ('selekt = ["PRV3"]\n', ["unknown key", "selekt"]),
    "unknown-rule-option": ("[options]\nweekday-windw = 3\n", ["unknown rule option", "weekday-windw"]),
    "select-not-a-list": ('select = "PRV3"\n', ["select", "list of strings"]),
    "ignore-not-strings": ("ignore = [302]\n", ["ignore", "list of strings"]),
    "jobs-a-string": ('jobs = "4"\n', ["jobs", "whole number"]),
    "max-bytes-negative": ("max-bytes = -1\n", ["max-bytes", "whole number"]),
    "fail-on-unknown": ('fail-on = "critical"\n', ["fail-on", "critical"]),
    "severity-level": ('severity = { PRV302 = "fatal" }\n', ["severity"]),
    "option-wrong-type": ('[options]\nweekday-window = "3"\n', ["weekday-window", "int"]),
    "option-bool-for-int": ("[options]\nweekday-window = true\n", ["weekday-window", "int"]),
    "options-not-a-table": ("options = 3\n", ["options"]),
    "baseline-not-a-path": ("baseline = 3\n", ["baseline"]),
    "not-toml": ('select = ["PRV3"\n', ["TOML"]),
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
@pytest.mark.parametrize("file", ["provenance.toml", "pyproject.toml"])
def test_bad_configuration_exits_2_naming_file_and_key(work: Path, case: str, file: str):
    text, words = BAD_CONFIGS[case]
    seed_copy(work)
    if file == "pyproject.toml":
        text = "[tool.provenance]\n" + text.replace("[options]", "[tool.provenance.options]")
    path = work / file
    path.write_text(text, encoding="utf-8")
    for command in (["audit", "doc.txt"], ["baseline", "create", "doc.txt", "-o", "b.json"]):
        result = invoke(*command)
        assert result.exit_code == 2, (command, result.output)
        assert result.stdout == ""
        assert str(path) in result.stderr, result.stderr
        for word in words:
            assert word in result.stderr, result.stderr
        if file == "pyproject.toml" and case != "not-toml":
            assert "[tool.provenance]" in result.stderr
    assert not (work / "b.json").exists()


@pytest.mark.parametrize("key", ["select", "ignore", "severity"])
def test_unknown_rule_code_in_configuration_exits_2_naming_file_and_key(work: Path, key: str):
    seed_copy(work)
    value = '{ XYZ999 = "error" }' if key == "severity" else '["XYZ999"]'
    path = work / "provenance.toml"
    path.write_text(f"{key} = {value}\n", encoding="utf-8")
    result = invoke("audit", "doc.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "XYZ999" in result.stderr
    assert str(path) in result.stderr
    assert re.search(rf"\b{key}\b", result.stderr.replace("select, ignore or severity", ""))


def test_unknown_rule_code_on_the_command_line_exits_2(work: Path):
    seed_copy(work)
    for flag in ("--select", "--ignore"):
        result = invoke("audit", "doc.txt", flag, "PRV3,XYZ999")
        assert result.exit_code == 2
        assert "XYZ999" in result.stderr and result.stdout == ""


def test_severity_override_by_prefix_is_not_silently_ignored(work: Path):
    seed_copy(work)
    (work / "provenance.toml").write_text('severity = { PRV3 = "error" }\n', encoding="utf-8")
    code, report, _ = audit_json("doc.txt", "--as-of", "2024-01-01")
    assert code == 1  # a prefix is a valid key, and the raised severity reaches fail-on error
    assert ("PRV302", "error", 40) in findings(report)
    assert ("PRV303", "error", 40) in findings(report)


# --- Inline suppression ----------------------------------------------------------------------


def test_html_comment_suppresses_that_rule_in_that_document_only(work: Path):
    (work / "quiet.html").write_text(seed_html("<!-- provenance: ignore PRV302 -->\n"), encoding="utf-8")
    (work / "plain.html").write_text(seed_html(), encoding="utf-8")
    _, report, _ = audit_json("quiet.html", "plain.html", "--as-of", "2024-01-01")
    assert rules_of(report, 0) == SEED_FINDINGS - {"PRV302"}
    assert rules_of(report, 1) == SEED_FINDINGS


def test_text_line_suppresses_the_rules_it_names(work: Path):
    seed_copy(work, "quiet.txt", SEED_TEXT + "\n\nprovenance: ignore PRV302, PRV201\n")
    seed_copy(work, "plain.txt")
    _, report, _ = audit_json("quiet.txt", "plain.txt", "--as-of", "2024-01-01")
    assert rules_of(report, 0) == {"PRV101", "PRV303"}
    assert rules_of(report, 1) == SEED_FINDINGS
    assert report["summary"]["findings"] == {"error": 0, "warning": 2, "info": 4}


@pytest.mark.parametrize(
    "marker",
    ["\n\nprovenance: ignore\n", "\n<!-- provenance: ignore -->\n"],
    ids=["text-line", "comment"],
)
def test_bare_ignore_suppresses_every_rule(work: Path, marker: str):
    seed_copy(work, "quiet.txt", SEED_TEXT + marker)
    seed_copy(work, "plain.txt")
    code, report, _ = audit_json("quiet.txt", "plain.txt", "--as-of", "2024-01-01", "--fail-on", "info")
    assert code == 1  # plain.txt still has its findings
    assert report["documents"][0]["status"] == "audited"
    assert report["documents"][0]["findings"] == []
    assert rules_of(report, 1) == SEED_FINDINGS


@pytest.mark.parametrize(
    "marker",
    ["\n\nOur guide says to write provenance: ignore PRV302 in a comment.\n", "\n<p>provenance: ignore</p>\n"],
    ids=["running-text", "visible-html"],
)
def test_directive_mentioned_in_the_text_suppresses_nothing(work: Path, marker: str):
    seed_copy(work, "talks.txt", SEED_TEXT + marker)
    _, report, _ = audit_json("talks.txt", "--as-of", "2024-01-01")
    assert rules_of(report, 0) == SEED_FINDINGS


def test_suppression_in_one_warc_record_only(work: Path):
    write_warc(work / "crawl.warc.gz", [
        ("https://nizkor.example/quiet", (SEED_TEXT + "\nprovenance: ignore PRV201\n").encode("utf-8")),
        ("https://nizkor.example/plain", SEED.read_bytes()),
    ])
    _, report, _ = audit_json("crawl.warc.gz", "--as-of", "2024-01-01")
    assert rules_of(report, 0) == SEED_FINDINGS - {"PRV201"}
    assert rules_of(report, 1) == SEED_FINDINGS


# --- Formats ---------------------------------------------------------------------------------


def gh_data(text: str) -> str:
    """GitHub's escaping of a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def gh_property(text: str) -> str:
    """GitHub's escaping of a workflow command's property value."""
    return gh_data(text).replace(":", "%3A").replace(",", "%2C")


COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def parse_commands(output: str) -> list[dict[str, str]]:
    commands = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, f"not a workflow command: {line!r}"
        props = dict(p.split("=", 1) for p in match["props"].split(",")) if match["props"] else {}
        commands.append({"level": match["level"], **props, "message": match["message"]})
    return commands


def test_github_annotations_for_the_seed(work: Path):
    seed_copy(work)
    result = invoke("audit", "doc.txt", "--format", "github", "--as-of", "2024-01-01", "--fail-on", "warning")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[1].startswith("::warning file=doc.txt,line=40,title=PRV302 source-date-year-slip::the source line's date 2021-01-08")
    commands = parse_commands(result.stdout)
    *annotations, summary = commands
    assert [(c["level"], c["file"], c["line"], c["title"].split()[0]) for c in annotations] == [
        ("notice", "doc.txt", "40", "PRV101"),
        ("warning", "doc.txt", "40", "PRV302"),
        ("notice", "doc.txt", "40", "PRV303"),
        ("warning", "doc.txt", "45", "PRV201"),
    ]
    assert summary["level"] == "notice" and summary["title"] == "provenance"
    assert "1 audited, 0 failed" in summary["message"]
    assert "seen 1 = audited 1 + failed 0" in result.stderr


def test_github_escapes_properties_and_messages(work: Path):
    (work / "packs").mkdir()
    (work / "packs" / "org.toml").write_text(
        ORG_PACK.replace('severity = "warning"', 'severity = "error"')
        .replace('message = "internal memo"', 'message = "100% internal: memo, keep\\r\\nsecond line"\nsuggestion = "drop it: now, 50%"'),
        encoding="utf-8",
    )
    name = "notes, v1: 50%.txt"
    seed_copy(work, name, "Planning notes\n\n\nINTERNAL MEMO do not distribute\n\nBudget due Friday.\n")
    result = invoke("audit", name, "--rules", "packs", "--format", "github")
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    message = "100% internal: memo, keep\r\nsecond line (suggestion: drop it: now, 50%)"
    assert first == f"::error file={gh_property(name)},line=4,title=ORG101 internal-memo::{gh_data(message)}"
    assert first.startswith("::error file=notes%2C v1%3A 50%25.txt,line=4,")
    assert first.endswith("::100%25 internal: memo, keep%0D%0Asecond line (suggestion: drop it: now, 50%25)")
    assert "\r" not in result.stdout and len(result.stdout.splitlines()) == 2


def test_github_annotations_for_records_and_failed_inputs(work: Path):
    offsets = write_warc(work / "crawl.warc.gz", [("https://nizkor.example/a", SEED.read_bytes())])
    result = invoke("audit", "crawl.warc.gz", "missing.html", "--format", "github", "--as-of", "2024-01-01")
    assert result.exit_code == 2
    commands = parse_commands(result.stdout)
    records = [c for c in commands if c.get("file") == "crawl.warc.gz"]
    assert len(records) == 4
    for c in records:
        assert "line" not in c  # a line of the record's text is not a line of the file
        assert c["message"].count(f"[crawl.warc.gz@{offsets[0]}]") == 1
    (failed,) = [c for c in commands if c.get("title") == "provenance input failed"]
    assert failed["level"] == "error" and failed["file"] == "missing.html"
    assert "no such file" in failed["message"]
    assert commands[-1]["title"] == "provenance" and "1 failed" in commands[-1]["message"]


def test_github_file_is_relative_to_the_checkout(work: Path, tmp_path_factory: pytest.TempPathFactory):
    # Given by absolute path, a file in the working directory is annotated by its relative
    # path, even when its name starts with dots; a file outside keeps its own path.
    inside = seed_copy(work, "..draft.txt")
    outside = seed_copy(tmp_path_factory.mktemp("elsewhere"), "doc.txt")
    result = invoke("audit", inside.resolve(), outside, "--format", "github", "--as-of", "2024-01-01")
    files = [c["file"] for c in parse_commands(result.stdout) if "file" in c]
    assert files == ["..draft.txt"] * 4 + [gh_property(str(outside))] * 4


CSV_COLUMNS = [
    "document", "url", "status", "error", "published", "publisher", "original_publisher",
    "rights_holder", "presumed_holder", "rights_basis", "rights_statement", "license",
    "rule", "name", "severity", "line", "message", "evidence", "suggestion", "copy_of", "copied_by",
]


def test_csv_report(work: Path):
    seed_copy(work)
    seed_copy(work, "quiet.txt", "A short note\n\nNothing in it needs a finding, nothing at all.\n")
    offsets = write_warc(work / "crawl.warc.gz", [("https://nizkor.example/a", SEED.read_bytes())])
    (work / "empty.txt").write_bytes(b"")
    result = invoke("audit", "doc.txt", "quiet.txt", "crawl.warc.gz", "empty.txt", "--format", "csv", "--as-of", "2024-01-01")
    assert result.exit_code == 2
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == CSV_COLUMNS
    records = [dict(zip(CSV_COLUMNS, row, strict=False)) for row in rows[1:]]
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    assert [r["document"] for r in records] == ["doc.txt"] * 4 + ["quiet.txt"] + [f"crawl.warc.gz@{offsets[0]}"] * 4 + ["empty.txt"]

    seed_rows = records[:4]
    assert [(r["rule"], r["severity"], r["line"]) for r in seed_rows] == [
        ("PRV101", "info", "40"), ("PRV302", "warning", "40"), ("PRV303", "info", "40"), ("PRV201", "warning", "45"),
    ]
    for r in seed_rows:
        assert r["status"] == "audited" and r["error"] == ""
        assert r["published"] == "2022-01-08"
        assert r["original_publisher"] == "Bloomberg"
        assert r["rights_basis"] == "fair-use claim"
        assert (r["rights_holder"], r["presumed_holder"]) == ("Bloomberg", "")
        assert r["rights_statement"] == "http://rightsstatements.org/vocab/InC/1.0/"
    assert seed_rows[0]["evidence"] == "[Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]"
    assert seed_rows[1]["suggestion"] == "2022-01-08"

    quiet = records[4]
    assert quiet["status"] == "audited"
    assert quiet["rule"] == quiet["severity"] == quiet["line"] == quiet["message"] == ""

    assert {r["url"] for r in records[5:9]} == {"https://nizkor.example/a"}
    failed = records[9]
    assert failed["status"] == "failed" and "empty" in failed["error"]
    assert failed["rule"] == "" and failed["published"] == ""
    assert "seen 4 = audited 3 + failed 1" in result.stderr


def test_json_and_sarif_stay_valid_with_records_and_failures(work: Path):
    seed_copy(work)
    offsets = write_warc(work / "crawl.warc.gz", [("https://nizkor.example/a", SEED.read_bytes())])
    args = ("doc.txt", "crawl.warc.gz", "missing.txt", "--as-of", "2024-01-01", "--jobs", "1")

    result = invoke("audit", *args, "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))).validate(report)
    assert [d["status"] for d in report["documents"]] == ["audited", "audited", "failed"]

    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF 2.1.0 schema not found at {SARIF_SCHEMA}")
    result = invoke("audit", *args, "--format", "sarif")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 8
    from_record = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "crawl.warc.gz"]
    assert len(from_record) == 4
    for r in from_record:
        assert r["properties"]["record"] == f"crawl.warc.gz@{offsets[0]}"
        assert r["properties"]["url"] == "https://nizkor.example/a"
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert "missing.txt" in note["message"]["text"]


# --- The pre-commit hook ---------------------------------------------------------------------


def hook_fields() -> dict[str, str]:
    """The first hook's `key: value` lines from .pre-commit-hooks.yaml (a simple file)."""
    fields: dict[str, str] = {}
    for line in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.match(r"^(?:- |  )(\w+):\s*(.*)$", line)
        assert match, f"unexpected line in .pre-commit-hooks.yaml: {line!r}"
        if line.startswith("- ") and fields:
            break
        fields[match[1]] = match[2].strip()
    return fields


def test_pre_commit_hook_definition():
    fields = hook_fields()
    try:
        import yaml
    except ImportError:
        pass
    else:  # where PyYAML is installed, the hand parse must agree with it
        hook = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
        assert {key: hook[key] for key in ("id", "entry", "language", "files")} == {
            key: fields[key] for key in ("id", "entry", "language", "files")
        }
    assert fields["id"] == "provenance"
    assert fields["language"] == "python"
    files = re.compile(fields["files"])
    for name in ("page.html", "page.htm", "notes.txt", "crawl.warc.gz", "crawl.warc", "shard.jsonl", "shard.jsonl.gz",
                 "old.arc.gz", "sub/dir/Page.xhtml"):
        assert files.search(name), name
    for name in ("setup.py", "provenance/cli.py", "README.md", "data.json", "archive.gz", "page.html.bak", "shard.jsonl.zip"):
        assert not files.search(name), name


def test_pre_commit_hook_entry_runs(work: Path):
    entry = shlex.split(hook_fields()["entry"])
    assert entry[:2] == ["provenance", "audit"]
    seed_copy(work)
    # pre-commit appends the hook's args, then the file names
    result = invoke(*entry[1:], "--fail-on", "warning", "doc.txt", "--as-of", "2024-01-01")
    assert result.exit_code == 1
    assert result.stderr == ""  # --quiet
    result = invoke(*entry[1:], "--fail-on", "warning", "--as-of", "2024-01-01", "doc.txt", "--ignore", "PRV2,PRV302")
    assert result.exit_code == 0


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted(work: Path):
    # The source line of the seed, starting with a formula: its evidence cell must not run.
    seed_copy(work, "formula.txt", SEED_TEXT.replace("[Source: By Nariman", "=HYPERLINK(\"x\") [Source: By Nariman"))
    result = invoke("audit", "formula.txt", "--format", "csv", "--as-of", "2024-01-01")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    evidence = [row["evidence"] for row in rows if row["rule"] == "PRV302"]
    assert evidence and evidence[0].startswith("'=HYPERLINK")
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())
