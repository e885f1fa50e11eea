"""The collection at a glance: counts gathered from report entries as they stream past.

Only counters are kept (by rule, rights statement, licence, original publisher and
publication month), so a run of any length is summarised in memory that grows with the
number of distinct values, not with the number of documents.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

NO_STATEMENT = "none"
NO_LICENCE = "no licence"


def statement_label(rights: dict[str, Any] | None) -> str:
    """A rights statement by the name people use: RightsStatements.org's short name (InC,
    CNE), else the licence's SPDX id (a licence's own address is the statement), else
    "public domain" or "none"."""
    if not rights:
        return NO_STATEMENT
    statement = rights.get("statement") or ""
    if "rightsstatements.org" in statement:
        return statement.rstrip("/").split("/")[-2]
    if rights.get("license"):
        return str(rights["license"])
    if rights.get("basis") == "public domain":
        return "public domain"
    return statement or NO_STATEMENT


@dataclass(slots=True)
class Overview:
    by_rule: Counter[str] = field(default_factory=Counter)
    rule_names: dict[str, str] = field(default_factory=dict)
    statements: Counter[str] = field(default_factory=Counter)
    licences: Counter[str] = field(default_factory=Counter)
    originals: Counter[str] = field(default_factory=Counter)  # the first publisher of a copy's chain
    months: Counter[str] = field(default_factory=Counter)  # "YYYY-MM" of the publication date
    undated: int = 0
    with_findings: int = 0

    def add(self, entry: dict[str, Any]) -> None:
        """Count one document entry of the JSON report."""
        findings = entry["findings"]
        self.with_findings += bool(findings)
        for finding in findings:
            self.by_rule[finding["rule"]] += 1
            self.rule_names.setdefault(finding["rule"], finding["name"])
        if entry["status"] != "audited":
            return
        self.statements[statement_label(entry["rights"])] += 1
        self.licences[(entry["rights"] or {}).get("license") or NO_LICENCE] += 1
        chain = entry["chain"]
        if len(chain) > 1 and chain[0]["publisher"]:
            self.originals[chain[0]["publisher"]] += 1
        date = (entry["published"] or {}).get("date")
        if date:
            self.months[date[:7]] += 1
        else:
            self.undated += 1

    def date_bins(self) -> list[tuple[str, int]]:
        """Publication dates binned by month over a span of up to three years, else by year
        (or decade, or century: at most 60 bins), every bin in the span present (an empty
        year is a gap a reader should see)."""
        if not self.months:
            return []
        first, last = min(self.months), max(self.months)
        first_year, last_year = int(first[:4]), int(last[:4])
        if last_year - first_year < 3:
            bins = []
            year, month = first_year, int(first[5:7])
            while f"{year:04d}-{month:02d}" <= last:
                label = f"{year:04d}-{month:02d}"
                bins.append((label, self.months.get(label, 0)))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return bins
        # Years, or decades or centuries when a stray date (a page dated 1200) stretches the span.
        width = next(w for w in (1, 10, 100, 1000) if (last_year - first_year) // w < 60)
        buckets: Counter[int] = Counter()
        for label, count in self.months.items():
            buckets[int(label[:4]) // width * width] += count
        start = first_year // width * width
        return [(_span(year, width), buckets.get(year, 0)) for year in range(start, last_year + 1, width)]


def _span(year: int, width: int) -> str:
    return f"{year:04d}" if width == 1 else f"{year:04d}–{year + width - 1:04d}"
