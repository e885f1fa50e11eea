"""provenance.spark: the audit, and the linking of copies, on a local Spark session.

Every Spark run here is checked against the one-machine audit of the same inputs, field
for field: each row's `json` is the document's entry in the JSON report, its typed columns
are that entry, and with linking the clusters are the same. One session serves the module
(a JVM takes many seconds to start).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
import zlib
from pathlib import Path
from typing import Any

import pytest
from test_corpus import MIXED, SEED, THREE_SEEDS, Record, seed_html, write_warc
from test_link import HARBOR, ORCHARD, page
from typer.testing import CliRunner

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[test]' installs it")
pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install -e '.[test]' installs it")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (17) on the PATH", allow_module_level=True)

# After the skips: provenance.spark needs pyspark.
from provenance import AuditOptions, audit_paths
from provenance.audit import default_packs
from provenance.cli import app
from provenance.link import link_results
from provenance.model import RawInput, Source
from provenance.report import build_report
from provenance.spark import DOCUMENT_FIELDS, SparkAudit, audit_files, audit_records, session
from provenance.spark.tasks import guarded

runner = CliRunner()


@pytest.fixture(scope="module")
def spark() -> Any:
    spark = session("local[2]", [("spark.ui.enabled", "false"), ("spark.sql.shuffle.partitions", "4"), ("spark.default.parallelism", "2")])
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WARC.gz of documents, copies among them (across sites), a PNG and a damaged member;
    a plain WARC; a JSON Lines shard with a bad line; loose pages; a missing file's name."""
    root = tmp_path_factory.mktemp("corpus")
    pages = [
        ("https://hgz.example/grain", page("Harbor Gazette", "hgz.example", "Grain terminal to close", "2024-03-05", HARBOR)),
        ("https://cdg.example/port", page("Coastal Digest", "cdg.example", "Port to shut historic terminal", "2024-03-07", HARBOR, style="divs")),
        ("https://hgz.example/frost", page("Harbor Gazette", "hgz.example", "Frost ruins apple harvest", "2024-03-05", ORCHARD)),
    ]
    records = [Record(url, text.encode("utf-8"), "text/html; charset=utf-8", "2024-03-08T10:00:00Z") for url, text in pages]
    written = write_warc(root / "a-crawl.warc.gz", [*MIXED, *records, *THREE_SEEDS], compress=True)
    bad = written[len(MIXED) + len(records)]  # the first of THREE_SEEDS: its deflate data scrambled
    data = bytearray((root / "a-crawl.warc.gz").read_bytes())
    for i in range(bad.offset + 20, bad.end - 10):
        data[i] ^= 0x55
    (root / "a-crawl.warc.gz").write_bytes(bytes(data))
    copy = page("Town Crier Blog", "tcb.example", "Grain terminal closing", "2024-03-06", HARBOR[:3])
    write_warc(root / "b-plain.warc", [Record("https://tcb.example/grain", copy.encode("utf-8"), "text/html"), *THREE_SEEDS[1:]], compress=False)
    credited = page("Regional Wire Review", "rwreview.example", "Grain terminal to close", "2024-03-06", HARBOR, credit="Originally published by Harbor Gazette.")
    lines = [
        json.dumps({"id": "r1", "url": "https://rwreview.example/grain", "html": credited, "metadata": {"date": "2024-03-09"}}),
        "{not json",
        json.dumps({"id": "r3", "text": SEED.read_text(encoding="utf-8")}),
        json.dumps({"id": "r4"}),
    ]
    with gzip.open(root / "c-shard.jsonl.gz", "wt", encoding="utf-8") as shard:
        shard.write("\n".join(lines) + "\n")
    (root / "d-page.html").write_bytes(seed_html())
    return root


def inputs(corpus: Path) -> list[str]:
    return [str(corpus / name) for name in ("a-crawl.warc.gz", "b-plain.warc", "c-shard.jsonl.gz", "d-page.html", "e-missing.html")]


def one_machine(paths: list[str], link: bool) -> dict[str, Any]:
    results = audit_paths(paths, options=AuditOptions(sign=link))
    if not link:
        return build_report(results)
    return build_report(*link_results(results, default_packs()))


def plain(value: Any) -> Any:
    """A typed column's value as the JSON entry writes it (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(v) for key, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def assert_same_as_one_machine(rows: list[Any], report: dict[str, Any]) -> None:
    assert len(rows) == len(report["documents"])
    for row, entry in zip(rows, report["documents"], strict=True):
        assert json.loads(row["json"]) == entry
        typed = row.asDict(recursive=True)
        for name, _ in DOCUMENT_FIELDS:
            assert plain(typed[name]) == entry[name], (entry["source"]["key"], name)


def test_files_are_audited_as_on_one_machine(spark: Any, corpus: Path) -> None:
    paths = inputs(corpus)
    report = audit_files(spark, paths, SparkAudit())
    rows = report.documents.orderBy("input_index", "record_index").collect()
    expected = one_machine(paths, link=False)
    assert_same_as_one_machine(rows, expected)
    assert report.clusters is None
    # Nothing lost: the damaged member, the bad lines and the missing file are failed rows with their reasons.
    failed = {row["key"]: row["error"] for row in rows if row["status"] == "failed"}
    assert any("a-crawl.warc.gz@" in key for key in failed) and any("line 2 is not JSON" in error for error in failed.values())
    assert failed[str(corpus / "e-missing.html")] == "no such file or directory"
    tally = report.summary()
    assert tally.as_dict() == expected["summary"]
    assert tally.seen == tally.audited + tally.failed == len(rows)


def test_linking_on_spark_finds_the_same_clusters(spark: Any, corpus: Path) -> None:
    paths = inputs(corpus)
    # Three stripes a container: each file's records are shared among tasks and still come out as on one machine.
    report = audit_files(spark, paths, SparkAudit(link=True, stripes=3))
    assert report.clusters is not None
    rows = report.documents.orderBy("input_index", "record_index").collect()
    expected = one_machine(paths, link=True)
    assert_same_as_one_machine(rows, expected)
    clusters = report.clusters.collect()
    assert [json.loads(c["json"]) for c in clusters] == expected["clusters"]
    assert [c.asDict(recursive=True) | {"json": None} for c in clusters] == [c | {"json": None} for c in expected["clusters"]]
    # The copies across the WARCs and the shard are one group, its original the Harbor Gazette's page.
    (group,) = [c for c in expected["clusters"] if any("hgz.example" in m or "a-crawl" in m for m in c["members"])]
    assert len(group["members"]) == 4 and group["why"] == "credit"
    assert report.summary().as_dict() == expected["summary"]


def test_records_are_audited_as_lines_of_a_shard(spark: Any, corpus: Path, tmp_path: Path) -> None:
    credited = page("Regional Wire Review", "rwreview.example", "Grain terminal to close", "2024-03-06", HARBOR, credit="Originally published by Harbor Gazette.")
    records = [
        {"url": "https://rwreview.example/grain", "html": credited, "text": None, "id": "r1", "date": dt.date(2024, 3, 9)},
        {"url": None, "html": None, "text": SEED.read_text(encoding="utf-8"), "id": "r2", "date": None},
        {"url": None, "html": None, "text": None, "id": "r3", "date": None},
    ]
    frame = spark.createDataFrame(records, "url string, html string, text string, id string, date date")
    rows = audit_records(frame, SparkAudit(), name="shard.jsonl").documents.orderBy("record_index").collect()
    shard = tmp_path / "shard.jsonl"
    shard.write_text(
        "\n".join(json.dumps({k: v for k, v in r.items() if k != "date" and v is not None} | ({"metadata": {"date": "2024-03-09"}} if r["date"] else {})) for r in records)
        + "\n",
        encoding="utf-8",
    )
    expected = one_machine([str(shard)], link=False)
    for document in expected["documents"]:  # the shard is named as the DataFrame's records are
        document["source"]["path"] = "shard.jsonl"
        document["source"]["key"] = document["source"]["key"].replace(str(shard), "shard.jsonl")
    assert_same_as_one_machine(rows, expected)
    assert rows[2]["status"] == "failed" and "has no `text` or `html`" in rows[2]["error"]


def test_cli_writes_the_report_and_a_rerun_gives_the_same_rows(spark: Any, corpus: Path, tmp_path: Path) -> None:
    paths = inputs(corpus)
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        result = runner.invoke(app, ["spark", "audit", *paths, "--output", str(out), "--format", "jsonl", "--link", "--exit-zero"])
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output
    documents = [json.loads(line) for part in sorted((first / "documents").glob("part-*")) for line in part.read_text(encoding="utf-8").splitlines()]
    expected = one_machine(paths, link=True)
    assert documents == expected["documents"]
    clusters = [json.loads(line) for part in sorted((first / "clusters").glob("part-*")) for line in part.read_text(encoding="utf-8").splitlines()]
    assert clusters == expected["clusters"]
    written = json.loads((first / "summary.json").read_text(encoding="utf-8"))
    assert written["summary"] == expected["summary"] and written["clusters"] == len(expected["clusters"])
    assert written["schema_version"] == expected["schema_version"]

    def parts(out: Path) -> list[str]:
        return [part.read_text(encoding="utf-8") for part in sorted((out / "documents").glob("part-*"))]

    assert "".join(parts(first)) == "".join(parts(second))
    # An output directory that holds files is not written over unless asked.
    again = runner.invoke(app, ["spark", "audit", *paths, "--output", str(first)])
    assert again.exit_code == 2 and "--overwrite" in again.output


def test_cli_parquet_has_typed_columns(spark: Any, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    result = runner.invoke(app, ["spark", "audit", str(corpus / "d-page.html"), "--output", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert "seen 1 = audited 1 + failed 0" in result.output
    (row,) = spark.read.parquet(str(out / "documents")).collect()
    entry = json.loads(row["json"])
    assert row["status"] == "audited" and row["publisher"] == entry["publisher"]
    assert [link["publisher"] for link in row["chain"]] == [link["publisher"] for link in entry["chain"]]
    assert row["published"]["date"] == dt.date.fromisoformat(entry["published"]["date"])


def test_cli_usage_errors_are_one_line() -> None:
    result = runner.invoke(app, ["spark", "audit", "-", "--output", "/tmp/nowhere"])
    assert result.exit_code == 2 and "standard input" in result.output
    result = runner.invoke(app, ["spark", "audit", "x.warc", "--output", "/tmp/nowhere", "--conf", "novalue"])
    assert result.exit_code == 2 and "KEY=VALUE" in result.output


def test_a_reader_that_raises_is_one_failed_record() -> None:
    def records() -> Any:
        yield RawInput(Source("x.warc", offset=0), b"<p>one</p>", "html")
        raise zlib.error("invalid stored block lengths")

    read = list(guarded("x.warc", records()))
    assert [raw.error for raw in read] == [None, "reading stopped after 1 record(s): error: invalid stored block lengths"]
