"""Benchmark: page licences found by provenance and by trafilatura, on labelled pages.

    python benchmarks/bench_licences.py [--dev ../shared/bench/dates-dev] [--pages benchmarks/licence-pages]
                                        [--no-trafilatura] [--errors]

Two sets:

- dev: the 799 real pages of the date benchmark, with the hand-checked labels in
  benchmarks/licence-labels.json (every page with a licence cue was read; the rest count
  as unlicensed);
- own: the pages in benchmarks/licence-pages/ with their expected SPDX ids in labels.json.

For each tool and set it prints the licensed pages found exactly, found ignoring the
jurisdiction port (CC-BY-SA-3.0-DE = CC-BY-SA-3.0), licensed pages given a wrong licence
or none, and licences claimed on unlicensed pages. provenance's answer is the page's own
licence (notices.page_licence: image credits, widgets and mentions do not count).
trafilatura (a benchmark-only dependency: `pip install -e '.[bench]'`) returns a string
such as "CC BY-SA 4.0", or a rel="license" link's text; that string is read with
provenance's licence vocabulary, which credits trafilatura whenever its string names the
licence.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Audit with the checkout this script sits in, not whichever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance import AuditOptions, audit_document, default_packs
from provenance.model import HtmlParser
from provenance.notices import licence_in_text, page_licence
from provenance.packs import Packs

ROOT = Path(__file__).resolve().parent


@dataclass
class Score:
    licensed: int = 0
    exact: int = 0
    ignoring_port: int = 0
    wrong: int = 0
    missed: int = 0
    unlicensed: int = 0
    false_claims: int = 0
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, label: str | None, found: str | None, raw: str | None) -> None:
        shown = f"{found}" + (f" (from {raw!r})" if raw and raw != found else "")
        if label is None:
            self.unlicensed += 1
            if found or raw:
                self.false_claims += 1
                self.errors.append(f"  {name}: claims {shown} on an unlicensed page")
            return
        self.licensed += 1
        if found == label:
            self.exact += 1
        if found and without_port(found) == without_port(label):
            self.ignoring_port += 1
            if found != label:
                self.errors.append(f"  {name}: {shown}, label {label} (port differs)")
        elif found or raw:
            self.wrong += 1
            self.errors.append(f"  {name}: {shown}, label {label}")
        else:
            self.missed += 1
            self.errors.append(f"  {name}: nothing, label {label}")


def without_port(spdx: str) -> str:
    """CC-BY-SA-3.0-DE -> CC-BY-SA-3.0: the licence without its jurisdiction."""
    return re.sub(r"(-\d\.\d)-[A-Z]{2,3}$", r"\1", spdx)


def provenance_licence(packs: Packs, parser: HtmlParser = "lxml") -> Callable[[str, bytes], tuple[str | None, str | None]]:
    options = AuditOptions(parser=parser)

    def find(name: str, data: bytes) -> tuple[str | None, str | None]:
        result = audit_document(data, path=name, content_type="html", packs=packs, options=options)
        notice = page_licence(result.claims.notices) if result.claims else None
        return (notice.license, None) if notice else (None, None)

    return find


_TRAFILATURA_CC = re.compile(r"^CC (BY(?:-NC)?(?:-ND|-SA)?|ZERO) (\d\.\d)$")


def trafilatura_licence(packs: Packs) -> Callable[[str, bytes], tuple[str | None, str | None]] | None:
    try:
        from trafilatura import extract_metadata
    except ImportError:
        print("trafilatura not installed: pip install -e '.[bench]' to compare", file=sys.stderr)
        return None

    def find(name: str, data: bytes) -> tuple[str | None, str | None]:
        metadata = extract_metadata(data.decode("utf-8", "replace"))
        raw = metadata.license if metadata else None
        if not raw:
            return None, None
        m = _TRAFILATURA_CC.match(raw)
        if m:
            return ("CC0-1.0" if m.group(1) == "ZERO" else f"CC-{m.group(1)}-{m.group(2)}"), raw
        return licence_in_text(raw, packs), raw

    return find


def load_set(folder: Path, labels: dict[str, str | None]) -> list[tuple[str, bytes, str | None]]:
    return [(p.name, p.read_bytes(), labels.get(p.name)) for p in sorted(folder.iterdir()) if p.suffix != ".json"]


def run(pages: list[tuple[str, bytes, str | None]], find: Callable[[str, bytes], tuple[str | None, str | None]]) -> Score:
    score = Score()
    for name, data, label in pages:
        start = time.perf_counter()
        found, raw = find(name, data)
        score.times.append(time.perf_counter() - start)
        score.add(name, label, found, raw)
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent.parent / "shared" / "bench" / "dates-dev",
                        help="the date benchmark folder (pages/ inside)")
    parser.add_argument("--pages", type=Path, default=ROOT / "licence-pages", help="the hand-labelled pages")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura comparison")
    parser.add_argument("--errors", action="store_true", help="list every page a tool gets wrong")
    parser.add_argument("--parser", choices=["lxml", "lexbor"], default="lxml", help="the HTML builder to audit with")
    args = parser.parse_args()

    packs = default_packs()
    sets: list[tuple[str, list[tuple[str, bytes, str | None]]]] = []
    dev_labels = json.loads((ROOT / "licence-labels.json").read_text(encoding="utf-8"))["pages"]
    if (args.dev / "pages").is_dir():
        sets.append(("dev (799 real pages)", load_set(args.dev / "pages", {k: v["license"] for k, v in dev_labels.items()})))
    else:
        print(f"{args.dev}/pages not found: skipping the dev set", file=sys.stderr)
    own_labels = json.loads((args.pages / "labels.json").read_text(encoding="utf-8"))
    sets.append((f"own ({len(own_labels)} labelled pages)", load_set(args.pages, own_labels)))

    tools: list[tuple[str, Callable[[str, bytes], tuple[str | None, str | None]]]] = [("provenance", provenance_licence(packs, args.parser))]
    if not args.no_trafilatura:
        found = trafilatura_licence(packs)
        if found:
            tools.append(("trafilatura", found))

    rows = [("set", "tool", "licensed", "exact", "ignoring port", "wrong", "missed", "unlicensed", "false claims", "ms/page")]
    details: list[str] = []
    for set_name, pages in sets:
        for tool, find in tools:
            score = run(pages, find)
            rows.append((
                set_name, tool, str(score.licensed), str(score.exact), str(score.ignoring_port), str(score.wrong),
                str(score.missed), str(score.unlicensed), str(score.false_claims),
                f"{statistics.median(score.times) * 1000:.1f}",
            ))
            if args.errors and score.errors:
                details.append(f"{tool} on {set_name}:")
                details.extend(score.errors)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) if j < 2 else cell.rjust(w) for j, (cell, w) in enumerate(zip(row, widths, strict=False))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("\nexact: the page's licence with its SPDX id; ignoring port: CC-BY-SA-3.0-DE counts as CC-BY-SA-3.0;")
    print("wrong: a licensed page given another licence; false claims: a licence on an unlicensed page.")
    print("ms/page: median time of the whole provenance audit, and of trafilatura's extract_metadata.")
    if details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
