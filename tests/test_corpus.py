"""Corpus ingestion (issue "Corpus ingestion and CI"): WARC and ARC files, JSON Lines
shards, standard input, directory walks, parallel jobs and resumable JSON Lines output.

Every archive and shard is written here, in tmp_path, with warcio and the json module,
so that what each test reads is visible in the test.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import io
import json
import os
import random
import subprocess
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import provenance
from provenance.cli import app

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_FINDINGS = {"PRV101", "PRV201", "PRV302", "PRV303"}
REPORT_SCHEMA = json.loads((REPO / "provenance" / "schema" / "report.schema.json").read_text(encoding="utf-8"))

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty directory, so no provenance.toml or pyproject.toml changes a run."""
    home = tmp_path / "cwd"
    home.mkdir()
    monkeypatch.chdir(home)


# --- Helpers ---------------------------------------------------------------------------------


def seed_html() -> bytes:
    """The seed as a web page: one <p> a paragraph (same findings as the text)."""
    paragraphs = [p.strip() for p in SEED_TEXT.split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        "<title>Kazakhstan Arrests Ex-Security Head</title>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def seed_variant(number: int) -> str:
    """The seed with another person's name and another source date, so documents differ."""
    day = 1 + number % 28
    return SEED_TEXT.replace("Karim Massimov", f"Person Number{number}").replace("08Jan21]", f"{day:02d}Jan21]")


@dataclass(frozen=True)
class Record:
    url: str
    body: bytes = b""
    content_type: str = "text/plain"
    date: str = "2023-03-01T12:00:00Z"
    kind: str = "response"  # response, resource, request or warcinfo


@dataclass(frozen=True)
class Written:
    offset: int  # where the record (for .gz: its gzip member) starts
    end: int
    record_id: str
    record: Record


def write_warc(path: Path, records: Sequence[Record], compress: bool) -> list[Written]:
    """Write `records` with warcio (one gzip member a record when compressed)."""
    written: list[Written] = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for rec in records:
            offset = handle.tell()
            if rec.kind == "warcinfo":
                warc = writer.create_warcinfo_record(path.name, {"software": "provenance tests"})
            elif rec.kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "nizkor.example")], is_http_request=True)
                warc = writer.create_warc_record(rec.url, "request", payload=io.BytesIO(b""), http_headers=http,
                                                 warc_headers_dict={"WARC-Date": rec.date})
            elif rec.kind == "resource":
                warc = writer.create_warc_record(rec.url, "resource", payload=io.BytesIO(rec.body),
                                                 warc_content_type=rec.content_type, warc_headers_dict={"WARC-Date": rec.date})
            else:
                http = StatusAndHeaders("200 OK", [("Content-Type", rec.content_type)], protocol="HTTP/1.1")
                warc = writer.create_warc_record(rec.url, "response", payload=io.BytesIO(rec.body), http_headers=http,
                                                 warc_headers_dict={"WARC-Date": rec.date})
            writer.write_record(warc)
            written.append(Written(offset, handle.tell(), warc.rec_headers.get_header("WARC-Record-ID"), rec))
    return written


# Seven records, three of them documents: a text/plain and a text/html response and a
# text/plain resource. The warcinfo, the request, the PNG and the PDF are not documents.
MIXED = (
    Record("warcinfo", kind="warcinfo"),
    Record("https://nizkor.example/a.txt", kind="request"),
    Record("https://nizkor.example/a.txt", SEED.read_bytes(), "text/plain; charset=utf-8", "2023-03-01T12:00:00Z"),
    Record("https://nizkor.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
    Record("https://nizkor.example/b.html", seed_html(), "text/html; charset=utf-8", "2023-04-02T08:30:00Z"),
    Record("https://nizkor.example/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf", kind="resource"),
    Record("https://nizkor.example/c.txt", SEED.read_bytes(), "text/plain", "2023-05-03T00:00:00Z", kind="resource"),
)
MIXED_DOCUMENTS = (2, 4, 6)  # indexes of the records that are documents


def invoke(*args: str | Path, input: bytes | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def audit_json(*args: str | Path, input: bytes | None = None) -> tuple[int, dict, str]:
    result = invoke("audit", *args, "--format", "json", input=input)
    return result.exit_code, json.loads(result.stdout), result.stderr


def rules_of(doc: dict) -> set[str]:
    return {f["rule"] for f in doc["findings"]}


def assert_counts(report: dict) -> None:
    """summary seen = audited + failed, and each is what the documents say."""
    docs = report["documents"]
    summary = report["summary"]
    audited = sum(d["status"] == "audited" for d in docs)
    failed = sum(d["status"] == "failed" for d in docs)
    assert summary["audited"] == audited
    assert summary["failed"] == failed
    assert summary["seen"] == summary["documents"] == audited + failed == len(docs)


def document_validator() -> jsonschema.Draft202012Validator:
    """The schema of one document entry (one line of --format jsonl)."""
    schema = {"$schema": REPORT_SCHEMA["$schema"], "$defs": REPORT_SCHEMA["$defs"], "$ref": "#/$defs/document"}
    return jsonschema.Draft202012Validator(schema)


def gzip_members(data: bytes) -> list[int]:
    """Start offsets of the gzip members of `data`."""
    starts, position = [], 0
    while position < len(data):
        starts.append(position)
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(data[position:])
        position = len(data) - len(inflater.unused_data)
    return starts


# --- WARC and WARC.gz --------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_documents_and_their_sources(tmp_path: Path, compress: bool):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    written = write_warc(path, MIXED, compress)
    if compress:
        assert gzip_members(path.read_bytes()) == [w.offset for w in written]
    code, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 0
    docs = report["documents"]
    expected = [written[i] for i in MIXED_DOCUMENTS]
    assert [d["source"]["url"] for d in docs] == [w.record.url for w in expected]
    for doc, w in zip(docs, expected, strict=False):
        assert doc["status"] == "audited" and doc["error"] is None
        assert doc["source"] == {
            "path": str(path),
            "url": w.record.url,
            "sha256": hashlib.sha256(w.record.body).hexdigest(),
            "key": f"{path}@{w.offset}",
            "offset": w.offset,
            "line": None,
            "record_id": w.record_id,
            "record_date": w.record.date[:10],
            "archived": None,
        }
        assert rules_of(doc) == SEED_FINDINGS, doc["source"]["url"]
        assert doc["chain"][0]["publisher"] == "Bloomberg"
    assert docs[1]["title"] == "Kazakhstan Arrests Ex-Security Head"
    # The PNG, the PDF, the request and the warcinfo record are not documents, nor counted.
    assert report["summary"]["seen"] == report["summary"]["audited"] == 3
    assert report["summary"]["failed"] == 0
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(report)


def test_warc_date_is_the_reference_date_without_as_of(tmp_path: Path):
    # The seed's republication statement is dated 2022-01-08 (line 45).
    path = tmp_path / "dates.warc.gz"
    write_warc(path, [
        Record("https://nizkor.example/early", SEED.read_bytes(), date="2022-01-07T23:00:00Z"),
        Record("https://nizkor.example/late", SEED.read_bytes(), date="2023-03-01T12:00:00Z"),
    ], compress=True)

    _, report, _ = audit_json(path, "--jobs", "1")
    early, late = report["documents"]
    assert early["source"]["record_date"] == "2022-01-07"
    future = [f for f in early["findings"] if f["rule"] == "PRV306"]
    assert len(future) == 1 and future[0]["line"] == 45
    assert "2022-01-07" in future[0]["message"]
    assert "PRV306" not in rules_of(late)

    _, report, _ = audit_json(path, "--jobs", "1", "--as-of", "2024-01-01")
    assert all("PRV306" not in rules_of(d) for d in report["documents"])
    _, report, _ = audit_json(path, "--jobs", "1", "--as-of", "2022-01-07")
    assert all("PRV306" in rules_of(d) for d in report["documents"])


THREE_SEEDS = (
    Record("https://nizkor.example/1", SEED.read_bytes()),
    Record("https://nizkor.example/2", seed_html(), "text/html"),
    Record("https://nizkor.example/3", SEED.read_bytes()),
)


def truncated_warc(tmp_path: Path) -> tuple[Path, list[Written]]:
    """Three documents, the file cut in the middle of the last record's gzip member."""
    path = tmp_path / "cut.warc.gz"
    written = write_warc(path, THREE_SEEDS, compress=True)
    last = written[-1]
    data = path.read_bytes()
    path.write_bytes(data[: last.offset + (last.end - last.offset) // 2])
    return path, written


def test_truncated_warc_gz_fails_the_cut_record_only(tmp_path: Path):
    path, written = truncated_warc(tmp_path)
    last = written[-1]
    code, report, stderr = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 2
    docs = {d["source"]["key"]: d for d in report["documents"] if d["status"] == "audited"}
    for w in written[:2]:
        doc = docs[f"{path}@{w.offset}"]
        assert rules_of(doc) == SEED_FINDINGS
    failed = [d for d in report["documents"] if d["status"] == "failed"]
    assert len(failed) == 1
    assert failed[0]["source"]["offset"] == last.offset
    assert str(last.offset) in failed[0]["error"]
    assert "truncated" in failed[0]["error"]
    assert f"{path}@{last.offset}" in stderr
    assert_counts(report)


def test_truncated_warc_gz_record_is_not_also_audited(tmp_path: Path):
    path, written = truncated_warc(tmp_path)
    _, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    keys = [d["source"]["key"] for d in report["documents"]]
    assert keys == [f"{path}@{w.offset}" for w in written]
    assert [d["status"] for d in report["documents"]] == ["audited", "audited", "failed"]
    assert report["summary"]["seen"] == 3


def test_truncated_uncompressed_warc_fails_the_cut_record(tmp_path: Path):
    path = tmp_path / "cut.warc"
    written = write_warc(path, THREE_SEEDS, compress=False)
    last = written[-1]
    path.write_bytes(path.read_bytes()[: last.end - 1500])
    code, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 2
    cut = [d for d in report["documents"] if d["source"]["offset"] == last.offset]
    assert [d["status"] for d in cut] == ["failed"]
    assert str(last.offset) in cut[0]["error"]


def corrupt_warc(tmp_path: Path) -> tuple[Path, list[Written]]:
    """Four documents; the deflate data of the second one's gzip member is scrambled
    (its gzip header kept, so the member is still found)."""
    path = tmp_path / "bad.warc.gz"
    written = write_warc(path, [*THREE_SEEDS, Record("https://nizkor.example/4", SEED.read_bytes())], compress=True)
    bad = written[1]
    data = bytearray(path.read_bytes())
    for i in range(bad.offset + 20, bad.end - 10):
        data[i] ^= 0x55
    path.write_bytes(bytes(data))
    with pytest.raises(zlib.error):
        zlib.decompress(bytes(data[bad.offset:bad.end]), 16 + zlib.MAX_WBITS)
    return path, written


def test_corrupt_gzip_member_fails_and_reading_resumes_at_the_next(tmp_path: Path):
    path, written = corrupt_warc(tmp_path)
    bad = written[1]
    code, report, stderr = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 2
    audited = {d["source"]["key"]: d for d in report["documents"] if d["status"] == "audited"}
    # the record before the corrupt member, and both after it (reading resumed)
    assert set(audited) == {f"{path}@{w.offset}" for w in (written[0], written[2], written[3])}
    assert all(rules_of(d) == SEED_FINDINGS for d in audited.values())
    failed = [d for d in report["documents"] if d["status"] == "failed"]
    at_bad = [d for d in failed if d["source"]["offset"] == bad.offset]
    assert len(at_bad) == 1
    assert str(bad.offset) in at_bad[0]["error"] and "corrupt" in at_bad[0]["error"]
    assert f"{path}@{bad.offset}" in stderr
    assert_counts(report)


def test_corrupt_gzip_member_is_one_failed_entry(tmp_path: Path):
    path, written = corrupt_warc(tmp_path)
    _, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    keys = [d["source"]["key"] for d in report["documents"]]
    assert keys == [f"{path}@{w.offset}" for w in written]
    assert [d["status"] for d in report["documents"]] == ["audited", "failed", "audited", "audited"]


# --- ARC -------------------------------------------------------------------------------------


def arc_record(url: str, date: str, content_type: str, body: bytes) -> bytes:
    http = f"HTTP/1.0 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    return f"{url} 192.0.2.1 {date} {content_type} {len(http)}\n".encode() + http + b"\n"


def write_arc(path: Path) -> list[int]:
    """An ARC (version 1) file: the filedesc record, then a text page, an image and an
    HTML page. Returns each record's offset."""
    info = b"1 0 Provenance tests\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [
        f"filedesc://{path.name} 0.0.0.0 20220107120000 text/plain {len(info)}\n".encode() + info + b"\n",
        arc_record("http://nizkor.example/a.txt", "20220107120000", "text/plain", SEED.read_bytes()),
        arc_record("http://nizkor.example/logo.png", "20220107120000", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        arc_record("http://nizkor.example/b.html", "20230301000000", "text/html", seed_html()),
    ]
    path.write_bytes(b"".join(parts))
    offsets, position = [], 0
    for part in parts:
        offsets.append(position)
        position += len(part)
    return offsets


def test_arc_records_are_documents(tmp_path: Path):
    path = tmp_path / "old.arc"
    offsets = write_arc(path)
    # The fixture itself is a readable ARC file: warcio gives back the payloads.
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        payloads = [r.content_stream().read() for r in ArchiveIterator(handle, arc2warc=True) if r.rec_type == "response"]
    assert payloads[0] == SEED.read_bytes() and payloads[2] == seed_html()

    code, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 0, report
    text, page = report["documents"]  # the image is not a document
    assert text["source"]["url"] == "http://nizkor.example/a.txt"
    assert text["source"]["offset"] == offsets[1]
    assert text["source"]["record_date"] == "2022-01-07"
    assert page["source"]["url"] == "http://nizkor.example/b.html"
    assert page["source"]["offset"] == offsets[3]
    assert rules_of(text) == rules_of(page) == SEED_FINDINGS


# --- JSON Lines --------------------------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "doc-1", "text": SEED_TEXT, "url": "https://nizkor.example/1",
                    "metadata": {"date": "2022-01-09T10:00:00Z"}}),
        json.dumps({"id": 2, "html": seed_html().decode("utf-8"), "metadata": {"url": "https://nizkor.example/2"}}),
        "",
        "{this is not json",
        json.dumps(["text", SEED_TEXT]),
        json.dumps({"id": "doc-6", "url": "https://nizkor.example/6", "metadata": {"title": "no body"}}),
        json.dumps({"text": SEED_TEXT}),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_jsonl_records_sources_and_bad_lines(tmp_path: Path, suffix: str):
    path = tmp_path / f"shard{suffix}"
    data = ("\n".join(jsonl_lines()) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    code, report, stderr = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 2
    docs = {d["source"]["line"]: d for d in report["documents"]}
    assert list(docs) == [1, 2, 4, 5, 6, 7]  # the blank line 3 is no document
    for line, doc in docs.items():
        assert doc["source"]["key"] == f"{path}:{line}"
        assert doc["source"]["path"] == str(path) and doc["source"]["offset"] is None

    first = docs[1]
    assert first["status"] == "audited"
    assert first["source"]["record_id"] == "doc-1"
    assert first["source"]["url"] == "https://nizkor.example/1"
    assert first["source"]["record_date"] == "2022-01-09"
    assert first["source"]["sha256"] == hashlib.sha256(SEED_TEXT.encode("utf-8")).hexdigest()
    assert rules_of(first) == SEED_FINDINGS

    second = docs[2]
    assert second["status"] == "audited"
    assert second["source"]["record_id"] == "2"
    assert second["source"]["url"] == "https://nizkor.example/2"  # from metadata.url
    assert second["source"]["record_date"] is None
    assert second["title"] == "Kazakhstan Arrests Ex-Security Head"  # read as HTML
    assert rules_of(second) == SEED_FINDINGS

    for line, word in ((4, "not JSON"), (5, "list"), (6, "no `text` or `html`")):
        doc = docs[line]
        assert doc["status"] == "failed", line
        assert f"line {line}" in doc["error"] and word in doc["error"], doc["error"]
        assert f"{path}:{line}: {doc['error']}" in stderr
    assert docs[6]["source"]["record_id"] == "doc-6"

    assert docs[7]["status"] == "audited" and docs[7]["source"]["record_id"] is None
    assert_counts(report)
    assert report["summary"]["failed"] == 3


def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut(tmp_path: Path):
    words = random.Random(7).choices(["archive", "notice", "copy", "source", "date", "page", "press", "wire"], k=6000)
    lines = [json.dumps({"id": f"d{i}", "text": f"Item {i}\n\n" + " ".join(words[i * 300:(i + 1) * 300]) + "."}) for i in range(20)]
    compressed = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(compressed[: len(compressed) // 2])

    code, report, _ = audit_json(path, "--jobs", "1")
    assert code == 2
    docs = report["documents"]
    *good, last = docs
    assert 1 <= len(good) < 20
    assert [d["source"]["line"] for d in good] == list(range(1, len(good) + 1))
    assert all(d["status"] == "audited" for d in good)
    assert [d["source"]["record_id"] for d in good] == [f"d{i}" for i in range(len(good))]
    assert last["status"] == "failed"
    assert last["source"]["line"] == len(good) + 1
    assert "truncated" in last["error"] and f"line {len(good)}" in last["error"]
    assert_counts(report)


def test_jsonl_overlong_line_fails_and_the_next_is_read(tmp_path: Path):
    seed_line = json.dumps({"id": "seed", "text": SEED_TEXT})
    long_line = json.dumps({"id": "long", "text": "x" * 30_000})
    path = tmp_path / "shard.jsonl"
    path.write_text(f"{seed_line}\n{long_line}\n{seed_line}\n", encoding="utf-8")
    limit = len(seed_line.encode("utf-8")) + 100
    code, report, _ = audit_json(path, "--as-of", "2024-01-01", "--jobs", "1", "--max-bytes", str(limit))
    assert code == 2
    first, long_doc, third = report["documents"]
    assert first["status"] == third["status"] == "audited"
    assert (first["source"]["line"], third["source"]["line"]) == (1, 3)
    assert rules_of(third) == SEED_FINDINGS
    assert long_doc["status"] == "failed"
    assert long_doc["source"]["key"] == f"{path}:2"
    assert "line 2" in long_doc["error"] and "--max-bytes" in long_doc["error"]


# --- Standard input ------------------------------------------------------------------------------


def test_stdin_plain_document():
    code, report, _ = audit_json("-", "--as-of", "2024-01-01", input=SEED.read_bytes())
    assert code == 0
    (doc,) = report["documents"]
    assert doc["source"]["path"] == doc["source"]["key"] == "<stdin>"
    assert doc["source"]["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert rules_of(doc) == SEED_FINDINGS
    assert doc["chain"][0]["publisher"] == "Bloomberg"


def test_stdin_html_document():
    code, report, _ = audit_json("-", "--as-of", "2024-01-01", input=seed_html())
    assert code == 0
    (doc,) = report["documents"]
    assert doc["title"] == "Kazakhstan Arrests Ex-Security Head"
    assert rules_of(doc) == SEED_FINDINGS


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_stdin_warc_stream(tmp_path: Path, compress: bool):
    path = tmp_path / "crawl.warc"
    written = write_warc(path, MIXED, compress)
    code, report, _ = audit_json("-", "--as-of", "2024-01-01", "--jobs", "1", input=path.read_bytes())
    assert code == 0
    docs = report["documents"]
    expected = [written[i] for i in MIXED_DOCUMENTS]
    assert [d["source"]["key"] for d in docs] == [f"<stdin>@{w.offset}" for w in expected]
    assert [d["source"]["url"] for d in docs] == [w.record.url for w in expected]
    assert [d["source"]["record_id"] for d in docs] == [w.record_id for w in expected]
    assert all(rules_of(d) == SEED_FINDINGS for d in docs)


@pytest.mark.parametrize("compress", [True, False], ids=["jsonl.gz", "jsonl"])
def test_stdin_jsonl_stream(compress: bool):
    lines = [
        json.dumps({"id": "short", "text": "A note\n\nNothing to report in this short text."}),
        json.dumps({"id": "seed", "text": SEED_TEXT, "url": "https://nizkor.example/s"}),
        "not json",
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    code, report, _ = audit_json("-", "--as-of", "2024-01-01", "--jobs", "1", input=gzip.compress(data) if compress else data)
    assert code == 2
    docs = report["documents"]
    assert [d["source"]["key"] for d in docs] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert [d["source"]["record_id"] for d in docs] == ["short", "seed", None]
    assert [d["status"] for d in docs] == ["audited", "audited", "failed"]
    assert rules_of(docs[1]) == SEED_FINDINGS
    assert docs[1]["source"]["url"] == "https://nizkor.example/s"


def test_stdin_jsonl_stream_with_a_long_first_record():
    lines = [json.dumps({"id": "seed", "text": SEED_TEXT}), json.dumps({"id": "two", "text": SEED_TEXT})]
    assert len(lines[0]) > 4096
    code, report, _ = audit_json("-", "--as-of", "2024-01-01", "--jobs", "1", input=("\n".join(lines) + "\n").encode())
    assert code == 0
    assert [d["source"]["key"] for d in report["documents"]] == ["<stdin>:1", "<stdin>:2"]
    assert [d["source"]["record_id"] for d in report["documents"]] == ["seed", "two"]


# --- Directories -------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    files = {
        "a.txt": SEED.read_bytes(),
        "b.html": seed_html(),
        "notes.md": SEED.read_bytes(),  # not a kind the walk takes by default
        "drafts/e.txt": SEED.read_bytes(),
        "sub/c.txt": SEED.read_bytes(),
        "sub/deep/d.htm": seed_html(),
        ".hidden.txt": SEED.read_bytes(),
        ".git/f.txt": SEED.read_bytes(),
        "sub/.cache/g.html": seed_html(),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    write_warc(root / "sub" / "crawl.warc.gz", THREE_SEEDS[:2], compress=True)
    return root


def names(report: dict, root: Path) -> list[str]:
    return [Path(d["source"]["path"]).relative_to(root).as_posix() for d in report["documents"]]


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tree: Path):
    code, report, _ = audit_json(tree, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 0
    assert names(report, tree) == [
        "a.txt", "b.html", "drafts/e.txt", "sub/c.txt", "sub/crawl.warc.gz", "sub/crawl.warc.gz", "sub/deep/d.htm",
    ]
    assert all(rules_of(d) == SEED_FINDINGS for d in report["documents"])


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--include", "*.txt"], ["a.txt", "drafts/e.txt", "sub/c.txt"]),
        (["--include", "*.txt", "--include", "*.htm"], ["a.txt", "drafts/e.txt", "sub/c.txt", "sub/deep/d.htm"]),
        (["--exclude", "drafts/*"], ["a.txt", "b.html", "sub/c.txt", "sub/crawl.warc.gz", "sub/crawl.warc.gz", "sub/deep/d.htm"]),
        (["--include", "*.md"], ["notes.md"]),
        (["--include", "sub/*", "--exclude", "*.warc.gz"], ["sub/c.txt", "sub/deep/d.htm"]),
    ],
)
def test_directory_include_and_exclude_globs(tree: Path, options: list[str], expected: list[str]):
    code, report, _ = audit_json(tree, *options, "--as-of", "2024-01-01", "--jobs", "1")
    assert code == 0
    assert names(report, tree) == expected


def test_explicitly_named_files_are_always_read(tree: Path):
    code, report, _ = audit_json(
        tree / ".hidden.txt", tree / "notes.md", tree / "a.txt", tree / ".git" / "f.txt",
        "--exclude", "*.txt", "--include", "*.html", "--as-of", "2024-01-01", "--jobs", "1",
    )
    assert code == 0
    assert names(report, tree) == [".hidden.txt", "notes.md", "a.txt", ".git/f.txt"]
    assert all(d["status"] == "audited" and rules_of(d) == SEED_FINDINGS for d in report["documents"])


# --- Parallel jobs -------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """About 45 documents: text and HTML files, a WARC with 6 records, a JSON Lines shard
    with 6 lines (one bad), an empty file that fails."""
    root = tmp_path / "corpus"
    root.mkdir()
    for number in range(30):
        text = seed_variant(number)
        if number % 3 == 0:
            paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            (root / f"doc{number:02d}.html").write_text(f"<html><head><title>Page {number}</title></head><body>\n{paragraphs}\n</body></html>\n", encoding="utf-8")
        else:
            (root / f"doc{number:02d}.txt").write_text(text, encoding="utf-8")
    write_warc(root / "crawl.warc.gz", [
        Record(f"https://nizkor.example/w{n}", seed_variant(100 + n).encode("utf-8"), date=f"2022-0{1 + n % 2}-0{1 + n}T00:00:00Z")
        for n in range(6)
    ], compress=True)
    lines = [json.dumps({"id": f"j{n}", "text": seed_variant(200 + n), "metadata": {"date": "2021-12-31"}}) for n in range(5)]
    (root / "shard.jsonl").write_text("\n".join([*lines[:2], "[1, 2]", *lines[2:]]) + "\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return root


def test_jobs_2_gives_the_same_report_as_jobs_1(corpus: Path):
    outputs = {}
    for jobs in ("1", "2"):
        for format in ("json", "jsonl"):
            result = invoke("audit", corpus, "--format", format, "--jobs", jobs, "--as-of", "2024-01-01")
            assert result.exit_code == 2  # the empty file and the bad JSON line
            outputs[jobs, format] = result.stdout
    assert outputs["1", "json"] == outputs["2", "json"]
    assert outputs["1", "jsonl"] == outputs["2", "jsonl"]
    report = json.loads(outputs["2", "json"])
    assert report["summary"]["seen"] == 30 + 6 + 6 + 1 > 2 * 16
    assert report["summary"]["failed"] == 2
    keys = [d["source"]["key"] for d in report["documents"]]
    assert len(set(keys)) == len(keys)
    assert keys[0].endswith("corpus/crawl.warc.gz@0")  # in input order: the sorted walk
    assert keys[-1].endswith("corpus/shard.jsonl:6")


def test_reports_do_not_depend_on_the_hash_seed(corpus: Path, tmp_path: Path):
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1", "PYTHONPATH": str(REPO)}
        proc = subprocess.run(
            [sys.executable, "-m", "provenance", "audit", str(corpus), "--format", "json", "--jobs", "2", "--as-of", "2024-01-01"],
            capture_output=True, env=env, cwd=tmp_path / "cwd", timeout=120, check=False,
        )
        assert proc.returncode == 2, proc.stderr.decode()
        assert b"Traceback" not in proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["summary"]["seen"] == 43


def test_audit_paths_with_jobs_yields_results_in_input_order(corpus: Path):
    paths = [*sorted(corpus.glob("doc*"), reverse=True), corpus / "shard.jsonl", *sorted(corpus.glob("doc*"))[:5]]
    options = provenance.AuditOptions(as_of=dt.date(2024, 1, 1))
    parallel = list(provenance.audit_paths(paths, jobs=2, options=options))
    serial = list(provenance.audit_paths(paths, jobs=1, options=options))
    # The five documents named again at the end are read once, where first named.
    expected = [str(p) for p in paths[:30]] + [str(corpus / "shard.jsonl")] * 6
    assert [r.source.path for r in parallel] == expected
    assert [r.source.key for r in parallel] == [r.source.key for r in serial]
    # the worker pool did the auditing: its results leave the document in the worker
    assert all(r.document is None for r in parallel) and serial[0].document is not None
    assert [[f.rule for f in r.findings] for r in parallel] == [[f.rule for f in r.findings] for r in serial]
    assert [r.source.line for r in parallel[30:36]] == [1, 2, 3, 4, 5, 6]
    assert parallel[32].status == "failed"


# --- JSON Lines output and --resume ----------------------------------------------------------------


def test_jsonl_output_is_one_valid_entry_a_line(corpus: Path, tmp_path: Path):
    out = tmp_path / "report.jsonl"
    result = invoke("audit", corpus, "--format", "jsonl", "--output", out, "--jobs", "1", "--as-of", "2024-01-01")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 43
    validator = document_validator()
    for line in lines:
        entry = json.loads(line)
        errors = list(validator.iter_errors(entry))
        assert not errors, errors[0].message
    assert sum(json.loads(line)["status"] == "failed" for line in lines) == 2
    assert "seen 43 = audited 41 + failed 2; skipped 0" in result.stderr
    # The line schema can fail.
    broken = json.loads(lines[0])
    broken["source"]["key"] = 7
    assert list(validator.iter_errors(broken))


def test_resume_after_an_interrupted_run(corpus: Path, tmp_path: Path):
    full = tmp_path / "full.jsonl"
    args = ("--format", "jsonl", "--jobs", "1", "--as-of", "2024-01-01")
    assert invoke("audit", corpus, *args, "--output", full).exit_code == 2
    complete = full.read_bytes()
    lines = complete.split(b"\n")

    # An interrupted run: 12 whole lines, then half of the 13th.
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(line + b"\n" for line in lines[:12]) + lines[12][: len(lines[12]) // 2])
    result = invoke("audit", corpus, *args, "--output", partial, "--resume")
    assert result.exit_code == 2  # the failed inputs not yet reported are reported now
    assert "skipped 12" in result.stderr
    assert "seen 31 = audited 29 + failed 2" in result.stderr

    resumed = partial.read_bytes()
    assert resumed.endswith(b"\n")
    resumed_keys = [json.loads(line)["source"]["key"] for line in resumed.splitlines()]
    full_keys = [json.loads(line)["source"]["key"] for line in complete.splitlines()]
    assert sorted(resumed_keys) == sorted(full_keys)
    assert len(resumed_keys) == len(set(resumed_keys)) == 43
    assert resumed == complete  # same order too: the skipped ones were first

    # Resuming a finished report changes nothing.
    result = invoke("audit", corpus, *args, "--output", partial, "--resume")
    assert result.exit_code == 0
    assert "skipped 43" in result.stderr
    assert partial.read_bytes() == complete


def test_resume_when_the_run_stopped_just_before_a_newline(corpus: Path, tmp_path: Path):
    full = tmp_path / "full.jsonl"
    args = ("--format", "jsonl", "--jobs", "1", "--as-of", "2024-01-01")
    invoke("audit", corpus, *args, "--output", full)
    complete = full.read_bytes()
    lines = complete.split(b"\n")
    # The 5th entry is whole JSON but its newline was never written: it is audited again,
    # not glued to the next entry.
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(line + b"\n" for line in lines[:4]) + lines[4])
    result = invoke("audit", corpus, *args, "--output", partial, "--resume")
    assert "skipped 4" in result.stderr
    assert partial.read_bytes() == complete


def test_resume_stops_on_a_line_that_is_not_an_entry(corpus: Path, tmp_path: Path):
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"not json\n")
    result = invoke("audit", corpus, "--format", "jsonl", "--output", partial, "--resume")
    assert result.exit_code == 2
    assert "line 1 is not a provenance JSON Lines entry" in result.stderr
    assert partial.read_bytes() == b"not json\n"  # a report it cannot read is left alone


def test_resume_needs_jsonl_and_output(tmp_path: Path):
    result = invoke("audit", SEED, "--resume", "--format", "json", "--output", tmp_path / "r.json")
    assert result.exit_code == 2
    assert "--resume" in result.stderr


def test_a_document_that_crashes_its_worker_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Stand-in for a crash inside a C library: the worker process dies on one document.
    # Worker processes are forked, so they inherit the patched function.
    import provenance.audit as audit_module

    real = audit_module.audit_raw

    def crashing(raw, packs, options, *stage):  # type: ignore[no-untyped-def]
        if raw.data and b"CRASH-HERE" in raw.data:
            os._exit(1)
        return real(raw, packs, options, *stage)

    monkeypatch.setattr(audit_module, "audit_raw", crashing)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        marker = "CRASH-HERE" if i == 21 else ""
        (corpus / f"doc{i:02d}.txt").write_text(f"{SEED_TEXT}\n{marker}\n", encoding="utf-8")
    results = list(provenance.audit_paths([corpus], jobs=2))
    assert [Path(r.source.path).name for r in results] == [f"doc{i:02d}.txt" for i in range(40)]
    failed = [Path(r.source.path).name for r in results if r.status == "failed"]
    assert failed == ["doc21.txt"]
    assert "crashed" in results[21].error
