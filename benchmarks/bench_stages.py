"""Benchmark: where a page's audit time goes, stage by stage, beside htmldate's fast mode.

    python benchmarks/bench_stages.py ../shared/bench/dates-dev [--repeat 3]

Prints milliseconds per page (mean over the pages, best of --repeat passes) for each
stage of the one pass, in order: hashing the input, decoding, lxml's parse, the walk
that builds the Document (text lines, zones, metadata), claims, chain and rights,
rules. It also prints two floors no audit built on lxml can go below: the parse alone
and a bare `iterwalk` over the parsed tree that does nothing with the elements. With
htmldate installed (`pip install -e '.[bench]'`), its fast mode runs on the same pages
in the same run, so the stages can be read against it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from devpages import htmldate, htmldate_find_date, load_pages
from lxml import etree

from provenance import AuditOptions, default_packs
from provenance.assess import build_chain
from provenance.claims import extract_claims
from provenance.document import _html_document, _parse_html, decode
from provenance.model import Document
from provenance.rights import assess_rights
from provenance.rules import Context, run_rules, suppressions


def best_of(repeat: int, step: Callable[[int], object], pages: int) -> float:
    """Milliseconds per page of the fastest of `repeat` passes of step(0..pages-1).
    Each result is dropped at once, as in a real run, so trees do not pile up in memory."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for i in range(pages):
            step(i)
        best = min(best, time.perf_counter() - start)
    return best / pages * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="folder with pages/ and labels.json")
    parser.add_argument("--repeat", type=int, default=3, help="passes per stage; the fastest counts")
    args = parser.parse_args()
    _, raws = load_pages(args.bench)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date.today())
    n = len(raws)

    # Each stage is timed on the output of the one before, computed once up front.
    decoded = [decode(r.data or b"", True, r.charset) for r in raws]
    documents: list[Document] = [_html_document(r, d) for r, d in zip(raws, decoded, strict=False)]
    claims = [extract_claims(doc, packs, options) for doc in documents]
    chains = [build_chain(c) for c in claims]
    rights = [assess_rights(c, ch) for c, ch in zip(claims, chains, strict=False)]

    def bare_walk(i: int) -> None:
        for _ in etree.iterwalk(documents[i].tree, events=("start", "end")):
            pass

    rows = [
        ("hash (sha256)", lambda i: hashlib.sha256(raws[i].data or b"").hexdigest()),
        ("decode", lambda i: decode(raws[i].data or b"", True, raws[i].charset)),
        ("parse (lxml)", lambda i: _parse_html(raws[i].data or b"", decoded[i])),
        ("walk -> Document", None),  # parse + walk, less the parse row
        ("claims", lambda i: extract_claims(documents[i], packs, options)),
        ("chain and rights", lambda i: assess_rights(claims[i], build_chain(claims[i]))),
        ("rules", lambda i: run_rules(
            Context(documents[i], claims[i], chains[i], rights[i], packs, options), suppressions(raws[i].data or b""))),
    ]
    figures: dict[str, float] = {}
    for label, run in rows:
        if run is not None:
            figures[label] = best_of(args.repeat, run, n)  # type: ignore[arg-type]
    parse_and_walk = best_of(args.repeat, lambda i: _html_document(raws[i], decoded[i]), n)
    figures["walk -> Document"] = parse_and_walk - figures["parse (lxml)"]
    bare = best_of(args.repeat, bare_walk, n)

    print(f"{n} pages, ms per page (best of {args.repeat} passes)")
    for label, _ in rows:
        print(f"  {label:<22} {figures[label]:>6.3f}")
    print(f"  {'total':<22} {sum(figures.values()):>6.3f}")
    print("floors:")
    print(f"  {'parse (lxml)':<22} {figures['parse (lxml)']:>6.3f}")
    print(f"  {'parse + bare iterwalk':<22} {figures['parse (lxml)'] + bare:>6.3f}")
    find_date = htmldate_find_date()
    if find_date is not None:
        fast = best_of(args.repeat, lambda i: htmldate(find_date, raws[i]), n)
        print(f"  {'htmldate fast, whole':<22} {fast:>6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
