"""Behaviour of the command line: `provenance audit`, `provenance rules`, `provenance explain`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import provenance
from provenance.audit import default_packs
from provenance.cli import app
from provenance.reporters import render
from provenance.rules import all_rule_docs

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
REPORT_SCHEMA = REPO / "provenance" / "schema" / "report.schema.json"
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def report_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(REPORT_SCHEMA.read_text(encoding="utf-8")))


def sarif_validator() -> jsonschema.Draft4Validator:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF 2.1.0 schema not found at {SARIF_SCHEMA} (expected in ../shared/schemas/ beside the repo)")
    return jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def assert_valid(validator: jsonschema.protocols.Validator, instance: object) -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def all_uris(sarif_log: dict) -> list[str]:
    uris = []
    for run_ in sarif_log["runs"]:
        for result in run_["results"]:
            for loc in result["locations"] + result.get("relatedLocations", []):
                uris.append(loc["physicalLocation"]["artifactLocation"]["uri"])
    return uris


# --- A pack of extra rules ----------------------------------------------------------------

ORG_RULE = """\
[[rule]]
id = "ORG101"
name = "internal-memo"
severity = "warning"
category = "notice"
summary = "An internal memo marker: the document was not meant to leave the organisation."
why = "Internal memos must not be published or shared outside."
example = "INTERNAL MEMO do not distribute"
pattern = 'INTERNAL MEMO'
message = "internal memo"
"""


def write_pack(directory: Path, text: str, name: str = "org.toml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# --- audit: the bundled seed and --fail-on ----------------------------------------------------


def test_audit_without_path_audits_bundled_seed_and_exits_0():
    result = run("audit")
    assert result.exit_code == 0, result.output
    assert "000_a9cc6e4024ccf920.txt" in result.stdout
    assert "Kazakhstan Arrests Ex-Security Head" in result.stdout
    assert "PRV302" in result.stdout and "PRV201" in result.stdout
    assert "1 document(s): 1 audited, 0 failed" in result.stdout


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("error", 0), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_on_sets_exit_code(fail_on: str, code: int):
    # The seed has 2 warnings and 2 info findings, no errors.
    result = run("audit", "--fail-on", fail_on, "--format", "json")
    assert result.exit_code == code, result.output
    summary = json.loads(result.stdout)["summary"]
    assert summary["findings"] == {"error": 0, "warning": 2, "info": 2}


def test_fail_on_rejects_unknown_level():
    result = run("audit", "--fail-on", "critical")
    assert result.exit_code == 2
    assert "--fail-on" in result.output


def test_subprocess_real_exit_code_and_json_stdout():
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "provenance", "audit", "--format", "json", "--as-of", "2024-01-01"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert_valid(report_validator(), report)
    assert report["summary"]["documents"] == 1
    assert report["documents"][0]["status"] == "audited"

    proc = subprocess.run(
        [sys.executable, "-m", "provenance", "audit", "--format", "json", "--fail-on", "warning"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["summary"]["findings"]["warning"] == 2


# --- JSON ------------------------------------------------------------------------------------


def test_json_report_validates_against_schema():
    result = run("audit", "--format", "json", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert_valid(report_validator(), report)
    assert report["schema_version"] == "1.3"
    assert report["tool"] == {"name": "provenance", "version": provenance.__version__}
    assert report["summary"]["documents"] == 1
    assert report["summary"]["audited"] == 1
    assert report["summary"]["failed"] == 0
    doc = report["documents"][0]
    assert Path(doc["source"]["path"]).name == SEED.name
    assert doc["status"] == "audited" and doc["error"] is None
    assert [link["role"] for link in doc["chain"]] == ["original", "republisher"]
    assert doc["chain"][0]["publisher"] == "Bloomberg"
    assert doc["published"]["date"] == "2022-01-08"
    assert {f["rule"] for f in doc["findings"]} == {"PRV101", "PRV201", "PRV302", "PRV303"}


def test_json_schema_rejects_a_broken_report():
    """The schema check above can fail: a report with a wrong field is rejected."""
    report = json.loads(run("audit", "--format", "json").stdout)
    report["documents"][0]["status"] = "skipped"
    assert list(report_validator().iter_errors(report))


def test_json_report_with_failed_input_validates(tmp_path: Path):
    result = run("audit", str(SEED), str(tmp_path / "missing.txt"), "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert_valid(report_validator(), report)
    assert report["summary"] == {
        "documents": 2, "seen": 2, "audited": 1, "failed": 1, "skipped": 0, "baselined": 0,
        "findings": {"error": 0, "warning": 2, "info": 2},  # the seed's; the missing file has none
    }


# --- SARIF -----------------------------------------------------------------------------------


def test_sarif_validates_and_uris_are_relative(monkeypatch: pytest.MonkeyPatch):
    validator = sarif_validator()
    monkeypatch.chdir(REPO)
    result = run("audit", "seeds/", "--format", "sarif", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    log = json.loads(result.stdout)
    assert_valid(validator, log)
    assert log["version"] == "2.1.0"
    (run_,) = log["runs"]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert {"PRV101", "PRV201", "PRV302", "PRV901"} <= set(rule_ids)
    results = run_["results"]
    assert {r["ruleId"] for r in results} == {"PRV101", "PRV201", "PRV302", "PRV303"}
    for r in results:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["PRV201"] == "warning" and levels["PRV101"] == "note"
    uris = all_uris(log)
    assert uris
    for uri in uris:
        assert "://" not in uri and not uri.startswith(("file:", "/")), uri
        assert not uri.startswith(".."), uri
        assert uri == "seeds/000_a9cc6e4024ccf920.txt"
    assert run_["invocations"][0]["executionSuccessful"] is True


def test_sarif_failed_input_is_a_notification(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    validator = sarif_validator()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("audit", "empty.txt", "--format", "sarif")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    assert_valid(validator, log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert "empty" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "empty.txt"


def test_sarif_uri_relative_for_file_name_starting_with_dots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "..draft.txt").write_bytes(SEED.read_bytes())
    result = run("audit", "..draft.txt", "--format", "sarif")
    uris = all_uris(json.loads(result.stdout))
    assert uris
    assert all(uri == "..draft.txt" for uri in uris), uris


def test_sarif_uri_outside_cwd_is_a_file_uri(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = run("audit", str(SEED), "--format", "sarif")
    uris = all_uris(json.loads(result.stdout))
    assert uris and all(uri == SEED.as_uri() for uri in uris)


def test_sarif_properties_carry_url_when_document_has_one():
    validator = sarif_validator()
    data = SEED.read_bytes()
    docs = all_rule_docs(default_packs())
    with_url = provenance.audit_document(data, path="seeds/a.txt", url="https://example.org/a")
    without = provenance.audit_document(data, path="seeds/a.txt")
    log = json.loads(render("sarif", [with_url], docs))
    assert_valid(validator, log)
    results = log["runs"][0]["results"]
    assert len(results) == len(with_url.findings) >= 1
    for r in results:
        assert r["properties"]["url"] == "https://example.org/a"
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "seeds/a.txt"
    for r in json.loads(render("sarif", [without], docs))["runs"][0]["results"]:
        assert "url" not in r["properties"]


# --- --output --------------------------------------------------------------------------------


def test_output_writes_report_atomically(tmp_path: Path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.json"
    result = run("audit", "--format", "json", "--as-of", "2024-01-01", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.json"]
    written = json.loads(target.read_text(encoding="utf-8"))
    assert_valid(report_validator(), written)
    assert written["summary"]["documents"] == 1
    # the same report as on stdout
    assert written == json.loads(run("audit", "--format", "json", "--as-of", "2024-01-01").stdout)


def test_output_replaces_existing_file(tmp_path: Path):
    target = tmp_path / "report.sarif"
    target.write_text("old contents", encoding="utf-8")
    result = run("audit", "--format", "sarif", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif"]


def test_output_into_missing_directory_is_a_clean_error(tmp_path: Path):
    target = tmp_path / "no" / "such" / "report.json"
    result = run("audit", "--format", "json", "--output", str(target))
    assert not isinstance(result.exception, OSError), repr(result.exception)
    assert result.exit_code == 2
    assert "report.json" in result.stderr


# --- --as-of ---------------------------------------------------------------------------------


def test_as_of_not_a_date_exits_2():
    result = run("audit", "--as-of", "notadate")
    assert result.exit_code == 2
    assert "--as-of" in result.stderr
    assert "notadate" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_as_of_moves_the_reference_date():
    before = json.loads(run("audit", "--format", "json", "--as-of", "2021-06-01").stdout)
    after = json.loads(run("audit", "--format", "json", "--as-of", "2030-01-01").stdout)
    future_before = [f for f in before["documents"][0]["findings"] if f["rule"] == "PRV306"]
    assert future_before and future_before[0]["line"] == 45
    assert "PRV306" not in {f["rule"] for f in after["documents"][0]["findings"]}


# --- --rules: a valid extra pack -------------------------------------------------------------


def test_extra_pack_rule_is_listed_and_explained(tmp_path: Path):
    pack = write_pack(tmp_path / "packs", ORG_RULE)
    result = run("rules", "--rules", str(pack.parent))
    assert result.exit_code == 0, result.output
    assert "ORG101" in result.stdout and "internal-memo" in result.stdout
    assert "PRV302" in result.stdout  # the built-ins are still there
    assert "ORG101" not in run("rules").stdout

    result = run("explain", "ORG101", "--rules", str(pack.parent))
    assert result.exit_code == 0, result.output
    assert "internal-memo" in result.stdout
    assert "Internal memos must not be published" in result.stdout
    assert str(pack) in result.stdout


def test_extra_pack_rule_finds_its_pattern(tmp_path: Path):
    pack = write_pack(tmp_path / "packs", ORG_RULE)
    doc = tmp_path / "memo.txt"
    doc.write_text(
        "Quarterly planning notes\n\n\nINTERNAL MEMO do not distribute\n\nThe budget is due on Friday.\n",
        encoding="utf-8",
    )
    result = run("audit", str(doc), "--rules", str(pack.parent), "--format", "json")
    assert result.exit_code == 0, result.output  # a warning does not reach --fail-on error
    report = json.loads(result.stdout)
    assert_valid(report_validator(), report)
    findings = [f for f in report["documents"][0]["findings"] if f["rule"] == "ORG101"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding["line"] == 4
    assert finding["name"] == "internal-memo"
    assert finding["severity"] == "warning"
    assert finding["category"] == "notice"
    assert finding["message"] == "internal memo"
    assert finding["evidence"] == "INTERNAL MEMO do not distribute"

    result = run("audit", str(doc), "--rules", str(pack.parent), "--fail-on", "warning")
    assert result.exit_code == 1
    # without the pack, no such finding
    plain = json.loads(run("audit", str(doc), "--format", "json").stdout)
    assert "ORG101" not in {f["rule"] for f in plain["documents"][0]["findings"]}


# --- --rules: bad packs ----------------------------------------------------------------------

BAD_PACKS = {
    "invalid-toml": ('[[rule]]\nid = "ORG101\nname = oops\n', ["not valid TOML"]),
    "bad-severity": (ORG_RULE.replace('severity = "warning"', 'severity = "high"'), ["severity", "'high'", "ORG101"]),
    "duplicate-id": (ORG_RULE.replace('id = "ORG101"', 'id = "PRV201"'), ["PRV201", "already used"]),
    "duplicate-pack-id": (ORG_RULE.replace('id = "ORG101"', 'id = "PRV202"'), ["PRV202", "already used"]),
    "bad-regex": (ORG_RULE.replace("pattern = 'INTERNAL MEMO'", "pattern = 'INTERNAL (MEMO'"), ["regular expression", "ORG101"]),
    "unknown-section": (ORG_RULE + '\n[plugins]\nload = "evil"\n', ["unknown section", "plugins"]),
    "unknown-key": (ORG_RULE.replace('message = "internal memo"', 'message = "internal memo"\ncode = "x"'), ["unknown key", "code"]),
    "bad-id": (ORG_RULE.replace('id = "ORG101"', 'id = "org-1"'), ["'id'", "org-1"]),
    # A licence id template is data too: no attribute access, only fields the pattern fills.
    "spdx-attribute": (
        '[[notice]]\nkind = "license"\npattern = "house licence (?P<version>[0-9])"\nspdx = "HOUSE-{version.__class__}"\n',
        ["'spdx' fields must be plain names", "notice[0]"],
    ),
    # One credit names one outlet: a name or domain the registry already has is an error.
    "publisher-name-taken": (
        '[[publisher]]\nname = "Kazakh Daily Courier"\naliases = ["the Associated Press"]\nlegal_names = []\ndomains = []\nkind = "newspaper"\ncountry = "KZ"\n',
        ["Kazakh Daily Courier", "'the Associated Press'", "already listed under 'Associated Press'"],
    ),
    "publisher-dateline-code-a-name": (
        '[[publisher]]\nname = "Kazakh Wire"\naliases = []\ndateline_codes = ["AP"]\nkind = "wire"\ncountry = "KZ"\n',
        ["Kazakh Wire", "dateline code 'AP'", "already a name of 'Associated Press'"],
    ),
    "publisher-domain-taken": (
        '[[publisher]]\nname = "Kazakh Daily Courier"\naliases = []\nlegal_names = []\ndomains = ["reuters.com"]\nkind = "newspaper"\ncountry = "KZ"\n',
        ["'reuters.com'", "already listed under 'Reuters'"],
    ),
    "self-reference-without-name": (
        '[[self_reference]]\nform = "newsletter"\npattern = "subscribe to our newsletter"\n',
        ["self_reference[0]", "(?P<publisher>...)"],
    ),
    "spdx-unfilled": (
        '[[notice]]\nkind = "license"\npattern = "house licence"\nspdx = "HOUSE-{version}"\n',
        ["{version}", "neither a named group"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_bad_pack_exits_2_naming_file_and_problem(tmp_path: Path, case: str):
    text, words = BAD_PACKS[case]
    pack = write_pack(tmp_path / "packs", text, name=f"{case}.toml")
    for command in (["audit"], ["rules"], ["explain", "PRV302"]):
        result = run(*command, "--rules", str(pack.parent))
        assert result.exit_code == 2, (command, result.output)
        assert "Traceback" not in result.output
        assert result.stdout == ""
        assert "bad rule pack" in result.stderr
        assert str(pack) in result.stderr, result.stderr
        for word in words:
            assert word in result.stderr, result.stderr


def test_rules_option_must_be_a_directory_with_packs(tmp_path: Path):
    result = run("audit", "--rules", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "nope" in result.stderr and "directory" in result.stderr
    (tmp_path / "emptypacks").mkdir()
    result = run("audit", "--rules", str(tmp_path / "emptypacks"))
    assert result.exit_code == 2
    assert "no .toml" in result.stderr


def test_pack_is_never_executed(tmp_path: Path):
    marker = tmp_path / "pwned_x"
    code = f"__import__('os').system('touch {marker}')"
    assert not marker.exists()
    pack_text = f"""\
[[rule]]
id = "ORG102"
name = "not-code"
severity = "info"
category = "notice"
summary = "{code}"
why = "{code}"
example = "{code}"
pattern = "{code}"
message = "{code}"
suggestion = "{code}"

[[notice]]
kind = "copyright"
pattern = "{code}"

[[publisher]]
name = "{code}"
"""
    pack = write_pack(tmp_path / "packs", pack_text)
    doc = tmp_path / "doc.txt"
    doc.write_text(f"Some title\n\n{code}\n\nAnother line of ordinary text.\n", encoding="utf-8")
    for command in (
        ["audit", str(doc), "--format", "json"],
        ["audit", "--format", "sarif"],
        ["rules"],
        ["explain", "ORG102"],
    ):
        result = run(*command, "--rules", str(pack.parent))
        assert result.exit_code == 0, (command, result.output)
    assert not marker.exists(), "a rule pack's contents were executed"
    # It is a regular expression: the parentheses are groups, so the literal text does not match.
    report = json.loads(run("audit", str(doc), "--format", "json", "--rules", str(pack.parent)).stdout)
    assert "ORG102" not in {f["rule"] for f in report["documents"][0]["findings"]}
    assert not marker.exists()


# --- rules and explain -----------------------------------------------------------------------


def test_rules_lists_every_builtin_rule():
    result = run("rules")
    assert result.exit_code == 0, result.output
    ids = {doc.id for doc in all_rule_docs(default_packs())}
    assert {"PRV101", "PRV201", "PRV302", "PRV901"} <= ids
    for rule_id in ids:
        assert rule_id in result.stdout
    assert "source-date-year-slip" in result.stdout


def test_explain_by_id():
    result = run("explain", "PRV302")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("PRV302 source-date-year-slip")
    for heading in ("What it finds", "Why it matters", "Example"):
        assert heading in out
    assert out.index("What it finds") < out.index("Why it matters") < out.index("Example")
    assert "(warning, date)" in out


@pytest.mark.parametrize("name", ["source-date-year-slip", "SOURCE-DATE-YEAR-SLIP", "prv302"])
def test_explain_by_name_or_case(name: str):
    result = run("explain", name)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("PRV302 source-date-year-slip")


def test_explain_unknown_rule_exits_2():
    result = run("explain", "PRV999")
    assert result.exit_code == 2
    assert "PRV999" in result.stderr
    assert result.stdout == ""


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"provenance {provenance.__version__}"


def test_part_of_must_name_another_registry_publisher(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "packs",
        '[[publisher]]\nname = "Quay Weekly"\naliases = []\nlegal_names = []\ndomains = []\nkind = "magazine"\ncountry = "GB"\npart_of = "Nowhere Media"\n',
        name="house.toml",
    )
    result = run("rules", "--rules", str(pack.parent))
    assert result.exit_code == 2
    assert "'part_of' must name another registry publisher" in result.stderr and "Nowhere Media" in result.stderr
