"""provenance: where a document came from, and on what terms it was copied."""

from __future__ import annotations

__version__ = "0.1.0"

from .audit import audit_document, audit_paths, default_packs
from .model import AuditOptions, DocumentResult, Finding

__all__ = ["AuditOptions", "DocumentResult", "Finding", "__version__", "audit_document", "audit_paths", "default_packs"]
