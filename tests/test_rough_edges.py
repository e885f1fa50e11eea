"""Rough edges a new user hit: each is a usage error in one line, a quiet end, a unit said
right, an input read once, or a configuration that works as the README shows it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_ci import ORG_PACK  # the README's worked example of an organisation's pack
from typer.testing import CliRunner

from provenance.baseline import dump_baseline
from provenance.cli import app

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
FORMATS = "text, json, jsonl, sarif, github, csv, html, prov, prov-jsonld"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def keys(stdout: str) -> list[str]:
    return [document["source"]["key"] for document in json.loads(stdout)["documents"]]


# --- 5. -j -1 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-j", "--jobs"])
def test_negative_jobs_is_a_one_line_usage_error(flag: str, tmp_path: Path):
    for n in range(20):  # more than a batch: -1 workers once reached the worker pool
        shutil.copy(SEED, tmp_path / f"doc{n:02}.txt")
    result = run("audit", str(tmp_path), flag, "-1")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "provenance: error: --jobs: must be 0 (one per core) or more, not -1\n"


def test_negative_jobs_for_baseline_create_too(tmp_path: Path):
    result = run("baseline", "create", str(SEED), "-j", "-3", "-o", str(tmp_path / "b.json"))
    assert result.exit_code == 2
    assert result.stderr == "provenance: error: --jobs: must be 0 (one per core) or more, not -3\n"
    assert not (tmp_path / "b.json").exists()


def test_max_bytes_below_one_is_a_usage_error():
    result = run("audit", str(SEED), "--max-bytes", "0")
    assert result.exit_code == 2
    assert result.stderr == "provenance: error: --max-bytes: must be 1 or more, not 0\n"


# --- 6. A closed pipe -------------------------------------------------------------------------------


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path):
    shard = tmp_path / "shard.jsonl"
    # Some 400 KB of report: far more than a pipe holds, so the run is still writing when the reader leaves.
    shard.write_text(
        "".join(json.dumps({"id": str(n), "text": f"Story {n}.\nCopyright 2021 Example Press.\n"}) + "\n" for n in range(400)),
        encoding="utf-8",
    )
    for format in ("jsonl", "text"):
        every_document = ["--show", "all"] if format == "text" else []
        process = subprocess.Popen(
            [sys.executable, "-m", "provenance", "audit", str(shard), "-f", format, "-j", "1", *every_document],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()  # as `| head -1` does
        process.stdout.close()
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=120)
        assert first, format
        assert stderr == "", (format, stderr)
        assert code == 141, (format, code)  # 128 + SIGPIPE, as a tool the signal stopped


# --- 7. --max-bytes in its own unit -------------------------------------------------------------------


def test_max_bytes_is_reported_in_bytes_as_given(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"All work and no play makes Jack a dull boy.\n" * 3000)  # 132,000 bytes
    result = run("audit", str(big), "--max-bytes", "100000", "-f", "json")
    assert result.exit_code == 2
    (document,) = json.loads(result.stdout)["documents"]
    assert document["error"] == "too large: 132,000 bytes is over the limit of 100,000 bytes (--max-bytes)"


def test_a_large_limit_is_also_said_in_mib(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * 2**20))
    result = run("audit", str(big), "--max-bytes", str(2 * 2**20), "-f", "json")
    (document,) = json.loads(result.stdout)["documents"]
    assert document["error"] == "too large: 3,145,728 bytes (3 MiB) is over the limit of 2,097,152 bytes (2 MiB) (--max-bytes)"
    assert " MB" not in document["error"]


# --- 8. The same input given twice ---------------------------------------------------------------------


def test_the_same_file_given_twice_is_audited_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "seed.txt")
    result = run("audit", "seed.txt", "./seed.txt", str(tmp_path / "seed.txt"), "link.txt", "-f", "json", "-v")
    assert result.exit_code == 0, result.output
    assert keys(result.stdout) == ["seed.txt"]
    assert result.stderr.count("given twice: read once") == 3


def test_a_file_named_and_met_again_in_its_directory_is_audited_once(tmp_path: Path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    shutil.copy(SEED, crawl / "a.txt")
    shutil.copy(SEED, crawl / "b.txt")  # the same text in another file is another document
    result = run("audit", str(crawl / "b.txt"), str(crawl), str(crawl), "-f", "json", "-v")
    assert keys(result.stdout) == [str(crawl / "b.txt"), str(crawl / "a.txt")]
    assert f"provenance: not read: {crawl / 'b.txt'}: already read: given twice, or linked\n" in result.stderr
    assert f"provenance: not read: {crawl}: given twice: read once\n" in result.stderr


def test_standard_input_given_twice_is_read_once():
    result = runner.invoke(app, ["audit", "-", "-", "-f", "json"], input=SEED.read_bytes())
    assert keys(result.stdout) == ["<stdin>"]


# --- 9. Usage errors in one line; --format in any case -----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["audit", "-f", "xml"], f"--format: 'xml' is not one of {FORMATS}"),
        (["audit", "--format", "XML"], f"--format: 'XML' is not one of {FORMATS}"),
        (["audit", "--fail-on", "critical"], "--fail-on: 'critical' is not one of error, warning, info, never"),
        (["audit", "--color", "sometimes"], "--color: 'sometimes' is not one of auto, always, never"),
        (["audit", "--show", "some"], "--show: 'some' is not one of findings, all"),
        (["audit", "--no-such-flag"], "No such option: --no-such-flag"),
        (["audit", "--max-bytes"], "Option '--max-bytes' requires an argument"),
        (["no-such-command"], "No such command 'no-such-command'"),
        (["baseline", "create", "--no-such-flag"], "No such option: --no-such-flag"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"provenance: error: {message}"), result.stderr
    assert "╭" not in result.stderr and "Usage:" not in result.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["audit", "--as-of", "soon"], "--as-of: must be a date as YYYY-MM-DD, not 'soon'"),
        (["audit", "--timeout", "-1"], "--timeout: must be a number of seconds, 0 (no limit) or more, not -1"),
        (["audit", "--resume"], "--resume: needs --format jsonl and --output FILE: it continues that file"),
        (["explain", "PRV999"], "no rule 'PRV999'; `provenance rules` lists them"),
    ],
)
def test_usage_errors_the_commands_find_read_like_clicks(args: list[str], line: str):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == f"provenance: error: {line}\n"


def test_a_usage_error_from_a_subprocess_has_no_traceback():
    process = subprocess.run(
        [sys.executable, "-m", "provenance", "audit", "-f", "xml"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.returncode == 2
    assert process.stderr == f"provenance: error: --format: 'xml' is not one of {FORMATS}\n"


@pytest.mark.parametrize("spelling", ["JSON", "Json", "json"])
def test_format_is_case_insensitive(spelling: str):
    result = run("audit", str(SEED), "--format", spelling)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["audited"] == 1


def test_no_arguments_still_shows_the_help():
    result = run()
    assert "Usage" in result.output and "audit" in result.output
    assert "error" not in result.output


# --- 10. Configuration as the README shows it --------------------------------------------------------------

MEMO = "Harbour works begin\n\nINTERNAL MEMO do not distribute.\n\nWork on the new harbour wall began after two years of delays.\n"


def readme_configuration() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Configuration lives in") :]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory with the README's house-rules pack, its baseline and a memo."""
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "org.toml").write_text(ORG_PACK, encoding="utf-8")
    (tmp_path / "memo.txt").write_text(MEMO, encoding="utf-8")
    (tmp_path / "provenance-baseline.json").write_text(dump_baseline([]), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("file", ["provenance.toml", "pyproject.toml"])
def test_the_readme_configuration_works_pasted_into_either_file(project: Path, file: str):
    (project / file).write_text(readme_configuration(), encoding="utf-8")
    result = run("audit", "memo.txt", "-f", "json")
    assert result.exit_code == 1, result.output  # fail-on = "warning", and the pack's rule found its memo
    (document,) = json.loads(result.stdout)["documents"]
    assert [finding["rule"] for finding in document["findings"]] == ["ORG101"]
    assert result.stderr == ""


def test_provenance_toml_at_the_top_level_works_too(project: Path):
    (project / "provenance.toml").write_text('fail-on = "never"\nrules = ["house-rules"]\n', encoding="utf-8")
    result = run("audit", "memo.txt", "-f", "json")
    assert result.exit_code == 0
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["ORG101"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail-on = "never"\n[tool.provenance]\njobs = 1\n', "'fail-on' is at the top level and other settings in [tool.provenance]; put them all in one place"),
        ("[tool.ruff]\nline-length = 100\n[tool.provenance]\njobs = 1\n", "unknown table [tool.ruff]; this file holds provenance's settings only"),
        ("[tool.ruff]\nline-length = 100\n", "unknown key 'tool'; the settings go at the top level, or all in a [tool.provenance] table"),
    ],
)
def test_provenance_toml_mixing_the_two_forms_is_an_error(project: Path, text: str, message: str):
    (project / "provenance.toml").write_text(text, encoding="utf-8")
    result = run("audit", "memo.txt")
    assert result.exit_code == 2
    assert result.stderr == f"provenance: {project / 'provenance.toml'}: {message}\n"


def test_selecting_prefixes_that_leave_out_an_added_pack_warns(project: Path):
    (project / "provenance.toml").write_text('select = ["PRV1", "PRV3"]\nrules = ["house-rules"]\n', encoding="utf-8")
    result = run("audit", "memo.txt", "-f", "json")
    assert result.stderr == (
        f"provenance: warning: {project / 'provenance.toml'}: select (PRV1, PRV3) leaves out every rule of the packs in "
        f"{project / 'house-rules'} (ORG101); add 'ORG' to it to run them\n"
    )
    assert json.loads(result.stdout)["documents"][0]["findings"] == []


def test_a_pack_named_with_rules_and_left_out_by_select_warns(project: Path):
    result = run("audit", "memo.txt", "-f", "json", "--select", "PRV3", "--rules", "house-rules")
    assert result.stderr.startswith("provenance: warning: --select (PRV3) leaves out every rule of the packs in house-rules (ORG101)")


def test_select_on_the_command_line_narrows_the_configured_packs_without_a_warning(project: Path):
    (project / "provenance.toml").write_text('rules = ["house-rules"]\n', encoding="utf-8")
    result = run("audit", "memo.txt", "-f", "json", "--select", "PRV3")
    assert result.stderr == ""
    assert json.loads(result.stdout)["documents"][0]["findings"] == []


def test_a_selection_that_names_the_pack_runs_it_without_a_warning(project: Path):
    (project / "provenance.toml").write_text('select = ["PRV3", "ORG"]\nrules = ["house-rules"]\n', encoding="utf-8")
    result = run("audit", "memo.txt", "-f", "json")
    assert result.stderr == ""
    assert [f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]] == ["ORG101"]
