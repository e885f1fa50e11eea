"""The terminal report: grouped by document, the chain drawn as a line, colour on a TTY."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape

from ..model import DocumentResult
from ..packs import RuleDoc
from ..report import summary

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(results: list[DocumentResult], rules: list[RuleDoc], color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, highlight=False, width=100, soft_wrap=True)
    for result in results:
        _document(console, result)
    counts = summary(results)
    found = counts["findings"]
    console.print(
        f"[bold]{counts['documents']} document(s)[/]: {counts['audited']} audited, "
        f"{'[red]' if counts['failed'] else ''}{counts['failed']} failed{'[/]' if counts['failed'] else ''}; "
        f"findings: [bold red]{found['error']}[/] error, [yellow]{found['warning']}[/] warning, [cyan]{found['info']}[/] info"
    )
    return buffer.getvalue()


def _document(console: Console, result: DocumentResult) -> None:
    console.print(f"[bold underline]{escape(result.source.path)}[/]" + (f"  {escape(result.source.url)}" if result.source.url else ""))
    if result.status == "failed":
        console.print(f"  [bold red]failed[/]  {escape(result.error or '')}\n")
        return
    claims = result.claims
    assert claims is not None
    if claims.title:
        console.print(f"  title      {escape(claims.title.value)}")
    if claims.published and claims.published.value.date:
        p = claims.published
        console.print(f"  published  {p.value.date.isoformat()}  ({escape(p.value.text)}, {_where(p.evidence.line, p.evidence.where)})")
    if claims.section:
        console.print(f"  section    {escape(claims.section.value)}")
    links = []
    for link in result.chain:
        detail = ", ".join(x for x in (link.author, link.date_text) if x)
        links.append(f"[bold]{escape(link.publisher or 'unknown')}[/]" + (f" ({escape(detail)})" if detail else ""))
    console.print("  chain      " + " ──▶ ".join(links))
    if result.rights:
        r = result.rights
        statement = r.statement.rstrip("/").split("/")[-2]
        console.print(
            f"  rights     holder {escape(r.holder or 'unknown')} · basis {r.basis} · {statement}"
            + (f" · {r.license}" if r.license else "")
            + f" · {'openly licensed' if r.openly_licensed else 'not openly licensed'}"
        )
    for notice in claims.notices:
        console.print(f"  notice     {notice.kind:<13} line {notice.evidence.line}: {escape(_short(notice.text))}")
    for f in result.findings:
        console.print(
            f"  [{_STYLE[f.severity]}]{f.severity:<7}[/] {f.rule} {f.name}  line {f.line if f.line is not None else '-'}\n"
            f"           {escape(f.message)}\n"
            f"           [dim]evidence:[/] {escape(_short(f.evidence))}"
            + (f"\n           [dim]suggestion:[/] {escape(f.suggestion)}" if f.suggestion else "")
        )
    console.print()


def _where(line: int | None, where: str) -> str:
    return f"line {line}" if where == "text" else f"{where}, line {line}" if line else where


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
