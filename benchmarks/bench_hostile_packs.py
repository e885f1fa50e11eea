"""Benchmark: bad rule packs and odd values, each run as `provenance audit` in a subprocess.

    python benchmarks/bench_hostile_packs.py [--only NAME]

For each case prints the exit code, the wall time of the whole command (Python start-up
and loading the built-in packs included, about 1-2 s of it) and its first stderr line.
A bad pack must exit 2 with one line naming the file, the entry and the problem; an odd
value in a document must give an audited or failed entry (exit 0, 1 or 2 with the
reason), never a traceback. A line `TRACEBACK` or more than one stderr line for a bad
pack marks a case that regressed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NESTED = 3000


def rule(**changes: str) -> str:
    values = {
        "id": '"ORG101"', "name": '"internal-memo"', "severity": '"warning"', "category": '"notice"',
        "summary": '"s"', "why": '"w"', "example": '"e"', "pattern": "'internal memo'", "message": '"m"',
    }  # fmt: skip
    values.update(changes)
    return "[[rule]]\n" + "".join(f"{key} = {value}\n" for key, value in values.items())


# name -> pack text: each is a bad pack
PACKS = {
    "months = 5": "months = 5\n",
    "weekdays = [1]": "weekdays = [1]\n",
    "publisher = 5": "publisher = 5\n",
    "aliases = 5": '[[publisher]]\nname = "X"\naliases = 5\n',
    "keywords = [1]": rule(keywords="[1]"),
    "weight = nan": "[[date_meta]]\nkeys = ['x']\nrole = 'published'\nweight = nan\n",
    f"array nested {NESTED} deep": "x = " + "[" * NESTED + "]" * NESTED + "\n",
    f"table nested {NESTED} deep": "x = " + "{a = " * NESTED + "1" + "}" * NESTED + "\n",
    f"{NESTED} nested groups": rule(pattern="'" + "(" * NESTED + "a" + ")" * NESTED + "'"),
    "a{4294967296}": rule(pattern="'a{4294967296}'"),
    "20000 groups in a row": rule(pattern="'" + "(a)" * 20000 + "'"),
    "pattern of 1 MB": rule(pattern="'" + "a" * 1_000_000 + "'"),
}

HTML = "<html><head>{head}<title>T</title></head><body><p>" + "Some ordinary text of a page. " * 20 + "</p></body></html>"
# name -> (file name, content, extra arguments): each is an odd value in an input
VALUES = {
    "JSONL url http://[::1": ("shard.jsonl", json.dumps({"text": "Published 12 May 2020.", "url": "http://[::1"}) + "\n", []),
    "JSON-LD @type [null]": ("page.html", HTML.format(head='<script type="application/ld+json">{"@type": [null]}</script>'), []),
    "record date 9999-12-31": ("shard.jsonl", json.dumps({"text": "Published 12 May 2020.", "metadata": {"date": "9999-12-31"}}) + "\n", []),
    "--as-of 9999-12-31": ("page.txt", "Published 12 May 2020.\n", ["--as-of", "9999-12-31"]),
    "JSONL text, url, id with \\ud800": ("shard.jsonl", '{"text": "Caf\\u00e9 \\ud800 on Monday", "url": "http://x/\\ud800", "id": "\\udcff"}\n', []),
    "title with ESC ] 0; and ESC [2J": ("page.html", HTML.format(head="").replace("<title>T", "<title>T \x1b]0;pwned\x07 \x1b[2J"), []),
    "file name with ESC [31m": ("n\x1b[31m.txt", "Copyright 2020 Foo.\n", []),
}


def run(args: list[str], cwd: Path) -> tuple[int, float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, capture_output=True, text=True, errors="backslashreplace")
    elapsed = time.perf_counter() - start
    lines = done.stderr.splitlines()
    first = "TRACEBACK" if "Traceback" in done.stderr else (lines[0] if lines else "")
    if len(lines) > 1 and first != "TRACEBACK":
        first += f"  (+{len(lines) - 1} more lines)"
    return done.returncode, elapsed, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the cases whose name contains this")
    wanted = parser.parse_args().only or ""
    print(f"{'case':<36} {'exit':>4} {'seconds':>8}  first stderr line")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for number, (name, text) in enumerate(PACKS.items()):
            if wanted not in name:
                continue
            directory = root / f"pack{number}"
            directory.mkdir()
            (directory / "hostile.toml").write_text(text, encoding="utf-8")
            code, seconds, line = run(["audit", "--quiet", "--rules", str(directory)], root)
            print(f"{name:<36} {code:>4} {seconds:>8.2f}  {line.replace(str(root), '…')}")
        for number, (name, (file_name, content, extra)) in enumerate(VALUES.items()):
            if wanted not in name:
                continue
            directory = root / f"value{number}"
            directory.mkdir()
            (directory / file_name).write_text(content, encoding="utf-8", errors="surrogatepass")
            code, seconds, line = run(["audit", file_name, "--format", "json", "-o", "report.json", *extra], directory)
            report = directory / "report.json"
            entries = json.loads(report.read_text(encoding="utf-8"))["documents"] if report.exists() else []
            status = ", ".join(f"{e['status']}" + (f": {e['error']}" if e["error"] else "") for e in entries) or "no report"
            print(f"{name:<36} {code:>4} {seconds:>8.2f}  {line}  [{status}]")


if __name__ == "__main__":
    main()
