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
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .dates import in_calendar
from .model import RawInput, Source

_DOCUMENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}
_GZIP_MAGIC = b"\x1f\x8b\x08"
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:\s*(\d+)")


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path: Path, max_bytes: int, stream: IO[bytes] | None = None) -> Iterator[RawInput]:
    """Every HTML and text record of a WARC or ARC file (or an already open stream)."""
    name = str(path)
    if stream is not None:
        yield from _read_warc(_Counting(stream), name, max_bytes, seekable=False)  # type: ignore[arg-type]
        return
    if name.lower().endswith((".arc", ".arc.gz")):
        yield from _read_arc(path, max_bytes)
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

    documents = WarcRecordType.response | WarcRecordType.resource
    compressed = name.lower().endswith(".gz")
    start = 0
    while True:
        last_offset: int | None = None  # of the last record FastWARC returned, of any type
        held: RawInput | None = None  # the latest document, held until the file shows it is whole
        reading = False
        try:
            # Every record type is iterated (not filtered by FastWARC) so that last_offset
            # tracks the file exactly, which is what locating a corrupt member needs.
            for record in ArchiveIterator(handle, parse_http=True, auto_decode="all"):
                if held is not None:
                    yield held
                    held = None
                last_offset = record.stream_pos
                if record.record_type & documents:
                    reading = True
                    held = _record_input(record, name, max_bytes)
                    reading = False
        except OSError as exc:
            if held is not None:
                yield held
            # The corrupt member is the record being read, or else the one after the last
            # record returned. Report it once, at its own offset, and resume after it.
            if reading or last_offset is None:
                corrupt = last_offset if last_offset is not None else start
            else:
                following = _next_record(handle, last_offset + 1, compressed) if seekable else None
                corrupt = following if following is not None else last_offset + 1
            resume = _next_record(handle, corrupt + 1, compressed) if seekable else None
            gap = f"; reading resumes at offset {resume}" if resume is not None else ""
            yield RawInput(Source(name, offset=corrupt), None, error=f"corrupt WARC record at offset {corrupt}: {exc}{gap}")
            if resume is None:
                return
            handle.seek(resume)
            start = resume
            continue
        truncated = _truncated_at(handle, last_offset, compressed) if seekable and last_offset is not None else None
        if held is not None and held.source.offset == truncated:
            held = RawInput(held.source, None, error=f"truncated record at offset {truncated}: the file ends inside it")
            truncated = None
        if held is not None:
            yield held
        if truncated is not None:
            yield RawInput(Source(name, offset=truncated), None, error=f"truncated record at offset {truncated}: the file ends inside it")
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
        record_date=capture_date(headers.get("WARC-Date")),
    )
    if headers.get("Content-Length") is None:
        return RawInput(source, None, error=f"truncated record at offset {offset}: its WARC headers are incomplete")
    if record.is_http:
        if not record.is_http_parsed:
            return RawInput(source, None, error=f"corrupt record at offset {offset}: its HTTP headers cannot be parsed")
        mime = (record.http_content_type or "").lower()
        charset = record.http_charset
    else:
        mime = _media_type(headers.get("Content-Type"))
        charset = None
    kind = _DOCUMENT_TYPES.get(mime)
    if kind is None:
        return None
    if record.content_length > max_bytes:
        return RawInput.too_large(source, record.content_length, max_bytes)
    # The limit holds for the decoded body too: a small gzip-encoded record can inflate to gigabytes.
    return _body_input(source, record.reader, kind, max_bytes, charset, subject="its decoded body")


def _media_type(content_type: str | None) -> str:
    """`text/html` of `text/HTML; charset=utf-8`."""
    return (content_type or "").split(";")[0].strip().lower()


def _body_input(source: Source, body: IO[bytes], kind: str, max_bytes: int, charset: str | None = None, subject: str = "it") -> RawInput:
    """A document record's body, read up to the limit and no further."""
    data = body.read(max_bytes + 1)
    if len(data) > max_bytes:
        return RawInput.too_large(source, None, max_bytes, subject=subject)
    return RawInput(replace(source, sha256=hashlib.sha256(data).hexdigest()), data, kind, charset=charset)  # type: ignore[arg-type]


def capture_date(value: object) -> dt.date | None:
    """The day of a capture timestamp (WARC-Date, or a corpus record's date), if it is one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        date = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return date if in_calendar(date) else None


def _next_record(handle: IO[bytes], start: int, compressed: bool, window: int = 1 << 20) -> int | None:
    """Offset of the next gzip member (or, uncompressed, WARC header) at or after `start`."""
    magic = _GZIP_MAGIC if compressed else b"WARC/1."
    position = start
    while True:
        handle.seek(position)
        chunk = handle.read(window + len(magic))
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        if found >= 0:
            return position + found
        position += window


def _truncated_at(handle: IO[bytes], offset: int, compressed: bool) -> int | None:
    """Offset of a record the file ends inside, looking from the last record FastWARC
    returned (FastWARC itself stops quietly there). Only that tail is read."""
    handle.seek(offset)
    tail = handle.read()
    if not compressed:
        head_end = tail.find(b"\r\n\r\n")
        length = _CONTENT_LENGTH.search(tail, 0, head_end) if head_end >= 0 else None
        if length is None or len(tail) - head_end - 4 < int(length.group(1)):
            return offset
        return None
    position = offset
    while tail:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            inflater.decompress(tail)
        except zlib.error:
            return position
        if not inflater.eof:
            return position
        position += len(tail) - len(inflater.unused_data)
        tail = inflater.unused_data
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
                offset = records.offset  # get_record_offset() would read the record's content first
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers or record.rec_headers
                kind = _DOCUMENT_TYPES.get(_media_type(headers.get_header("Content-Type")))
                if kind is None:
                    continue
                source = Source(
                    name,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    offset=offset,
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                    record_date=capture_date(record.rec_headers.get_header("WARC-Date")),
                )
                yield _body_input(source, record.content_stream(), kind, max_bytes)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        yield RawInput(Source(name, offset=offset), None, error=f"corrupt ARC data after offset {offset}: {exc}")
