"""Bytes -> Document: decoding, plain text's lines and zones, and the choice of HTML builder.

HTML goes to one of two builders behind the same interface (Document): html_lexbor.py
(selectolax's Lexbor engine, HTML5 parsing rules, the text taken out by Lexbor itself)
and html_lxml.py (libxml2 and one walk over its tree, the reference). Both read the page
as decoded here, so a Latin-1 or Windows-1252 page reads the same in either.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import html_lexbor, html_lxml
from .markup import MAX_ATTRIBUTES, MAX_ELEMENTS, InputError
from .model import Document, HtmlParser, Line, Markup, RawInput, Zone
from .packs import Packs

__all__ = ["MAX_ATTRIBUTES", "MAX_ELEMENTS", "Decoded", "InputError", "build_document", "decode"]


# --- Decoding --------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,80}encoding\s*=\s*["'])([A-Za-z0-9_.:-]{2,40})""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do archives.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    declared: bool


def decode(data: bytes, is_html: bool, transport_charset: str | None = None) -> Decoded:
    """Decode from a BOM, the HTTP charset, a declared charset, UTF-8, else a detected
    encoding (the order browsers use)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name.replace("-sig", ""), True)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable: starts with a {name} byte-order mark but is not {name} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file: contains NUL bytes, so it is neither HTML nor text")
    declared = _DECLARED.search(data[:4096]) if is_html else None
    if transport_charset or declared:
        label = transport_charset.lower() if transport_charset else declared.group(1).decode("ascii").lower()  # type: ignore[union-attr]
        label = "windows-1252" if label in _AS_CP1252 else label
        try:
            return _checked(data.decode(label), label, True)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to what the bytes say
    try:
        return _checked(data.decode("utf-8"), "utf-8", not is_html or declared is not None)
    except UnicodeDecodeError:
        pass
    return _checked(*_detect(data), False)


def _detect(data: bytes) -> tuple[str, str]:
    """Undeclared, non-UTF-8 bytes read as windows-1252 the way browsers read it: the five
    bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the
    same number. Deterministic on purpose: a detector that guesses differently with each
    optional library installed would give a laptop and a cluster different answers."""
    # A decoding table of 256 characters, as the codecs' own charmaps: in C, where a
    # latin-1 decode then a str.translate by dict looked up each character in Python's dict
    # (0.56 s for a 1 MB page, against 12 ms).
    return codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0], "windows-1252"


# Byte -> character as browsers read undeclared windows-1252: latin-1, but the 0x80-0x9F range
# holds printable characters, and the five bytes windows-1252 leaves undefined stay C1 controls.
_WINDOWS_1252 = "".join(
    bytes([byte]).decode("cp1252") if 0x80 <= byte < 0xA0 and byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(byte)
    for byte in range(256)
)


def _checked(text: str, encoding: str, declared: bool) -> Decoded:
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise InputError(
            f"binary or undecodable: decoded as {encoding}, {controls} of the first {len(sample)} characters are control characters"
        )
    return Decoded(text, encoding, declared)


# --- Plain text ------------------------------------------------------------------------


def _text_lines(text: str, packs: Packs) -> list[Line]:
    raw = [(i + 1, " ".join(t.split())) for i, t in enumerate(text.splitlines())]
    rows = [(n, t) for n, t in raw if t]
    zones = _text_zones([t for _, t in rows], packs)
    return [Line(t, n, z) for (n, t), z in zip(rows, zones, strict=False)]


# A sentence's end: at the line's end, or before a space, after the quotation it closes as each
# language closes one ("… informieren.“ (dpa)", "… foråret.« (Ritzau)", "… tested.’ PTI").
_SENTENCE = re.compile(r"[.!?…\"”“’»«]\s*$|[.!?][\"”“’»«]*\s")
_FOOTER_TEXT = re.compile(
    r"©|\(c\)\s*\d|copyright|all rights reserved|derechos reservados|tous droits|u\.s\.c|fair use|"
    r"has been published on|ha sido publicado|publicado el|publié le",
    re.IGNORECASE,
)


def _is_chrome(text: str, packs: Packs) -> bool:
    words = [w for w in re.split(r"[\s|/·•»>]+", text.lower()) if w]
    return bool(words) and len(words) <= 8 and sum(w in packs.chrome_words for w in words) * 2 >= len(words)


def _text_zones(texts: list[str], packs: Packs) -> list[Zone]:
    """Header before the first paragraph, footer after the last; chrome lines are boilerplate."""
    def paragraph(t: str) -> bool:
        return len(t.split()) >= 12 and bool(_SENTENCE.search(t)) and not _FOOTER_TEXT.search(t)

    paragraphs = [i for i, t in enumerate(texts) if paragraph(t)]  # once: the two regexes are most of this stage
    first = paragraphs[0] if paragraphs else len(texts)
    last = paragraphs[-1] if paragraphs else len(texts) - 1
    zones: list[Zone] = []
    for i, t in enumerate(texts):
        zone: Zone = "header" if i < first else "footer" if i > last else "body"
        if zone != "body" and _is_chrome(t, packs):
            zone = "boilerplate"
        zones.append(zone)
    return zones


# --- Entry point -----------------------------------------------------------------------


def build_document(raw: RawInput, packs: Packs, parser: HtmlParser = "lxml") -> Document:
    """Decode and parse one input (HTML with `parser`'s builder). Raises InputError for
    what cannot be audited."""
    data = raw.data or b""
    if not data or data.isspace():  # strip() would copy the whole page to find it is not empty
        raise InputError("empty file: nothing to audit")
    is_html = raw.content_type == "html"
    decoded = decode(data, is_html, raw.charset)
    if is_html:
        builder = html_lexbor if parser == "lexbor" else html_lxml
        document = builder.html_document(raw, decoded)
    else:
        document = Document(
            source=raw.source,
            lines=_text_lines(decoded.text, packs),
            encoding=decoded.encoding,
            encoding_declared=decoded.declared,
        )
    if not document.lines and not document.metadata:
        raise InputError("no text: the document has no readable text")
    if _has_mojibake(document.text):
        document = _repaired(document)
    return document


# UTF-8 read as windows-1252 ("kÃ¶nnen", "â€” "): a page decoded twice on its way to us. It
# hides credits ("(AP) â€”") and dates, so the lines that show it are mended with ftfy, the
# well-kept library for exactly this; only those lines, since few pages have any (4 of the
# 911 dev pages) and ftfy costs tens of microseconds a line. A no-break space read so is "Â"
# and the space the text's spacing made of it ("… tragen.Â (dpa)"): after a lower-case letter
# or a stop, where no word has a capital "Â".
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf]|â€|(?<=[a-zß-ÿ.,;:!?)»”])Â(?=[ \xa0])")


def _has_mojibake(text: str) -> bool:
    # Three substring scans in C first: the regex, which has no literal to skip ahead by,
    # took 0.07 ms on a page that has none of the three (almost every page).
    return ("Ã" in text or "Â" in text or "â€" in text) and _MOJIBAKE.search(text) is not None


def _repaired(document: Document) -> Document:
    lines = [line.with_text(_mended(line.text)) for line in document.lines]
    metadata = [m.with_value(_mended(m.value)) for m in document.metadata]
    return Document(
        source=document.source, lines=lines, metadata=metadata, encoding=document.encoding,
        encoding_declared=document.encoding_declared, is_html=document.is_html,
        tree=_MendedMarkup(document.tree) if document.tree is not None else None,
        licence_links=document.licence_links, truncated=document.truncated,
    )


def _mended(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_text(text)


@dataclass(frozen=True, slots=True)
class _MendedMarkup:
    """A mended document's markup: the text it gives (captions, the blocks by a picture,
    enclosures, headings) mended as the lines were. A line is looked up in that text ("is
    this line a caption's?"): unmended, "… Â© 2024 Jane Roe" in a caption was not the line
    "… © 2024 Jane Roe", and a picture's credit became the page's notice."""

    markup: Markup

    def anchors(self) -> Iterator[Any]:
        return self.markup.anchors()

    def captions(self) -> Iterator[list[str]]:
        return ([_mended(piece) for piece in pieces] for pieces in self.markup.captions())

    def picture_credits(self) -> Iterator[list[str]]:
        return ([_mended(piece) for piece in pieces] for pieces in self.markup.picture_credits())

    def enclosures(self) -> Iterator[tuple[str, list[str]]]:
        return ((kind, [_mended(piece) for piece in pieces]) for kind, pieces in self.markup.enclosures())

    def main_headings(self) -> list[str]:
        return [_mended(heading) for heading in self.markup.main_headings()]
