"""Paths -> RawInput: find the documents to audit and read their bytes, streaming.

An input is a document (HTML, text), a container of documents (WARC, ARC, JSON Lines,
each optionally gzipped), a directory of either (walked recursively, filtered by
include and exclude globs), or `-` for standard input (its kind is sniffed).

Nothing here raises for a bad input: an unreadable, empty, oversize or missing input,
or one that is not a regular file (a FIFO, a device), becomes a RawInput carrying its
error, so that it gets a `failed` entry and the rest of the run goes on. A directory
walk reports what it cannot read in the same way. Containers are read record by
record, never whole.
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO

from .files import open_error, open_regular
from .jsonl import JSONL_SUFFIXES, is_jsonl, read_jsonl
from .model import DEFAULT_MAX_BYTES, RawInput, Source
from .warc import ARCHIVE_SUFFIXES, is_archive, read_archive

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
# What a directory walk picks up when no --include is given.
DEFAULT_INCLUDE = tuple("*" + suffix for suffix in (*sorted(HTML_SUFFIXES | TEXT_SUFFIXES), *ARCHIVE_SUFFIXES, *JSONL_SUFFIXES))
STDIN = "-"
STDIN_NAME = "<stdin>"  # what a report calls standard input


def content_type(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    sniff = head[:1024].lstrip().lower()
    return "html" if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")) else "text"


def read_input(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, url: str | None = None) -> RawInput:
    """One file holding one document."""
    source = Source(path=str(path), url=url)
    try:
        with open_regular(path) as handle:
            data = handle.read(max_bytes + 1)  # no more, whatever the size says
            if len(data) > max_bytes:
                return RawInput.too_large(source, os.fstat(handle.fileno()).st_size, max_bytes)
    except OSError as exc:
        return RawInput(source, None, error=open_error(exc))
    return document_input(source, data)


LeftOut = Callable[[str, str], None]
"""Told of each file a run does not read, and why: (path, reason)."""


def iter_inputs(
    paths: Iterable[Path | str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin: IO[bytes] | None = None,
    left_out: LeftOut | None = None,
) -> Iterator[RawInput]:
    """Every document under `paths`, in a stable order.

    Files named on the command line are always read; globs filter what a directory
    walk finds (matched against the path below the directory and against the name).
    An input named twice, or met again in a directory walk (by name or through a link),
    is read once. `left_out(path, reason)` hears of every file not read: hidden, of no
    known kind, excluded, or met before.
    """
    for path, error in input_files(paths, include, exclude, left_out):
        if error is not None:
            yield RawInput(Source(path=str(path)), None, error=error)
        elif str(path) == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, max_bytes)
        else:
            yield from read_path(path, max_bytes)


def input_files(
    paths: Iterable[Path | str], include: Sequence[str] = (), exclude: Sequence[str] = (), left_out: LeftOut | None = None
) -> Iterator[tuple[Path, str | None]]:
    """The files iter_inputs reads, in its order, each with None, or with the reason it
    cannot be read (which is a `failed` entry of its own); `-` stands for standard input.
    A Spark run lists its inputs with this on the driver, so it reads what a run here reads."""
    tell = left_out or _ignore
    seen: set[object] = set()
    for item in paths:
        if str(item) == STDIN:
            if _first_time(STDIN, seen):
                yield Path(STDIN), None
            else:
                tell(STDIN_NAME, "given twice: read once")
            continue
        path = Path(item)
        if not _first_time(_identity(path), seen):
            tell(str(path), "given twice: read once")
        elif path.is_dir():
            found = _walk(path, include, exclude, tell)
            if not found:
                yield path, "no documents in this directory (none matched the include globs)"
            for file, error in found:
                if not _first_time(_identity(file), seen):
                    tell(str(file), "already read: given twice, or linked")
                else:
                    yield file, error
        else:
            yield path, None


def _ignore(path: str, reason: str) -> None:
    pass


def _first_time(identity: object, seen: set[object]) -> bool:
    if identity in seen:
        return False
    seen.add(identity)
    return True


def _identity(path: Path) -> object:
    """What makes two names one input: a file or directory itself (device and inode),
    whatever the spelling or link that names it. Anything else (a device, a FIFO, a name
    that cannot be looked up) is its absolute name, so that each name gets its `failed` entry."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return os.path.abspath(path)
    if stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode):
        return (status.st_dev, status.st_ino)
    return os.path.abspath(path)


def _walk(top: Path, include: Sequence[str], exclude: Sequence[str], tell: LeftOut) -> list[tuple[Path, str | None]]:
    """The selected files under `top`, sorted, each with None, or with the reason it is
    not read (a directory that cannot be listed, a FIFO, a device, a link loop). Linked
    directories are not followed. What is not selected is told to `tell`."""
    found: list[tuple[Path, str | None]] = []
    passed: list[tuple[Path, str]] = []

    def unreadable(exc: OSError) -> None:
        directory = Path(exc.filename)
        if directory == top or _left_out(directory, top, ("*",), exclude) is None:
            found.append((directory, open_error(exc)))

    for root, directories, names in os.walk(top, onerror=unreadable):
        here = Path(root)
        passed.extend((here / d, "hidden directory: not walked") for d in directories if d.startswith("."))
        directories[:] = [d for d in directories if not d.startswith(".")]
        for name in names:
            file = here / name
            reason = _left_out(file, top, include, exclude)
            if reason is None:
                found.append((file, _not_readable(file)))
            else:
                passed.append((file, reason))
    for file, reason in sorted(passed):
        tell(str(file), reason)
    return sorted(found, key=lambda entry: entry[0])


def _not_readable(file: Path) -> str | None:
    """Why a file met in a walk is not read; None for a regular file (followed if a link)."""
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        return open_error(exc)
    return None if stat.S_ISREG(mode) else "not a regular file"


def read_path(path: Path, max_bytes: int) -> Iterator[RawInput]:
    """The documents of one file: itself, or each record of a container."""
    if is_archive(path.name):
        yield from read_archive(path, max_bytes)
    elif is_jsonl(path.name):
        yield from read_jsonl(path, max_bytes)
    else:
        yield read_input(path, max_bytes)


def _left_out(path: Path, top: Path, include: Sequence[str], exclude: Sequence[str]) -> str | None:
    """Why a walk leaves `path` out (hidden, not included, excluded), or None to read it.
    With no `include`, what is included is every kind of document provenance reads."""
    relative = path.relative_to(top)
    if any(part.startswith(".") for part in relative.parts):
        return "hidden"
    names = (relative.as_posix(), path.name)

    def matches(patterns: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns for name in names)

    if not matches(include or DEFAULT_INCLUDE):
        return "not matched by --include" if include else "not a kind of document provenance reads (--include takes it)"
    if matches(exclude):
        return "excluded by --exclude"
    return None


def _read_stdin(stream: IO[bytes], max_bytes: int) -> Iterator[RawInput]:
    """Standard input: a WARC or JSON Lines stream (gzipped or not) is read record by
    record, anything else as one document."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[type-var]
    head = buffered.peek(4096)[:4096]
    gzipped = head.startswith(b"\x1f\x8b")
    if gzipped:
        head = _gunzip_head(head)
    source = Source(STDIN_NAME)
    if head.startswith(b"WARC/"):  # FastWARC inflates a gzipped stream itself
        yield from read_archive(Path(STDIN_NAME), max_bytes, stream=buffered)
    elif head.lstrip().startswith(b'{"'):  # a JSON object: no HTML page or text extraction starts so
        lines = gzip.GzipFile(fileobj=buffered) if gzipped else buffered
        yield from read_jsonl(Path(STDIN_NAME), max_bytes, stream=lines)  # type: ignore[arg-type]
    elif gzipped:
        yield RawInput(source, None, error="gzip input that is neither WARC nor JSON Lines")
    else:
        data = buffered.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield RawInput.too_large(source, None, max_bytes)
        else:
            yield document_input(source, data)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def document_input(source: Source, data: bytes, kind: str | None = None) -> RawInput:
    """One document's bytes as a RawInput: hashed, and its kind sniffed unless given."""
    return RawInput(
        replace(source, sha256=hashlib.sha256(data).hexdigest()),
        data,
        content_type=kind or content_type(Path(source.path), data),  # type: ignore[arg-type]
    )
