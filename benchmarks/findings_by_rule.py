"""Count findings per rule over a directory of pages: the false-alarm check for rule changes.

    python benchmarks/findings_by_rule.py ../shared/bench/dates-dev/pages
    python benchmarks/findings_by_rule.py DIR --show PRV104 --rights

Pass the files (`pages/*`) rather than the directory to include files with no known suffix.

Run it before and after a change to a rule or a claim extractor: a new count on real pages
is either a true finding (read a sample with --show) or a false alarm to fix in the rule.
--rights also counts chain lengths and rights bases, which move when credits are parsed
differently even if no finding does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

# Audit with the checkout this script sits in, not whichever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance import AuditOptions, audit_paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="files or directories to audit")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None, help="reference date (default: today)")
    parser.add_argument("--show", action="append", default=[], metavar="RULE", help="print every finding of this rule")
    parser.add_argument("--rights", action="store_true", help="also count chain lengths and rights bases")
    args = parser.parse_args()

    by_rule: Counter[str] = Counter()
    pages: Counter[str] = Counter()  # pages with at least one finding of the rule
    chains: Counter[int] = Counter()
    bases: Counter[str] = Counter()
    alarmed: Counter[str] = Counter()  # pages with a warning or error, per category
    documents = failed = 0
    for result in audit_paths(args.paths, options=AuditOptions(as_of=args.as_of)):
        documents += 1
        if result.status != "audited":
            failed += 1
            continue
        for finding in result.findings:
            by_rule[finding.rule] += 1
            if finding.rule in args.show:
                print(f"{finding.rule} {result.source.path}:{finding.line}: {finding.message}\n    evidence: {finding.evidence[:200]!r}")
        for rule in {f.rule for f in result.findings}:
            pages[rule] += 1
        for category in {f.category for f in result.findings if f.severity != "info"}:
            alarmed[category] += 1
        chains[len(result.chain)] += 1
        if result.rights:
            bases[result.rights.basis] += 1
    print(f"{documents} documents, {failed} failed")
    for rule in sorted(by_rule):
        print(f"{rule} x{by_rule[rule]} ({pages[rule]} pages)")
    # On ordinary published pages a warning or error is most likely a false alarm.
    print("pages with a warning or error: " + (", ".join(f"{c} {n}" for c, n in sorted(alarmed.items())) or "none"))
    if args.rights:
        print("chain lengths: " + ", ".join(f"{n}: {c}" for n, c in sorted(chains.items())))
        print("rights bases: " + ", ".join(f"{b}: {c}" for b, c in bases.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
