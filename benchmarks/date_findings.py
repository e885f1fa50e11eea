"""Date findings on labelled real pages: how often each date rule fires, and where.

    python benchmarks/date_findings.py ../shared/bench/dates-dev [--rule PRV307] [--show N]

The dev pages are ordinary published pages, so a date warning or error on one of them
is most likely a false alarm: the count of such pages is the figure to keep at zero.
Prints findings per rule (and severity), the number of pages with a date warning or
error, and with --rule the first N findings of that rule with their page and label.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# Measure the checkout this script sits in, not whichever provenance is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance import AuditOptions, audit_document, default_packs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("bench", type=Path, help="folder with pages/ and labels.json")
    parser.add_argument("--rule", help="show findings of this rule id")
    parser.add_argument("--show", type=int, default=10, help="how many findings of --rule to show")
    args = parser.parse_args()
    labels: dict[str, dict[str, str]] = json.loads((args.bench / "labels.json").read_text())
    packs = default_packs()
    options = AuditOptions()
    per_rule: Counter[tuple[str, str, str]] = Counter()
    alarmed: set[str] = set()
    shown = 0
    for name in sorted(labels):
        data = (args.bench / "pages" / name).read_bytes()
        result = audit_document(data, path=name, url=labels[name]["url"], content_type="html", packs=packs, options=options)
        for finding in result.findings:
            if finding.category != "date":
                continue
            per_rule[(finding.rule, finding.name, finding.severity)] += 1
            if finding.severity in ("warning", "error"):
                alarmed.add(name)
            if args.rule == finding.rule and shown < args.show:
                shown += 1
                published = result.claims.published if result.claims else None
                got = published.value.date if published else None
                print(f"{name} label {labels[name]['date']} got {got} {labels[name]['url']}")
                print(f"    line {finding.line}: {finding.message}")
                print(f"    evidence: {finding.evidence[:160]!r}  suggestion: {finding.suggestion}")
    for (rule, rule_name, severity), count in sorted(per_rule.items()):
        print(f"{rule} {rule_name:<28} {severity:<8} {count:>5}")
    print(f"pages with a date warning or error: {len(alarmed)} of {len(labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
