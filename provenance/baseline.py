"""Baselines: accept today's findings, report only new ones.

A finding's fingerprint is its rule, its document (the URL when there is one, else
the record id, else the path) and its evidence text with whitespace and case folded.
Line numbers are left out on purpose, so editing a page above a finding, or a crawl
that stores the same page at another offset, does not make old findings new.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .model import DocumentResult, Finding, Source

FORMAT = "provenance-baseline/1"


class BaselineError(Exception):
    """A baseline file that cannot be used."""


def document_identity(source: Source) -> str:
    if source.url:
        return source.url
    if source.record_id:
        return f"{Path(source.path).as_posix()}#{source.record_id}"
    return Path(source.path).as_posix()


def fingerprint(source: Source, finding: Finding) -> str:
    evidence = " ".join(finding.evidence.split()).casefold()
    key = "\x1f".join((finding.rule, document_identity(source), evidence))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def baseline_entries(results: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    """What a baseline file lists: each finding's fingerprint, with enough beside it for a
    person reviewing the file to see what was accepted."""
    entries: dict[str, dict[str, Any]] = {}
    for result in results:
        for finding in result.findings:
            key = fingerprint(result.source, finding)
            entries[key] = {"fingerprint": key, "rule": finding.rule, "document": document_identity(result.source), "evidence": finding.evidence[:200]}
    return sorted(entries.values(), key=lambda e: (e["document"], e["rule"], e["fingerprint"]))


def dump_baseline(entries: list[dict[str, Any]]) -> str:
    return json.dumps({"format": FORMAT, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"baseline {path}: cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise BaselineError(f"baseline {path}: not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("findings"), list):
        raise BaselineError(f"baseline {path}: not a provenance baseline (make one with `provenance baseline create`)")
    return frozenset(e["fingerprint"] for e in data["findings"] if isinstance(e, dict) and isinstance(e.get("fingerprint"), str))


def without_baselined(result: DocumentResult, baseline: frozenset[str]) -> tuple[DocumentResult, int]:
    """The result with the baseline's findings removed, and how many were removed."""
    if not baseline or not result.findings:
        return result, 0
    kept = [f for f in result.findings if fingerprint(result.source, f) not in baseline]
    return replace(result, findings=kept), len(result.findings) - len(kept)
