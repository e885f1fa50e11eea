"""JSON Lines corpus shards (.jsonl, .jsonl.gz) -> RawInput, one per line, streamed.

The record shape is the one corpus pipelines (Dolma, datatrove) write: `text` or
`html`, with `id`, `url` and `metadata` where present. A bad line becomes a failed
entry naming its line number; a truncated gzip stream ends the file with one, and so
does a run of blank lines longer than the size limit (a gzip bomb of newlines would
otherwise be inflated to the end, however far that is).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .files import open_error, open_regular
from .model import RawInput, Source, byte_size, text_bytes
from .warc import capture_date

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def read_jsonl(path: Path | str, max_bytes: int, stream: IO[bytes] | None = None) -> Iterator[RawInput]:
    name = str(path)
    if stream is None:
        try:
            handle: IO[bytes] = open_regular(path)
        except OSError as exc:
            yield RawInput(Source(name), None, error=open_error(exc))
            return
        if name.lower().endswith(".gz"):
            handle = gzip.GzipFile(fileobj=handle, mode="rb")  # type: ignore[assignment]
    else:
        handle = stream
    number = 0
    with handle:
        try:
            while True:
                blank, lines = _skip_blank(handle, max_bytes)
                if blank > max_bytes:
                    yield RawInput(Source(name, line=number + 1), None, error=(
                        f"too large: over {byte_size(max_bytes)} of blank lines after line {number} (--max-bytes): reading stops here"))
                    return
                number += lines
                line = handle.readline(max_bytes + 1)
                if not line:
                    return
                number += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                    yield RawInput.too_large(Source(name, line=number), None, max_bytes, subject=f"line {number}")
                    continue
                if line.strip():
                    yield record_input(line, name, number)
        except (EOFError, OSError, zlib.error) as exc:
            yield RawInput(Source(name, line=number + 1), None, error=f"truncated or corrupt gzip stream after line {number}: {exc}")


def _skip_blank(handle: IO[bytes], limit: int, chunk: int = 1 << 16) -> tuple[int, int]:
    """Skip blank bytes (and a record's leading spaces) in bulk, up to just over `limit`:
    (bytes skipped, line ends among them)."""
    peek = getattr(handle, "peek", None)
    if peek is None:
        return 0, 0
    skipped = lines = 0
    while skipped <= limit:
        ahead = peek(chunk)[:chunk]
        run = len(ahead) - len(ahead.lstrip(b" \t\r\n"))
        if run == 0:
            break
        lines += handle.read(run).count(b"\n")
        skipped += run
    return skipped, lines


def _skip_rest_of_line(handle: IO[bytes], chunk: int = 1 << 20) -> None:
    while True:
        part = handle.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def record_input(line: bytes, name: str, number: int) -> RawInput:
    """One JSON Lines record as a RawInput, or a failed one saying what is wrong with it."""
    source = Source(name, line=number)
    try:
        record = json.loads(line)
    except RecursionError:
        return RawInput(source, None, error=f"line {number} is JSON nested too deeply to read")
    except (ValueError, UnicodeDecodeError) as exc:
        return RawInput(source, None, error=f"line {number} is not JSON: {exc}")
    if not isinstance(record, dict):
        return RawInput(source, None, error=f"line {number} is a JSON {type(record).__name__}, not an object")
    metadata: dict[str, Any] = record["metadata"] if isinstance(record.get("metadata"), dict) else {}
    url = _string(record.get("url")) or _string(metadata.get("url"))
    record_id = _string(record.get("id"))
    # datatrove keeps the capture time of a crawled page as metadata.date (the WARC-Date).
    captured = capture_date(record.get("warc_date") or metadata.get("warc_date") or metadata.get("date"))
    source = Source(name, url=url, line=number, record_id=record_id, record_date=captured)
    html, text = record.get("html"), record.get("text")
    body, kind = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
    if not isinstance(body, str):
        return RawInput(source, None, error=f"line {number} has no `text` or `html` string")
    data = text_bytes(body)
    return RawInput(replace(source, sha256=hashlib.sha256(data).hexdigest()), data, kind)  # type: ignore[arg-type]


def _string(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int)) and str(value) else None


