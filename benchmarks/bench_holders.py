"""Benchmark: the rights holder on hand-labelled real pages, beside ScanCode's copyright detector.

    python benchmarks/bench_holders.py [--bench ../shared/bench] [--scancode .venv-scancode/bin/python] [--misses]

The labels are in benchmarks/labels/ (see its README): the holder a page states for its
text, or null when it states none. For each half (tuning and held out, by a hash of the
file name) it prints, for provenance's `rights.holder` and for ScanCode:

- on pages that state a holder: right, wrong (another name), missed (none given);
- on pages that state none: a false holder given.

ScanCode (scancode-toolkit-mini, benchmark-only) runs on each HTML file as `scancode -c`
would, in its own environment (`python3 -m venv .venv-scancode && .venv-scancode/bin/pip
install scancode-toolkit-mini 'pluggy<1.5'`); its answer is the first holder it finds,
and "any" counts a page right when any holder it finds is the labelled one.
--misses prints the tuning half's misses, and only those.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from devpages import CHECKOUT, SETS, hand_labels, held_out, labelled_page, ratio, same_outlet

from provenance import AuditOptions, audit_document, default_packs
from provenance.registry import Registry


@dataclass
class Score:
    stated: int = 0
    right: int = 0
    wrong: int = 0
    missed: int = 0
    none_stated: int = 0
    false_holder: int = 0
    # Where each wrong or false holder was read (the holder's evidence: "footer", "meta:copyright",
    # "text", ...): which reader misfires, counted for both halves without reading a page.
    wrong_where: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, found: str | None, wanted: list[str], registry: Registry, note: str, where: str = "") -> None:
        if wanted:
            self.stated += 1
            if found is None:
                self.missed += 1
            elif same_outlet(found, wanted, registry):
                self.right += 1
                return
            else:
                self.wrong += 1
                self.wrong_where[f"wrong, from {where}"] += 1
        else:
            self.none_stated += 1
            if found is None:
                return
            self.false_holder += 1
            self.wrong_where[f"false, from {where}"] += 1
        self.misses.append(f"{note}: found {found!r}, want {wanted[0] if wanted else None!r}")


# ScanCode takes about two seconds a page: its answers are kept by the file's SHA-256, so a
# rerun reads only the pages it has not seen (delete the file to run it afresh).
SCANCODE_CACHE = Path(__file__).resolve().parent / ".cache" / "scancode-holders.jsonl"


def scancode_holders(python: Path, files: list[Path]) -> dict[str, list[str]]:
    """ScanCode's holders for each file, from its own environment; {} when it cannot run."""
    if not python.exists():
        print(f"ScanCode not run: no {python} (see this script's docstring)", file=sys.stderr)
        return {}
    cached: dict[str, list[str]] = {}
    if SCANCODE_CACHE.exists():
        for line in SCANCODE_CACHE.read_text().splitlines():
            row = json.loads(line)
            cached[row["sha256"]] = row["holders"]
    digests = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    missing = [path for path in files if digests[path] not in cached]
    if missing:
        script = Path(__file__).resolve().parent / "scancode_holders.py"
        out = subprocess.run([str(python), str(script), *map(str, missing)], capture_output=True, text=True, check=False)
        by_path = {Path(row["path"]): row["holders"] for row in map(json.loads, out.stdout.splitlines())}
        SCANCODE_CACHE.parent.mkdir(exist_ok=True)
        with SCANCODE_CACHE.open("a") as cache:
            for path, holders in by_path.items():
                cached[digests[path]] = holders
                cache.write(json.dumps({"sha256": digests[path], "holders": holders}) + "\n")
    return {str(path): cached[digests[path]] for path in files if digests[path] in cached}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--scancode", type=Path, default=CHECKOUT / ".venv-scancode" / "bin" / "python")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--parser", choices=["lxml", "lexbor"], default="lxml", help="the HTML builder to audit with")
    args = parser.parse_args()
    labels = hand_labels("holder")
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1), parser=args.parser)
    files = {key: args.bench / SETS[key.split("/")[0]] / "pages" / key.split("/", 1)[1] for key in labels}
    scancode = scancode_holders(args.scancode, list(files.values()))
    scores = {(tool, half): Score() for tool in ("provenance", "ScanCode first", "ScanCode any") for half in ("tuning", "held-out")}
    for key, label in sorted(labels.items()):
        half = "held-out" if held_out(key.split("/", 1)[1]) else "tuning"
        wanted = [label["holder"], *label.get("holder_also", [])] if label["holder"] else []
        raw = labelled_page(args.bench, key, label.get("url"))
        result = audit_document(raw.data or b"", path=key, url=raw.source.url, content_type="html", packs=packs, options=options)
        holder = result.rights.holder if result.rights else None
        evidence = result.rights.holder_evidence if result.rights else None
        where = f"{result.rights.basis}, {evidence.where.split(':')[0] if evidence else '-'}" if result.rights else "-"
        scores["provenance", half].add(holder, wanted, packs.registry, key, where)
        if scancode:
            found = scancode.get(str(files[key]), [])
            scores["ScanCode first", half].add(found[0] if found else None, wanted, packs.registry, key)
            any_right = next((h for h in found if wanted and same_outlet(h, wanted, packs.registry)), found[0] if found else None)
            scores["ScanCode any", half].add(any_right, wanted, packs.registry, key)
    tools = ["provenance"] + (["ScanCode first", "ScanCode any"] if scancode else [])
    print(f"{len(labels)} pages with a labelled holder (or none)")
    print(f"{'':22} {'':26} {'tuning':>16} {'held-out':>16}")
    for tool in tools:
        for title, value in (
            ("holder right", lambda s: ratio(s.right, s.stated)),
            ("wrong holder", lambda s: ratio(s.wrong, s.stated)),
            ("missed", lambda s: ratio(s.missed, s.stated)),
            ("false holder (none stated)", lambda s: ratio(s.false_holder, s.none_stated)),
        ):
            print(f"{tool:22} {title:26} {value(scores[tool, 'tuning']):>16} {value(scores[tool, 'held-out']):>16}")
    print("provenance's wrong and false holders, by the basis and the place it read them:")
    kinds = sorted({k for half in ("tuning", "held-out") for k in scores["provenance", half].wrong_where})
    for kind in kinds:
        print(f"  {kind:46} {scores['provenance', 'tuning'].wrong_where[kind]:>16} {scores['provenance', 'held-out'].wrong_where[kind]:>16}")
    if args.misses:
        print("\ntuning-half misses (provenance):")
        for line in scores["provenance", "tuning"].misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
