"""The seed document's whole report, field by field (issue: the seed audited end to end)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from provenance import AuditOptions, audit_paths
from provenance.report import build_report

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a9cc6e4024ccf920.txt"
SCHEMA = json.loads((ROOT / "provenance" / "schema" / "report.schema.json").read_text())


@pytest.fixture(scope="module")
def report() -> dict:
    results = list(audit_paths([SEED], options=AuditOptions(as_of=dt.date(2026, 11, 24))))
    built = build_report(results)
    jsonschema.Draft202012Validator(SCHEMA).validate(built)
    return built


@pytest.fixture(scope="module")
def doc(report: dict) -> dict:
    assert len(report["documents"]) == 1
    return report["documents"][0]


def test_top_level(report: dict) -> None:
    assert report["schema_version"] == "1.3"
    assert report["tool"]["name"] == "provenance"
    assert report["summary"] == {
        "documents": 1, "seen": 1, "audited": 1, "failed": 0, "skipped": 0, "baselined": 0,
        "findings": {"error": 0, "warning": 2, "info": 2},
    }


def test_source_and_status(doc: dict) -> None:
    assert doc["status"] == "audited" and doc["error"] is None
    assert doc["source"]["path"].endswith("000_a9cc6e4024ccf920.txt")
    assert doc["source"]["url"] is None
    import hashlib

    assert doc["source"]["sha256"] == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_title_publisher_section_published(doc: dict) -> None:
    assert doc["title"] == "Kazakhstan Arrests Ex-Security Head as Putin’s Troops Bring Calm"
    assert doc["publisher"] == "Equipo Nizkor / Derechos Human Rights"
    assert doc["section"] == "Russian Affairs"
    assert doc["published"] == {"date": "2022-01-08", "text": "08Jan22", "line": 6, "where": "text"}


def test_chain_oldest_first(doc: dict) -> None:
    assert doc["chain"] == [
        {"role": "original", "publisher": "Bloomberg", "author": "Nariman Gizitdinov",
         "date": "2021-01-08", "date_text": "08Jan21", "line": 40},
        {"role": "republisher", "publisher": "Equipo Nizkor / Derechos Human Rights", "author": None,
         "date": "2022-01-08", "date_text": "08Jan22", "line": 45},
    ]


def test_fair_use_notice(doc: dict) -> None:
    fair_use = [n for n in doc["notices"] if n["kind"] == "fair-use"]
    assert len(fair_use) == 1
    notice = fair_use[0]
    assert notice["line"] == 45
    assert notice["basis"] == "17 U.S.C. § 107"
    assert notice["text"].startswith("In accordance with Title 17 U.S.C. Section 107")
    assert notice["text"].endswith("for research and educational purposes.")
    assert set(notice["purposes"]) == {"research", "education", "non-profit"}


def test_republication_notice(doc: dict) -> None:
    (notice,) = [n for n in doc["notices"] if n["kind"] == "republication"]
    assert notice["text"] == "This document has been published on 08Jan22 by the Equipo Nizkor and Derechos Human Rights."
    assert notice["publisher"] == "Equipo Nizkor / Derechos Human Rights"
    assert notice["date"] == "2022-01-08"
    assert notice["line"] == 45


def test_rights(doc: dict) -> None:
    # The holder is stated by the source line that credits the original.
    assert doc["rights"] == {
        "holder": "Bloomberg",
        "holder_evidence": {"text": "[Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]", "line": 40, "where": "text"},
        "presumed_holder": None,
        "basis": "fair-use claim",
        "statement": "http://rightsstatements.org/vocab/InC/1.0/",
        "openly_licensed": False,
        "license": None,
    }


def _finding(doc: dict, rule: str) -> dict:
    (found,) = [f for f in doc["findings"] if f["rule"] == rule]
    return found


def test_year_slip_finding(doc: dict) -> None:
    slip = _finding(doc, "PRV302")
    assert slip["name"] == "source-date-year-slip"
    assert slip["severity"] == "warning" and slip["category"] == "date"
    assert slip["line"] == 40
    assert slip["evidence"] == "[Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]"
    assert slip["suggestion"] == "2022-01-08"
    assert "exactly 1 year before" in slip["message"]
    assert "2022-01-08 (Saturday) 5 of 5" in slip["message"] and "2021-01-08 (Friday) 2 of 5" in slip["message"]
    related_lines = {r["line"] for r in slip["related"]}
    assert {6, 14, 20, 34} <= related_lines  # the dateline and the weekday mentions


def test_weekday_evidence_finding(doc: dict) -> None:
    evidence = _finding(doc, "PRV303")
    assert evidence["severity"] == "info" and evidence["line"] == 40
    assert evidence["suggestion"] == "2022-01-08"
    phrases = [r["text"] for r in evidence["related"]]
    assert sum("Saturday" in p for p in phrases) == 3
    assert any("Friday evening" in p for p in phrases) and any("since Thursday" in p for p in phrases)


def test_fair_use_finding(doc: dict) -> None:
    claim = _finding(doc, "PRV201")
    assert claim["severity"] == "warning" and claim["line"] == 45
    assert "not a licence" in claim["message"]
    assert claim["suggestion"] == "treat as In Copyright (holder: Bloomberg); reuse needs Bloomberg's permission"


def test_republished_copy_finding(doc: dict) -> None:
    copy = _finding(doc, "PRV101")
    assert copy["line"] == 40 and copy["category"] == "chain"
    assert "Bloomberg → Equipo Nizkor / Derechos Human Rights" in copy["message"]


def test_no_other_findings(doc: dict) -> None:
    assert sorted(f["rule"] for f in doc["findings"]) == ["PRV101", "PRV201", "PRV302", "PRV303"]
