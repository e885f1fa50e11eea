"""Benchmark: own publisher and chains of text extractions, as corpus pipelines make them.

    python benchmarks/bench_text_chains.py [--bench ../shared/bench] [--misses]

Takes the hand-labelled pages of benchmarks/labels/ (own publisher, copy or not, original),
turns each into plain text with trafilatura's text output (the common extraction in corpus
pipelines; benchmark-only, never imported by the package), and audits the text twice: as a
bare text file, and as a corpus record that carries the page's URL. For each half (tuning
and held out, by a hash of the file name) it prints:

- own publisher right on the extractions that name their publisher anywhere in the text,
  on those that state it (a masthead, a copyright or publication line, the site speaking of
  itself by name: labels/text-own-statements.json, read by hand), and on those that name
  it only in their own reporting ("a spokesperson told X"); and on every extraction when
  the record carries its URL;
- how often a text with no URL gets no publisher at all, and how often a wrong one (a
  wrong name is worse than none);
- recall of labelled copies and controls chained, as in bench_chains.py, on the text.

--misses prints the tuning half's misses, and only those.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devpages import CHECKOUT, hand_labels, held_out, labelled_page, print_halves, ratio, same_outlet

from provenance import AuditOptions, audit_document, default_packs
from provenance.document import decode
from provenance.registry import fold


@dataclass
class Half:
    named: int = 0  # extractions naming their own publisher somewhere
    named_right: int = 0
    stated: int = 0  # extractions stating their own publisher (text-own-statements.json)
    stated_right: int = 0
    reported: int = 0  # ... or naming it only in its own reporting ("told X")
    reported_right: int = 0
    bare_none: int = 0
    bare_wrong: int = 0
    pages: int = 0
    url_right: int = 0
    copies: int = 0
    copies_found: int = 0
    controls: int = 0
    controls_chained: int = 0
    misses: list[str] = field(default_factory=list)
    # per kind of evidence for the own publisher of a text with no URL: [named, of them right]
    by_evidence: dict[str, list[int]] = field(default_factory=dict)


def extract_text(data: bytes, url: str | None) -> str | None:
    """trafilatura's text of a page, decoded as a browser would (a pipeline that read a
    Latin-1 page as UTF-8 would hand on replacement characters, not the page's words)."""
    from trafilatura import extract

    return extract(decode(data, True).text, url=url, output_format="txt", include_comments=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="print the tuning half's misses")
    args = parser.parse_args()
    labels = {key: label for key, label in hand_labels("kind").items() if "own" in label}
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    halves = {"tuning": Half(), "held-out": Half()}
    for key, label in sorted(labels.items()):
        raw = labelled_page(args.bench, key, label.get("url"))
        text = extract_text(raw.data or b"", raw.source.url)
        if not text:
            continue
        half = halves["held-out" if held_out(key.split("/", 1)[1]) else "tuning"]
        wanted = [label["own"], *label.get("own_also", [])]
        bare = audit_document(text, path=key, content_type="text", packs=packs, options=options)
        with_url = audit_document(text, path=key, url=raw.source.url, content_type="text", packs=packs, options=options)
        own = bare.chain[-1].publisher if bare.chain else None
        right = same_outlet(own, wanted, packs.registry)
        miss: list[str] = []
        half.pages += 1
        states = label.get("text_own", {}).get("states")
        if any(fold(name) in fold(text) for name in wanted):
            half.named += 1
            half.named_right += right
            if not right and states != "statement":
                miss.append(f"own {own!r}, want {label['own']!r} (named in the text)")
        if states == "statement":
            half.stated += 1
            half.stated_right += right
            if not right:
                miss.append(f"own {own!r}, want {label['own']!r} (stated: {label['text_own']['lines'][0][:80]!r})")
        elif states == "reporting":
            half.reported += 1
            half.reported_right += right
        if own is not None:
            where = bare.chain[-1].evidence.where if bare.chain[-1].evidence else "none"
            tally = half.by_evidence.setdefault(re.sub(r", named again on line.*| \(line \d+\)", "", where), [0, 0])
            tally[0] += 1
            tally[1] += right
        if own is None:
            half.bare_none += 1
        elif not right:
            half.bare_wrong += 1
            if not miss:
                miss.append(f"own {own!r}, want {label['own']!r}")
        url_own = with_url.chain[-1].publisher if with_url.chain else None
        half.url_right += same_outlet(url_own, wanted, packs.registry)
        chained = len(with_url.chain) > 1
        if label.get("copy") is True:
            half.copies += 1
            half.copies_found += chained
        elif label.get("copy") is False and label["kind"].startswith("control"):
            half.controls += 1
            half.controls_chained += chained
        if miss and half is halves["tuning"]:
            half.misses.append(f"{key}: " + "; ".join(miss))
    rows: list[tuple[str, Any]] = [
        ("text extractions", lambda h: h.pages),
        ("own right, extractions naming it (no URL)", lambda h: ratio(h.named_right, h.named)),
        ("own right, extractions stating it (no URL)", lambda h: ratio(h.stated_right, h.stated)),
        ("own right, naming it in reporting only", lambda h: ratio(h.reported_right, h.reported)),
        ("own none (no URL)", lambda h: ratio(h.bare_none, h.pages)),
        ("own wrong (no URL)", lambda h: ratio(h.bare_wrong, h.pages)),
        ("own right, records with their URL", lambda h: ratio(h.url_right, h.pages)),
        ("copies chained (with URL)", lambda h: ratio(h.copies_found, h.copies)),
        ("controls chained (with URL)", lambda h: ratio(h.controls_chained, h.controls)),
    ]
    print_halves(rows, halves, args.misses)
    # How often each kind of evidence names the right publisher: a kind that is often wrong is a
    # form that names someone else (a wrong name is worse than none).
    print(f"\n{'own publisher right, by evidence (no URL)':<46} {'tuning':>16} {'held-out':>16}")
    kinds = sorted({kind for h in halves.values() for kind in h.by_evidence})
    for kind in kinds:
        cells = [halves[name].by_evidence.get(kind, [0, 0]) for name in ("tuning", "held-out")]
        print(f"  {kind[:44]:<44} " + " ".join(f"{right:>7}/{named:<8}" for named, right in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
