"""Benchmark: whole-audit speed and page-date accuracy on labelled real pages.

    python benchmarks/bench_dates.py ../shared/bench/dates-dev [--no-htmldate] [--misses N]

Prints pages per second and accuracy (published date == label) for provenance, and for
htmldate's fast and extensive modes on the same pages in the same run when htmldate is
installed (`pip install -e '.[bench]'`; a benchmark-only dependency). Accuracy is also
split by page-name hash into a tuning half (names 0-7...) and a held-out half (8-f...):
heuristics may be tuned on the first half only, so the second half shows whether a
figure holds on pages the code was not tuned on.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from devpages import held_out as hashed_held_out
from devpages import htmldate, htmldate_find_date, load_pages

from provenance import AuditOptions, audit_document, default_packs


def held_out(name: str, legacy: bool) -> bool:
    """dates-dev keeps the split its labels were first tuned under (file names beginning
    8-f held out: sessions before the hand labels tuned on the rest); hand-labelled sets
    are split by a hash of the file name (devpages.held_out)."""
    return name[0] in "89abcdef" if legacy else hashed_held_out(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("bench", type=Path, help="folder with pages/ and labels.json")
    parser.add_argument("--no-htmldate", action="store_true", help="skip the htmldate comparison")
    parser.add_argument("--misses", type=int, default=0, help="print this many tuning-half misses")
    parser.add_argument("--parser", choices=["lxml", "lexbor"], default="lxml", help="the HTML builder to audit with")
    args = parser.parse_args()
    labels, raws = load_pages(args.bench)
    packs = default_packs()
    options = AuditOptions(parser=args.parser)

    times: list[float] = []
    results: dict[str, str | None] = {}
    failed = 0
    for raw in raws:
        start = time.perf_counter()
        # audit_document, as a caller would use it: the time includes hashing the page.
        result = audit_document(raw.data or b"", path=raw.source.path, url=raw.source.url, content_type="html", packs=packs, options=options)
        times.append(time.perf_counter() - start)
        published = result.claims.published if result.claims else None
        results[raw.source.path] = published.value.date.isoformat() if published and published.value.date else None
        failed += result.status == "failed"
    rows = [("provenance audit", results, times)]

    find_date = None if args.no_htmldate else htmldate_find_date()
    if find_date is not None:
        for label, extensive in (("htmldate fast", False), ("htmldate extensive", True)):
            found: dict[str, str | None] = {}
            spent: list[float] = []
            for raw in raws:
                start = time.perf_counter()
                found[raw.source.path] = htmldate(find_date, raw, extensive)
                spent.append(time.perf_counter() - start)
            rows.append((label, found, spent))

    legacy = (args.bench / "labels.json").exists()
    tune = [n for n in labels if not held_out(n, legacy)]
    hold = [n for n in labels if held_out(n, legacy)]
    print(f"{len(labels)} pages ({len(tune)} tuning half, {len(hold)} held out); provenance failed on {failed}")
    print(f"{'extractor':<20} {'accuracy':>8} {'tuning':>8} {'held-out':>8} {'mean ms':>8} {'median ms':>9} {'pages/s':>8}")
    for label, found, spent in rows:
        def accuracy(names: list[str], found: dict[str, str | None] = found) -> float:
            return sum(found.get(n) == labels[n]["date"] for n in names) / len(names)

        mean = statistics.mean(spent) * 1000
        print(
            f"{label:<20} {accuracy(list(labels)):>8.3f} {accuracy(tune):>8.3f} {accuracy(hold):>8.3f} "
            f"{mean:>8.2f} {statistics.median(spent) * 1000:>9.2f} {1000 / mean:>8.0f}"
        )
    if args.misses:
        misses = [n for n in tune if results[n] != labels[n]["date"]][: args.misses]
        for name in misses:
            print(f"miss {name} got {results[name]} want {labels[name]['date']} {labels[name]['url']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
