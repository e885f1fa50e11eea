"""The audit, and the linking of copies, on Apache Spark (`pip install 'provenance[spark]'`).

    paths   -> one task a (file, stripe) -> read_path's records -> audit_inputs -> rows
    records (url, html or text, id, date) -> record_input -> audit_inputs -> rows
    --link: each row's signature -> its band keys and anchors, exploded and grouped by key
            -> candidate pairs -> verified (is_copy, same_site) -> connected groups -> each
            group settled (settle_group) -> each document relinked (linked_result)

Every record goes through audit_inputs with the packs and options a run on one machine
uses (the same watchdog: a document that runs over its time, or crashes its process,
fails alone), so a row's `json` is the document's entry in the JSON report
(document_entry), and the typed columns are that entry read back by Spark (from_json),
never a second rendering of it. Linking uses link.py's own pieces, so the clusters are
those of the one-machine `--link`.

Rows are ordered as a run on one machine orders its documents: by `input_index` (the
input's place in the list of files) and `record_index` (the record's place in its file).
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import IO, Any

import numpy as np
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from .audit import audit_inputs, default_packs
from .files import open_error
from .jsonl import is_jsonl, read_jsonl, record_input
from .link import Linking, components, facts_from_result, is_copy, linked_result, same_site, settle_group
from .load import STDIN, LeftOut, document_input, input_files, read_path
from .lsh import KEYS, anchors_of, band_keys, overlap, sharing_pairs
from .model import AuditOptions, DocumentResult, RawInput, Source
from .packs import Packs
from .report import Tally, cluster_entry, document_entry, header
from .warc import is_archive, read_archive

ROWS_PER_BATCH = 64  # rows a task hands Spark at a time: memory stays flat whatever the file
SMALL_FILES = 64  # HTML and text files a task audits
MAX_STRIPES = 16  # each stripe reads the whole file: past this, reading would cost more than it spreads
# A document's place, as one number: its input's index above, its record's below (a WARC
# holds far fewer than 2**32 records). Sorting by it is the one-machine run's order.
_RECORD_BITS = 32

# What the typed columns hold: the JSON report's document entry, as report.py writes it
# and provenance/schema/report.schema.json describes it.
_CHAIN = "array<struct<role:string,publisher:string,author:string,date:date,date_text:string,line:bigint>>"
_NOTICES = (
    "array<struct<kind:string,text:string,line:bigint,`where`:string,family:string,basis:string,purposes:array<string>,"
    "holder:string,year:string,license:string,scope:string,publisher:string,date:date>>"
)
_RIGHTS = (
    "struct<holder:string,holder_evidence:struct<text:string,line:bigint,`where`:string>,presumed_holder:struct<name:string,why:string>,"
    "basis:string,statement:string,openly_licensed:boolean,license:string>"
)
_FINDINGS = (
    "array<struct<rule:string,name:string,category:string,severity:string,message:string,line:bigint,evidence:string,"
    "suggestion:string,related:array<struct<line:bigint,text:string>>>>"
)
_COPIES = "array<struct<key:string,url:string,publisher:string,date:date,similarity:double,containment:double,why:string,evidence:string>>"
DOCUMENT_FIELDS = (
    ("source", "struct<path:string,url:string,sha256:string,key:string,offset:bigint,line:bigint,record_id:string,record_date:date,"
     "archived:struct<archive:string,url:string,date:date>>"),
    ("status", "string"),
    ("error", "string"),
    ("title", "string"),
    ("publisher", "string"),
    ("section", "string"),
    ("published", "struct<date:date,text:string,line:bigint,`where`:string>"),
    ("chain", _CHAIN),
    ("notices", _NOTICES),
    ("rights", _RIGHTS),
    ("findings", _FINDINGS),
    ("copies", _COPIES),
    ("copied_by", _COPIES),
)  # fmt: skip
DOCUMENT_SCHEMA = "struct<" + ",".join(f"{name}:{kind}" for name, kind in DOCUMENT_FIELDS) + ">"
CLUSTER_SCHEMA = "struct<id:string,members:array<string>,original:string,why:string,evidence:string>"

# The rows of the audit stage: the entry, and with linking what linking needs of it.
_AUDITED = (
    "input_index bigint, record_index bigint, key string, status string, json string, "
    "result binary, facts binary, sample binary, bands array<bigint>, anchors array<bigint>"
)
_AUDITED_ARROW = pa.schema([
    ("input_index", pa.int64()), ("record_index", pa.int64()), ("key", pa.string()), ("status", pa.string()), ("json", pa.string()),
    ("result", pa.binary()), ("facts", pa.binary()), ("sample", pa.binary()), ("bands", pa.list_(pa.int64())), ("anchors", pa.list_(pa.int64())),
])  # fmt: skip
_PAIRS_ARROW = pa.schema([("left", pa.int64()), ("right", pa.int64())])
_EDGES_ARROW = pa.schema([("left", pa.int64()), ("right", pa.int64()), ("left_key", pa.string()), ("right_key", pa.string())])
_ROWS = "input_index bigint, record_index bigint, key string, status string, json string"
_ROWS_ARROW = pa.schema([("input_index", pa.int64()), ("record_index", pa.int64()), ("key", pa.string()), ("status", pa.string()), ("json", pa.string())])


@dataclass(frozen=True)
class SparkAudit:
    """What every task needs to audit as a run on one machine does; small and picklable.

    `rules`: extra rule-pack directories, at the same path on every executor. `stripes`:
    tasks a container file (WARC, JSON Lines) is read in, each auditing every stripes-th
    record of it (each reads the whole file and audits only its share), so that a few
    large WARCs still keep every core busy."""

    options: AuditOptions = field(default_factory=AuditOptions)
    rules: tuple[str, ...] = ()
    link: bool = False
    stripes: int | None = None  # None: enough that every core has work (see _auto_stripes)

    def audit_options(self) -> AuditOptions:
        return replace(self.options, sign=True) if self.link else self.options


@dataclass(frozen=True)
class SparkReport:
    """`documents`: a row a document (typed columns, `json` its report entry); `clusters`:
    with linking, a row a group of copies, else None."""

    documents: DataFrame
    clusters: DataFrame | None = None
    audited: DataFrame | None = None  # with linking, the audit's own rows, persisted: counting them runs the audit alone

    def summary(self) -> Tally:
        """The run in numbers, as the JSON report's summary counts it: seen = audited + failed."""
        return summary(self.documents)


# The packs of this Python worker, by their directories: loading and compiling them takes
# a while, and a worker runs many tasks (Spark reuses Python workers), so each worker loads
# them once, not once a task or a record. Keyed by the configuration, so two runs with
# different packs in one worker never share them.
_PACKS: dict[tuple[str, ...], Packs] = {}


def worker_packs(rules: tuple[str, ...]) -> Packs:
    if rules not in _PACKS:
        _PACKS[rules] = default_packs([Path(d) for d in rules])
    return _PACKS[rules]


# --- Entry points -----------------------------------------------------------------------------


def session(master: str | None = None, conf: Sequence[tuple[str, str]] = (), app_name: str = "provenance") -> SparkSession:
    """A Spark session: on `master` when given (local[4], yarn, k8s://...), else where
    spark-submit or SPARK_* settings say, else on every local core. Its Python workers run
    this Python (on a local master, unless PYSPARK_PYTHON or spark.pyspark.python say
    otherwise), so that they import the same provenance."""
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this driver, and set up its Python
    if not submitted and (master is None or master.startswith("local")) and "spark.pyspark.python" not in dict(conf):
        # pyspark starts local Python workers with PYSPARK_PYTHON, else `python3`, which
        # may not be the environment provenance is installed in.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in conf:
        builder = builder.config(key, value)
    return builder.getOrCreate()



def audit_files(
    spark: SparkSession,
    paths: Sequence[str] | DataFrame,
    audit: SparkAudit | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    left_out: LeftOut | None = None,
) -> SparkReport:
    """Audit the documents of files (HTML, text, WARC, WARC.gz, ARC, JSON Lines): local
    paths (directories are walked on the driver, as a run on one machine walks them) or
    URLs an fsspec file system on the executors reads (s3://, gs://, hdfs://; files, not
    directories). `paths` is a list, or a DataFrame whose first column holds them."""
    audit = audit or SparkAudit()
    names = [str(row[0]) for row in paths.collect()] if isinstance(paths, DataFrame) else [str(p) for p in paths]
    listing = list_inputs(names, include, exclude, left_out)
    stripes = audit.stripes or _auto_stripes(spark, listing)
    tasks = _tasks(listing, stripes)
    parts = max(number for number, _ in tasks) + 1 if tasks else 1
    # Each task is put in its partition by number: a container file's stripe alone, small files together.
    table = spark.sparkContext.parallelize(tasks, parts).partitionBy(parts, lambda number: number).values()
    frame = spark.createDataFrame(table, "input_index bigint, path string, error string, stripe int, stripes int")
    return _finish(frame.mapInArrow(partial(_audit_file_batches, audit), _AUDITED), audit)


def list_inputs(
    names: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = (), left_out: LeftOut | None = None
) -> list[tuple[str, str | None]]:
    """The files a run reads, in its order, each with the reason it cannot be read or None:
    local inputs as load.input_files lists them for a run on one machine, then the URLs."""
    urls = [name for name in names if _is_url(name)]
    local = [name.removeprefix("file://") for name in names if not _is_url(name)]
    listing = [(str(path), error) for path, error in input_files(local, include, exclude, left_out)]
    listing = [(path, "standard input cannot be read on Spark: name files" if path == STDIN else error) for path, error in listing]
    return listing + [(url, None) for url in dict.fromkeys(urls)]


def _is_url(name: str) -> bool:
    return "://" in name and not name.startswith("file://")


def _auto_stripes(spark: SparkSession, listing: list[tuple[str, str | None]]) -> int:
    """Enough stripes a container that every core has work (a single WARC on 2 cores: 2);
    1 when there are as many containers as cores, so that no file is read twice."""
    containers = sum(1 for path, error in listing if error is None and _is_container(path))
    return max(1, min(MAX_STRIPES, spark.sparkContext.defaultParallelism // max(containers, 1)))


def _is_container(path: str) -> bool:
    return is_archive(path) or is_jsonl(path)


def _tasks(listing: list[tuple[str, str | None]], stripes: int) -> list[tuple[int, tuple[int, str, str | None, int, int]]]:
    """(partition, task) for each task: a container's stripe has a partition of its own;
    other files go SMALL_FILES to a partition."""
    tasks: list[tuple[int, tuple[int, str, str | None, int, int]]] = []
    partitions = 0
    small: list[int] = []  # the partition taking small files, and how many it has
    for index, (path, error) in enumerate(listing):
        if error is None and _is_container(path):
            tasks.extend((partitions + stripe, (index, path, None, stripe, stripes)) for stripe in range(stripes))
            partitions += stripes
            continue
        if not small or small[1] == SMALL_FILES:
            small = [partitions, 0]
            partitions += 1
        tasks.append((small[0], (index, path, error, 0, 1)))
        small[1] += 1
    return tasks


def audit_records(records: DataFrame, audit: SparkAudit | None = None, name: str = "records") -> SparkReport:
    """Audit records held in a DataFrame: `html` or `text`, and `url`, `id`, `date` where
    present. Each is audited as the same record on line N of a JSON Lines shard called
    `name` would be (N: its place in the DataFrame, from 1), so their keys are `name:N`."""
    audit = audit or SparkAudit()
    wanted = [c for c in ("url", "html", "text", "id", "date") if c in records.columns]
    numbered = records.select(*wanted).rdd.zipWithIndex().map(lambda pair: (pair[1], json.dumps(_record_object(pair[0].asDict()), default=str)))
    table = numbered.toDF("record_index bigint, line string")
    return _finish(table.mapInArrow(partial(_audit_record_batches, audit, name), _AUDITED), audit)


def summary(documents: DataFrame) -> Tally:
    """The run in numbers, counted as the JSON report's summary is: seen = audited + failed."""
    levels = ("error", "warning", "info")
    row = documents.agg(
        F.sum(F.when(F.col("status") == "audited", 1).otherwise(0)).alias("audited"),
        F.sum(F.when(F.col("status") == "failed", 1).otherwise(0)).alias("failed"),
        *(F.sum(F.expr(f"coalesce(size(filter(findings, f -> f.severity = '{level}')), 0)")).alias(level) for level in levels),
    ).first()
    count = {name: int(row[name] or 0) if row is not None else 0 for name in ("audited", "failed", *levels)}
    return Tally(audited=count["audited"], failed=count["failed"], findings={level: count[level] for level in levels})


# --- The audit stage, in the tasks ------------------------------------------------------------


def _audit_file_batches(audit: SparkAudit, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    options = audit.audit_options()
    for batch in batches:
        for task in batch.to_pylist():
            if task["error"] is not None:  # found unreadable when the inputs were listed
                records: Iterator[RawInput] = iter([RawInput(Source(task["path"]), None, error=task["error"])])
            else:
                records = _guarded(task["path"], _read_file(task["path"], options.max_bytes))
            numbered = (
                (task["input_index"], number, raw) for number, raw in enumerate(records) if number % task["stripes"] == task["stripe"]
            )  # fmt: skip
            yield from _batched(_audited_rows(numbered, audit, options), _AUDITED_ARROW)


def _audit_record_batches(audit: SparkAudit, name: str, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    options = audit.audit_options()

    def numbered() -> Iterator[tuple[int, int, RawInput]]:
        for batch in batches:
            for row in batch.to_pylist():
                yield 0, row["record_index"], _record_raw(row["line"].encode("utf-8"), name, row["record_index"] + 1, options.max_bytes)

    yield from _batched(_audited_rows(numbered(), audit, options), _AUDITED_ARROW)


def _record_object(row: dict[str, Any]) -> dict[str, Any]:
    """A DataFrame record as the JSON Lines record it stands for (its date is a corpus
    record's metadata.date, which is its capture date)."""
    record = {key: value for key, value in row.items() if key != "date" and value is not None}
    if row.get("date") is not None:
        record["metadata"] = {"date": row["date"].isoformat() if hasattr(row["date"], "isoformat") else str(row["date"])}
    return record


def _record_raw(line: bytes, name: str, number: int, max_bytes: int) -> RawInput:
    # As read_jsonl does with a line over the limit.
    if len(line) > max_bytes:
        return RawInput.too_large(Source(name, line=number), None, max_bytes, subject=f"line {number}")
    return record_input(line, name, number)


def _read_file(path: str, max_bytes: int) -> Iterator[RawInput]:
    """The documents of one input, as a run on one machine reads them: local paths through
    read_path itself, other file systems through fsspec, streamed."""
    if "://" not in path or path.startswith("file://"):
        yield from read_path(Path(path.removeprefix("file://")), max_bytes)
        return
    try:
        import fsspec

        handle: IO[bytes] = fsspec.open(path, "rb").open()
    except ImportError:
        yield RawInput(Source(path), None, error="cannot be read: fsspec is not installed on this executor (pip install fsspec, and s3fs, gcsfs ...)")
        return
    except OSError as exc:
        yield RawInput(Source(path), None, error=open_error(exc))
        return
    except Exception as exc:  # noqa: BLE001  (each file system raises its own kinds: an unknown protocol, missing credentials)
        yield RawInput(Source(path), None, error=f"cannot be read: {type(exc).__name__}: {exc}")
        return
    with handle:
        if path.lower().endswith((".arc", ".arc.gz")):
            yield RawInput(Source(path), None, error="cannot be read: ARC files are read from local paths only")
        elif is_archive(path):
            yield from read_archive(path, max_bytes, stream=handle)
        elif is_jsonl(path):
            lines: IO[bytes] = gzip.GzipFile(fileobj=handle, mode="rb") if path.lower().endswith(".gz") else handle  # type: ignore[assignment]
            yield from read_jsonl(path, max_bytes, stream=lines)
        else:
            data = handle.read(max_bytes + 1)
            yield RawInput.too_large(Source(path), None, max_bytes) if len(data) > max_bytes else document_input(Source(path), data)


def _guarded(path: str, records: Iterator[RawInput]) -> Iterator[RawInput]:
    """The records, and should reading raise (a bug, a file system failing mid-read), one
    failed record saying so in place of the rest: a failed row, never a failed stage."""
    count = 0
    try:
        for raw in records:
            count += 1
            yield raw
    except Exception as exc:  # noqa: BLE001  (one unreadable file must not fail the stage and lose every other file's rows)
        yield RawInput(Source(path), None, error=f"reading stopped after {count} record(s): {type(exc).__name__}: {exc}")


def _audited_rows(numbered: Iterable[tuple[int, int, RawInput]], audit: SparkAudit, options: AuditOptions) -> Iterator[dict[str, Any]]:
    """Audit the records in order, with the time budget and the worker process a run on one
    machine has (audit_inputs), and make each result a row."""
    packs = worker_packs(audit.rules)
    places: deque[tuple[int, int]] = deque()

    def raws() -> Iterator[RawInput]:
        for input_index, record_index, raw in numbered:
            places.append((input_index, record_index))
            yield raw

    # audit_inputs yields one result a record, in order: the places line up.
    for result in audit_inputs(raws(), packs, options, jobs=1):
        input_index, record_index = places.popleft()
        yield _audited_row(input_index, record_index, result, packs, audit.link)


def _audited_row(input_index: int, record_index: int, result: DocumentResult, packs: Packs, link: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "input_index": input_index,
        "record_index": record_index,
        "key": result.source.key,
        "status": result.status,
        "json": _dumps(document_entry(result)),
    }
    if link and result.status == "audited":
        # Linking adds to the entry (copies, findings, the chain's original): the result is
        # kept until then, without its text. Pickled between stages of one job, with one
        # version of the code on every side.
        row["result"] = pickle.dumps(replace(result, document=None, signature=None))
        signed = facts_from_result(result, packs)
        if signed is not None:
            facts, signature = signed
            row["facts"] = pickle.dumps(facts)
            row["sample"] = signature.sample
            row["bands"] = band_keys(signature).view(np.int64).tolist()  # Spark has no unsigned 64-bit type: the same bits
            row["anchors"] = anchors_of(signature).astype(np.int64).tolist()
    return row


def _batched(rows: Iterable[dict[str, Any]], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == ROWS_PER_BATCH:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def _dumps(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))  # as the JSON Lines report writes it


# --- After the audit: linking, then the typed columns -----------------------------------------


def _finish(audited: DataFrame, audit: SparkAudit) -> SparkReport:
    if not audit.link:
        return SparkReport(_typed(audited.select("input_index", "record_index", "key", "status", "json")))
    # Linking reads the audited rows three times (keys, samples, relinking): audit once.
    audited = audited.persist()
    links, clusters = _link(audited, audit)
    rows = audited.join(links, "key", "left").mapInArrow(_relink_batches, _ROWS)
    return SparkReport(_typed(rows), clusters, audited)


def _typed(rows: DataFrame) -> DataFrame:
    """The report entry's fields as columns, read from the entry itself."""
    parsed = rows.select("input_index", "record_index", "key", "json", F.from_json("json", DOCUMENT_SCHEMA).alias("entry"))
    return parsed.select("input_index", "record_index", "key", *(F.col("entry")[name].alias(name) for name, _ in DOCUMENT_FIELDS), "json")


def _document_number() -> Any:
    return F.shiftleft(F.col("input_index"), _RECORD_BITS) + F.col("record_index")


def _link(audited: DataFrame, audit: SparkAudit) -> tuple[DataFrame, DataFrame]:
    """Each linked document's link (pickled: its copies, copied_by, original and findings),
    and the clusters, as link.py's _link would make them from the same documents."""
    spark = audited.sparkSession
    signed = audited.where(F.col("bands").isNotNull()).select(_document_number().alias("doc"), "key", "facts", "sample", "bands", "anchors")
    # Two documents are candidates when they share a band key at the same place, or an anchor.
    bands = signed.select("doc", F.posexplode("bands").alias("bucket", "value"))
    anchors = signed.select("doc", F.lit(KEYS).alias("bucket"), F.explode("anchors").alias("value"))
    shared = bands.unionByName(anchors).groupBy("bucket", "value").agg(F.array_sort(F.collect_set("doc")).alias("docs"))
    pairs = shared.where(F.size("docs") > 1).select("docs").mapInArrow(_pair_batches, "left bigint, right bigint").distinct()
    side = signed.select("doc", "key", "facts", "sample")
    left = side.toDF("left", "left_key", "left_facts", "left_sample")
    right = side.toDF("right", "right_key", "right_facts", "right_sample")
    verified = pairs.join(left, "left").join(right, "right").mapInArrow(_verify_batches, "left bigint, right bigint, left_key string, right_key string")
    # The copy pairs are few beside the documents: their groups are found here, on the driver.
    edges = verified.collect()
    keys = {row["left"]: row["left_key"] for row in edges} | {row["right"]: row["right_key"] for row in edges}
    docs = sorted(keys)
    place = {doc: i for i, doc in enumerate(docs)}
    found = components(len(docs), ((place[r["left"]], place[r["right"]]) for r in edges))
    groups = [sorted((docs[i] for i in members), key=keys.__getitem__) for members in found]
    groups.sort(key=lambda members: keys[members[0]])  # named in the order of their first key, as link.py names them
    membership = [(doc, f"c{number}", number, position) for number, members in enumerate(groups, 1) for position, doc in enumerate(members)]
    members = spark.createDataFrame(membership, "doc bigint, cluster string, number bigint, position int").join(side, "doc")
    settled = members.groupBy("cluster").applyInPandas(_group_settler(audit.audit_options()), "key string, number bigint, link binary, cluster_json string")
    settled = settled.persist()
    clusters = settled.where(F.col("cluster_json").isNotNull()).orderBy("number")
    clusters = clusters.select(F.from_json("cluster_json", CLUSTER_SCHEMA).alias("c"), F.col("cluster_json").alias("json"))
    return settled.select("key", "link"), clusters.select("c.*", "json")


def _pair_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        pairs = [pair for docs in batch.column("docs").to_pylist() for pair in sharing_pairs(docs)]
        if pairs:
            yield pa.RecordBatch.from_pylist([{"left": a, "right": b} for a, b in pairs], schema=_PAIRS_ARROW)


def _verify_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The candidate pairs that are copies: of two sites, half the shorter text in the longer."""
    for batch in batches:
        kept = []
        for row in batch.to_pylist():
            a, b = pickle.loads(row["left_facts"]), pickle.loads(row["right_facts"])
            measured = overlap(np.frombuffer(row["left_sample"], dtype="<u4"), np.frombuffer(row["right_sample"], dtype="<u4"))
            if not same_site(a, b) and is_copy(*measured):
                kept.append({key: row[key] for key in ("left", "right", "left_key", "right_key")})
        if kept:
            yield pa.RecordBatch.from_pylist(kept, schema=_EDGES_ARROW)


def _group_settler(options: AuditOptions) -> Callable[[Any], Any]:
    # A plain function, not functools.partial: applyInPandas reads its signature.
    def settle(members: Any) -> Any:
        return _settle_group(options, members)

    return settle


def _settle_group(options: AuditOptions, members: Any) -> Any:
    """One group (a pandas DataFrame of its members): its original decided by settle_group,
    and a row a member with its part of the Linking; the first row holds the cluster."""
    import pandas as pd

    members = members.sort_values("position")
    facts = [pickle.loads(f) for f in members["facts"]]
    samples = [np.frombuffer(s, dtype="<u4") for s in members["sample"]]
    linking = Linking()
    name = members["cluster"].iloc[0]
    settle_group(name, facts, lambda a, b: overlap(samples[a], samples[b]), linking, options)
    (cluster,) = linking.clusters
    rows = []
    for position, fact in enumerate(facts):
        key = fact.key
        part = Linking(
            copies={key: linking.copies[key]} if key in linking.copies else {},
            copied_by={key: linking.copied_by[key]} if key in linking.copied_by else {},
            originals={key: linking.originals[key]} if key in linking.originals else {},
            findings={key: linking.findings[key]} if key in linking.findings else {},
        )
        cluster_json = _dumps(cluster_entry(cluster)) if position == 0 else None
        rows.append({"key": key, "number": int(members["number"].iloc[0]), "link": pickle.dumps(part), "cluster_json": cluster_json})
    return pd.DataFrame(rows, columns=["key", "number", "link", "cluster_json"])


def _relink_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Each audited document's entry once linked, by linked_result as a run on one machine
    makes it (a document in no group still gets its empty copies and copied_by)."""
    nothing = Linking()
    for batch in batches:
        rows = []
        for row in batch.to_pylist():
            if row["result"] is not None:
                result: DocumentResult = pickle.loads(row["result"])
                linking = pickle.loads(row["link"]) if row["link"] is not None else nothing
                row["json"] = _dumps(document_entry(linked_result(result, linking)))
            rows.append({key: row[key] for key in ("input_index", "record_index", "key", "status", "json")})
        yield pa.RecordBatch.from_pylist(rows, schema=_ROWS_ARROW)


# --- Writing a run ----------------------------------------------------------------------------

FORMATS = ("parquet", "jsonl")


def write_report(report: SparkReport, output: str, format: str = "parquet", overwrite: bool = False) -> Tally:
    """Write `output`/documents (and `output`/clusters with linking) in the run's order, and
    `output`/summary.json; return the summary. jsonl writes each row's `json`: the lines are
    the JSON report's documents[] (and clusters[]) entries, one a line."""
    mode = "overwrite" if overwrite else "errorifexists"
    # Written and counted from one computation: the audit is not run again for the summary
    # or for the sort's sampling.
    documents = report.documents.persist()
    try:
        _write(documents.orderBy("input_index", "record_index"), f"{output}/documents", format, mode)
        if report.clusters is not None:
            _write(report.clusters, f"{output}/clusters", format, mode)
        tally = summary(documents)
    finally:
        documents.unpersist()
    clusters = report.clusters.count() if report.clusters is not None else None
    written = {**header(), "summary": tally.as_dict(), "clusters": clusters, "format": format}
    text = json.dumps(written, ensure_ascii=False, indent=2) + "\n"
    if _is_url(output):
        import fsspec

        with fsspec.open(f"{output}/summary.json", "w", encoding="utf-8") as out:
            out.write(text)
    else:
        Path(output.removeprefix("file://"), "summary.json").write_text(text, encoding="utf-8")
    return tally


def _write(frame: DataFrame, path: str, format: str, mode: str) -> None:
    if format == "jsonl":
        frame.select("json").write.mode(mode).text(path)
    else:
        frame.write.mode(mode).parquet(path)
