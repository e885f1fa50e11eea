"""PRV309's threshold is a rule option (AuditOptions.max_source_lag_days)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import provenance

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "PRV309-year-slip-a-day-off.txt"


def lag_findings(**options: int) -> list[provenance.Finding]:
    text = "\n".join(line for line in FIXTURE.read_text(encoding="utf-8").splitlines() if not line.startswith("# "))
    result = provenance.audit_document(text, content_type="text", options=provenance.AuditOptions(as_of=dt.date(2026, 1, 1), **options))
    return [f for f in result.findings if f.rule == "PRV309"]


def test_default_threshold_reports_a_year_and_a_day() -> None:
    (finding,) = lag_findings()
    assert "366 days before" in finding.message
    assert finding.suggestion is not None and finding.suggestion.startswith("2022-01-07")


def test_threshold_is_configurable() -> None:
    assert lag_findings(max_source_lag_days=400) == []
    assert len(lag_findings(max_source_lag_days=365)) == 1
