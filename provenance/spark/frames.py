"""The DataFrames of a run: the table of tasks, the typed columns, the summary and the
written report; and the session."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ..jsonl import is_jsonl
from ..load import STDIN, LeftOut, input_files
from ..report import Tally, header
from ..warc import is_archive
from .linking import ROWS, link_audited, relink_batches
from .tasks import AUDITED, SparkAudit, audit_file_batches, audit_record_batches, record_object

SMALL_FILES = 64  # HTML and text files a task audits
MAX_STRIPES = 16  # each stripe reads the whole file: past this, reading would cost more than it spreads

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
    if "spark.ui.showConsoleProgress" not in dict(conf):
        # The stage bars redraw one stderr line; in a CI log or a pipe they pile up unreadably,
        # and the command prints its own summary.
        builder = builder.config("spark.ui.showConsoleProgress", "false")
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
    return _finish(frame.mapInArrow(partial(audit_file_batches, audit), AUDITED), audit)


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
    numbered = records.select(*wanted).rdd.zipWithIndex().map(lambda pair: (pair[1], json.dumps(record_object(pair[0].asDict()), default=str)))
    table = numbered.toDF("record_index bigint, line string")
    return _finish(table.mapInArrow(partial(audit_record_batches, audit, name), AUDITED), audit)


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


def _finish(audited: DataFrame, audit: SparkAudit) -> SparkReport:
    if not audit.link:
        return SparkReport(_typed(audited.select("input_index", "record_index", "key", "status", "json")))
    # Linking reads the audited rows three times (keys, samples, relinking): audit once.
    audited = audited.persist()
    links, clusters = link_audited(audited, audit)
    rows = audited.join(links, "key", "left").mapInArrow(relink_batches, ROWS)
    return SparkReport(_typed(rows), clusters, audited)


def _typed(rows: DataFrame) -> DataFrame:
    """The report entry's fields as columns, read from the entry itself."""
    parsed = rows.select("input_index", "record_index", "key", "json", F.from_json("json", DOCUMENT_SCHEMA).alias("entry"))
    return parsed.select("input_index", "record_index", "key", *(F.col("entry")[name].alias(name) for name, _ in DOCUMENT_FIELDS), "json")



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
