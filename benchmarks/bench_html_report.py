"""Benchmark: the HTML report's size, the time and memory to write it, and the time a
browser takes to fill its table: for the dev pages and for 100,000 synthetic documents.

    python benchmarks/bench_html_report.py ../shared/bench/dates-dev [--synthetic 100000] [--browser] [--screenshots benchmarks/screenshots]

The synthetic documents are the dev pages' results dealt out again in a fixed shuffle,
each under a source of its own (a JSON Lines shard and line, a URL), so the report holds
as many distinct entries as a corpus shard would and compresses no better than the dev
pages do. The rise of the resident memory's peak while writing shows that the reporter
holds counters and one chunk, not the run. With --browser, headless Chromium opens each report
and the wall-clock time until its table is filled is printed. --screenshots saves the
pictures the README shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))

from provenance import AuditOptions, audit_paths  # noqa: E402  (after the path is set)
from provenance.audit import default_packs  # noqa: E402
from provenance.model import DocumentResult, Source  # noqa: E402
from provenance.reporters import write_report  # noqa: E402
from provenance.rules import all_rule_docs  # noqa: E402

SEED = CHECKOUT / "seeds" / "000_a9cc6e4024ccf920.txt"


def synthetic(results: list[DocumentResult], count: int) -> Iterator[DocumentResult]:
    """`count` results made from the dev pages' ones, each with a source of its own."""
    deal = random.Random(7)
    for i in range(count):
        base = deal.choice(results)
        source = Source(f"corpus/shard-{i // 10_000:03d}.jsonl.gz", url=f"https://example.org/{i}/{Path(base.source.path).name}", line=i % 10_000 + 1)
        yield dataclasses.replace(base, source=source, document=None)


def write(path: Path, results: Iterator[DocumentResult] | list[DocumentResult]) -> tuple[float, float]:
    """Seconds to write the report of `results`, and how far the resident memory's peak
    rose above the memory in use when it began (MB; Linux: VmHWM, reset through
    /proc/self/clear_refs; NaN elsewhere). tracemalloc would say the same ten times slower."""
    rules = all_rule_docs(default_packs())
    before = _resident("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM, the peak
    except OSError:
        before = float("nan")
    started = time.perf_counter()
    with open(path, "w", encoding="utf-8") as out:
        write_report("html", results, rules, out)
    seconds = time.perf_counter() - started
    return seconds, _resident("VmHWM") - before


def _resident(field: str) -> float:
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return float("nan")
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith(field + ":"))) / 1024


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def browser_seconds(report: Path) -> float:
    """Wall-clock seconds for headless Chromium to open the report and fill its table."""
    command = [chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=600000", "--dump-dom", report.as_uri()]
    started = time.perf_counter()
    dom = subprocess.run(command, capture_output=True, text=True, timeout=900, check=True).stdout
    seconds = time.perf_counter() - started
    if 'data-ready="true"' not in dom:
        raise SystemExit(f"{report}: the report's script did not finish")
    return seconds


def screenshot(report: Path, target: Path, hash: str = "", height: int = 1400) -> None:
    command = [
        chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=60000",
        f"--window-size=1280,{height}", f"--screenshot={target}", report.as_uri() + hash,
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=300, check=True)
    print(f"screenshot: {target}")


def line(name: str, documents: int, report: Path, seconds: float, peak: float, browser: float | None) -> str:
    size = report.stat().st_size
    shown = f"  browser {browser:6.1f} s" if browser is not None else ""
    return f"{name:<22} {documents:>8,} docs  {size / 2**20:8.2f} MB  {size / documents:7.0f} B/doc  write {seconds:6.1f} s  memory +{peak:5.1f} MB{shown}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", type=Path, help="a bench folder with pages/ (../shared/bench/dates-dev)")
    parser.add_argument("--synthetic", type=int, default=100_000, help="synthetic documents (0: none)")
    parser.add_argument("--browser", action="store_true", help="time headless Chromium filling each report's table")
    parser.add_argument("--screenshots", type=Path, help="save the README's screenshots in this folder")
    args = parser.parse_args()
    if (args.browser or args.screenshots) and not chromium():
        raise SystemExit("chromium is not installed (apt-get install chromium)")

    pages = sorted((args.bench / "pages").iterdir())
    results = [dataclasses.replace(r, document=None) for r in audit_paths(pages, jobs=0, options=AuditOptions())]
    with tempfile.TemporaryDirectory() as folder:
        reports = {
            "seed": (1, Path(folder) / "seed.html", list(audit_paths([SEED], options=AuditOptions()))),
            f"dev pages ({args.bench.name})": (len(results), Path(folder) / "dev.html", results),
        }
        if args.synthetic:
            reports["synthetic"] = (args.synthetic, Path(folder) / "synthetic.html", synthetic(results, args.synthetic))
        for name, (documents, report, source) in reports.items():
            seconds, peak = write(report, source)
            browser = browser_seconds(report) if args.browser else None
            print(line(name, documents, report, seconds, peak, browser), flush=True)
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            screenshot(reports["seed"][1], args.screenshots / "seed.png", height=1700)
            dev = reports[f"dev pages ({args.bench.name})"][1]
            screenshot(dev, args.screenshots / "dev-pages.png", "#rights=InC&sort=findings&dir=desc", height=2000)


if __name__ == "__main__":
    main()
