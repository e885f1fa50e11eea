"""Hostile inputs against the per-document budgets: time, memory and output.

    python benchmarks/bench_hostile.py [--jobs N] [--timeout S] [CASE ...]

Builds each hostile input in a temporary directory beside a good document (the seed),
runs `provenance audit DIR --format json` as a subprocess with the default limits, and
prints per case: the exit code, the wall and processor time and the peak resident memory
of the audit (its process and its workers: getrusage RUSAGE_CHILDREN, measured in a
helper process of its own so that cases do not share a maximum), the report's size, whether the good
document was audited, and what became of the hostile one.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"

Case = Callable[[Path], list[str]]  # writes the hostile input into a directory; returns extra flags


def backtracking_pack(pattern: str) -> Case:
    def write(directory: Path) -> list[str]:
        pack = directory.parent / "pack"
        pack.mkdir()
        (pack / "evil.toml").write_text(
            "[[rule]]\nid = \"EVL101\"\nname = \"evil\"\nseverity = \"info\"\ncategory = \"input\"\n"
            f"summary = \"s\"\nwhy = \"w\"\nexample = \"e\"\nmessage = \"m\"\npattern = '{pattern}'\n",
            encoding="utf-8",
        )
        (directory / "evil.txt").write_text("a" * 86 + "!", encoding="utf-8")  # 87 bytes
        return ["--rules", str(pack)]

    return write


def cc_by_line(directory: Path) -> list[str]:
    (directory / "cc-by.txt").write_text("CC BY " * 10_000 + "\n", encoding="utf-8")  # one 60 KB line
    return []


def repeated(phrase: str, size: int) -> Case:
    def write(directory: Path) -> list[str]:
        (directory / "repeated.txt").write_text((phrase + " ") * (size // (len(phrase) + 1)), encoding="utf-8")
        return []

    return write


def seed_4mb(directory: Path) -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    (directory / "seed-4mb.txt").write_text(text * (4_000_000 // len(text.encode("utf-8"))), encoding="utf-8")
    return []


def attributes(count: int) -> Case:
    def write(directory: Path) -> list[str]:
        attrs = " ".join(f"a{i}=1" for i in range(count))
        (directory / "attributes.html").write_text(f"<html><body><p {attrs}>Copyright 2020 Example</p></body></html>", encoding="utf-8")
        return []

    return write


def elements(count: int) -> Case:
    def write(directory: Path) -> list[str]:
        (directory / "elements.html").write_text("<html><body>" + "<b>x</b>" * count + "</body></html>", encoding="utf-8")
        return []

    return write


def deep_nesting(directory: Path) -> list[str]:
    notice = "<p>This work is licensed under a Creative Commons Attribution 4.0 International License.</p>"
    body = "<div>" * 300 + notice + "</div>" * 300
    (directory / "deep.html").write_text(f"<html><body><p>A page whose licence is deep down.</p>{body}</body></html>", encoding="utf-8")
    return []


CASES: dict[str, Case] = {
    "user-pattern-(a+)+$": backtracking_pack("(a+)+$"),
    "user-pattern-(a|a)+$": backtracking_pack("(a|a)+$"),
    "cc-by-60kb-line": cc_by_line,
    "gfdl-900kb": repeated("GNU Free Documentation License", 900_000),
    "ogl-900kb": repeated("Open Government Licence", 900_000),
    "seed-4mb": seed_4mb,
    "attributes-100k": attributes(100_000),
    "attributes-1m": attributes(1_000_000),
    "elements-1m": elements(1_000_000),
    "nesting-300": deep_nesting,
}


def run_one(name: str, jobs: int, timeout: float | None) -> dict[str, object]:
    """Run one case (in this helper process, so RUSAGE_CHILDREN is this case's alone)."""
    with tempfile.TemporaryDirectory() as temp:
        top = Path(temp)
        corpus = top / "corpus"
        corpus.mkdir()
        (corpus / "good.txt").write_bytes(SEED.read_bytes())
        flags = CASES[name](corpus)
        if timeout is not None:
            flags += ["--timeout", str(timeout)]
        report = top / "report.json"
        command = [sys.executable, "-m", "provenance", "audit", str(corpus), "--format", "json", "-o", str(report), "-q", "--jobs", str(jobs), *flags]
        started = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, cwd=top, check=False)
        wall = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak = usage.ru_maxrss / 1024  # kB on Linux
        cpu = usage.ru_utime + usage.ru_stime  # the audit and its workers: wall time on a busy machine says less
        documents = json.loads(report.read_text(encoding="utf-8"))["documents"] if report.exists() else []
        by_name = {Path(d["source"]["path"]).name: d for d in documents}
        good = by_name.get("good.txt", {}).get("status") == "audited"
        hostile = next((d for n, d in by_name.items() if n != "good.txt"), None)
        if hostile is None:
            outcome = "no entry" + (f" ({proc.stderr.decode(errors='replace').strip()[-200:]})" if proc.returncode else "")
        elif hostile["status"] == "failed":
            outcome = f"failed: {hostile['error']}"
        else:
            capped = [f["message"] for f in hostile["findings"] if f["rule"] in ("PRV910", "PRV911")]
            outcome = f"audited, {len(hostile['findings'])} findings" + (f"; {'; '.join(capped)}" if capped else "")
        return {
            "case": name, "exit": proc.returncode, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_mb": round(peak),
            "report_mb": round(report.stat().st_size / 2**20, 2) if report.exists() else None, "good_audited": good, "hostile": outcome,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", choices=[*CASES, []], help="cases to run (default: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=None, help="--timeout for provenance (default: its own default)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.jobs, args.timeout)))
        return
    print(f"{'case':28} {'exit':>4} {'wall s':>7} {'cpu s':>6} {'peak MB':>8} {'report MB':>9}  good   hostile document")
    worst_time = worst_cpu = worst_memory = 0.0
    for name in args.cases or CASES:
        helper = [sys.executable, __file__, "--one", name, "--jobs", str(args.jobs)]
        if args.timeout is not None:
            helper += ["--timeout", str(args.timeout)]
        row = json.loads(subprocess.run(helper, capture_output=True, check=True, cwd=REPO).stdout)
        worst_time, worst_memory = max(worst_time, row["wall_s"]), max(worst_memory, row["peak_mb"])
        worst_cpu = max(worst_cpu, row["cpu_s"])
        print(
            f"{row['case']:28} {row['exit']:>4} {row['wall_s']:>7.2f} {row['cpu_s']:>6.2f} {row['peak_mb']:>8} {row['report_mb']!s:>9}  "
            f"{'yes' if row['good_audited'] else 'NO':5}  {str(row['hostile'])[:150]}"
        )
    print(f"largest: {worst_time:.2f} s wall, {worst_cpu:.2f} s processor, {worst_memory:.0f} MB peak resident memory")


if __name__ == "__main__":
    main()
