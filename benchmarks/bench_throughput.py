"""Benchmark: pages per second for the whole audit, with one worker and with all cores,
with each HTML builder (--parser lxml and lexbor), beside htmldate's fast mode on the
same pages in the same run; and optionally the peak memory of auditing a generated WARC
of a given size.

    python benchmarks/bench_throughput.py ../shared/bench/dates-dev [--repeat 3] [--warc-mb 1024]

The timed audit runs through `audit_inputs`, as the CLI does: for jobs > 1 that
includes starting the worker processes and moving results back. The whole-process rows
time `provenance audit PAGES --jobs 1` and a Python process running htmldate's fast mode
over the same files, start-up and imports included. htmldate needs
`pip install -e '.[bench]'` (a benchmark-only dependency).

With --warc-mb, a gzipped WARC of about that size is written from the same pages
(warcio), then `provenance audit FILE --format jsonl --output /dev/null` runs in a
subprocess while this script samples the resident memory of it and its workers: the
figures show whether memory stays flat as the file is read.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from devpages import CHECKOUT, htmldate, htmldate_find_date, load_pages, write_warc

from provenance import AuditOptions, default_packs
from provenance.audit import audit_inputs
from provenance.model import HtmlParser, RawInput

PARSERS: tuple[HtmlParser, ...] = ("lxml", "lexbor")
_HTMLDATE_PROCESS = """
import sys
from pathlib import Path
from htmldate import find_date
for path in sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix in (".html", ".htm")):  # what the audit reads of the folder
    try:
        find_date(path.read_bytes(), extensive_search=False)
    except Exception:
        pass
"""


def time_process(command: list[str], repeat: int) -> float:
    """Wall-clock seconds of the fastest of `repeat` runs of a command (this checkout's code)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH")]))}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def time_audit(raws: list[RawInput], jobs: int, repeat: int, parser: HtmlParser = "lxml") -> float:
    packs, options = default_packs(), AuditOptions(parser=parser)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _result in audit_inputs(raws, packs, options, jobs):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def time_htmldate(raws: list[RawInput], repeat: int) -> float | None:
    find_date = htmldate_find_date()
    if find_date is None:
        return None
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in raws:
            htmldate(find_date, raw)
        best = min(best, time.perf_counter() - start)
    return best


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (the worker pool), in kB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure_warc(raws: list[RawInput], megabytes: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        start = time.perf_counter()
        records = write_warc([(raw.source.url or raw.source.path, raw.data or b"") for raw in raws], path, megabytes, gzipped=True)
        size = path.stat().st_size
        print(f"\nwrote {path.name}: {size / 1e6:.0f} MB compressed, {records} records, in {time.perf_counter() - start:.0f} s")
        command = [sys.executable, "-m", "provenance", "audit", str(path), "--format", "jsonl", "--output", os.devnull, "--quiet", "--jobs", str(jobs)]
        start = time.perf_counter()
        # The subprocess audits this checkout too, whatever provenance is installed.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(CHECKOUT), os.environ.get("PYTHONPATH")]))}
        process = subprocess.Popen(command, env=env)
        samples: list[tuple[float, int]] = []
        while process.poll() is None:
            samples.append((time.perf_counter() - start, tree_rss_kb(process.pid)))
            time.sleep(0.25)
        elapsed = time.perf_counter() - start
        print(f"audit --jobs {jobs}: exit {process.returncode}, {elapsed:.0f} s, {records / elapsed:.0f} records/s")
        if samples:
            peak = max(rss for _, rss in samples)
            quarters = [samples[min(len(samples) - 1, int(len(samples) * q))][1] for q in (0.25, 0.5, 0.75, 0.99)]
            print(f"resident memory (process + workers): peak {peak / 1024:.0f} MB; at 25/50/75/99% of the run: "
                  + " / ".join(f"{q / 1024:.0f}" for q in quarters) + " MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="folder with pages/ and labels.json")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--warc-mb", type=int, default=0, help="also audit a generated WARC of about this many MB")
    args = parser.parse_args()
    _, raws = load_pages(args.bench)
    cores = os.cpu_count() or 1
    rows = []
    for name in PARSERS:
        rows += [(f"{name}, 1 worker", time_audit(raws, 1, args.repeat, name)), (f"{name}, {cores} workers", time_audit(raws, cores, args.repeat, name))]
    htmldate = time_htmldate(raws, args.repeat)
    if htmldate is not None:
        rows.append(("htmldate fast (date only)", htmldate))
    pages = args.bench / "pages"
    whole = {
        name: time_process([sys.executable, "-m", "provenance", "audit", str(pages), "--jobs", "1", "--format", "jsonl",
                            "--output", os.devnull, "--quiet", "--exit-zero", "--parser", name], args.repeat)
        for name in PARSERS
    }
    rows += [(f"{name}, whole process", seconds) for name, seconds in whole.items()]
    whole_htmldate = time_process([sys.executable, "-c", _HTMLDATE_PROCESS, str(pages)], args.repeat) if htmldate is not None else None
    if whole_htmldate is not None:
        rows.append(("htmldate fast, whole process", whole_htmldate))
    print(f"{len(raws)} pages, best of {args.repeat} runs, {cores} cores")
    print(f"{'':<30} {'pages/s':>8} {'ms/page':>8} {'/ htmldate':>10}")
    for label, seconds in rows:
        versus = whole_htmldate if "whole process" in label else htmldate
        ratio = f"{seconds / versus:>9.2f}x" if versus else ""
        print(f"{label:<30} {len(raws) / seconds:>8.0f} {seconds / len(raws) * 1000:>8.2f} {ratio}")
    if args.warc_mb:
        measure_warc(raws, args.warc_mb, cores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
