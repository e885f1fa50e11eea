"""Reporters: render audit results for a terminal (text), scripts (json) and code-scanning
dashboards (sarif). Each takes the results and returns the whole output as a string."""

from __future__ import annotations

from typing import Callable

from ..model import DocumentResult
from ..packs import RuleDoc
from . import json_report
from . import sarif, text

Renderer = Callable[[list[DocumentResult], list[RuleDoc], bool], str]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
}
