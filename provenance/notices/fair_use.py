"""Fair-use notices: a claim of the US fair-use exemption (17 U.S.C. § 107) for this
site's copies, told apart from a page quoting or discussing such a notice."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Evidence, Line, Notice
from ..packs import PatternSpec
from .page import NoticePage

# What a fair-use notice says it is for. Computed over the notice's own sentence(s).
_PURPOSES = (
    ("research", re.compile(r"research|investigaci[óo]n|recherche", re.I)),
    ("education", re.compile(r"educat|teaching|scholarship|educa[ct]i|enseñanza|enseignement|[ée]ducati", re.I)),
    ("non-profit", re.compile(
        r"without profit|non-?profit|not[- ]for[- ]profit|non-?commercial|sin (?:[áa]nimo de |fines de )?lucro|"
        r"sin fines comerciales|sans (?:but )?lucratif|no comercial|non commercial", re.I)),
    ("criticism and comment", re.compile(r"criticism|\bcomment(?:ary|s)?\b|cr[íi]tica|critique|comentario", re.I)),
    ("news reporting", re.compile(r"news reporting|informaci[óo]n period[íi]stica|reportage|noticias", re.I)),
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def read_fair_use(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line) -> Notice | None:
    doc, vocab = page.doc, page.vocab
    first = doc.starts[bisect_right(doc.starts, m.start()) - 1]
    if _quoted(doc.text[first : m.start()]):
        return None  # a page quoting the usual notice to discuss it
    begin = _sentence_start(doc.text, first, m.start())
    if vocab.discussion and vocab.discussion.search(doc.text, begin, m.start()):
        return None  # "Another common line reads ...", "such as ..."
    text = _sentence(doc.text, begin, m.end())
    scope = "site" if vocab.site and vocab.site.search(text) else "page"
    return Notice(
        "fair-use", text, Evidence(text, line.number), family=spec.family, basis=spec.basis,
        purposes=spec.purposes or tuple(label for label, rx in _PURPOSES if rx.search(text)), scope=scope,
    )


def _quoted(before: str) -> bool:
    """Whether text following `before` (its line up to a match) sits inside a quotation."""
    straight = False
    stack: list[str] = []
    for char in before:
        if char == '"':
            straight = not straight
        elif char in "«„":
            stack.append(char)
        elif char == "“":
            if stack and stack[-1] == "„":
                stack.pop()  # German quotes open low and close high
            else:
                stack.append(char)
        elif char in "»”" and stack:
            stack.pop()
    return straight or bool(stack)


def _sentence_start(text: str, first: int, start: int) -> int:
    left = max(text.rfind(". ", first, start), text.rfind("] ", first, start))
    return left + 2 if left >= 0 else first


def _sentence(text: str, begin: int, end: int) -> str:
    """From `begin` to the end of the sentence holding `end`, across the line breaks of a
    hard-wrapped notice (<br>, plain-text mail), as one line of text."""
    stop = _SENTENCE_END.search(text, end, end + 1000)
    finish = stop.end() if stop else text.find("\n", end)
    return " ".join(text[begin : finish if finish >= 0 else len(text)].split())
