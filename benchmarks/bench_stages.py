"""Benchmark: where a page's audit time goes, stage by stage, with each HTML builder,
beside htmldate's fast mode.

    python benchmarks/bench_stages.py ../shared/bench/dates-dev [--repeat 3]

Prints milliseconds per page (mean over the pages, best of --repeat passes) for each
stage of the one pass, in order: hashing the input, decoding, the parse, the rest of
building the Document (text lines, zones, metadata), claims, chain and rights, rules;
in two columns, the lxml builder (html_lxml.py) and the Lexbor one (html_lexbor.py),
each stage timed on that builder's own Documents. It also prints the floors: lxml's
parse alone and with a bare `iterwalk` over the tree, Lexbor's parse alone. With
htmldate installed (`pip install -e '.[bench]'`), its fast mode runs on the same pages
in the same run, so the stages can be read against it. Then (`--interleave K`, 3 by
default) the whole in-process audit with each builder and htmldate fast, timed page by
page in turn: the figures to compare on a machine whose speed drifts (see `interleaved`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from devpages import htmldate, htmldate_find_date, load_pages
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from provenance import AuditOptions, default_packs, html_lexbor, html_lxml
from provenance.assess import build_chain
from provenance.audit import audit_raw
from provenance.claims import extract_claims
from provenance.document import decode
from provenance.markup import bounded_markup
from provenance.model import Document
from provenance.rights import assess_rights
from provenance.rules import Context, run_rules, suppressions

BUILDERS = {"lxml": html_lxml, "lexbor": html_lexbor}


def best_of(repeat: int, step: Callable[[int], object], pages: int, setup: Callable[[], object] | None = None) -> float:
    """Milliseconds per page of the fastest of `repeat` passes of step(0..pages-1).
    Each result is dropped at once, as in a real run, so trees do not pile up in memory.
    `setup()`, untimed, runs before each pass."""
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        for i in range(pages):
            step(i)
        best = min(best, time.perf_counter() - start)
    return best / pages * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="folder with pages/ and labels.json")
    parser.add_argument("--repeat", type=int, default=3, help="passes per stage; the fastest counts")
    parser.add_argument("--interleave", type=int, default=3, metavar="K",
                        help="also time the whole audit with each builder and htmldate fast page by page, "
                        "alternating, the fastest of K tries of each (0: skip)")
    args = parser.parse_args()
    _, raws = load_pages(args.bench)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date.today())
    n = len(raws)
    decoded = [decode(r.data or b"", True, r.charset) for r in raws]

    def lexbor_parse(i: int) -> object:
        utf8 = decoded[i].encoding == "utf-8" and not (raws[i].data or b"").startswith(b"\xef\xbb\xbf")
        markup = bounded_markup(raws[i].data or b"")[0] if utf8 else bounded_markup(decoded[i].text)[0]
        return LexborHTMLParser(html_lexbor._marked(markup)[0])  # the block marks, then the parse

    parses: dict[str, Callable[[int], object]] = {
        "lxml": lambda i: html_lxml.parse_html(raws[i].data or b"", decoded[i]),
        "lexbor": lexbor_parse,
    }
    columns: dict[str, dict[str, float]] = {}
    # A Document places its lines in the source when they are first read (the Lexbor
    # builder's, see html_lexbor._BlockPlacer), and keeps what it placed: the claims and
    # the rules are timed on Documents (and claims) made afresh before each pass, or
    # every pass after the first would time them without that work.
    fresh: dict[str, list[Any]] = {}
    for name, builder in BUILDERS.items():
        # Each stage is timed on the output of the one before, computed once up front.
        documents: list[Document] = [builder.html_document(r, d) for r, d in zip(raws, decoded, strict=False)]
        claims = [extract_claims(doc, packs, options) for doc in documents]
        chains = [build_chain(c) for c in claims]
        rights = [assess_rights(c, ch) for c, ch in zip(claims, chains, strict=False)]
        figures = {
            "hash (sha256)": best_of(args.repeat, lambda i: hashlib.sha256(raws[i].data or b"").hexdigest(), n),
            "decode": best_of(args.repeat, lambda i: decode(raws[i].data or b"", True, raws[i].charset), n),
            "parse": best_of(args.repeat, parses[name], n),
        }
        whole = best_of(args.repeat, lambda i, b=builder: b.html_document(raws[i], decoded[i]), n)
        figures["build the Document"] = whole - figures["parse"]
        def new_documents(b: Any = builder) -> None:
            fresh["documents"] = [b.html_document(r, d) for r, d in zip(raws, decoded, strict=False)]

        def new_claims() -> None:
            new_documents()
            fresh["claims"] = [extract_claims(doc, packs, options) for doc in fresh["documents"]]

        figures["claims"] = best_of(args.repeat, lambda i: extract_claims(fresh["documents"][i], packs, options), n, new_documents)
        figures["chain and rights"] = best_of(args.repeat, lambda i, c=claims: assess_rights(c[i], build_chain(c[i])), n)
        figures["rules"] = best_of(args.repeat, lambda i, ch=chains, r=rights: run_rules(
            Context(fresh["documents"][i], fresh["claims"][i], ch[i], r[i], packs, options), suppressions(raws[i].data or b"")), n, new_claims)
        fresh.clear()
        figures["total"] = sum(figures.values())
        columns[name] = figures
        if name == "lxml":
            trees = [html_lxml.parse_html(r.data or b"", d)[0] for r, d in zip(raws, decoded, strict=False)]
            bare = best_of(args.repeat, lambda i, t=trees: [None for _ in etree.iterwalk(t[i], events=("start", "end"))], n)
            del trees
        del documents, claims, chains, rights

    print(f"{n} pages, ms per page (best of {args.repeat} passes)")
    print(f"  {'stage':<22} {'lxml':>7} {'lexbor':>7}")
    for label in columns["lxml"]:
        print(f"  {label:<22} {columns['lxml'][label]:>7.3f} {columns['lexbor'][label]:>7.3f}")
    print("floors:")
    print(f"  {'parse (lxml)':<22} {columns['lxml']['parse']:>7.3f}")
    print(f"  {'parse + bare iterwalk':<22} {columns['lxml']['parse'] + bare:>7.3f}")
    print(f"  {'parse (lexbor)':<22} {columns['lexbor']['parse']:>7.3f}")
    find_date = htmldate_find_date()
    if find_date is not None:
        fast = best_of(args.repeat, lambda i: htmldate(find_date, raws[i]), n)
        print(f"  {'htmldate fast, whole':<22} {fast:>7.3f}")
        for name in BUILDERS:
            print(f"  {'audit / htmldate, ' + name:<22} {columns[name]['total'] / fast:>6.2f}x")
    if args.interleave:
        interleaved(raws, packs, options, find_date, args.interleave)
    return 0


def interleaved(raws: list[Any], packs: Any, options: AuditOptions, find_date: Callable[..., Any] | None, tries: int) -> None:
    """The whole in-process audit (audit_raw: hash, decode, build, claims, chain, rules) with
    each builder, and htmldate fast, page by page in turn, the fastest of `tries` tries of
    each, summed. A shared machine's speed drifts by a third within minutes, which moves
    the passes above against each other; alternating on each page, the drift falls on all
    three alike, so their ratios hold."""
    runs: dict[str, Callable[[Any], object]] = {
        name: (lambda raw, o=replace(options, parser=name): audit_raw(raw, packs, o)) for name in BUILDERS
    }
    if find_date is not None:
        runs["htmldate fast"] = lambda raw: htmldate(find_date, raw)
    totals = dict.fromkeys(runs, 0.0)
    for raw in raws:
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(tries):
            for name, run in runs.items():
                start = time.perf_counter()
                run(raw)
                best[name] = min(best[name], time.perf_counter() - start)
        for name in runs:
            totals[name] += best[name]
    n = len(raws)
    print(f"interleaved, page by page (fastest of {tries} tries each), ms per page:")
    for name, total in totals.items():
        ratio = f"  {total / totals['htmldate fast']:.2f}x htmldate fast" if "htmldate fast" in totals and name in BUILDERS else ""
        print(f"  {'whole audit, ' + name if name in BUILDERS else name:<22} {total / n * 1000:>7.3f}{ratio}")


if __name__ == "__main__":
    raise SystemExit(main())
