"""The terminal report: grouped by document, the chain drawn as a line, colour on a TTY."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from ..link import Linking
from ..model import DocumentResult
from ..printable import printable
from ..report import Tally
from .base import Reporter

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class TextReporter(Reporter):
    def start(self) -> None:
        self.console = Console(
            file=self.out, force_terminal=self.color, no_color=not self.color, highlight=False, width=100, soft_wrap=True
        )

    def document(self, result: DocumentResult) -> None:
        _document(self.console, result)

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
        found = tally.findings
        failed = f"[red]{tally.failed} failed[/]" if tally.failed else "0 failed"
        skipped = f", {tally.skipped} skipped (already in the output)" if tally.skipped else ""
        baselined = f" ({tally.baselined} more in the baseline)" if tally.baselined else ""
        self.console.print(
            f"[bold]{tally.seen} document(s)[/]: {tally.audited} audited, {failed}{skipped}; "
            f"findings: [bold red]{found['error']}[/] error, [yellow]{found['warning']}[/] warning, [cyan]{found['info']}[/] info{baselined}"
        )


def _document(console: Console, result: DocumentResult) -> None:
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
        console.print(f"  notice     {notice.kind:<13} line {notice.evidence.line}: {_shown(_short(notice.text))}")
    for f in result.findings:
        console.print(
            f"  [{_STYLE[f.severity]}]{f.severity:<7}[/] {_shown(f.rule)} {_shown(f.name)}  line {f.line if f.line is not None else '-'}\n"
            f"           {_shown(f.message)}\n"
            f"           [dim]evidence:[/] {_shown(_short(f.evidence))}"
            + (f"\n           [dim]suggestion:[/] {_shown(f.suggestion)}" if f.suggestion else "")
        )
    console.print()


def _shown(text: str) -> str:
    """Page text, a name or a URL as the terminal should show it: control characters
    escaped, and brackets that rich would read as markup escaped too."""
    return escape(printable(text))


def _where(line: int | None, where: str) -> str:
    return f"line {line}" if where == "text" else f"{_shown(where)}, line {line}" if line else _shown(where)


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
