"""Benchmark: records per second of the one-machine audit (`--jobs 2`) and of Spark
(`local[2]`) on the same WARC of about 1 GB, each with linking, how the time splits
(start-up, audit, linking), and the cost model for 1,000 WARC files on 100 cores.

    python benchmarks/bench_spark.py [--mb 1024] [--gzip] [--pages DIR ...] [--skip-cli]

The WARC is written once into /tmp (kept for the next run) from the real dev pages
(dates-dev and news-dev), repeated until it holds --mb megabytes; each repeat's address
gets a #n fragment, so it is a document of its own on the same site (never a copy: two
pages of one site are never linked), which keeps the linking work to that of real pages.

One machine: what `provenance audit FILE --jobs 2 --link --format jsonl` does, in this
process, so that its phases can be timed: loading the packs (start-up), auditing the
records in two worker processes while a Linker collects their signatures and each entry
is written as JSON (audit), then Linker.link (linking).

Spark: a local[2] session (start-up: the JVM, the session and a first job that starts
its Python workers), the audit stage counted on
its own (its rows are persisted for linking: audit), then the link stages and writing the
report as JSON Lines into /tmp (linking and writing).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from devpages import CHECKOUT, write_warc

from provenance import AuditOptions, default_packs
from provenance.audit import audit_inputs
from provenance.link import Linker
from provenance.load import iter_inputs
from provenance.lsh import KEYS
from provenance.report import document_entry

SHARED = CHECKOUT.parent / "shared" / "bench"
PAGES = [SHARED / "dates-dev" / "pages", SHARED / "news-dev" / "pages"]


def build_warc(pages: list[Path], megabytes: int, gzipped: bool) -> tuple[Path, int]:
    """The benchmark's WARC, kept in the temporary directory between runs."""
    path = Path(tempfile.gettempdir()) / f"provenance-bench-{megabytes}mb.warc{'.gz' if gzipped else ''}"
    count_file = path.with_suffix(path.suffix + ".records")
    if path.exists() and count_file.exists():
        return path, int(count_file.read_text())
    files = sorted(f for folder in pages for f in folder.iterdir() if f.suffix in (".html", ".htm"))
    partial = path.with_suffix(path.suffix + ".part")
    records = write_warc([(f"https://{f.parent.parent.name}.example/{f.stem}", f.read_bytes()) for f in files], partial, megabytes, gzipped)
    partial.rename(path)
    count_file.write_text(str(records))
    return path, records


def one_machine(path: Path, jobs: int) -> dict[str, float]:
    start = time.perf_counter()
    packs = default_packs()
    options = AuditOptions(sign=True)
    loaded = time.perf_counter()
    linker = Linker(packs, options)
    documents = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for result in audit_inputs(iter_inputs([path], options.max_bytes), packs, options, jobs):
            out.write(json.dumps(document_entry(result, signature=True), ensure_ascii=False, separators=(",", ":")) + "\n")
            linker.add(result)
            documents += 1
    audited = time.perf_counter()
    linking = linker.link()
    linked = time.perf_counter()
    return {
        "documents": documents,
        "clusters": len(linking.clusters),
        "start-up": loaded - start,
        "audit": audited - loaded,
        "linking": linked - audited,
        "total": linked - start,
    }


def on_spark(path: Path, cores: int) -> dict[str, float]:
    from provenance.spark import SparkAudit, audit_files, session, write_report

    start = time.perf_counter()
    settings = [("spark.ui.enabled", "false"), ("spark.ui.showConsoleProgress", "false"), ("spark.sql.shuffle.partitions", str(4 * cores))]
    settings.append(("spark.driver.memory", "2g"))
    spark = session(f"local[{cores}]", settings)
    spark.sparkContext.setLogLevel("ERROR")
    # A session's first job starts its Python workers and warms the JVM: on a busy 2-core
    # machine some 30 s, paid once a session (and once an executor on a cluster).
    spark.createDataFrame([(0,), (1,)], "x int").repartition(cores).mapInArrow(_same, "x int").count()
    started = time.perf_counter()
    report = audit_files(spark, [str(path)], SparkAudit(link=True))
    assert report.audited is not None
    documents = report.audited.count()
    audited = time.perf_counter()
    output = Path(tempfile.mkdtemp(prefix="provenance-bench-spark-"))
    try:
        tally = write_report(report, str(output), "jsonl", overwrite=True)
        clusters = report.clusters.count() if report.clusters is not None else 0
    finally:
        shutil.rmtree(output, ignore_errors=True)
    linked = time.perf_counter()
    spark.stop()
    assert tally.seen == documents
    return {
        "documents": documents,
        "clusters": clusters,
        "start-up": started - start,
        "audit": audited - started,
        "linking": linked - audited,
        "total": linked - start,
    }


def _same(batches: Any) -> Any:
    return batches


def show(name: str, figures: dict[str, float]) -> None:
    rate = figures["documents"] / figures["total"]
    audit_rate = figures["documents"] / figures["audit"]
    print(
        f"{name:<26} {figures['documents']:>7,.0f} records  {rate:6.1f} records/s overall, {audit_rate:6.1f} in the audit; "
        f"start-up {figures['start-up']:5.1f} s, audit {figures['audit']:6.1f} s, linking {figures['linking']:5.1f} s, total {figures['total']:6.1f} s; "
        f"{figures['clusters']:.0f} clusters"
    )


def cost_model(spark: dict[str, float], cores: int, records_per_file: float, files: int = 1000, target_cores: int = 100) -> None:
    """Scale the Spark figures: the audit is per record and spreads over cores; linking is
    per record too (the band keys' shuffle), bar its driver step, which is per copy pair."""
    per_core = spark["documents"] / spark["audit"] / cores  # records a second a core, in the audit
    link_per_record = spark["linking"] * cores / spark["documents"]  # core-seconds a record, linking and writing
    records = records_per_file * files
    audit_s = records / per_core / target_cores
    link_s = records * link_per_record / target_cores
    print(
        f"\ncost model, {files:,} WARC files like this one ({records:,.0f} records) on {target_cores} cores:\n"
        f"  audit   {records:,.0f} / ({per_core:.1f} records/s a core x {target_cores}) = {audit_s / 3600:.2f} h\n"
        f"  linking {link_per_record * 1e3:.1f} core-ms a record (a shuffle of {records * KEYS:,.0f} band keys, groups on the driver) = {link_s / 3600:.2f} h\n"
        f"  start-up {spark['start-up']:.0f} s; total about {(audit_s + link_s + spark['start-up']) / 3600:.2f} h, "
        f"{(audit_s + link_s) * target_cores / 3600:,.0f} core-hours"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=1024, help="size of the WARC to write, in MB (default 1024)")
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz (one gzip member a record) instead of a .warc")
    parser.add_argument("--pages", type=Path, nargs="*", default=PAGES, help="folders of HTML pages to repeat")
    parser.add_argument("--cores", type=int, default=2, help="worker processes on one machine, and local[N] for Spark")
    parser.add_argument("--skip-cli", action="store_true", help="only the Spark run")
    args = parser.parse_args()
    path, records = build_warc(args.pages, args.mb, args.gzip)
    machine = f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    print(f"{path}: {path.stat().st_size / 1e6:,.0f} MB, {records:,} HTML records ({machine})")
    if not args.skip_cli:
        show(f"one machine, --jobs {args.cores}", one_machine(path, args.cores))
    spark = on_spark(path, args.cores)
    show(f"Spark local[{args.cores}]", spark)
    cost_model(spark, args.cores, records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
