"""The one pass: RawInput -> Document -> Claims -> chain and rights -> findings.

`audit_document` and `audit_paths` are the Python API; the CLI is a thin layer over
them. A document that cannot be audited becomes a `failed` result with its reason:
nothing raised for one input stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from .assess import assess_rights, build_chain
from .claims import extract_claims
from .document import InputError, build_document
from .load import content_type as sniff_content_type
from .load import iter_inputs
from .model import AuditOptions, DocumentResult, RawInput, Source
from .packs import Packs, load_packs
from .rules import Context, python_rule_ids, run_rules


def default_packs(extra_dirs: list[Path] | None = None) -> Packs:
    return load_packs(extra_dirs, python_rule_ids())


def audit_raw(raw: RawInput, packs: Packs, options: AuditOptions) -> DocumentResult:
    if raw.error is not None:
        return DocumentResult(raw.source, "failed", raw.error)
    try:
        document = build_document(raw, packs)
    except InputError as exc:
        return DocumentResult(raw.source, "failed", str(exc))
    except RecursionError:
        return DocumentResult(raw.source, "failed", "unparseable HTML: nested too deeply")
    if options.as_of is None:
        options = replace(options, as_of=raw.source.record_date or dt.date.today())
    claims = extract_claims(document, packs, options.as_of)  # type: ignore[arg-type]
    chain = build_chain(claims)
    rights = assess_rights(claims, chain)
    findings = run_rules(Context(document, claims, chain, rights, packs, options))
    return DocumentResult(raw.source, "audited", None, document, claims, chain, rights, findings)


def audit_document(
    data: bytes | str,
    *,
    path: str = "<memory>",
    url: str | None = None,
    content_type: str | None = None,
    packs: Packs | None = None,
    options: AuditOptions | None = None,
) -> DocumentResult:
    """Audit one document held in memory (HTML or plain text)."""
    raw_bytes = data.encode("utf-8") if isinstance(data, str) else data
    kind = content_type or sniff_content_type(Path(path), raw_bytes[:1024])
    raw = RawInput(Source(path, url, hashlib.sha256(raw_bytes).hexdigest()), raw_bytes, kind)  # type: ignore[arg-type]
    return audit_raw(raw, packs or default_packs(), options or AuditOptions())


def audit_paths(
    paths: Iterable[Path | str],
    *,
    packs: Packs | None = None,
    options: AuditOptions | None = None,
) -> Iterator[DocumentResult]:
    """Audit every document under `paths` (files or directories), in a stable order."""
    packs = packs or default_packs()
    options = options or AuditOptions()
    for raw in iter_inputs([Path(p) for p in paths], options.max_bytes):
        yield audit_raw(raw, packs, options)
