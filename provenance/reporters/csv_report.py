"""CSV for spreadsheets: one row a finding, with the document's provenance repeated on
each row so that a filtered sheet still reads; a document with no findings gets one row.
With --link, `copy_of` names the document whose text it copies and `copied_by` those
copying it (space-separated keys)."""

from __future__ import annotations

import csv

from ..model import DocumentResult, Finding
from .base import Reporter

COLUMNS = (
    "document", "url", "status", "error", "published", "publisher", "original_publisher",
    "rights_holder", "presumed_holder", "rights_basis", "rights_statement", "license",
    "rule", "name", "severity", "line", "message", "evidence", "suggestion", "copy_of", "copied_by",
)  # fmt: skip


class CsvReporter(Reporter):
    def start(self) -> None:
        # CRLF (RFC 4180), so that the writer quotes every cell holding a CR or an LF: with
        # "\n" alone, a bare CR in a page's URL went unquoted and started a new row.
        self.writer = csv.writer(self.out, lineterminator="\r\n")
        self.writer.writerow(COLUMNS)

    def document(self, result: DocumentResult) -> None:
        claims, rights = result.claims, result.rights
        published = claims.published if claims else None
        original = result.chain[0].publisher if len(result.chain) > 1 else None
        head = [
            result.source.key,
            result.source.url or "",
            result.status,
            result.error or "",
            published.value.date.isoformat() if published and published.value.date else "",
            claims.publisher.value if claims and claims.publisher else "",
            original or "",
            (rights.holder or "") if rights else "",
            (rights.presumed_holder or "") if rights else "",
            rights.basis if rights else "",
            (rights.statement or "") if rights else "",
            (rights.license or "") if rights else "",
        ]
        copies = [" ".join(link.key for link in result.copies or []), " ".join(link.key for link in result.copied_by or [])]
        findings: list[Finding | None] = list(result.findings) or [None]
        for f in findings:
            tail = [f.rule, f.name, f.severity, f.line or "", f.message, f.evidence, f.suggestion or ""] if f else [""] * 7
            self.writer.writerow([_inert(cell) for cell in head + tail + copies])


# What a spreadsheet runs as a formula when a cell starts with it, after any spaces:
# the ASCII signs and their full-width forms (＝SUM(...) is a formula in some spreadsheets).
_FORMULA_STARTS = frozenset("=+-@＝＋－＠")


def _inert(cell: object) -> object:
    """Page text that a spreadsheet would run as a formula ('=HYPERLINK(...)', '  =cmd|...')
    is quoted with a leading apostrophe."""
    if isinstance(cell, str) and (cell[:1] in ("\t", "\r", "\n") or cell.lstrip()[:1] in _FORMULA_STARTS):
        return "'" + cell
    return cell
