"""Republication statements: "This document has been published on DATE by X", the
footer an archive puts under every copy it carries."""

from __future__ import annotations

import re

from ..dates import first_date
from ..model import Evidence, Line, Notice
from ..packs import PatternSpec
from .page import NoticePage


def read_republication(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line) -> Notice:
    groups = {k: v for k, v in m.groupdict().items() if v}
    registry = page.packs.registry
    name = groups.get("publisher", "")
    known = registry.lookup(name) or registry.search(name)
    text = " ".join(m.group(0).split())
    return Notice(
        "republication", text, Evidence(text, line.number), family=spec.family,
        publisher=known.name if known else name, date=first_date(groups.get("date", ""), page.packs.vocab, page.hint),
    )
