"""What a hostile page, record, file name or pack can do to the outputs: no control
sequence reaches a terminal or a CI log, no CSV cell starts a row or runs as a formula,
and --output never writes through a symbolic link or leaves temporary files behind."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.output import _HOST, remove_stale_temporaries
from provenance.printable import printable

runner = CliRunner()
ESC = "\x1b"
BODY = "<p>" + "A long enough paragraph of ordinary text for the page to be read. " * 20 + "</p>"
# A window title change (OSC 0), a hidden link (OSC 8), a screen clear (CSI 2J), a C1 CSI
# and a right-to-left override.
HOSTILE_TITLE = f"Evil {ESC}]0;pwned\x07 title {ESC}]8;;http://evil.example/{ESC}\\link{ESC}]8;;{ESC}\\ x\x9b2J \u202eright"
HOSTILE_PAGE = f"<html><head><title>{HOSTILE_TITLE}</title></head><body>{BODY}<p>Copyright 2020 Foo {ESC}[2J Media</p></body></html>"


@pytest.fixture()
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str | Path):
    # color=True: click would otherwise strip ANSI sequences from echo (not a terminal),
    # hiding the very sequences a terminal would receive.
    result = runner.invoke(app, [str(a) for a in args], color=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def no_controls(text: str) -> None:
    """Nothing a terminal acts on, bar the line breaks between lines."""
    bad = sorted({c for c in text if (ord(c) < 0x20 and c not in "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"})
    assert not bad, [hex(ord(c)) for c in bad]


# --- Terminal and CI log ---------------------------------------------------------------------


def test_printable_escapes_every_control_character() -> None:
    assert printable(HOSTILE_TITLE) == (
        "Evil \\x1b]0;pwned\\x07 title \\x1b]8;;http://evil.example/\\x1b\\link\\x1b]8;;\\x1b\\ x\\x9b2J \\u202eright"
    )
    assert printable("tab\there\r\nnext") == "tab\\there\\r\\nnext"
    assert printable("Café «ＡＢＣ» © 2020 – ok") == "Café «ＡＢＣ» © 2020 – ok"  # printable text is left alone


def test_text_report_shows_page_control_sequences_escaped(work: Path) -> None:
    (work / "evil.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    result = invoke("audit", "evil.html", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    no_controls(result.stdout)
    assert "title      Evil \\x1b]0;pwned\\x07 title \\x1b]8;;http://evil.example/" in result.stdout
    assert "Foo \\x1b[2J Media" in result.stdout
    # The JSON report keeps the page's text as it is (JSON escapes it): it is data, not display.
    report = json.loads(invoke("audit", "evil.html", "--as-of", "2024-01-01", "--format", "json").stdout)
    assert report["documents"][0]["title"].startswith(f"Evil {ESC}]0;pwned")


def test_file_names_with_control_sequences_are_escaped_everywhere_a_person_reads(work: Path) -> None:
    name = f"n{ESC}]0;owned\x07{ESC}[31m.txt"
    (work / name).write_bytes(b"")  # empty: a failed input, named on stderr too
    (work / "ok.txt").write_text("Copyright 2020 Foo Media. All rights reserved.\n", encoding="utf-8")
    for format in ("text", "github"):
        result = invoke("audit", ".", "--format", format, "--as-of", "2024-01-01")
        assert result.exit_code == 2, result.output  # the empty file failed
        no_controls(result.stdout)
        no_controls(result.stderr)
        assert "n\\x1b]0;owned\\x07\\x1b[31m.txt" in result.stdout
        assert "provenance: ./n\\x1b]0;owned\\x07\\x1b[31m.txt: empty file" in result.stderr or "provenance: n\\x1b" in result.stderr


def test_error_lines_escape_what_they_quote(work: Path) -> None:
    result = invoke("audit", "--format", "json", "-o", f"missing{ESC}]0;x{ESC}\\/report.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("provenance: --output missing\\x1b]0;x\\x1b\\/report.json: directory"), result.stderr
    no_controls(result.stderr)


def test_github_annotations_escape_controls_and_keep_line_breaks(work: Path) -> None:
    (work / "packs").mkdir()
    (work / "packs" / "org.toml").write_text(
        '[[rule]]\nid = "ORG101"\nname = "internal-memo"\nseverity = "error"\ncategory = "notice"\n'
        'summary = "s \\u001b]0;x\\u0007 [link=http://evil.example/]here[/link]"\nwhy = "w"\nexample = "e"\npattern = "internal memo"\n'
        'message = "memo \\u001b[2J here\\nsecond line"\n',
        encoding="utf-8",
    )
    (work / "doc.txt").write_text("Notes\n\nINTERNAL MEMO do not distribute\n", encoding="utf-8")
    result = invoke("audit", "doc.txt", "--rules", "packs", "--format", "github", "--select", "ORG")
    assert result.exit_code == 1, result.output
    no_controls(result.stdout)
    assert "::memo \\x1b[2J here%0Asecond line" in result.stdout
    # A pack's own texts are shown escaped too.
    for command in (["explain", "ORG101"], ["rules"]):
        shown = invoke(*command, "--rules", "packs")
        assert shown.exit_code == 0, shown.output
        no_controls(shown.stdout)
        assert "s \\x1b]0;x\\x07 [link=http://evil.example/]here[/link]" in shown.stdout  # text, not markup


# --- CSV -------------------------------------------------------------------------------------

FORMULAS = ["=1+1", "  =1+1", "\t=1+1", "＝1+1", "＋1", "－1", "＠SUM(1)", "@SUM(1)", "+1", "-1", "\r=1+1", "\n=1+1", "\u3000=1+1"]


def test_csv_quotes_line_breaks_and_neutralises_formulas(work: Path) -> None:
    # A record's URL with a bare CR would, unquoted, start a new row at '=cmd|...'.
    records = [{"text": "Hello world.", "url": f"http://example.org/a\r=cmd|' /C calc'!A0\r{n}"} for n in range(2)]
    records += [{"text": "Hello world.", "url": formula} for formula in FORMULAS]
    (work / "shard.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = invoke("audit", "shard.jsonl", "--format", "csv", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    written = result.stdout_bytes.decode("utf-8")  # as written: click's `stdout` turns CRLF into LF
    rows = list(csv.reader(io.StringIO(written, newline="")))
    assert len(rows) == 1 + len(records)  # one row a document: no cell broke out of its row
    urls = [row[1] for row in rows[1:]]
    assert urls[0] == "http://example.org/a\r=cmd|' /C calc'!A0\r0"
    assert urls[2:] == ["'" + formula for formula in FORMULAS]
    # Every CR or LF inside a cell is inside quotes: outside them, only the rows' own CRLF.
    outside = "".join(part for i, part in enumerate(written.split('"')) if i % 2 == 0)
    assert "\r" not in outside.replace("\r\n", "") and "\n" not in outside.replace("\r\n", "")
    assert all(cell.lstrip()[:1] not in set("=+-@＝＋－＠") for row in rows for cell in row)


# --- --output --------------------------------------------------------------------------------


@pytest.mark.parametrize("format, name", [("json", "report.json"), ("jsonl", "report.jsonl"), ("csv", "report.csv")])
def test_output_replaces_a_symlink_and_leaves_its_target_alone(work: Path, format: str, name: str) -> None:
    target = work / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    (work / name).symlink_to(target)
    result = invoke("audit", "--format", format, "-o", name, "--as-of", "2024-01-01", "-q")
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert not (work / name).is_symlink() and (work / name).stat().st_size > 100
    assert sorted(p.name for p in work.iterdir()) == sorted([name, "precious.txt"])


def test_output_through_a_link_to_another_file_system_works(work: Path) -> None:
    other = Path("/dev/shm")
    if not other.is_dir() or other.stat().st_dev == work.stat().st_dev or not os.access(other, os.W_OK):
        pytest.skip("no second writable file system at /dev/shm")
    target = other / f"provenance-test-{os.getpid()}.json"
    target.write_text("keep me\n", encoding="utf-8")
    try:
        (work / "report.json").symlink_to(target)
        result = invoke("audit", "--format", "json", "-o", "report.json", "--as-of", "2024-01-01")
        assert result.exit_code == 0, result.output  # was: "Invalid cross-device link", after the whole run
        assert json.loads((work / "report.json").read_text(encoding="utf-8"))["summary"]["documents"] == 1
        assert target.read_text(encoding="utf-8") == "keep me\n"
    finally:
        target.unlink()


def test_output_through_a_linked_directory_lands_in_the_real_directory(work: Path) -> None:
    (work / "real").mkdir()
    (work / "via").symlink_to(work / "real")
    result = invoke("audit", "--format", "json", "-o", "via/report.json", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (work / "real").iterdir()] == ["report.json"]


def test_output_errors_come_before_the_run(work: Path) -> None:
    (work / "adir").mkdir()
    (work / "linked.jsonl").symlink_to(work / "elsewhere.jsonl")
    for args, words in (
        (["--format", "json", "-o", "adir"], "is a directory"),
        (["--format", "json", "-o", "missing/report.json"], "does not exist"),
        (["--format", "jsonl", "-o", "linked.jsonl", "--resume"], "is a symbolic link"),
    ):
        result = invoke("audit", *args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stdout == "" and result.stderr.count("\n") == 1 and words in result.stderr, result.stderr


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_output_to_a_pipe_is_written_directly(work: Path, format: str) -> None:
    # A FIFO stands for /dev/null and /dev/stdout: renaming a file over one replaced the device.
    fifo = work / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = invoke("audit", "--format", format, "-o", fifo, "--as-of", "2024-01-01", "-q")
    reader.join()
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the pipe
    assert '"source"' in received[0]
    assert sorted(p.name for p in work.iterdir()) == ["pipe"]


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_temporaries_of_killed_runs_are_removed_by_the_next(work: Path) -> None:
    stale = work / f".report.json.provenance-{_HOST}-{dead_pid()}-abcd1234.tmp"
    live = work / f".report.json.provenance-{_HOST}-{os.getpid()}-abcd1234.tmp"
    other_host = work / f".report.json.provenance-{_HOST}x-{dead_pid()}-abcd1234.tmp"
    other_report = work / f".other.json.provenance-{_HOST}-{dead_pid()}-abcd1234.tmp"
    not_ours = work / ".report.json.bak"
    for path in (stale, live, other_host, other_report, not_ours):
        path.write_text("half a report", encoding="utf-8")
    result = invoke("audit", "--format", "json", "-o", "report.json", "--as-of", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert all(p.exists() for p in (live, other_host, other_report, not_ours))
    assert remove_stale_temporaries(work / "other.json") == [other_report]


def test_a_failed_write_leaves_no_temporary(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = invoke("audit", "--format", "json", "-o", "report.json", "--as-of", "2024-01-01")
    assert result.exit_code == 2
    assert result.stderr == "provenance: cannot write the report: No space left on device\n"
    assert list(work.iterdir()) == []


def test_quiet_leaves_stderr_empty_of_library_chatter(work: Path) -> None:
    # Beautiful Soup logged "Some characters could not be decoded..." once a document; a
    # subprocess, because under pytest logging has handlers and the line never shows.
    (work / "odd.txt").write_bytes(b"Hello world caf\xe9 \x81\x8d\x8f\x90\x9d " + b"text " * 50)
    done = subprocess.run([sys.executable, "-m", "provenance", "audit", "odd.txt", "--quiet", "--format", "json"], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr  # the input failed: its reason is in the report
    assert done.stderr == ""
    assert "binary or undecodable" in json.loads(done.stdout)["documents"][0]["error"]
