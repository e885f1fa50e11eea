"""provenance: where a document came from, and on what terms it was copied."""

from __future__ import annotations

__version__ = "0.1.0"

from .audit import audit_document, audit_paths, default_packs  # noqa: E402
from .model import AuditOptions, DocumentResult, Finding  # noqa: E402

__all__ = ["__version__", "audit_document", "audit_paths", "default_packs", "AuditOptions", "DocumentResult", "Finding"]
