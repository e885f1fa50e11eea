"""Hostile inputs: damaged WARC files, files that are not regular files, decompression bombs.

Every WARC here is written by warcio into tmp_path a record at a time and then damaged
byte by byte. Whatever the damage, every good record is audited, every damaged one is
one failed entry at its own offset, and the summary's seen = audited + failed, read from
a file or from standard input alike.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warc_records import member, page, set_content_length, warc_record

from provenance.cli import app

runner = CliRunner()
LIMIT = 1_000_000  # --max-bytes in these tests: bombs need only be a little larger
BOMB = 20 * LIMIT


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "cwd"
    home.mkdir()
    monkeypatch.chdir(home)


def audit(*args: str | Path, input: bytes | None = None) -> tuple[int, dict]:
    result = runner.invoke(app, ["audit", *map(str, args), "--format", "json", "--jobs", "1", "--max-bytes", str(LIMIT), "--as-of", "2024-01-01"], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    report = json.loads(result.stdout)
    summary = report["summary"]
    statuses = [d["status"] for d in report["documents"]]
    assert summary["seen"] == summary["audited"] + summary["failed"] == len(statuses)
    assert summary["audited"] == statuses.count("audited")
    return result.exit_code, report


# --- Building WARC files --------------------------------------------------------------------


def crawl_records() -> list[bytes]:
    """A warcinfo record and five documents; record 3 is the one the tests damage."""
    return [warc_record(0, kind="warcinfo"), warc_record(1), warc_record(2, b"Story 2, as plain text.\n", "text/plain", "resource"),
            warc_record(3), warc_record(4), warc_record(5)]


@dataclass
class Crawl:
    path: Path
    offsets: list[int]

    def key(self, index: int, name: str | None = None) -> str:
        return f"{name or self.path}@{self.offsets[index]}"


def write_crawl(tmp_path: Path, parts: list[bytes], compressed: bool) -> Crawl:
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    offsets, position = [], 0
    for part in parts:
        offsets.append(position)
        position += len(part)
    path.write_bytes(b"".join(parts))
    return Crawl(path, offsets)


def replace_once(old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    def damage(record: bytes) -> bytes:
        assert old in record
        return record.replace(old, new, 1)
    return damage


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbled WARC/1.0 line": replace_once(b"WARC/1.0\r\n", b"WARX/1.0\r\n"),
    "garbled WARC-Type value": replace_once(b"WARC-Type: response", b"WARC-Type: resp\x00nse"),
    "garbled WARC-Type name": replace_once(b"WARC-Type: response", b"WARC-Tzpe: response"),
    "Content-Length too small": lambda r: set_content_length(r, lambda n: n - 40),
    "Content-Length too large": lambda r: set_content_length(r, lambda n: n + 40),
    "Content-Length huge": lambda r: set_content_length(r, lambda n: 99_999_999_999),
    "Content-Length not a number": lambda r: set_content_length(r, lambda n: n).replace(b"Content-Length: ", b"Content-Length: x", 1),
    "headers never end": lambda r: r.split(b"\r\n\r\n", 1)[0] + b"\r\nX-Pad: " + b"a" * 70_000 + b"\r\n",
}


def damaged_crawl(tmp_path: Path, damage: Callable[[bytes], bytes], compressed: bool) -> Crawl:
    records = crawl_records()
    records[3] = damage(records[3])
    return write_crawl(tmp_path, [member(r) for r in records] if compressed else records, compressed)


def assert_only_record_3_failed(report: dict, crawl: Crawl, name: str | None = None) -> dict:
    """Records 1, 2, 4 and 5 audited, record 3 one failed entry at its offset; its entry."""
    docs = report["documents"]
    assert [d["source"]["key"] for d in docs] == [crawl.key(i, name) for i in (1, 2, 3, 4, 5)]
    assert [d["status"] for d in docs] == ["audited", "audited", "failed", "audited", "audited"]
    failed = docs[2]
    assert failed["source"]["offset"] == crawl.offsets[3]
    assert failed["error"].startswith("too large") or str(crawl.offsets[3]) in failed["error"]
    return failed


# --- Damaged records ---------------------------------------------------------------------------


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("case", list(DAMAGE))
def test_a_damaged_record_fails_alone_at_its_offset(tmp_path: Path, case: str, compressed: bool):
    crawl = damaged_crawl(tmp_path, DAMAGE[case], compressed)
    code, report = audit(crawl.path)
    assert code == 2
    failed = assert_only_record_3_failed(report, crawl)
    if compressed and case == "Content-Length huge":  # a document declaring 93 GB is refused before it is inflated
        assert failed["error"] == "too large: 99,999,999,999 bytes (93.1 GiB) is over the limit of 1,000,000 bytes (--max-bytes)"
    else:
        assert failed["error"].startswith(("corrupt record", "truncated record")), failed["error"]


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("case", ["garbled WARC/1.0 line", "Content-Length too small", "Content-Length too large", "Content-Length huge"])
def test_standard_input_reads_on_past_a_damaged_record(tmp_path: Path, case: str, compressed: bool):
    crawl = damaged_crawl(tmp_path, DAMAGE[case], compressed)
    code, report = audit("-", input=crawl.path.read_bytes())
    assert code == 2
    assert_only_record_3_failed(report, crawl, name="<stdin>")


def test_the_reasons_say_what_is_wrong(tmp_path: Path):
    reasons = {}
    for case in ("garbled WARC/1.0 line", "garbled WARC-Type value", "garbled WARC-Type name", "Content-Length too large", "Content-Length huge"):
        crawl = damaged_crawl(tmp_path, DAMAGE[case], compressed=False)
        reasons[case] = assert_only_record_3_failed(audit(crawl.path)[1], crawl)["error"]
    assert "WARC/1.0 or WARC/1.1 line" in reasons["garbled WARC/1.0 line"]
    assert "WARC-Type 'resp\\x00nse' is not a record type" in reasons["garbled WARC-Type value"]
    assert "WARC-Type is missing" in reasons["garbled WARC-Type name"]
    assert "Content-Length" in reasons["Content-Length too large"]
    assert "runs past the end of the file" in reasons["Content-Length huge"]
    crawl = damaged_crawl(tmp_path, DAMAGE["Content-Length huge"], compressed=False)
    assert f"reading resumes at offset {crawl.offsets[4]}" in reasons["Content-Length huge"]


def corrupt_member(record: bytes) -> bytes:
    """The record's gzip member with its deflate data scrambled (header and trailer kept)."""
    data = bytearray(member(record))
    for i in range(12, len(data) - 10):
        data[i] ^= 0x55
    return bytes(data)


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_a_corrupt_gzip_member_fails_alone(tmp_path: Path, stdin: bool):
    parts = [member(r) for r in crawl_records()]
    parts[3] = corrupt_member(crawl_records()[3])
    crawl = write_crawl(tmp_path, parts, compressed=True)
    _, report = audit("-", input=crawl.path.read_bytes()) if stdin else audit(crawl.path)
    failed = assert_only_record_3_failed(report, crawl, "<stdin>" if stdin else None)
    assert "corrupt gzip member" in failed["error"]


def test_a_member_cut_short_in_the_middle_of_the_file_fails_alone(tmp_path: Path):
    parts = [member(r) for r in crawl_records()]
    parts[3] = parts[3][: len(parts[3]) // 2]
    crawl = write_crawl(tmp_path, parts, compressed=True)
    assert_only_record_3_failed(audit(crawl.path)[1], crawl)


def large_encoded_page() -> bytes:
    """Record 3's page sent with Content-Encoding: gzip, over the limit even so."""
    words = b" ".join(b"w%d" % ((i * 7919) % 1_000_003) for i in range(450_000))
    return gzip.compress(page(3) + b"<p>" + words + b"</p>\n", mtime=0)


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_a_large_gzip_encoded_body_makes_no_phantom_records(tmp_path: Path, compressed: bool):
    # An encoded body left unread (it is over the limit) must not unsettle the next
    # record; and a .warc.gz served as a download holds gzip members and WARC headers
    # that are not records of this file.
    inner = b"".join(member(warc_record(90 + i)) for i in range(3))
    records = crawl_records()
    records[2] = warc_record(2, inner, "application/gzip")
    records[3] = warc_record(3, large_encoded_page(), http_extra=(("Content-Encoding", "gzip"),))
    assert len(records[3]) > LIMIT
    crawl = write_crawl(tmp_path, [member(r) for r in records] if compressed else records, compressed)
    _, report = audit(crawl.path)
    docs = report["documents"]
    assert [d["source"]["key"] for d in docs] == [crawl.key(i) for i in (1, 3, 4, 5)]
    assert [d["status"] for d in docs] == ["audited", "failed", "audited", "audited"]
    assert docs[1]["error"].startswith("too large")


def test_a_gzip_encoded_body_is_read_decoded(tmp_path: Path):
    records = crawl_records()
    records[3] = warc_record(3, gzip.compress(page(3), mtime=0), http_extra=(("Content-Encoding", "gzip"),))
    crawl = write_crawl(tmp_path, [member(r) for r in records], compressed=True)
    docs = audit(crawl.path)[1]["documents"]
    assert [d["status"] for d in docs] == ["audited"] * 5
    assert docs[2]["title"] == "Story 3"


# --- Decompression bombs ---------------------------------------------------------------------


def bomb_cases() -> dict[str, bytes]:
    """Record 3's gzip member, three ways to inflate far past what it should."""
    newlines = b"\n" * BOMB
    return {
        # a document record whose declared body is the bomb
        "declared body": member(warc_record(3, newlines, "text/plain", "resource")),
        # a small record followed, in the same member, by the bomb
        "after the record": member(warc_record(3) + newlines),
        # no record at all
        "no record": member(newlines),
        # an HTTP body sent with Content-Encoding: gzip
        "encoded body": member(warc_record(3, gzip.compress(newlines, mtime=0), http_extra=(("Content-Encoding", "gzip"),))),
    }


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
@pytest.mark.parametrize("case", ["declared body", "after the record", "no record", "encoded body"])
def test_a_gzip_bomb_record_fails_alone(tmp_path: Path, case: str, stdin: bool):
    parts = [member(r) for r in crawl_records()]
    parts[3] = bomb_cases()[case]
    crawl = write_crawl(tmp_path, parts, compressed=True)
    _, report = audit("-", input=crawl.path.read_bytes()) if stdin else audit(crawl.path)
    failed = assert_only_record_3_failed(report, crawl, "<stdin>" if stdin else None)
    assert ("too large" in failed["error"]) == (case in ("declared body", "encoded body")), failed["error"]


@pytest.mark.parametrize("stdin", [False, True], ids=["file", "stdin"])
def test_a_gzip_bomb_of_blank_lines_in_a_jsonl_shard_stops_at_the_limit(tmp_path: Path, stdin: bool):
    path = tmp_path / "shard.jsonl.gz"
    good = json.dumps({"id": "a", "text": "Story 1.\nCopyright 2021 Example Press.\n"}).encode() + b"\n"
    path.write_bytes(gzip.compress(good + b"\n" * (50 * LIMIT) + good, mtime=0))
    _, report = audit("-", input=path.read_bytes()) if stdin else audit(path)
    first, bomb = report["documents"]
    assert first["status"] == "audited" and first["source"]["line"] == 1
    assert bomb["status"] == "failed" and bomb["source"]["line"] == 2
    assert bomb["error"] == "too large: over 1,000,000 bytes of blank lines after line 1 (--max-bytes): reading stops here"


def test_blank_lines_under_the_limit_are_skipped_and_counted(tmp_path: Path):
    path = tmp_path / "shard.jsonl"
    record = json.dumps({"text": "Story.\n"})
    path.write_text(f"{record}\n\n   \n\n  {record}\n")
    _, report = audit(path)
    assert [(d["status"], d["source"]["line"]) for d in report["documents"]] == [("audited", 1), ("audited", 5)]


# --- Files that are not regular files -----------------------------------------------------------


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in its own process: a FIFO that blocked would fail the timeout, not hang the tests."""
    command = [sys.executable, "-m", "provenance", "audit", *map(str, args), "--format", "json", "--jobs", "1"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_named_on_the_command_line_fail(tmp_path: Path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    zero_link = tmp_path / "zero.txt"
    zero_link.symlink_to("/dev/zero")
    good = tmp_path / "good.html"
    good.write_bytes(page(1))
    done = run_cli(fifo, "/dev/zero", zero_link, tmp_path / "crawl.warc.gz", good, cwd=tmp_path / "cwd")
    assert "Traceback" not in done.stderr
    assert done.returncode == 2
    (tmp_path / "crawl.warc.gz").unlink(missing_ok=True)
    docs = {d["source"]["path"]: d for d in json.loads(done.stdout)["documents"]}
    for path in (fifo, "/dev/zero", zero_link):
        assert docs[str(path)]["status"] == "failed"
        assert docs[str(path)]["error"] == "not a regular file"
    assert docs[str(good)]["status"] == "audited"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_named_fifo_that_is_a_container_fails_too(tmp_path: Path):
    for name in ("pipe.warc.gz", "pipe.jsonl.gz", "pipe.arc"):
        os.mkfifo(tmp_path / name)
    done = run_cli(*(tmp_path / n for n in ("pipe.warc.gz", "pipe.jsonl.gz", "pipe.arc")), cwd=tmp_path / "cwd")
    assert [(d["status"], d["error"]) for d in json.loads(done.stdout)["documents"]] == [("failed", "not a regular file")] * 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_directory_walk_reports_what_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    top = tmp_path / "corpus"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "inside.html").write_bytes(page(9))
    (top / "a.html").write_bytes(page(1))
    os.mkfifo(top / "b-pipe.html")
    (top / "c-zero.txt").symlink_to("/dev/zero")
    (top / "d-loop.html").symlink_to("d-loop.html")
    (top / "e-gone.html").symlink_to("nowhere.html")
    os.mkfifo(top / "f-pipe.bin")  # not a kind the walk takes: left out, like any other such file
    (top / "z.txt").write_bytes(b"Story 26.\n")
    (top / "locked").chmod(0)
    if os.geteuid() == 0:  # root lists any directory: refuse this one as a mounted share might
        real_scandir = os.scandir

        def scandir(path: object = ".") -> object:
            if Path(os.fsdecode(path)) == top / "locked":  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
            return real_scandir(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        _, report = audit(top)
    finally:
        (top / "locked").chmod(stat.S_IRWXU)
    entries = [(Path(d["source"]["path"]).name, d["status"], d["error"]) for d in report["documents"]]
    assert entries == [
        ("a.html", "audited", None),
        ("b-pipe.html", "failed", "not a regular file"),
        ("c-zero.txt", "failed", "not a regular file"),
        ("d-loop.html", "failed", "cannot be read: Too many levels of symbolic links"),
        ("e-gone.html", "failed", "no such file or directory"),
        ("locked", "failed", "cannot be read: Permission denied"),
        ("z.txt", "audited", None),
    ]
    assert report["summary"]["seen"] == 7


def test_standard_input_already_part_read_counts_offsets_from_where_reading_began(tmp_path: Path):
    from provenance.load import iter_inputs

    records = crawl_records()
    path = tmp_path / "stdin.warc"
    path.write_bytes(b"JUNK" + b"".join(records))
    with open(path, "rb") as stdin:
        stdin.seek(4)
        raws = list(iter_inputs(["-"], LIMIT, stdin=stdin))
    expected = [sum(map(len, records[:i])) for i in (1, 2, 3, 4, 5)]
    assert [(raw.source.key, raw.error) for raw in raws] == [(f"<stdin>@{offset}", None) for offset in expected]


def test_records_of_one_gzip_member_have_keys_of_their_own(tmp_path: Path) -> None:
    # A whole file gzipped at once is one member: its records share the member's offset, and
    # --resume must still tell them apart.
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(member(b"".join(crawl_records())))
    first = CliRunner().invoke(app, ["audit", str(whole), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "--fail-on", "never"])
    assert first.exit_code == 0, first.output
    keys = [json.loads(line)["source"]["key"] for line in (tmp_path / "out.jsonl").read_text().splitlines() if '"source"' in line]
    assert keys == [f"{whole}@0+{place}" for place in range(1, 6)]  # the warcinfo record holds place 0
    again = CliRunner().invoke(
        app, ["audit", str(whole), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--resume", "--jobs", "1", "--fail-on", "never"]
    )
    assert again.exit_code == 0, again.output
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 5  # nothing audited twice
