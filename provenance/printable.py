"""Text for human eyes: what a page, a record, a file name or a pack says, shown so that
it cannot act on the terminal or the CI log that displays it."""

from __future__ import annotations

import re

# Characters a terminal (or a CI log viewer) acts on rather than shows: C0 and C1
# controls and DEL (ESC starts a sequence that can set the window title, clear the
# screen or hide a link: OSC 8), and the bidirectional controls that reorder the text
# after them.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """`text` for human eyes: every control character shown as an escape (\\x1b,
    \\u202e), so that a page, a record or a file name cannot drive the terminal that shows
    the report or an error line."""
    return _CONTROL.sub(_escaped, text)
