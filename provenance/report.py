"""Results -> the report: the JSON contract every reporter renders from.

The report's shape is a contract with librarians' scripts and CI jobs; it changes only
with a SCHEMA_VERSION bump, and provenance/schema/report.schema.json describes it.
"""

from __future__ import annotations

from typing import Any, Iterable

from . import __version__
from .model import DocumentResult, Finding, Notice

SCHEMA_VERSION = "1.0"


def document_entry(result: DocumentResult) -> dict[str, Any]:
    claims = result.claims
    published = claims.published if claims else None
    return {
        "source": {"path": result.source.path, "url": result.source.url, "sha256": result.source.sha256},
        "status": result.status,
        "error": result.error,
        "title": claims.title.value if claims and claims.title else None,
        "publisher": claims.publisher.value if claims and claims.publisher else None,
        "section": claims.section.value if claims and claims.section else None,
        "published": (
            {
                "date": published.value.date.isoformat() if published.value.date else None,
                "text": published.value.text,
                "line": published.evidence.line,
                "where": published.evidence.where,
            }
            if published
            else None
        ),
        "chain": [
            {
                "role": link.role,
                "publisher": link.publisher,
                "author": link.author,
                "date": link.date.isoformat() if link.date else None,
                "date_text": link.date_text,
                "line": link.line,
            }
            for link in result.chain
        ],
        "notices": [notice_entry(n) for n in (claims.notices if claims else [])],
        "rights": (
            {
                "holder": result.rights.holder,
                "basis": result.rights.basis,
                "statement": result.rights.statement,
                "openly_licensed": result.rights.openly_licensed,
                "license": result.rights.license,
            }
            if result.rights
            else None
        ),
        "findings": [finding_entry(f) for f in result.findings],
    }


def notice_entry(notice: Notice) -> dict[str, Any]:
    return {
        "kind": notice.kind,
        "text": notice.text,
        "line": notice.evidence.line,
        "where": notice.evidence.where,
        "family": notice.family,
        "basis": notice.basis,
        "purposes": list(notice.purposes),
        "holder": notice.holder,
        "year": notice.year,
        "license": notice.license,
        "scope": notice.scope,
        "publisher": notice.publisher,
        "date": notice.date.date.isoformat() if notice.date and notice.date.date else None,
    }


def finding_entry(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "name": finding.name,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "line": finding.line,
        "evidence": finding.evidence,
        "suggestion": finding.suggestion,
        "related": [{"line": r.line, "text": r.text} for r in finding.related],
    }


def summary(results: list[DocumentResult]) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
    failed = sum(1 for r in results if r.status == "failed")
    return {"documents": len(results), "audited": len(results) - failed, "failed": failed, "findings": counts}


def build_report(results: Iterable[DocumentResult]) -> dict[str, Any]:
    results = list(results)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "provenance", "version": __version__},
        "summary": summary(results),
        "documents": [document_entry(r) for r in results],
    }
