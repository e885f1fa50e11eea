"""The text report for whole crawls: documents with something to say, a table of findings
by rule, --show, --statistics, --min-severity, notice scopes, -v and --color."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import Color, app, wants_color

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
QUIET_TEXT = "Harbour works begin\n\nWork on the new harbour wall began after two years of delays.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, ["audit", "--as-of", "2024-01-01", *args], env=env)


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """The seed (2 warnings, 2 info), two texts with nothing to report, and an empty file (failed)."""
    directory = tmp_path / "crawl"
    directory.mkdir()
    shutil.copy(SEED, directory / "a-seed.txt")
    (directory / "b-quiet.txt").write_text(QUIET_TEXT, encoding="utf-8")
    (directory / "c-quiet.txt").write_text(QUIET_TEXT.replace("harbour", "river"), encoding="utf-8")
    (directory / "d-empty.txt").write_bytes(b"")
    return directory


def document_headings(stdout: str) -> list[str]:
    """The lines that open a document's block: its key, unindented."""
    return [line for line in stdout.splitlines() if line.startswith(("/", "crawl")) and not line.startswith(" ")]


def table_rows(stdout: str) -> list[tuple[str, ...]]:
    return [tuple(line.split()) for line in stdout.splitlines() if re.fullmatch(r"[A-Z]+\d+\s+\S+\s+(error|warning|info)\s+\d+", line)]


# --- Several documents: those with something to say, then the table ---------------------------


def test_several_documents_show_only_those_with_findings_or_failed(crawl: Path):
    result = run(str(crawl))
    assert result.exit_code == 2, result.output  # the empty file failed
    headings = document_headings(result.stdout)
    assert [Path(h).name for h in headings] == ["a-seed.txt", "d-empty.txt"]
    assert "b-quiet.txt" not in result.stdout and "c-quiet.txt" not in result.stdout
    assert "  failed  empty file" in result.stdout
    assert "not shown: 2 document(s) with nothing to report (--show all lists them)" in result.stdout


def test_the_table_counts_findings_by_rule_most_first(crawl: Path):
    shutil.copy(SEED, crawl / "e-seed-again.txt")  # a second copy: each of its rules counts 2
    (crawl / "d-empty.txt").unlink()
    result = run(str(crawl))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("rule "))
    assert lines[header].split() == ["rule", "name", "severity", "count"]
    assert table_rows(result.stdout) == [
        ("PRV101", "republished-copy", "info", "2"),
        ("PRV201", "fair-use-claim", "warning", "2"),
        ("PRV302", "source-date-year-slip", "warning", "2"),
        ("PRV303", "weekday-evidence", "info", "2"),
    ]
    # after every document, before the run's summary
    assert header > max(i for i, line in enumerate(lines) if "e-seed-again.txt" in line)
    assert lines[-2] == "4 document(s): 4 audited, 0 failed; findings: 0 error, 4 warning, 4 info"


def test_show_all_restores_every_document(crawl: Path):
    result = run(str(crawl), "--show", "all")
    assert [Path(h).name for h in document_headings(result.stdout)] == ["a-seed.txt", "b-quiet.txt", "c-quiet.txt", "d-empty.txt"]
    assert len(table_rows(result.stdout)) == 4
    assert "not shown" not in result.stdout


def test_a_lone_document_is_shown_without_a_table(tmp_path: Path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text(QUIET_TEXT, encoding="utf-8")
    result = run(str(quiet))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == str(quiet)
    assert "rule " not in result.stdout and "not shown" not in result.stdout


def test_statistics_prints_the_table_alone(crawl: Path):
    result = run(str(crawl), "--statistics")
    assert result.exit_code == 2
    assert document_headings(result.stdout) == []
    assert "title" not in result.stdout and "evidence:" not in result.stdout
    assert result.stdout.splitlines() == [
        "rule    name                   severity  count",
        "PRV101  republished-copy       info          1",
        "PRV201  fair-use-claim         warning       1",
        "PRV302  source-date-year-slip  warning       1",
        "PRV303  weekday-evidence       info          1",
        "",
        "4 document(s): 3 audited, 1 failed; findings: 0 error, 2 warning, 2 info",
    ]


def test_statistics_of_a_lone_document(tmp_path: Path):
    result = run(str(SEED), "--statistics")
    assert result.exit_code == 0
    assert "Kazakhstan" not in result.stdout
    assert ("PRV302", "source-date-year-slip", "warning", "1") in table_rows(result.stdout)


# --- --min-severity: what is shown, not the exit code -------------------------------------------


def test_min_severity_leaves_out_less_severe_findings(crawl: Path):
    result = run(str(crawl), "--min-severity", "warning")
    assert "PRV302 source-date-year-slip" in result.stdout
    assert "PRV101" not in result.stdout and "PRV303" not in result.stdout  # info, in the document and the table
    assert [row[0] for row in table_rows(result.stdout)] == ["PRV201", "PRV302"]
    assert "2 finding(s) less severe than warning (--min-severity)" in result.stdout
    # the run's counts are still the run's
    assert "findings: 0 error, 2 warning, 2 info" in result.stdout


def test_min_severity_hides_documents_left_with_nothing_to_show(tmp_path: Path):
    for name in ("one.txt", "two.txt"):
        shutil.copy(SEED, tmp_path / name)
    result = run(str(tmp_path), "--min-severity", "error")
    assert document_headings(result.stdout) == []
    assert "not shown: 2 document(s) with nothing to report" in result.stdout


def test_min_severity_does_not_change_the_exit_code(tmp_path: Path):
    result = run(str(SEED), "--min-severity", "error", "--fail-on", "info")
    assert result.exit_code == 1
    assert "PRV302" not in result.stdout  # shown: nothing; failed on: the warnings and infos
    result = run(str(SEED), "--min-severity", "info", "--fail-on", "never")
    assert result.exit_code == 0


def test_min_severity_is_case_insensitive():
    assert run(str(SEED), "--min-severity", "WARNING").exit_code == 0


@pytest.mark.parametrize("option", [["--min-severity", "warning"], ["--show", "all"], ["--statistics"]])
def test_text_report_options_with_a_data_format_are_a_usage_error(option: list[str]):
    result = run(str(SEED), "--format", "json", *option)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"provenance: error: {option[0]} shapes the text report; --format json holds every document and finding\n"


# --- Notices say what they cover ------------------------------------------------------------------

SCOPED_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour Works Begin</title></head><body>\n"
    "<article><h1>Harbour Works Begin</h1>\n"
    "<p>Work on the new harbour wall began on Monday after two years of delays, and the council expects the first "
    "section to be finished before the winter storms arrive.</p>\n"
    "<p>Cider and Ice. Foto: CC-BY-NC 2.0 David Merrigan</p>\n"
    "</article>\n<footer><p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></footer>\n"
    "</body></html>\n"
)


def test_notice_lines_show_their_scope(tmp_path: Path):
    page = tmp_path / "harbour.html"
    page.write_text(SCOPED_PAGE, encoding="utf-8")
    result = run(str(page))
    notices = [line.split() for line in result.stdout.splitlines() if line.startswith("  notice ")]
    assert ["licence", "·", "image"] == notices[0][1:4] and "CC-BY-NC-2.0:" in notices[0]
    assert ["licence", "·", "page"] == notices[1][1:4] and "OGL-UK-3.0:" in notices[1]
    assert len(notices) == 2


def test_the_seed_fair_use_notice_says_its_scope():
    result = run(str(SEED))
    assert re.search(r"^  notice     fair-use · (page|site) +line 45: In accordance with Title 17", result.stdout, re.M), result.stdout


# --- -v: what was not read ------------------------------------------------------------------------


def test_verbose_lists_skipped_and_unrecognised_files(crawl: Path):
    (crawl / "notes.md").write_text("# notes\n", encoding="utf-8")
    (crawl / ".cache").mkdir()
    (crawl / ".cache" / "page.html").write_text("<p>cached</p>", encoding="utf-8")
    (crawl / "drafts").mkdir()
    (crawl / "drafts" / "draft.txt").write_text(QUIET_TEXT, encoding="utf-8")
    result = run(str(crawl), "--exclude", "drafts/*", "-v", "--statistics")
    assert sorted(line for line in result.stderr.splitlines() if line.startswith("provenance: not read:")) == sorted([
        f"provenance: not read: {crawl / '.cache'}: hidden directory: not walked",
        f"provenance: not read: {crawl / 'drafts' / 'draft.txt'}: excluded by --exclude",
        f"provenance: not read: {crawl / 'notes.md'}: not a kind of document provenance reads (--include takes it)",
    ])


def test_without_verbose_the_files_not_read_are_counted(crawl: Path):
    (crawl / "notes.md").write_text("# notes\n", encoding="utf-8")
    result = run(str(crawl), "--statistics")
    assert "provenance: 1 file(s) not read (hidden, of no known kind, excluded or given twice); -v lists them" in result.stderr
    assert "not read:" not in result.stderr
    assert "not read" not in run(str(crawl), "--statistics", "--quiet").stderr


# --- Colour -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "terminal", "environ", "expected"),
    [
        (Color.auto, True, {}, True),
        (Color.auto, False, {}, False),
        (Color.auto, True, {"NO_COLOR": "1"}, False),
        (Color.auto, True, {"NO_COLOR": ""}, True),  # no-color.org: set and not empty
        (Color.auto, False, {"FORCE_COLOR": "1"}, True),
        (Color.auto, False, {"FORCE_COLOR": ""}, False),
        (Color.auto, False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (Color.always, False, {"NO_COLOR": "1"}, True),  # the flag wins over the environment
        (Color.never, True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_wants_color(choice: Color, terminal: bool, environ: dict[str, str], expected: bool):
    assert wants_color(choice, terminal, environ) is expected


def test_color_always_and_never(crawl: Path):
    colored = run(str(crawl), "--color", "always", env={"NO_COLOR": "1", "TERM": "dumb"})
    assert ANSI.search(colored.stdout)
    assert ANSI.sub("", colored.stdout) == run(str(crawl), "--color", "never").stdout
    assert not ANSI.search(run(str(crawl), "--color", "NEVER", env={"FORCE_COLOR": "1"}).stdout)


def test_color_auto_follows_force_color_and_no_color(crawl: Path):
    assert not ANSI.search(run(str(crawl), env={"NO_COLOR": None, "FORCE_COLOR": None}).stdout)  # type: ignore[dict-item]
    assert ANSI.search(run(str(crawl), env={"FORCE_COLOR": "1", "NO_COLOR": None}).stdout)  # type: ignore[dict-item]
    assert not ANSI.search(run(str(crawl), env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout)


def test_color_applies_to_the_text_report_only(crawl: Path):
    result = run(str(crawl), "--format", "csv", "--color", "always")
    assert not ANSI.search(result.stdout)
