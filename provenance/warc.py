"""WARC (and ARC) files -> RawInput, one per HTML or plain-text record, streamed.

FastWARC reads WARC and WARC.gz: it is several times faster than warcio and never holds
more than one record. warcio reads ARC files, which FastWARC cannot.

A corrupt or truncated archive never ends the run. FastWARC stops quietly at a
truncated gzip member and raises at a corrupt one, so the reader checks the tail of a
compressed file itself, and after a corrupt member resumes at the next gzip member.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, Iterator

from .model import RawInput, Source

_DOCUMENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
_GZIP_MAGIC = b"\x1f\x8b\x08"


def is_archive(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def read_archive(path: Path, max_bytes: int, stream: IO[bytes] | None = None) -> Iterator[RawInput]:
    """Every HTML and text record of a WARC or ARC file (or an already open stream)."""
    name = str(path)
    if stream is None and name.lower().endswith((".arc", ".arc.gz")):
        yield from _read_arc(path, max_bytes)
        return
    if stream is not None:
        yield from _read_warc(_Counting(stream), name, max_bytes, seekable=False)  # type: ignore[arg-type]
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield RawInput(Source(name), None, error=f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        yield from _read_warc(handle, name, max_bytes, seekable=True)


def _read_warc(handle: IO[bytes], name: str, max_bytes: int, seekable: bool) -> Iterator[RawInput]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    start = 0
    failed_at: int | None = None  # a record already reported as failed: not reported twice
    while True:
        last_offset: int | None = None
        try:
            records = ArchiveIterator(
                handle,
                record_types=WarcRecordType.response | WarcRecordType.resource,
                parse_http=True,
                auto_decode="all",
            )
            for record in records:
                last_offset = record.stream_pos
                raw = _record_input(record, name, max_bytes)
                if raw is not None:
                    failed_at = last_offset if raw.error else failed_at
                    yield raw
        except OSError as exc:
            # A corrupt member: report it, then resume at the next gzip member if we can.
            offset = last_offset if last_offset is not None else start
            resume = _next_member(handle, offset + 1) if seekable else None
            gap = f"; skipped to offset {resume}" if resume is not None else ""
            yield RawInput(Source(name, offset=offset), None, error=f"corrupt WARC data after offset {offset}: {exc}{gap}")
            if resume is None:
                return
            handle.seek(resume)
            start = resume
            continue
        if seekable and name.lower().endswith(".gz"):
            truncated = _truncated_member(handle, last_offset if last_offset is not None else start)
            if truncated is not None and truncated != failed_at:
                yield RawInput(Source(name, offset=truncated), None, error=f"truncated gzip member at offset {truncated}: the file ends inside a record")
        return


class _Counting:
    """A pipe as FastWARC needs it: it asks for tell() (for record offsets), which a
    pipe cannot answer, so the bytes read are counted here."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def _record_input(record: Any, name: str, max_bytes: int) -> RawInput | None:
    """The record as a RawInput; None for a record that is not a document (an image, a PDF)."""
    headers = record.headers
    offset = record.stream_pos
    source = Source(
        name,
        url=headers.get("WARC-Target-URI"),
        offset=offset,
        record_id=headers.get("WARC-Record-ID"),
        record_date=_warc_date(headers.get("WARC-Date")),
    )
    if headers.get("Content-Length") is None:
        return RawInput(source, None, error=f"truncated record at offset {offset}: its WARC headers are incomplete")
    if record.is_http:
        if not record.is_http_parsed:
            return RawInput(source, None, error=f"corrupt record at offset {offset}: its HTTP headers cannot be parsed")
        mime = (record.http_content_type or "").lower()
        charset = record.http_charset
    else:
        mime = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        charset = None
    kind = _DOCUMENT_TYPES.get(mime)
    if kind is None:
        return None
    if record.content_length > max_bytes:
        return RawInput(source, None, error=f"too large: {record.content_length / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit (--max-bytes)")
    data = record.reader.read()
    return RawInput(
        replace(source, sha256=hashlib.sha256(data).hexdigest()),
        data,
        kind,  # type: ignore[arg-type]
        charset=charset,
    )


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _next_member(handle: IO[bytes], start: int, window: int = 1 << 20) -> int | None:
    """Offset of the next gzip member header at or after `start`, or None at the end."""
    position = start
    while True:
        handle.seek(position)
        chunk = handle.read(window + len(_GZIP_MAGIC))
        if len(chunk) < len(_GZIP_MAGIC):
            return None
        found = chunk.find(_GZIP_MAGIC)
        if found >= 0:
            return position + found
        position += window


def _truncated_member(handle: IO[bytes], offset: int) -> int | None:
    """Offset of a gzip member that the file ends inside, looking from `offset` on.

    Only the members after the last record FastWARC returned are decompressed: a small
    tail, so the check costs nothing on a whole file.
    """
    handle.seek(offset)
    pending = handle.read()
    position = offset
    while pending:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            inflater.decompress(pending)
        except zlib.error:
            return position
        if not inflater.eof:
            return position
        used = len(pending) - len(inflater.unused_data)
        position += used
        pending = inflater.unused_data
    return None


def _read_arc(path: Path, max_bytes: int) -> Iterator[RawInput]:
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    offset = 0
    try:
        with open(path, "rb") as handle:
            records = WarcioIterator(handle, arc2warc=True)
            for record in records:
                offset = records.get_record_offset()
                if record.rec_type not in ("response", "resource"):
                    continue
                mime = (record.http_headers.get_header("Content-Type") if record.http_headers else record.rec_headers.get_header("Content-Type")) or ""
                kind = _DOCUMENT_TYPES.get(mime.split(";")[0].strip().lower())
                if kind is None:
                    continue
                source = Source(
                    name,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    offset=offset,
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    record_date=_warc_date(record.rec_headers.get_header("WARC-Date")),
                )
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield RawInput(source, None, error=f"too large: over the {max_bytes / 1e6:.0f} MB limit (--max-bytes)")
                    continue
                yield RawInput(replace(source, sha256=hashlib.sha256(data).hexdigest()), data, kind)  # type: ignore[arg-type]
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        yield RawInput(Source(name, offset=offset), None, error=f"corrupt ARC data after offset {offset}: {exc}")
