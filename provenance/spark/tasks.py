"""The audit stage, in Spark's tasks: each task reads its inputs (a file's stripe, or a
batch of records) as a run on one machine reads them and audits them with audit_inputs.

Runs in the executors' Python workers: nothing here touches the session.
"""

from __future__ import annotations

import gzip
import json
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import numpy as np
import pyarrow as pa

from ..audit import audit_inputs, default_packs
from ..files import open_error
from ..jsonl import is_jsonl, read_jsonl, record_input
from ..link import facts_from_result
from ..load import document_input, read_path
from ..lsh import anchors_of, band_keys
from ..model import AuditOptions, DocumentResult, RawInput, Source
from ..packs import Packs
from ..report import document_entry
from ..warc import is_archive, read_archive

ROWS_PER_BATCH = 64  # rows a task hands Spark at a time: memory stays flat whatever the file

# The rows of the audit stage: the entry, and with linking what linking needs of it.
AUDITED = (
    "input_index bigint, record_index bigint, key string, status string, json string, "
    "result binary, facts binary, sample binary, bands array<bigint>, anchors array<bigint>"
)
AUDITED_ARROW = pa.schema([
    ("input_index", pa.int64()), ("record_index", pa.int64()), ("key", pa.string()), ("status", pa.string()), ("json", pa.string()),
    ("result", pa.binary()), ("facts", pa.binary()), ("sample", pa.binary()), ("bands", pa.list_(pa.int64())), ("anchors", pa.list_(pa.int64())),
])  # fmt: skip


@dataclass(frozen=True)
class SparkAudit:
    """What every task needs to audit as a run on one machine does; small and picklable.

    `rules`: extra rule-pack directories, at the same path on every executor. `stripes`:
    tasks a container file (WARC, JSON Lines) is read in, each auditing every stripes-th
    record of it (each reads the whole file and audits only its share), so that a few
    large WARCs still keep every core busy."""

    options: AuditOptions = field(default_factory=AuditOptions)
    rules: tuple[str, ...] = ()
    link: bool = False
    stripes: int | None = None  # None: enough that every core has work (see _auto_stripes)

    def audit_options(self) -> AuditOptions:
        return replace(self.options, sign=True) if self.link else self.options





# The packs of this Python worker, by their directories: loading and compiling them takes
# a while, and a worker runs many tasks (Spark reuses Python workers), so each worker loads
# them once, not once a task or a record. Keyed by the configuration, so two runs with
# different packs in one worker never share them.
_PACKS: dict[tuple[str, ...], Packs] = {}


def worker_packs(rules: tuple[str, ...]) -> Packs:
    if rules not in _PACKS:
        _PACKS[rules] = default_packs([Path(d) for d in rules])
    return _PACKS[rules]



def audit_file_batches(audit: SparkAudit, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    options = audit.audit_options()
    for batch in batches:
        for task in batch.to_pylist():
            if task["error"] is not None:  # found unreadable when the inputs were listed
                records: Iterator[RawInput] = iter([RawInput(Source(task["path"]), None, error=task["error"])])
            else:
                records = guarded(task["path"], _read_file(task["path"], options.max_bytes))
            numbered = (
                (task["input_index"], number, raw) for number, raw in enumerate(records) if number % task["stripes"] == task["stripe"]
            )  # fmt: skip
            yield from _batched(_audited_rows(numbered, audit, options), AUDITED_ARROW)


def audit_record_batches(audit: SparkAudit, name: str, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    options = audit.audit_options()

    def numbered() -> Iterator[tuple[int, int, RawInput]]:
        for batch in batches:
            for row in batch.to_pylist():
                yield 0, row["record_index"], _record_raw(row["line"].encode("utf-8"), name, row["record_index"] + 1, options.max_bytes)

    yield from _batched(_audited_rows(numbered(), audit, options), AUDITED_ARROW)


def record_object(row: dict[str, Any]) -> dict[str, Any]:
    """A DataFrame record as the JSON Lines record it stands for (its date is a corpus
    record's metadata.date, which is its capture date)."""
    record = {key: value for key, value in row.items() if key != "date" and value is not None}
    if row.get("date") is not None:
        record["metadata"] = {"date": row["date"].isoformat() if hasattr(row["date"], "isoformat") else str(row["date"])}
    return record


def _record_raw(line: bytes, name: str, number: int, max_bytes: int) -> RawInput:
    # As read_jsonl does with a line over the limit.
    if len(line) > max_bytes:
        return RawInput.too_large(Source(name, line=number), None, max_bytes, subject=f"line {number}")
    return record_input(line, name, number)


def _read_file(path: str, max_bytes: int) -> Iterator[RawInput]:
    """The documents of one input, as a run on one machine reads them: local paths through
    read_path itself, other file systems through fsspec, streamed."""
    if "://" not in path or path.startswith("file://"):
        yield from read_path(Path(path.removeprefix("file://")), max_bytes)
        return
    try:
        import fsspec

        handle: IO[bytes] = fsspec.open(path, "rb").open()
    except ImportError:
        yield RawInput(Source(path), None, error="cannot be read: fsspec is not installed on this executor (pip install fsspec, and s3fs, gcsfs ...)")
        return
    except OSError as exc:
        yield RawInput(Source(path), None, error=open_error(exc))
        return
    except Exception as exc:  # noqa: BLE001  (each file system raises its own kinds: an unknown protocol, missing credentials)
        yield RawInput(Source(path), None, error=f"cannot be read: {type(exc).__name__}: {exc}")
        return
    with handle:
        if path.lower().endswith((".arc", ".arc.gz")):
            yield RawInput(Source(path), None, error="cannot be read: ARC files are read from local paths only")
        elif is_archive(path):
            yield from read_archive(path, max_bytes, stream=handle)
        elif is_jsonl(path):
            lines: IO[bytes] = gzip.GzipFile(fileobj=handle, mode="rb") if path.lower().endswith(".gz") else handle  # type: ignore[assignment]
            yield from read_jsonl(path, max_bytes, stream=lines)
        else:
            data = handle.read(max_bytes + 1)
            yield RawInput.too_large(Source(path), None, max_bytes) if len(data) > max_bytes else document_input(Source(path), data)


def guarded(path: str, records: Iterator[RawInput]) -> Iterator[RawInput]:
    """The records, and should reading raise (a bug, a file system failing mid-read), one
    failed record saying so in place of the rest: a failed row, never a failed stage."""
    count = 0
    try:
        for raw in records:
            count += 1
            yield raw
    except Exception as exc:  # noqa: BLE001  (one unreadable file must not fail the stage and lose every other file's rows)
        yield RawInput(Source(path), None, error=f"reading stopped after {count} record(s): {type(exc).__name__}: {exc}")


def _audited_rows(numbered: Iterable[tuple[int, int, RawInput]], audit: SparkAudit, options: AuditOptions) -> Iterator[dict[str, Any]]:
    """Audit the records in order, with the time budget and the worker process a run on one
    machine has (audit_inputs), and make each result a row."""
    packs = worker_packs(audit.rules)
    places: deque[tuple[int, int]] = deque()

    def raws() -> Iterator[RawInput]:
        for input_index, record_index, raw in numbered:
            places.append((input_index, record_index))
            yield raw

    # audit_inputs yields one result a record, in order: the places line up.
    for result in audit_inputs(raws(), packs, options, jobs=1, keep_documents=False):  # rows hold no Document
        input_index, record_index = places.popleft()
        yield _audited_row(input_index, record_index, result, packs, audit.link)


def _audited_row(input_index: int, record_index: int, result: DocumentResult, packs: Packs, link: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "input_index": input_index,
        "record_index": record_index,
        "key": result.source.key,
        "status": result.status,
        "json": dumps(document_entry(result)),
    }
    if link and result.status == "audited":
        # Linking adds to the entry (copies, findings, the chain's original): the result is
        # kept until then, without its text. Pickled between stages of one job, with one
        # version of the code on every side.
        row["result"] = pickle.dumps(replace(result, document=None, signature=None))
        signed = facts_from_result(result, packs)
        if signed is not None:
            facts, signature = signed
            row["facts"] = pickle.dumps(facts)
            row["sample"] = signature.sample
            row["bands"] = band_keys(signature).view(np.int64).tolist()  # Spark has no unsigned 64-bit type: the same bits
            row["anchors"] = anchors_of(signature).astype(np.int64).tolist()
    return row


def _batched(rows: Iterable[dict[str, Any]], schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == ROWS_PER_BATCH:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def dumps(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))  # as the JSON Lines report writes it

