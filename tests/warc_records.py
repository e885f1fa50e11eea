"""WARC records built with warcio, to be damaged byte by byte: the hostile-input tests and
benchmarks/bench_hostile_warc.py build their crawls from these, so that the benchmark times
the very cases the tests check."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(number: int) -> bytes:
    return (f"<html><head><title>Story {number}</title></head><body>\n<p>Story number {number}, told plainly.</p>\n"
            f"<p>Copyright 2021 Example Press.</p>\n</body></html>\n").encode()


def warc_record(number: int, body: bytes | None = None, content_type: str = "text/html; charset=utf-8",
                kind: str = "response", http_extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    """One record, uncompressed, as warcio writes it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    url = f"https://press.example/{number}"
    payload = io.BytesIO(page(number) if body is None else body)
    if kind == "warcinfo":
        record = writer.create_warcinfo_record("crawl.warc", {"software": "provenance tests"})
    elif kind == "resource":
        record = writer.create_warc_record(url, "resource", payload=payload, warc_content_type=content_type)
    else:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type), *http_extra], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=payload, http_headers=http)
    writer.write_record(record)
    return out.getvalue()


def member(record: bytes) -> bytes:
    """A record (whole or damaged) as its own gzip member, compressed as warcio does it."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(record) + compressor.flush()


def set_content_length(record: bytes, value: Callable[[int], int]) -> bytes:
    """The record with the Content-Length in its WARC headers changed."""
    head, rest = record.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    for i, line in enumerate(lines):
        if line.lower().startswith(b"content-length:"):
            lines[i] = b"Content-Length: %d" % value(int(line.split(b":")[1]))
    return b"\r\n".join(lines) + b"\r\n\r\n" + rest
