"""The one pass: RawInput -> Document -> Claims -> chain and rights -> findings.

`audit_document` and `audit_paths` are the Python API; the CLI is a thin layer over
them. A document that cannot be audited becomes a `failed` result with its reason:
nothing raised for one input stops the others.

With `jobs` > 1 documents are audited in worker processes, in batches, with a bounded
number in flight (so memory stays flat however long the input) and results yielded
in input order (so the same input gives the same report).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import islice
from pathlib import Path

from .assess import build_chain
from .claims import extract_claims
from .document import InputError, build_document
from .load import document_input, iter_inputs
from .model import AuditOptions, DocumentResult, RawInput, Source, text_bytes
from .packs import Packs, load_packs
from .rights import assess_rights
from .rules import Context, python_rule_ids, run_rules, suppressions

BATCH = 16  # documents a worker takes at a time: amortises the inter-process round trip


def default_packs(extra_dirs: list[Path] | None = None) -> Packs:
    return load_packs(extra_dirs, python_rule_ids())


def audit_raw(raw: RawInput, packs: Packs, options: AuditOptions) -> DocumentResult:
    """Audit one input; never raises."""
    if raw.error is not None:
        return DocumentResult(raw.source, "failed", raw.error)
    try:
        return _audit(raw, packs, options)
    except InputError as exc:
        return DocumentResult(raw.source, "failed", str(exc))
    except RecursionError:
        return DocumentResult(raw.source, "failed", "unparseable HTML: nested too deeply")
    except Exception as exc:  # noqa: BLE001  (a bug on one odd page must not lose the rest of a crawl)
        return DocumentResult(raw.source, "failed", f"internal error (please report it): {type(exc).__name__}: {exc}")


def _audit(raw: RawInput, packs: Packs, options: AuditOptions) -> DocumentResult:
    document = build_document(raw, packs)
    if options.as_of is None:
        options = replace(options, as_of=raw.source.record_date or dt.date.today())
    claims = extract_claims(document, packs, options)
    chain = build_chain(claims)
    rights = assess_rights(claims, chain)
    findings = run_rules(Context(document, claims, chain, rights, packs, options), suppressions(raw.data or b""))
    # The lxml tree is the bulk of a document's memory and nothing reads it later; its
    # elements in licence_links would keep it alive.
    document.tree, document.licence_links = None, []
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
) -> Iterator[DocumentResult]:
    """Audit every document under `paths` (files, directories, WARC, JSON Lines, `-`),
    in input order. With jobs > 1, results carry no `document` (it stays in the worker)."""
    options = options or AuditOptions()
    raws = iter_inputs(paths, options.max_bytes, include, exclude)
    return audit_inputs(raws, packs or default_packs(), options, jobs)


def audit_inputs(raws: Iterable[RawInput], packs: Packs, options: AuditOptions, jobs: int = 1) -> Iterator[DocumentResult]:
    """Audit a stream of inputs in order, in `jobs` processes (0: one per core)."""
    jobs = jobs or os.cpu_count() or 1
    raws = iter(raws)
    first = list(islice(raws, BATCH))
    if jobs == 1 or len(first) < BATCH:  # one batch or fewer: a pool would cost more than it saves
        for raw in first:
            yield audit_raw(raw, packs, options)
        for raw in raws:
            yield audit_raw(raw, packs, options)
        return
    yield from _audit_parallel(_batches(first, raws), packs, options, jobs)


def _batches(first: list[RawInput], rest: Iterator[RawInput]) -> Iterator[list[RawInput]]:
    yield first
    while batch := list(islice(rest, BATCH)):
        yield batch


# Each worker process keeps the packs and options it was started with; set once by the
# pool's initializer, so they are not sent again with every batch.
_worker: tuple[Packs, AuditOptions] | None = None


def _start_worker(packs: Packs, options: AuditOptions) -> None:
    global _worker
    _worker = (packs, options)


def _audit_batch(batch: list[RawInput]) -> list[DocumentResult]:
    assert _worker is not None
    packs, options = _worker
    # The Document stays here: sending its text back would cost more than the audit.
    return [replace(audit_raw(raw, packs, options), document=None) for raw in batch]


def _audit_parallel(batches: Iterator[list[RawInput]], packs: Packs, options: AuditOptions, jobs: int) -> Iterator[DocumentResult]:
    in_flight = jobs * 3

    def new_pool(workers: int = jobs) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(packs, options))

    pool, generation = new_pool(), 0
    pending: deque[tuple[list[RawInput], Future[list[DocumentResult]], int]] = deque()

    def replace_pool() -> None:
        nonlocal pool, generation
        pool.shutdown(wait=False)
        pool, generation = new_pool(), generation + 1

    alone: list[ProcessPoolExecutor] = []  # a one-worker pool for re-auditing documents one at a time

    def isolated(raw: RawInput) -> DocumentResult:
        """One document alone in its own process: if that process dies, this document did it."""
        if not alone:
            alone.append(new_pool(1))
        try:
            return alone[0].submit(_audit_batch, [raw]).result()[0]
        except BrokenProcessPool:
            alone.pop().shutdown(wait=False)
            return DocumentResult(raw.source, "failed", "the worker process auditing this document crashed")

    def collect() -> list[DocumentResult]:
        batch, future, submitted_to = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (a crash in a C library) and took every batch in flight on
            # its pool with it. Each document of those batches is audited again on its
            # own, so only the one that crashes fails; the others are not lost.
            if submitted_to == generation:
                replace_pool()
            return [isolated(raw) for raw in batch]

    try:
        for batch in batches:
            pending.append((batch, pool.submit(_audit_batch, batch), generation))
            while len(pending) >= in_flight:
                yield from collect()
        while pending:
            yield from collect()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for spare in alone:
            spare.shutdown(wait=True)
