"""The terminal report: grouped by document, the chain drawn as a line, colour on a TTY.

A whole crawl is mostly documents with nothing to say, so with more than one document
the report shows those with findings (at `min_severity` or worse) or that failed, then a
table of findings by rule; `TextView(show="all")` shows every document, and
`statistics_only` the table alone. The first document is held back until a second
arrives, so that a lone document is always shown and nothing else is kept in memory.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal, TextIO

from rich.console import Console
from rich.markup import escape

from ..link import Linking
from ..model import SEVERITY_RANK, DocumentResult, Finding, Notice, Severity
from ..packs import RuleDoc
from ..printable import printable
from ..report import Tally
from .base import Reporter

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# The report's words for a notice's kind; the JSON keeps its own ids ("license").
_KIND = {"fair-use": "fair-use", "copyright": "copyright", "license": "licence", "republication": "republication"}
_NOTICE_LABEL_WIDTH = len("republication · mention")


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 here; the command line ends a run whose reader left the same
        # way for every format.
        raise BrokenPipeError


@dataclass(frozen=True)
class TextView:
    """What the text report shows of a run (the data formats always hold everything)."""

    show: Literal["findings", "all"] = "findings"  # with several documents: only those with findings or failed
    statistics_only: bool = False  # the table of findings by rule, without the documents
    min_severity: Severity = "info"  # findings less severe are left out of the documents and the table


class TextReporter(Reporter):
    def __init__(self, out: TextIO, rules: list[RuleDoc], color: bool = False, view: TextView | None = None) -> None:
        super().__init__(out, rules, color)
        self.view = view or TextView()

    def start(self) -> None:
        # An explicit colour system: with --color always, TERM=dumb must not turn it off again.
        self.console = _Console(
            file=self.out,
            force_terminal=self.color,
            no_color=not self.color,
            color_system="standard" if self.color else None,
            highlight=False,
            width=100,
            soft_wrap=True,
        )
        self.by_rule: Counter[tuple[str, str, str]] = Counter()  # (rule, name, severity) -> findings shown
        self.held: DocumentResult | None = None  # the first document, until a second arrives
        self.several = False
        self.left_out = 0  # documents not shown: nothing to report at min_severity

    def document(self, result: DocumentResult) -> None:
        findings = self._shown_findings(result)
        self.by_rule.update((f.rule, f.name, f.severity) for f in findings)
        if self.several:
            self._show_or_count(result)
        elif self.held is None:
            self.held = result
        else:
            self.several = True
            self._show_or_count(self.held)
            self.held = None
            self._show_or_count(result)

    def links(self, linking: Linking) -> None:
        self.console.print(f"[bold]copies[/]: {len(linking.clusters)} group(s) of documents sharing their text")
        for cluster in linking.clusters:
            original = escape(cluster.original) if cluster.original else "unknown"
            self.console.print(f"  {cluster.id}  original {original} ({cluster.why}: {escape(cluster.evidence)})")
            for member in cluster.members:
                if member != cluster.original:
                    self.console.print(f"      {escape(member)}")
        self.console.print()

    def finish(self, tally: Tally) -> None:
        if self.held is not None and not self.view.statistics_only:
            _document(self.console, self.held, self._shown_findings(self.held))  # a lone document is always shown
        if self.several or self.view.statistics_only:
            self._statistics()
        found = tally.findings
        failed = f"[red]{tally.failed} failed[/]" if tally.failed else "0 failed"
        skipped = f", {tally.skipped} skipped (already in the output)" if tally.skipped else ""
        baselined = f" ({tally.baselined} more in the baseline)" if tally.baselined else ""
        self.console.print(
            f"[bold]{tally.seen} document(s)[/]: {tally.audited} audited, {failed}{skipped}; "
            f"findings: [bold red]{found['error']}[/] error, [yellow]{found['warning']}[/] warning, [cyan]{found['info']}[/] info{baselined}"
        )
        not_shown = self._not_shown(tally)
        if not_shown:
            self.console.print(f"not shown: {'; '.join(not_shown)}")

    def _shown_findings(self, result: DocumentResult) -> list[Finding]:
        least = SEVERITY_RANK[self.view.min_severity]
        return [f for f in result.findings if SEVERITY_RANK[f.severity] >= least]

    def _show_or_count(self, result: DocumentResult) -> None:
        findings = self._shown_findings(result)
        if self.view.statistics_only or (self.view.show == "findings" and not findings and result.status != "failed"):
            self.left_out += 1
        else:
            _document(self.console, result, findings)

    def _statistics(self) -> None:
        """Findings by rule, most frequent first, as `ruff --statistics` counts them."""
        if not self.by_rule:
            return
        rows = [(rule, name, severity, str(count)) for (rule, name, severity), count in sorted(self.by_rule.items(), key=_most_first)]
        header = ("rule", "name", "severity", "count")
        widths = [max(len(row[column]) for row in (header, *rows)) for column in range(4)]
        self.console.print(f"[bold]{header[0]:<{widths[0]}}  {header[1]:<{widths[1]}}  {header[2]:<{widths[2]}}  {header[3]:>{widths[3]}}[/]")
        for rule, name, severity, count in rows:
            self.console.print(
                f"{_shown(rule)}{' ' * (widths[0] - len(rule))}  {_shown(name)}{' ' * (widths[1] - len(name))}  "
                f"[{_STYLE[severity]}]{severity:<{widths[2]}}[/]  {count:>{widths[3]}}"
            )
        self.console.print()

    def _not_shown(self, tally: Tally) -> list[str]:
        """What the view left out, so that a short report never reads as a clean run."""
        parts = []
        if self.left_out and not self.view.statistics_only:
            parts.append(f"{self.left_out} document(s) with nothing to report (--show all lists them)")
        hidden = sum(count for level, count in tally.findings.items() if SEVERITY_RANK[level] < SEVERITY_RANK[self.view.min_severity])
        if hidden:
            parts.append(f"{hidden} finding(s) less severe than {self.view.min_severity} (--min-severity)")
        return parts


def _most_first(item: tuple[tuple[str, str, str], int]) -> tuple[int, str, str]:
    (rule, _, severity), count = item
    return -count, rule, severity


def _document(console: Console, result: DocumentResult, findings: list[Finding]) -> None:
    console.print(f"[bold underline]{_shown(result.source.key)}[/]" + (f"  {_shown(result.source.url)}" if result.source.url else ""))
    if result.status == "failed":
        console.print(f"  [bold red]failed[/]  {_shown(result.error or '')}\n")
        return
    claims = result.claims
    assert claims is not None
    if claims.title:
        console.print(f"  title      {_shown(claims.title.value)}")
    if claims.published and claims.published.value.date:
        p = claims.published
        console.print(f"  published  {claims.published.value.date.isoformat()}  ({_shown(p.value.text)}, {_where(p.evidence.line, p.evidence.where)})")
    if claims.section:
        console.print(f"  section    {_shown(claims.section.value)}")
    links = []
    for link in result.chain:
        detail = ", ".join(x for x in (link.author, link.date_text) if x)
        links.append(f"[bold]{_shown(link.publisher or 'unknown')}[/]" + (f" ({_shown(detail)})" if detail else ""))
    console.print("  chain      " + " ──▶ ".join(links))
    for label, linked in (("copies", result.copies), ("copied by", result.copied_by)):
        for copy in linked or []:
            console.print(f"  {label:<10} {escape(copy.key)}  ({copy.containment:.0%} of the copy's text; original by {copy.why})")
    if result.rights:
        r = result.rights
        # A RightsStatements.org statement by its short name (InC, CNE); a licence's own address is
        # already said by the licence's id.
        statement = r.statement.rstrip("/").split("/")[-2] if r.statement and "rightsstatements.org" in r.statement else None
        if r.holder:
            holder = f"holder {_shown(r.holder)}"
        elif r.presumed_holder:
            holder = f"holder not stated (presumed: {_shown(r.presumed_holder)}, the publisher)"
        else:
            holder = "holder not stated"
        console.print(
            f"  rights     {holder} · basis {r.basis}"
            + (f" · {_shown(statement)}" if statement else "")
            + (f" · {_shown(r.license)}" if r.license else "")
            + f" · {'openly licensed' if r.openly_licensed else 'not openly licensed'}"
        )
    for notice in claims.notices:
        console.print(f"  notice     {_notice_label(notice):<{_NOTICE_LABEL_WIDTH}} line {notice.evidence.line}: {_notice_text(notice)}")
    for f in findings:
        console.print(
            f"  [{_STYLE[f.severity]}]{f.severity:<7}[/] {_shown(f.rule)} {_shown(f.name)}  line {f.line if f.line is not None else '-'}\n"
            f"           {_shown(f.message)}\n"
            f"           [dim]evidence:[/] {_shown(_short(f.evidence))}"
            + (f"\n           [dim]suggestion:[/] {_shown(f.suggestion)}" if f.suggestion else "")
        )
    console.print()


def _notice_label(notice: Notice) -> str:
    """The notice's kind and what it covers ("licence · image"), so that a photo credit
    never reads like the page's own licence."""
    return _shown(f"{_KIND.get(notice.kind, notice.kind)} · {notice.scope}")


def _notice_text(notice: Notice) -> str:
    licence = f"{notice.license}: " if notice.kind == "license" and notice.license else ""
    return _shown(licence + _short(notice.text))


def _shown(text: str) -> str:
    """Page text, a name or a URL as the terminal should show it: control characters
    escaped, and brackets that rich would read as markup escaped too."""
    return escape(printable(text))


def _where(line: int | None, where: str) -> str:
    return f"line {line}" if where == "text" else f"{_shown(where)}, line {line}" if line else _shown(where)


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
