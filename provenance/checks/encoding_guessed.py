"""PRV901 encoding-guessed: no encoding declared and not UTF-8, so it was detected."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Evidence, Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV901",
    name="encoding-guessed",
    severity="info",
    category="input",
    summary="The input declares no character encoding and is not UTF-8, so its encoding was detected (often windows-1252).",
    why="Detection is right for most Western archive pages but can garble names ('María José Lázaro Núñez'). A librarian should check the accented names in the report before relying on them.",
    example="a Latin-1 text file with no BOM and no charset declaration",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    document = ctx.document
    if document.encoding_declared or document.encoding.replace("_", "-") in ("utf-8", "ascii"):
        return
    line = next((ln for ln in document.lines if not ln.text.isascii()), None)
    if line is None:
        return
    yield make_finding(
        RULE,
        f"no encoding declared and not UTF-8: decoded as {document.encoding} by detection; check accented names",
        Evidence(line.text, line.number),
        suggestion="convert the file to UTF-8 or declare its charset",
    )
