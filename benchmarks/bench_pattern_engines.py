"""Which engine for user packs' patterns: Python's re, Google's RE2, or the regex module
with a match timeout.

    pip install google-re2 regex     # for this comparison
    python benchmarks/bench_pattern_engines.py [PAGES_DIR] [--pages N]

Prints, for a pattern that backtracks catastrophically ('(a+)+$' and two cousins) on a
short line, the time each engine takes; then, for the patterns of the bundled packs (as
the packs compile them: case-insensitive, multi-line, spaces matching line breaks), how
many each engine accepts, and the time each takes to run the patterns all accept over
the text of the pages (the dev pages by default, else the seed), one finditer a pattern
a page, as rules.py runs a pack's pattern rules.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import re2
import regex

from provenance import audit_document
from provenance.audit import default_packs

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "bench" / "dates-dev" / "pages"
TIMEOUT = 1.0  # the regex module's per-call timeout, seconds


def engines() -> dict[str, Callable[[str], Any]]:
    options = re2.Options()
    options.case_sensitive = False
    return {
        "re": lambda source: re.compile(source, re.I | re.M),
        "re2": lambda source: re2.compile("(?m)" + source, options),
        "regex": lambda source: regex.compile(source, regex.I | regex.M | regex.V0),
    }


def run(name: str, pattern: Any, text: str) -> int:
    matches: Iterator[Any] = pattern.finditer(text, timeout=TIMEOUT) if name == "regex" else pattern.finditer(text)
    return sum(1 for _ in matches)


def pathological() -> None:
    print("pathological patterns on a line of 'a's and a '!' (re on 22 characters: it doubles with each one more)")
    for source in ("(a+)+$", "(a|a)+$", "(.*a){12}$"):
        for name, compile_ in engines().items():
            line = "a" * (22 if name == "re" else 86) + "!"
            pattern = compile_(source)
            started = time.perf_counter()
            try:
                run(name, pattern, line)
                outcome = "done"
            except TimeoutError:
                outcome = f"stopped by its {TIMEOUT:g} s timeout"
            print(f"  {source:12} {name:6} {len(line):3} chars  {time.perf_counter() - started:8.4f} s  {outcome}")


def pack_sources() -> list[str]:
    packs = default_packs()
    specs = [*packs.notices, *packs.attributions]
    return [spec.pattern.pattern for spec in specs] + [rule.pattern.pattern for rule in packs.pattern_rules]


def page_texts(directory: Path, count: int) -> list[str]:
    files = sorted(directory.glob("*.html"))[:count] if directory.is_dir() else []
    if not files:
        return [(REPO / "seeds" / "000_a9cc6e4024ccf920.txt").read_text(encoding="utf-8")]
    texts = []
    for file in files:
        result = audit_document(file.read_bytes(), path=str(file))
        if result.document is not None:
            texts.append(result.document.text)
    return texts


def normal_packs(directory: Path, count: int) -> None:
    sources = pack_sources()
    compiled: dict[str, list[Any]] = {}
    for name, compile_ in engines().items():
        accepted = []
        for source in sources:
            try:
                accepted.append(compile_(source))
            except (re.error, re2.error, regex.error):
                accepted.append(None)
        compiled[name] = accepted
        print(f"  {name:6} compiles {sum(p is not None for p in accepted)} of the {len(sources)} bundled pack patterns")
    common = [i for i in range(len(sources)) if all(compiled[name][i] is not None for name in compiled)]
    texts = page_texts(directory, count)
    size = sum(len(t) for t in texts)
    print(f"  the {len(common)} patterns all three compile, over {len(texts)} pages ({size / 1e6:.1f} M characters):")
    for name in compiled:
        started = time.perf_counter()
        found = sum(run(name, compiled[name][i], text) for text in texts for i in common)
        elapsed = time.perf_counter() - started
        print(f"  {name:6} {elapsed:7.2f} s  {elapsed / len(texts) * 1000:7.2f} ms a page  {found} matches")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="?", type=Path, default=DEV)
    parser.add_argument("--pages", dest="count", type=int, default=200)
    args = parser.parse_args()
    pathological()
    print("the bundled packs' patterns")
    normal_packs(args.pages, args.count)


if __name__ == "__main__":
    main()
