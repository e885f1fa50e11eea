"""WARC (and ARC) files -> RawInput, one per HTML or plain-text record, streamed.

warc_split frames the records and resynchronises after a damaged one, so that a bad
record is one failed entry at its own offset and never takes a good neighbour with it.
FastWARC then reads each document record (its HTTP headers, chunked and compressed
bodies, decoded up to the size limit); it is several times faster than warcio. warcio
reads ARC files, which FastWARC cannot.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from .dates import in_calendar
from .files import open_error, open_regular
from .model import RawInput, Source
from .warc_split import HEADER_LIMIT, Frame, split

_DOCUMENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path: Path | str, max_bytes: int, stream: IO[bytes] | None = None) -> Iterator[RawInput]:
    """Every HTML and text record of a WARC or ARC file (or an already open stream), and
    every damaged record as a failed one."""
    name = str(path)
    if stream is not None:
        yield from _read_warc(stream, name, max_bytes)
        return
    if name.lower().endswith((".arc", ".arc.gz")):
        yield from _read_arc(path, max_bytes)
        return
    try:
        handle = open_regular(path)
    except OSError as exc:
        yield RawInput(Source(name), None, error=open_error(exc))
        return
    with handle:
        yield from _read_warc(handle, name, max_bytes)


def _read_warc(handle: IO[bytes], name: str, max_bytes: int) -> Iterator[RawInput]:
    # A document's block holds its HTTP headers as well as its body: room for both.
    last_offset, within = None, 0
    for frame in split(handle, is_document, max_bytes + HEADER_LIMIT):
        within = within + 1 if frame.offset == last_offset else 0
        last_offset = frame.offset
        if frame.error is not None:
            yield RawInput(_source(frame, name, within), None, error=frame.error)
        elif frame.too_large:
            yield RawInput.too_large(_source(frame, name, within), int(frame.headers["content-length"]), max_bytes)
        elif frame.block is not None:
            raw = _frame_input(frame, name, max_bytes, within)
            if raw is not None:
                yield raw


def _source(frame: Frame, name: str, within: int = 0) -> Source:
    headers = frame.headers
    return Source(
        name,
        url=headers.get("warc-target-uri"),
        offset=frame.offset,
        record_id=headers.get("warc-record-id"),
        record_date=capture_date(headers.get("warc-date")),
        within=within,
    )


def is_document(headers: Mapping[str, str], head: bytes) -> bool:
    """Whether a record may be an HTML or text document, from its WARC headers and the
    first bytes of its block (the HTTP headers). HTTP headers that cannot be read count
    as a document, so that the record is read and reported, not skipped."""
    if headers.get("warc-type", "").lower() not in ("response", "resource"):
        return False
    declared = _media_type(headers.get("content-type"))
    if declared != "application/http":
        return declared in _DOCUMENT_TYPES
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return True
    for line in head[:end].split(b"\r\n")[1:]:
        field, _, value = line.partition(b":")
        if field.strip().lower() == b"content-type":
            return _media_type(value.decode("latin-1")) in _DOCUMENT_TYPES
    return False


def _frame_input(frame: Frame, name: str, max_bytes: int, within: int = 0) -> RawInput | None:
    """A whole document record, read by FastWARC from its own bytes."""
    from fastwarc.warc import ArchiveIterator

    assert frame.block is not None
    record_bytes = frame.header_block + frame.block + b"\r\n\r\n"
    for record in ArchiveIterator(io.BytesIO(record_bytes), parse_http=True, auto_decode="all"):
        return _record_input(record, _source(frame, name, within), max_bytes)
    return RawInput(_source(frame, name, within), None, error=f"corrupt record at offset {frame.offset}: its WARC headers cannot be parsed")


def _record_input(record: Any, source: Source, max_bytes: int) -> RawInput | None:
    """The record as a RawInput; None for a record that is not a document (an image, a PDF)."""
    offset = source.offset
    if record.is_http:
        if not record.is_http_parsed:
            return RawInput(source, None, error=f"corrupt record at offset {offset}: its HTTP headers cannot be parsed")
        mime = (record.http_content_type or "").lower()
        charset = record.http_charset
    else:
        mime = _media_type(record.headers.get("Content-Type"))
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


def _read_arc(path: Path | str, max_bytes: int) -> Iterator[RawInput]:
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    offset = 0
    try:
        handle = open_regular(path)
    except OSError as exc:
        yield RawInput(Source(name), None, error=open_error(exc))
        return
    try:
        with handle:
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
