"""Results -> the report: the JSON contract every reporter renders from.

The report's shape is a contract with librarians' scripts and CI jobs; it changes only
with a SCHEMA_VERSION bump, and provenance/schema/report.schema.json describes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .link import Cluster, CopyLink, Linking, signature_entry
from .model import Archived, DocumentResult, Finding, Notice, Rights, Source

SCHEMA_VERSION = "1.3"


def document_entry(result: DocumentResult, signature: bool = False) -> dict[str, Any]:
    """The document's entry; with `signature`, its --link signature too (JSON Lines keeps it
    for --resume)."""
    entry = _document_entry(result)
    if signature and result.status == "audited":
        entry["signature"] = signature_entry(result.signature) if result.signature is not None else None
    return entry


def _document_entry(result: DocumentResult) -> dict[str, Any]:
    claims = result.claims
    published = claims.published if claims else None
    archived = claims.archived if claims else None
    return {
        "source": source_entry(result.source) | {"archived": archived_entry(archived)},
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
        "rights": rights_entry(result.rights) if result.rights else None,
        "findings": [finding_entry(f) for f in result.findings],
        "copies": [copy_entry(link) for link in result.copies] if result.copies is not None else None,
        "copied_by": [copy_entry(link) for link in result.copied_by] if result.copied_by is not None else None,
    }


def copy_entry(link: CopyLink) -> dict[str, Any]:
    return {
        "key": link.key,
        "url": link.url,
        "publisher": link.publisher,
        "date": link.date.isoformat() if link.date else None,
        "similarity": link.similarity,
        "containment": link.containment,
        "why": link.why,
        "evidence": link.evidence,
    }


def cluster_entry(cluster: Cluster) -> dict[str, Any]:
    return {"id": cluster.id, "members": list(cluster.members), "original": cluster.original, "why": cluster.why, "evidence": cluster.evidence}


def link_lines(linking: Linking) -> Iterator[dict[str, Any]]:
    """JSON Lines after the documents: each group (`kind` "cluster"), then each of its
    copies' link to the original (`kind` "copy-link") with the findings linking made."""
    for cluster in linking.clusters:
        yield {"kind": "cluster", **cluster_entry(cluster)}
        for key in cluster.members:
            for link in linking.copies.get(key, []):
                yield {
                    "kind": "copy-link",
                    "cluster": cluster.id,
                    "copy": key,
                    "original": copy_entry(link),
                    "findings": [finding_entry(f) for f in linking.findings.get(key, [])],
                }


def source_entry(source: Source) -> dict[str, Any]:
    return {
        "path": source.path,
        "url": source.url,
        "sha256": source.sha256,
        "key": source.key,
        "offset": source.offset,
        "line": source.line,
        "record_id": source.record_id,
        "record_date": source.record_date.isoformat() if source.record_date else None,
    }


def archived_entry(archived: Archived | None) -> dict[str, Any] | None:
    if archived is None:
        return None
    return {"archive": archived.archive, "url": archived.url, "date": archived.date.isoformat() if archived.date else None}


def rights_entry(rights: Rights) -> dict[str, Any]:
    evidence = rights.holder_evidence
    return {
        "holder": rights.holder,
        "holder_evidence": {"text": evidence.text, "line": evidence.line, "where": evidence.where} if evidence else None,
        "presumed_holder": {"name": rights.presumed_holder, "why": rights.presumed_why} if rights.presumed_holder else None,
        "basis": rights.basis,
        "statement": rights.statement,
        "openly_licensed": rights.openly_licensed,
        "license": rights.license,
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


@dataclass(slots=True)
class Tally:
    """The run's counts, kept as results stream past: every document read is either
    audited or failed (seen = audited + failed); `skipped` were already in the output."""

    audited: int = 0
    failed: int = 0
    skipped: int = 0
    baselined: int = 0
    findings: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})

    def add(self, result: DocumentResult) -> None:
        if result.status == "failed":
            self.failed += 1
        else:
            self.audited += 1
        self.add_findings(result.findings)

    def add_findings(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.findings[finding.severity] += 1

    @property
    def seen(self) -> int:
        return self.audited + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.seen,
            "seen": self.seen,
            "audited": self.audited,
            "failed": self.failed,
            "skipped": self.skipped,
            "findings": dict(self.findings),
            "baselined": self.baselined,
        }


def header() -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "tool": {"name": "provenance", "version": __version__}}


def build_report(results: Iterable[DocumentResult], linking: Linking | None = None) -> dict[str, Any]:
    """The whole report in memory: for the API and tests. The CLI streams it instead.
    With `linking`, the results are those it linked (provenance.link.link_results)."""
    tally = Tally()
    documents = []
    for result in results:
        tally.add(result)
        documents.append(document_entry(result))
    clusters = [cluster_entry(c) for c in linking.clusters] if linking is not None else None
    return {**header(), "summary": tally.as_dict(), "documents": documents, "clusters": clusters}
