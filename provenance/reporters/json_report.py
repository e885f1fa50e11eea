"""The JSON report: the contract of provenance.report, pretty-printed."""

from __future__ import annotations

import json

from ..model import DocumentResult
from ..packs import RuleDoc
from ..report import build_report


def render(results: list[DocumentResult], rules: list[RuleDoc], color: bool = False) -> str:
    return json.dumps(build_report(results), ensure_ascii=False, indent=2) + "\n"
