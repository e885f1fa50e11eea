"""SARIF 2.1.0 for code-scanning dashboards.

Locations are file paths (relative to the working directory where possible, as
dashboards expect repository paths); a page's URL goes in the result's properties.
Inputs that could not be audited become tool execution notifications. With --link, the
groups of copies are in the run's `properties.clusters` (the JSON report's `clusters`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .. import __version__
from ..link import Linking
from ..model import DocumentResult, Finding
from ..packs import RuleDoc
from ..report import Tally, cluster_entry
from .base import Reporter, working_path

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return working_path(path) or Path(os.path.abspath(path)).as_uri()


def _location(path: str, line: int | None, snippet: str | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if line and line > 0:
        region: dict[str, Any] = {"startLine": line}
        if snippet:
            region["snippet"] = {"text": snippet}
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(finding: Finding, doc: DocumentResult, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(doc.source.path, finding.line, finding.evidence)],
        "properties": {"category": finding.category, "name": finding.name},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.related:
        result["relatedLocations"] = [
            {"id": i, **_location(doc.source.path, r.line, r.text), "message": {"text": r.text}}
            for i, r in enumerate(finding.related)
        ]
    if finding.suggestion:
        result["properties"]["suggestion"] = finding.suggestion
    if doc.source.url:
        result["properties"]["url"] = doc.source.url
    if doc.source.key != doc.source.path:
        result["properties"]["record"] = doc.source.key
    return result


class SarifReporter(Reporter):
    """Streamed: the driver's rules first, each document's results, then the failed
    inputs as tool execution notifications."""

    _first = True

    def start(self) -> None:
        self.index = {rule.id: i for i, rule in enumerate(self.rules)}
        self.notifications: list[dict[str, Any]] = []
        driver = json.dumps(_driver(self.rules), ensure_ascii=False, indent=2).replace("\n", "\n        ")
        self.out.write(
            f'{{\n  "$schema": "{SARIF_SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {{\n'
            f'      "tool": {{\n        "driver": {driver}\n      }},\n      "results": ['
        )

    def document(self, result: DocumentResult) -> None:
        if result.status == "failed":
            self.notifications.append(
                {"level": "error", "message": {"text": f"{result.source.key}: {result.error}"}, "locations": [_location(result.source.path, None)]}
            )
        for finding in result.findings:
            entry = json.dumps(_result(finding, result, self.index), ensure_ascii=False, indent=2).replace("\n", "\n        ")
            self.out.write(("\n        " if self._first else ",\n        ") + entry)
            self._first = False

    def links(self, linking: Linking) -> None:
        self.clusters = [cluster_entry(c) for c in linking.clusters]

    def finish(self, tally: Tally) -> None:
        clusters = getattr(self, "clusters", None)
        properties = ""
        if clusters is not None:
            properties = ',\n      "properties": ' + json.dumps({"clusters": clusters}, ensure_ascii=False, indent=2).replace("\n", "\n      ")
        invocations = json.dumps(
            [{"executionSuccessful": not self.notifications, "toolExecutionNotifications": self.notifications}],
            ensure_ascii=False,
            indent=2,
        ).replace("\n", "\n      ")
        self.out.write(("]" if self._first else "\n      ]") + f',\n      "invocations": {invocations}{properties}\n    }}\n  ]\n}}\n')


def _driver(rules: list[RuleDoc]) -> dict[str, Any]:
    return {
        "name": "provenance",
        "version": __version__,
        "informationUri": "https://pypi.org/project/provenance/",
        "rules": [
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.why},
                "help": {"text": f"{rule.summary}\n\nWhy it matters: {rule.why}\n\nExample: {rule.example}"},
                "defaultConfiguration": {"level": _LEVEL[rule.severity]},
                "properties": {"category": rule.category},
            }
            for rule in rules
        ],
    }
