"""The one pass: RawInput -> Document -> Claims -> chain and rights -> findings.

`audit_document` and `audit_paths` are the Python API; the CLI is a thin layer over
them. A document that cannot be audited becomes a `failed` result with its reason:
nothing raised for one input stops the others.

Documents are audited in worker processes (watchdog.py) when `jobs` > 1 or a time
budget is set, in batches, with a bounded number in flight (so memory stays flat
however long the input) and results yielded in input order (so the same input gives
the same report); a document that runs out of time, or crashes its worker, fails alone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path

from .assess import build_chain
from .checks import output_capped
from .claims import extract_claims
from .claims.address import page_address
from .document import InputError, build_document
from .link import link_results
from .load import document_input, iter_inputs
from .model import AuditOptions, DocumentResult, RawInput, Source, text_bytes
from .packs import Packs, load_packs
from .patterns import PatternTimeout
from .rights import assess_rights
from .rules import Context, python_rule_ids, run_rules, suppressions
from .scan import prepare_gate
from .signature import text_signature
from .watchdog import Watchdog

BATCH = 16  # documents a worker takes at a time: amortises the inter-process round trip


def default_packs(extra_dirs: list[Path] | None = None) -> Packs:
    return load_packs(extra_dirs, python_rule_ids())


def audit_raw(raw: RawInput, packs: Packs, options: AuditOptions, stage: Callable[[str], None] | None = None) -> DocumentResult:
    """Audit one input; never raises. `stage(name)` is called as each stage begins (see
    watchdog.STAGES), so that a document that runs out of time can say where."""
    if raw.error is not None:
        return DocumentResult(raw.source, "failed", raw.error)
    try:
        return _audit(raw, packs, options, stage or _no_stage)
    except (InputError, PatternTimeout) as exc:
        return DocumentResult(raw.source, "failed", str(exc))
    except RecursionError:
        return DocumentResult(raw.source, "failed", "unparseable HTML: nested too deeply")
    except Exception as exc:  # noqa: BLE001  (a bug on one odd page must not lose the rest of a crawl)
        return DocumentResult(raw.source, "failed", f"internal error (please report it): {type(exc).__name__}: {exc}")


def _no_stage(name: str) -> None:
    pass


def _audit(raw: RawInput, packs: Packs, options: AuditOptions, stage: Callable[[str], None]) -> DocumentResult:
    stage("document")
    document = build_document(raw, packs, options.parser)
    if options.as_of is None:
        options = replace(options, as_of=raw.source.record_date or dt.date.today())
    stage("claims")
    claims = extract_claims(document, packs, options)
    stage("chain")
    chain = build_chain(claims)
    stage("rights")
    rights = assess_rights(claims, chain)
    stage("rules")
    suppressed = suppressions(raw.data or b"")
    findings = run_rules(Context(document, claims, chain, rights, packs, options), suppressed)
    enabled = options.rules.enabled(output_capped.RULE.id) and not suppressed & {"*", output_capped.RULE.id}
    findings, claims.notices = output_capped.cap(findings, claims.notices, enabled)
    if options.sign:
        stage("signature")
    signature = text_signature(document, page_address(document, claims.archived)) if options.sign else None
    # The parsed tree is the bulk of a document's memory and nothing reads it later; its
    # elements in licence_links would keep it alive.
    document.tree, document.licence_links = None, []
    return DocumentResult(raw.source, "audited", None, document, claims, chain, rights, findings, signature)


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
    raw_bytes = text_bytes(data) if isinstance(data, str) else data
    raw = document_input(Source(path, url), raw_bytes, content_type)
    return audit_raw(raw, packs or default_packs(), options or AuditOptions())


def audit_paths(
    paths: Iterable[Path | str],
    *,
    packs: Packs | None = None,
    options: AuditOptions | None = None,
    jobs: int = 1,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    link: bool = False,
) -> Iterator[DocumentResult]:
    """Audit every document under `paths` (files, directories, WARC, JSON Lines, `-`),
    in input order. With jobs > 1, results carry no `document` (it stays in the worker).

    With `link`, each document also gets `copies` and `copied_by` (the documents of the run
    it copies, and those copying it), and results come only once every input is audited;
    `provenance.link.link_results` gives the groups (clusters) as well."""
    options = options or AuditOptions()
    options = replace(options, sign=True) if link else options
    packs = packs or default_packs()
    raws = iter_inputs(paths, options.max_bytes, include, exclude)
    results = audit_inputs(raws, packs, options, jobs)
    if link:
        return iter(link_results(results, packs, options)[0])
    return results


def audit_inputs(
    raws: Iterable[RawInput], packs: Packs, options: AuditOptions, jobs: int = 1, *, keep_documents: bool = True
) -> Iterator[DocumentResult]:
    """Audit a stream of inputs in order, in `jobs` processes (0: one per core).

    With a time budget (`options.timeout`) documents are audited in worker processes
    even with one job, so that one that runs over can be stopped (see watchdog). With
    one job the results keep their Document, as when auditing in this process, unless
    `keep_documents` is False: a caller that only reports (the CLI, Spark) spares the
    pickling of every Document across the pipe, about 1.2 ms a page."""
    jobs = jobs or os.cpu_count() or 1
    raws = iter(raws)
    first = list(islice(raws, BATCH))
    if jobs == 1 and options.timeout is None:
        for raw in first:
            yield audit_raw(raw, packs, options)
        for raw in raws:
            yield audit_raw(raw, packs, options)
        return
    if not first:
        return
    # One batch or fewer: more workers would cost more than they save.
    lanes = 1 if len(first) < BATCH else jobs
    prepare_gate(packs)
    watchdog = Watchdog(partial(_work, packs, options), lanes, options.timeout, keep_document=jobs == 1 and keep_documents)
    yield from watchdog.run(_batches(first, raws))


def _work(packs: Packs, options: AuditOptions, raw: RawInput, stage: Callable[[str], None]) -> DocumentResult:
    # audit_raw is looked up when called, so a test may replace it before the workers start.
    return audit_raw(raw, packs, options, stage)


def _batches(first: list[RawInput], rest: Iterator[RawInput]) -> Iterator[list[RawInput]]:
    if first:
        yield first
    while batch := list(islice(rest, BATCH)):
        yield batch
