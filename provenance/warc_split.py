"""A WARC byte stream (a file or a pipe, gzipped or not) -> its records, one at a time.

Each record is framed by its own Content-Length and checked against the record boundary
that must follow it (a blank line, then the next `WARC/1.x` line or the end; in a
.warc.gz, the end of its gzip member). A record that fails a check is one `Frame` with
an error, at its own offset, and reading resynchronises as WARC readers with a recovery
mode do: on the next gzip member that inflates to a `WARC/` line, or, uncompressed, on
the next line that starts a well-formed WARC header block. A damaged record therefore
never takes its neighbours with it, and is never counted twice.

Memory stays bounded: a record's block is held only when `keep` asks for it and it is
no larger than `max_block`; other blocks are skipped (seeked over in a file, read and
dropped from a pipe, inflated and dropped in a gzip member, never past what the record
declares). A pipe keeps at most RETAIN bytes behind the current record for resyncing.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Protocol

GZIP_MAGIC = b"\x1f\x8b\x08"
RECORD_START = b"WARC/"
BOUNDARY = b"\r\n\r\n"
HEADER_LIMIT = 1 << 16  # WARC headers, or blank lines between records, longer than this are damage
HEAD = 1 << 13  # what is looked at first: most header blocks are shorter
CHUNK = 1 << 16
RETAIN = 32 << 20  # bytes of a pipe kept behind the current record, to resynchronise in
RECORD_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"})
_VERSION_LINE = re.compile(rb"WARC/(?:1\.[01]|0\.1[78])\r?\n")  # 0.17 and 0.18: early Heritrix crawls
_WHITESPACE = b"\r\n \t"

# Decides from a record's WARC headers and the first bytes of its block whether the
# caller wants the block itself (a document) or only to know the record is there.
Keep = Callable[[Mapping[str, str], bytes], bool]


@dataclass(frozen=True)
class Frame:
    """One record: whole, too large to hold (`block` None, `too_large`), or damaged (`error`)."""

    offset: int  # of the record, or in a .warc.gz of its gzip member
    headers: Mapping[str, str] = field(default_factory=dict)  # WARC headers, names in lower case
    header_block: bytes = b""  # as read, from the WARC/1.x line to the blank line
    block: bytes | None = None
    kept: bool = False  # `keep` wanted this record
    too_large: bool = False
    error: str | None = None


class _Damage(Exception):
    """A record that breaks its framing: where it is, what is wrong, where to look again."""

    def __init__(self, offset: int, reason: str, look_from: int | None = None, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(reason)
        self.offset, self.reason = offset, reason
        self.look_from = look_from if look_from is not None else offset + 1
        self.headers = headers or {}


class _Source(Protocol):
    position: int

    def peek(self, size: int) -> bytes: ...
    def read(self, size: int) -> bytes: ...
    def skip(self, size: int) -> int: ...


def split(stream: IO[bytes], keep: Keep, max_block: int) -> Iterator[Frame]:
    """Every record of a WARC stream, in order, each once."""
    raw = _Bytes(stream)
    if raw.peek(len(GZIP_MAGIC)) == GZIP_MAGIC:
        yield from _split_members(raw, keep, max_block)
    else:
        yield from _split_plain(raw, keep, max_block)


def _split_plain(raw: _Bytes, keep: Keep, max_block: int) -> Iterator[Frame]:
    while True:
        raw.release(raw.position)
        try:
            frame = _read_record(raw, raw.position, keep, max_block)
        except _Damage as damage:
            resume = _find_record(raw, damage.look_from)
            yield _damaged(damage, resume)
            if resume is None:
                return
            raw.seek(resume)
            continue
        if frame is None:
            return
        yield frame


def _split_members(raw: _Bytes, keep: Keep, max_block: int) -> Iterator[Frame]:
    while True:
        member = raw.position
        raw.release(member)
        if not raw.peek(1):
            return
        inflated = _Inflated(raw, member)
        held: Frame | None = None  # the member's latest record, held until the member proves whole
        try:
            if raw.peek(len(GZIP_MAGIC)) != GZIP_MAGIC:
                raise _Damage(member, f"corrupt data at offset {member}: not a gzip member")
            # Usually one record a member; a whole file gzipped at once is one member of many.
            while (frame := _read_record(inflated, member, keep, max_block, compressed=True)) is not None:
                if held is not None:
                    yield held
                held = frame
                if frame.too_large:  # its member is not inflated further: look for the next one
                    raise _Skipped(member)
        except _Skipped:
            resume = _find_member(raw, member + 1)
        except _Damage as damage:
            # One entry for the member, at its offset, in place of the record it held.
            held, resume = None, _find_member(raw, member + 1)
            yield _damaged(damage, resume)
        else:
            resume = inflated.end
        if held is not None:
            yield held
        if resume is None:
            return
        raw.seek(resume)


class _Skipped(Exception):
    """A member left uninflated on purpose (its document is too large)."""

    def __init__(self, member: int) -> None:
        super().__init__(member)


def _damaged(damage: _Damage, resume: int | None) -> Frame:
    gap = f"; reading resumes at offset {resume}" if resume is not None else ""
    return Frame(damage.offset, damage.headers, error=f"{damage.reason}{gap}")


def _read_record(source: _Source, member: int | None, keep: Keep, max_block: int, compressed: bool = False) -> Frame | None:
    """The record at the source's position (after any blank lines), or None at the end."""
    blank = _skip_blank(source)
    offset = member if compressed and member is not None else source.position
    if not source.peek(1):
        return None
    if blank > HEADER_LIMIT:
        raise _Damage(offset, f"corrupt record at offset {offset}: over {HEADER_LIMIT} blank bytes where a record should start")
    header_block, headers, size = _read_head(source, offset)
    look_from = None if compressed else source.position  # uncompressed: look again inside the block
    kept = keep(headers, source.peek(min(size, HEAD)))
    if kept and size > max_block:
        if compressed:  # stop inflating here: the member may be a bomb, and the document is refused anyway
            return Frame(offset, headers, header_block, None, kept, too_large=True)
        block, got = None, source.skip(size)
    elif kept:
        block = source.read(size)
        got = len(block)
    else:
        block, got = None, source.skip(size)
    if got < size:
        where = "its gzip member" if compressed else "the file"
        raise _Damage(offset, f"truncated record at offset {offset}: its Content-Length ({size}) runs past the end of {where}", look_from, headers)
    if source.peek(len(BOUNDARY)) != BOUNDARY:
        raise _Damage(offset, f"corrupt record at offset {offset}: its Content-Length ({size}) does not end where the record does", look_from, headers)
    source.read(len(BOUNDARY))
    return Frame(offset, headers, header_block, block, kept, too_large=kept and block is None)


def _read_head(source: _Source, offset: int) -> tuple[bytes, dict[str, str], int]:
    """A record's header block, its headers and its Content-Length, checked."""
    head = source.peek(HEAD)
    end = head.find(BOUNDARY)
    if end < 0:
        head = source.peek(HEADER_LIMIT)
        end = head.find(BOUNDARY)
    if not _VERSION_LINE.match(head):
        if any(line.startswith(head) for line in (b"WARC/1.0\r\n", b"WARC/1.1\r\n")):
            raise _Damage(offset, f"truncated record at offset {offset}: the file ends inside its WARC/1.x line")
        raise _Damage(offset, f"corrupt record at offset {offset}: it does not start with a WARC/1.0 or WARC/1.1 line")
    if end < 0:
        if len(head) < HEADER_LIMIT:
            raise _Damage(offset, f"truncated record at offset {offset}: the file ends inside its WARC headers")
        raise _Damage(offset, f"corrupt record at offset {offset}: its WARC headers do not end within {HEADER_LIMIT} bytes")
    header_block = source.read(end + len(BOUNDARY))
    headers = parse_headers(header_block)
    look_from = source.position
    length = headers.get("content-length", "")
    if not length.isascii() or not length.isdigit():
        raise _Damage(offset, f"corrupt record at offset {offset}: its Content-Length is missing or not a number", look_from, headers)
    kind = headers.get("warc-type", "")
    if kind.lower() not in RECORD_TYPES:
        said = f"{kind[:40]!r} is not a record type" if kind else "is missing"
        raise _Damage(offset, f"corrupt record at offset {offset}: its WARC-Type {said}", look_from, headers)
    return header_block, headers, int(length)


def parse_headers(header_block: bytes) -> dict[str, str]:
    """`Name: value` lines after the version line, names in lower case; folded lines joined."""
    headers: dict[str, str] = {}
    name = None
    for line in header_block.decode("utf-8", "replace").split("\n")[1:]:
        line = line.rstrip("\r")
        if not line:
            continue
        if line[0] in " \t" and name is not None:
            headers[name] += " " + line.strip()
        elif ":" in line:
            name, value = line.split(":", 1)
            name = name.strip().lower()
            headers.setdefault(name, value.strip())
    return headers


def _skip_blank(source: _Source) -> int:
    """Skip the blank bytes before a record (some writers leave extra line ends); how many."""
    skipped = 0
    while skipped <= HEADER_LIMIT:
        chunk = source.peek(256)
        stripped = len(chunk) - len(chunk.lstrip(_WHITESPACE))
        if stripped == 0:
            break
        skipped += source.skip(stripped)
    return skipped


def _find_record(raw: _Bytes, start: int) -> int | None:
    """The next offset at or after `start` where well-formed WARC headers start a line."""
    position = start
    while (found := raw.find(RECORD_START, position)) is not None:
        if found == start or raw.byte_at(found - 1) == b"\n":
            raw.seek(found)
            try:
                _read_head(raw, found)
                return found
            except _Damage:
                pass
        position = found + 1
    return None


def _find_member(raw: _Bytes, start: int) -> int | None:
    """The next gzip member at or after `start` that inflates to a WARC record's first line."""
    position = start
    while (found := raw.find(GZIP_MAGIC, position)) is not None:
        raw.seek(found)
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            if inflater.decompress(raw.peek(CHUNK), 16).startswith(RECORD_START):
                return found
        except zlib.error:
            pass
        position = found + 1
    return None


class _Window:
    """Bytes addressed by absolute offset through a buffer (`buffer` holds from `start`);
    a subclass says how to buffer more (`_fill`)."""

    buffer: bytearray
    start: int
    position: int

    def _fill(self, upto: int) -> bool:
        raise NotImplementedError

    def peek(self, size: int) -> bytes:
        self._fill(self.position + size)
        at = self.position - self.start
        with memoryview(self.buffer) as view:
            return bytes(view[at:at + size])

    def read(self, size: int) -> bytes:
        data = self.peek(size)
        self.position += len(data)
        return data


class _Bytes(_Window):
    """A stream addressed by absolute offset, read through a buffer. A file seeks back
    wherever it is asked to; a pipe only as far as the RETAIN bytes it keeps."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.size: int | None = None  # of a file, from where reading began; None for a pipe
        self.origin = 0  # where reading began in the file (standard input may be part-read)
        try:
            if stream.seekable():
                self.origin = stream.tell()
                self.size = os.fstat(stream.fileno()).st_size - self.origin
        except (OSError, io.UnsupportedOperation):
            self.size = None
        self.buffer = bytearray()
        self.start = 0  # offset of buffer[0]
        self.position = 0

    @property
    def _end(self) -> int:
        return self.start + len(self.buffer)

    def _fill(self, upto: int) -> bool:
        """Buffer up to `upto`; False when the stream ends first."""
        while self._end < upto:
            chunk = self.stream.read(max(CHUNK, upto - self._end))
            if not chunk:
                return False
            self._trim()
            self.buffer += chunk
        return True

    def _trim(self) -> None:
        keep_from = self.position if self.size is not None else self.position - RETAIN
        if keep_from - self.start > CHUNK:
            self.release(keep_from)

    def release(self, offset: int) -> None:
        """Bytes before `offset` are not needed again."""
        drop = min(offset, self.position) - self.start
        if drop > 0:
            del self.buffer[:drop]
            self.start += drop

    def byte_at(self, offset: int) -> bytes:
        here = self.position
        self.seek(offset)
        byte = self.peek(1) if self.position == offset else b""
        self.seek(here)
        return byte

    def seek(self, offset: int) -> None:
        """Go to `offset`, or as near as a pipe allows (the position says where)."""
        if self.start <= offset <= self._end:
            self.position = offset
        elif self.size is not None:
            self.position = self.start = min(offset, self.size)
            self.stream.seek(self.origin + self.start)
            self.buffer.clear()
        elif offset < self.start:
            self.position = self.start  # a pipe has dropped what is further back
        else:  # a pipe reads on, keeping the last RETAIN bytes
            while self._fill(min(offset, self._end + CHUNK)) and self._end < offset:
                self.position = self._end
            self.position = min(offset, self._end)

    def skip(self, size: int) -> int:
        before = self.position
        self.seek(before + size)
        return self.position - before

    def find(self, pattern: bytes, start: int) -> int | None:
        """Offset of the next `pattern` at or after `start` (or the nearest a pipe still has)."""
        self.seek(start)
        while True:
            found = self.buffer.find(pattern, self.position - self.start)
            if found >= 0:
                return self.start + found
            # the pattern may straddle what is buffered and what comes next
            self.position = max(self.position, self._end - len(pattern) + 1)
            if not self._fill(self._end + CHUNK):
                found = self.buffer.find(pattern, self.position - self.start)
                return self.start + found if found >= 0 else None


class _Inflated(_Window):
    """The inflated bytes of one gzip member, produced as they are asked for (never more
    than a read asks, so a bomb is stopped where its record should end)."""

    def __init__(self, raw: _Bytes, member: int) -> None:
        self.raw, self.member = raw, member
        self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.buffer = bytearray()
        self.position = 0  # in the inflated bytes
        self.start = 0  # inflated offset of buffer[0]
        self.end: int | None = None  # where the member ends in the file, once it has
        # Most members are a few KB, and zlib copies back whatever follows the member:
        # read small first, then more as a member proves large.
        self.step = 1 << 13

    def _more(self) -> bool:
        if self.inflater.eof:
            return False
        tail = self.inflater.unconsumed_tail
        if not tail:
            self.step = min(self.step * 2, 1 << 20)
        data = tail if tail else self.raw.read(self.step)
        if not data:
            raise _Damage(self.member, f"truncated record at offset {self.member}: the file ends inside it")
        try:
            out = self.inflater.decompress(data, CHUNK)
        except zlib.error as exc:
            raise _Damage(self.member, f"corrupt gzip member at offset {self.member}: {exc}") from None
        if self.inflater.eof:
            self.end = self.raw.position - len(self.inflater.unused_data)
        del self.buffer[: self.position - self.start]
        self.start = self.position
        self.buffer += out
        return True

    def _fill(self, upto: int) -> bool:
        while self.start + len(self.buffer) < upto:
            if not self._more():
                return False
        return True

    def skip(self, size: int) -> int:
        target = self.position + size
        while self.start + len(self.buffer) < target and self._more():
            self.position = self.start + len(self.buffer)
        self.position = min(target, self.start + len(self.buffer))
        return size - (target - self.position)
