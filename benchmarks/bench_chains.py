"""Benchmark: republication chains on hand-labelled real pages.

    python benchmarks/bench_chains.py [--bench ../shared/bench] [--misses] [--no-trafilatura]

The labels are in benchmarks/labels/ (see its README): for each page, whether it is a
republished copy, its original publisher and author, and its own publisher; look-alike
controls (photo credits, "Reuters reported", self-credits, teasers, agencies' own pages)
are labelled as not copies. For each half of the labelled pages (tuning and held out, by
a hash of the file name) it prints:

- recall and precision of "this page is a republished copy" (a chain of more than one
  link), and how many controls gained a chain (the target is none);
- the original publisher right on the labelled copies, the own publisher right on
  every page, the original's author right on the copies whose page credits one;
- trafilatura's sitename and author on the same pages (a benchmark-only peer: it names
  a page's site and author, though not the original of a copy).

Pages labelled "partial" (own reporting with agency material) or "cannot tell" count in
neither recall nor precision; a row says on how many "partial" pages with a labelled original
the chain starts there (the material's credit found). --misses prints the tuning half's misses, and only those:
the held-out half is for measuring, never for reading.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devpages import CHECKOUT, hand_labels, held_out, labelled_page, print_halves, ratio, same_authors, same_outlet

from provenance import AuditOptions, audit_document, default_packs


@dataclass
class Half:
    copies: int = 0
    found_copies: int = 0  # labelled copies given a chain
    claimed: int = 0  # pages given a chain, among pages labelled copy or not copy
    controls: int = 0
    controls_chained: int = 0
    originals_right: int = 0
    own_total: int = 0
    own_right: int = 0
    authors_total: int = 0
    authors_right: int = 0
    peer_own_right: int = 0
    peer_authors_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind: [pages, chained]
    misses: list[str] = field(default_factory=list)


def trafilatura_metadata(data: bytes, url: str | None) -> tuple[str | None, str | None]:
    """trafilatura's sitename and author for a page; (None, None) where it finds none or fails."""
    try:
        from trafilatura import extract_metadata

        meta = extract_metadata(data.decode("utf-8", "replace"), default_url=url)
    except Exception:  # noqa: BLE001  (any failure of the peer is its miss)
        return None, None
    return (meta.sitename, meta.author) if meta else (None, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="print the tuning half's misses")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--parser", choices=["lxml", "lexbor"], default="lxml", help="the HTML builder to audit with")
    args = parser.parse_args()
    labels = {key: label for key, label in hand_labels("kind").items() if "own" in label}
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1), parser=args.parser)
    halves = {"tuning": Half(), "held-out": Half()}
    spent = 0.0
    for key, label in sorted(labels.items()):
        raw = labelled_page(args.bench, key, label.get("url"))
        start = time.perf_counter()
        result = audit_document(raw.data or b"", path=key, url=raw.source.url, content_type="html", packs=packs, options=options)
        spent += time.perf_counter() - start
        half = halves["held-out" if held_out(key.split("/", 1)[1]) else "tuning"]
        chain = result.chain
        chained = len(chain) > 1
        shown = " -> ".join(f"{link.publisher}({link.author})" for link in chain) or result.error or ""
        copy = label.get("copy")
        miss: list[str] = []
        if copy is True or (label["kind"] or "").startswith("control"):
            counts = half.by_kind.setdefault(label["kind"], [0, 0])
            counts[0] += 1
            counts[1] += chained
        if label["kind"] == "partial" and label.get("original"):
            # Own reporting with an agency's material: not a copy, but the material's credit
            # ("With inputs from PTI", "Le Monde avec AFP") should start the chain at the agency.
            counts = half.by_kind.setdefault("partial", [0, 0])
            counts[0] += 1
            counts[1] += chained and same_outlet(chain[0].publisher, [label["original"], *label.get("original_also", [])], packs.registry)
        if copy is True:
            half.copies += 1
            half.found_copies += chained
            half.claimed += chained
            if not chained:
                miss.append("copy not found")
            wanted = [label["original"], *label.get("original_also", [])] if label.get("original") else []
            if wanted:
                right = chained and same_outlet(chain[0].publisher, wanted, packs.registry)
                half.originals_right += right
                if chained and not right:
                    miss.append(f"original {chain[0].publisher!r}, want {label['original']!r}")
            elif not chained:
                pass
            if label.get("author"):
                half.authors_total += 1
                right = chained and same_authors(chain[0].author, label["author"])
                half.authors_right += right
                if chained and not right:
                    miss.append(f"author {chain[0].author!r}, want {label['author']!r}")
        elif copy is False:
            half.claimed += chained
            if label["kind"].startswith("control"):
                half.controls += 1
                half.controls_chained += chained
            if chained:
                miss.append(f"not a copy ({label['kind']}) but chained")
        half.own_total += 1
        own = chain[-1].publisher if chain else None
        own_wanted = [label["own"], *label.get("own_also", [])]
        if same_outlet(own, own_wanted, packs.registry):
            half.own_right += 1
        else:
            miss.append(f"own {own!r}, want {label['own']!r}")
        if not args.no_trafilatura:
            sitename, author = trafilatura_metadata(raw.data or b"", raw.source.url)
            half.peer_own_right += same_outlet(sitename, own_wanted, packs.registry)
            if copy is True and label.get("author"):
                half.peer_authors_right += same_authors(author, label["author"])
        if miss and half is halves["tuning"]:
            half.misses.append(f"{key} [{label['kind']}] {shown}\n    " + "; ".join(miss))
    print(f"{len(labels)} labelled pages; provenance {spent / len(labels) * 1000:.1f} ms a page")
    rows: list[tuple[str, Any]] = [
        ("labelled copies", lambda h: h.copies),
        ("labelled controls", lambda h: h.controls),
        ("provenance recall (copy found)", lambda h: ratio(h.found_copies, h.copies)),
        ("provenance precision", lambda h: ratio(h.found_copies, h.claimed)),
        ("provenance controls with a chain", lambda h: ratio(h.controls_chained, h.controls)),
        ("provenance original right (copies)", lambda h: ratio(h.originals_right, h.copies)),
        ("provenance own publisher right", lambda h: ratio(h.own_right, h.own_total)),
        ("provenance author right (credited copies)", lambda h: ratio(h.authors_right, h.authors_total)),
    ]
    # Each kind of copy found, each kind of control chained: a figure for each half, so that
    # a gap in the held-out half can be named by kind without reading its pages.
    for kind in sorted({kind for half in halves.values() for kind in half.by_kind}):
        verb = "chained" if kind.startswith("control") else "found"
        rows.append((f"  {kind} {verb}", lambda h, kind=kind: ratio(*reversed(h.by_kind.get(kind, [0, 0])))))
    if not args.no_trafilatura:
        rows += [
            ("trafilatura sitename = own publisher", lambda h: ratio(h.peer_own_right, h.own_total)),
            ("trafilatura author right (credited copies)", lambda h: ratio(h.peer_authors_right, h.authors_total)),
        ]
    print_halves(rows, halves, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
