"""Rough edges a new user hit: each is a usage error in one line, a quiet end, a unit said
right, an input read once, or a configuration that works as the README shows it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

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
