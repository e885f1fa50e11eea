"""Benchmark: hostile inputs, each audited by the real command with the default limits.

    python benchmarks/bench_hostile_warc.py [--bomb-mb 256] [--jobs 1] [--only TEXT] [--skip TEXT] [--keep DIR]

Builds, in a temporary directory, WARC files written by warcio and then damaged byte by
byte (a garbled WARC/1.0 line or WARC-Type, a Content-Length too small, too large or
huge, a corrupt gzip member, a large gzip-encoded body, gzip bombs of newlines in four
places, from a file and from standard input), a JSON Lines bomb and files that are not
regular files. Each case runs `provenance audit ... --format json` in a subprocess and
prints its exit code, wall time, peak memory (ru_maxrss of the process and the workers
it waited for, from os.wait4) and whether every good record was audited with the
damaged ones failed once each, at their own offsets (the keys audited and failed are
exactly those expected, and seen = audited + failed). Each case runs with its address
space capped (--memory-mb, default 4096), so that a reader that does not stop fails
there rather than take the machine's memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

# The damaged crawls are the hostile-input tests' own (tests/warc_records.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from warc_records import member, page, set_content_length, warc_record

TIMEOUT = 300  # seconds: a case still running then counts as hung


@dataclass
class Case:
    name: str
    args: list[str]
    audited: list[str]  # the keys of the documents that must be audited
    failed: list[str]  # and of the entries that must fail, once each
    stdin: Path | None = None


def crawl(directory: Path, name: str, third: bytes | None, compressed: bool, raw_third: bool = False) -> tuple[Path, list[int]]:
    """Five documents, the third replaced by `third` (a record, or with raw_third the
    member itself), and where each starts."""
    records = [warc_record(i) for i in range(1, 6)]
    parts = [member(r) for r in records] if compressed else records
    if third is not None:
        parts[2] = third if raw_third or not compressed else member(third)
    path = directory / name
    path.write_bytes(b"".join(parts))
    return path, [sum(map(len, parts[:i])) for i in range(5)]


def damaged_case(name: str, path: Path, offsets: list[int], stdin: bool = False) -> Case:
    """Records 1, 2, 4 and 5 audited, record 3 failed."""
    key = "<stdin>" if stdin else str(path)
    return Case(name, ["-"] if stdin else [str(path)], [f"{key}@{offsets[i]}" for i in (0, 1, 3, 4)], [f"{key}@{offsets[2]}"],
                path if stdin else None)


def build(directory: Path, bomb_mb: int) -> list[Case]:
    newlines = b"\n" * (bomb_mb << 20)
    words = b" ".join(b"w%d" % ((i * 7919) % 1_000_003) for i in range(4_000_000))
    clean, offsets = crawl(directory, "clean.warc.gz", None, True)
    cases: list[Case] = [Case("clean warc.gz", [str(clean)], [f"{clean}@{offset}" for offset in offsets], [])]
    damaged: dict[str, tuple[Path, list[int]]] = {}
    third = warc_record(3)
    damage: dict[str, bytes] = {
        "garbled WARC/1.0 line": third.replace(b"WARC/1.0", b"WARX/1.0", 1),
        "garbled WARC-Type": third.replace(b"WARC-Type: response", b"WARC-Type: resp\x00nse", 1),
        "Content-Length -40": set_content_length(third, lambda n: n - 40),
        "Content-Length +40": set_content_length(third, lambda n: n + 40),
        "Content-Length huge": set_content_length(third, lambda n: 99_999_999_999),
    }
    for label, record in damage.items():
        for compressed in (False, True):
            suffix = "warc.gz" if compressed else "warc"
            damaged[f"{label} ({suffix})"] = crawl(directory, f"{label.replace(' ', '_').replace('/', '')}.{suffix}", record, compressed)
    corrupt = bytearray(member(third))
    for i in range(12, len(corrupt) - 10):
        corrupt[i] ^= 0x55
    damaged["corrupt gzip member"] = crawl(directory, "corrupt-member.warc.gz", bytes(corrupt), True, raw_third=True)
    encoded = warc_record(3, gzip.compress(page(3) + words, mtime=0), http_extra=(("Content-Encoding", "gzip"),))
    damaged[f"gzip-encoded body of {len(encoded) >> 20} MB"] = crawl(directory, "encoded-large.warc.gz", encoded, True)
    bombs = {
        "declared body": member(warc_record(3, newlines, "text/plain", "resource")),
        "after the record": member(warc_record(3) + newlines),
        "no record": member(newlines),
        "encoded body": member(warc_record(3, gzip.compress(newlines, mtime=0), http_extra=(("Content-Encoding", "gzip"),))),
    }
    for label, bomb in bombs.items():
        damaged[f"{bomb_mb} MB bomb: {label}"] = crawl(directory, f"bomb-{label.replace(' ', '-')}.warc.gz", bomb, True, raw_third=True)
    cases += [damaged_case(label, *file) for label, file in damaged.items()]
    for label in ("Content-Length huge (warc)", "Content-Length +40 (warc.gz)", "corrupt gzip member", f"{bomb_mb} MB bomb: after the record"):
        cases.append(damaged_case(f"stdin: {label}", *damaged[label], stdin=True))
    shard = directory / "bomb.jsonl.gz"
    line = json.dumps({"text": "Story 1.\nCopyright 2021 Example Press.\n"}).encode() + b"\n"
    shard.write_bytes(gzip.compress(line + newlines + line, mtime=0))
    cases.append(Case(f"{bomb_mb} MB bomb: jsonl.gz blank lines", [str(shard)], [f"{shard}:1"], [f"{shard}:2"]))
    special = directory / "special"
    special.mkdir()
    (special / "good.html").write_bytes(page(1))
    os.mkfifo(special / "pipe.html")
    (special / "zero.txt").symlink_to("/dev/zero")
    (special / "loop.html").symlink_to("loop.html")
    good = str(special / "good.html")
    for label, named in (("FIFO", special / "pipe.html"), ("/dev/zero", Path("/dev/zero")), ("link to /dev/zero", special / "zero.txt")):
        cases.append(Case(f"{label} named", [str(named), good], [good], [str(named)]))
    cases.append(Case("directory: FIFO, /dev/zero link, loop", [str(special)], [good], [str(special / n) for n in ("loop.html", "pipe.html", "zero.txt")]))
    return cases


def run(case: Case, directory: Path, jobs: int, memory_mb: int) -> str:
    report = directory / "report.json"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-m", "provenance", "audit", *case.args, "--format", "json", "-o", str(report), "--jobs", str(jobs), "--quiet"]
    stdin = open(case.stdin, "rb") if case.stdin else subprocess.DEVNULL
    started = time.perf_counter()

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=directory, preexec_fn=cap_memory)
    hung = False
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - started > TIMEOUT:
            process.kill()
            hung = True
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    if case.stdin:
        stdin.close()  # type: ignore[union-attr]
    code = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss / 1024  # KB on Linux
    if hung:
        verdict = f"HUNG (killed after {TIMEOUT} s)"
    elif not report.exists():
        verdict = f"no report: {process.stderr.read().decode()[-200:].strip() if process.stderr else ''}"
    else:
        content = json.loads(report.read_text())
        summary = content["summary"]
        audited = sorted(d["source"]["key"] for d in content["documents"] if d["status"] == "audited")
        failed = sorted(d["source"]["key"] for d in content["documents"] if d["status"] == "failed")
        whole = audited == sorted(case.audited) and failed == sorted(case.failed) and summary["seen"] == summary["audited"] + summary["failed"]
        counts = f"seen {summary['seen']} = audited {summary['audited']} + failed {summary['failed']}"
        lost = len(set(case.audited) - set(audited))
        verdict = ("yes" if whole else f"NO, {lost} good lost") + f"  ({counts}; want {len(case.audited)} + {len(case.failed)})"
    return f"{case.name:<44} {code:>4} {elapsed:>8.2f} {peak:>8.0f}  {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bomb-mb", type=int, default=256, help="inflated size of each gzip bomb (default 256)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs for each audit (default 1)")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--skip", action="append", default=[], help="leave out the cases whose name contains this (may be repeated)")
    parser.add_argument("--memory-mb", type=int, default=4096, help="address-space cap of each audit (default 4096)")
    parser.add_argument("--keep", type=Path, help="build the inputs here and keep them")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:  # in a process of its own: the bombs it holds would count in every case's peak memory
        cases = build(args.build_only, args.bomb_mb)
        (args.build_only / "cases.json").write_text(json.dumps([{**asdict(c), "stdin": c.stdin and str(c.stdin)} for c in cases]))
        return
    with tempfile.TemporaryDirectory(prefix="hostile-") as temporary:
        directory = args.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, __file__, "--build-only", str(directory), "--bomb-mb", str(args.bomb_mb)], check=True)
        cases = [Case(**{**c, "stdin": c["stdin"] and Path(c["stdin"])}) for c in json.loads((directory / "cases.json").read_text())]
        print(f"{'case':<44} {'exit':>4} {'wall s':>8} {'peak MB':>8}  every good record audited, each damaged one failed once")
        for case in cases:
            if (args.only is None or args.only in case.name) and not any(text in case.name for text in args.skip):
                print(run(case, directory, args.jobs, args.memory_mb), flush=True)


if __name__ == "__main__":
    main()
