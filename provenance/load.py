"""Paths -> RawInput: find the documents to audit and read their bytes.

Nothing here raises for a bad input: an unreadable, empty, oversize or missing input
becomes a RawInput carrying its error, so that it gets a `failed` entry and the rest
of the run goes on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from .model import RawInput, Source

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def content_type(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    sniff = head[:1024].lstrip().lower()
    return "html" if sniff.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")) else "text"


def read_input(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, url: str | None = None) -> RawInput:
    source = Source(path=str(path), url=url)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return RawInput(source, None, error=f"too large: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit (--max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        return RawInput(source, None, error="no such file or directory")
    except IsADirectoryError:
        return RawInput(source, None, error="is a directory")
    except OSError as exc:
        return RawInput(source, None, error=f"cannot be read: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    return RawInput(
        Source(path=str(path), url=url, sha256=digest),
        data,
        content_type=content_type(path, data[:1024]),  # type: ignore[arg-type]
    )


def iter_inputs(paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawInput]:
    """Every document under `paths`, in a stable order; directories are walked recursively."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in HTML_SUFFIXES | TEXT_SUFFIXES and not _hidden(p, path)
            )
            if not found:
                yield RawInput(Source(path=str(path)), None, error="no documents in this directory (looked for .html, .htm, .txt)")
            for file in found:
                yield read_input(file, max_bytes)
        else:
            yield read_input(path, max_bytes)


def _hidden(path: Path, top: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(top).parts)
