"""Check: a change meant only for speed leaves every report as it was.

    PYTHONPATH=CHECKOUT python benchmarks/report_identity.py dump PAGES --parser lexbor > a.jsonl
    python benchmarks/report_identity.py compare a.jsonl b.jsonl

`dump` audits every page of PAGES (a folder of HTML files, or a bench folder with
pages/) with whichever provenance PYTHONPATH puts first (so that two checkouts, before
and after, can be dumped with the same script), at a fixed reference date, and writes
one JSON line per page: the page's report entry, a repr of its full claims (evidence
that the report does not show included), and every Document line's text, number and
zone. `compare` says how many pages are identical and shows the first differences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


def dump(pages: Path, parser: str) -> int:
    from provenance import AuditOptions, default_packs
    from provenance.audit import audit_raw
    from provenance.model import RawInput, Source
    from provenance.report import document_entry

    folder = pages / "pages" if (pages / "pages").is_dir() else pages
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1), timeout=None, parser=parser)  # type: ignore[arg-type]
    for path in sorted(p for p in folder.iterdir() if p.is_file()):  # some pages are .htm, or have no suffix
        raw = RawInput(Source(path.name), path.read_bytes(), "html")
        result = audit_raw(raw, packs, options)
        lines = [[line.text, line.number, line.zone] for line in result.document.lines] if result.document else None
        row = {"page": path.name, "entry": document_entry(result), "claims": repr(result.claims), "lines": lines}
        sys.stdout.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def compare(before: Path, after: Path, show: int) -> int:
    a = [json.loads(line) for line in before.read_text().splitlines()]
    b = [json.loads(line) for line in after.read_text().splitlines()]
    if [r["page"] for r in a] != [r["page"] for r in b]:
        print("the two dumps are not of the same pages")
        return 2
    differ = {part: [r["page"] for r, s in zip(a, b, strict=True) if r[part] != s[part]] for part in ("entry", "claims", "lines")}
    same = sum(1 for r, s in zip(a, b, strict=True) if r == s)
    print(f"{same} of {len(a)} pages identical; differing: " + ", ".join(f"{part} {len(pages)}" for part, pages in differ.items()))
    for part, pages in differ.items():
        for page in pages[:show]:
            print(f"  {part}: {page}")
    return 0 if same == len(a) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("pages", type=Path)
    dumping.add_argument("--parser", choices=("lxml", "lexbor"), default="lxml")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=5, help="differing pages to name, per part")
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.pages, args.parser)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
