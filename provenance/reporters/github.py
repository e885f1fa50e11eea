"""GitHub Actions workflow commands: each finding becomes an annotation on its file
and line in the pull request or run summary; with --link, each group of copies is a
notice naming its original."""

from __future__ import annotations

import re

from ..link import Linking
from ..model import DocumentResult
from ..printable import printable
from ..report import Tally
from .base import Reporter, working_path

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


_BREAKS = {"\r": "%0D", "\n": "%0A"}  # a line break in an annotation, as GitHub encodes it


def _data(text: str) -> str:
    # Other control characters are shown escaped: the log viewer would act on an ESC sequence.
    return "".join(_BREAKS.get(part) or printable(part).replace("%", "%25") for part in re.split(r"([\r\n])", text))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def document(self, result: DocumentResult) -> None:
        # GitHub annotates paths relative to the checkout (the working directory in CI).
        file = _property(working_path(result.source.path) or result.source.path)
        if result.status == "failed":
            failure = _data(f"{result.source.key}: {result.error}")
            self.out.write(f"::error file={file},title=provenance input failed::{failure}\n")
        for f in result.findings:
            where = f"file={file}" + (f",line={f.line}" if f.line and result.source.key == result.source.path else "")
            record = f" [{result.source.key}]" if result.source.key != result.source.path else ""
            message = f.message + record + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
            self.out.write(f"::{_LEVEL[f.severity]} {where},title={_property(f'{f.rule} {f.name}')}::{_data(message)}\n")

    def links(self, linking: Linking) -> None:
        for cluster in linking.clusters:
            copies = ", ".join(m for m in cluster.members if m != cluster.original)
            text = f"{cluster.id}: original {cluster.original or 'unknown'} ({cluster.why}: {cluster.evidence}); copies: {copies}"
            self.out.write(f"::notice title=provenance copies::{_data(text)}\n")

    def finish(self, tally: Tally) -> None:
        found = tally.findings
        line = (
            f"{tally.seen} documents: {tally.audited} audited, {tally.failed} failed; "
            f"findings: {found['error']} error, {found['warning']} warning, {found['info']} info"
        )
        self.out.write(f"::notice title=provenance::{_data(line)}\n")
