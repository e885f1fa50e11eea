"""The command line: `provenance audit`, `provenance rules`, `provenance explain`.

Exit codes: 0 nothing reached --fail-on; 1 findings did; 2 a usage error, a bad rule
pack, or an input that could not be read (that input still has its `failed` entry).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .audit import audit_paths, default_packs
from .load import DEFAULT_MAX_BYTES
from .model import SEVERITY_RANK, AuditOptions, DocumentResult
from .packs import PackError, Packs
from .reporters import RENDERERS
from .rules import all_rule_docs

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Audit documents for where they came from and on what terms they were copied.")


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _packs(rules: list[Path] | None) -> Packs:
    try:
        return default_packs(rules)
    except PackError as exc:
        typer.echo(f"provenance: bad rule pack: {exc}", err=True)
        raise typer.Exit(2) from None


def bundled_seeds() -> Path:
    packaged = Path(str(resources.files("provenance"))) / "_seeds"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "seeds"


def exit_code(results: list[DocumentResult], fail_on: str) -> int:
    if any(r.status == "failed" for r in results):
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return 1 if hit else 0


def write_atomically(path: Path, content: str) -> None:
    """Write via a temporary file in the same directory, so a crash never leaves half a report."""
    directory = path.resolve().parent
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644  # mkstemp's 0600 would hide it from CI
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@app.command()
def audit(
    paths: Optional[List[Path]] = typer.Argument(None, help="Files or directories (recursive). Default: the bundled seeds."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here (atomically) instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Exit 1 when a finding of this severity or worse is found."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="A directory of extra rule packs (*.toml); may be repeated."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Reference date (YYYY-MM-DD) for future-date checks. Default: today."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Inputs larger than this fail instead of being audited."),
) -> None:
    """Audit documents and report their provenance, notices, dates and rights."""
    try:
        reference = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        typer.echo(f"provenance: --as-of must be a date as YYYY-MM-DD, not {as_of!r}", err=True)
        raise typer.Exit(2) from None
    if output is not None and not output.resolve().parent.is_dir():
        typer.echo(f"provenance: --output {output}: directory {output.resolve().parent} does not exist", err=True)
        raise typer.Exit(2)
    packs = _packs(rules)
    options = AuditOptions(as_of=reference, max_bytes=max_bytes)
    results = list(audit_paths(paths or [bundled_seeds()], packs=packs, options=options))
    color = output is None and format is Format.text and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    rendered = RENDERERS[format.value](results, all_rule_docs(packs), color)
    if output:
        try:
            write_atomically(output, rendered)
        except OSError as exc:
            typer.echo(f"provenance: --output: cannot write {output}: {exc.strerror or exc}", err=True)
            raise typer.Exit(2) from None
    else:
        sys.stdout.write(rendered)
    for result in results:
        if result.status == "failed":
            typer.echo(f"provenance: {result.source.path}: {result.error}", err=True)
    raise typer.Exit(exit_code(results, fail_on.value))


@app.command("rules")
def list_rules(
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="A directory of extra rule packs to include."),
) -> None:
    """List every rule: id, name, severity, category and what it finds."""
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "name", "severity", "category", "finds", box=None, show_edge=False)
    for doc in all_rule_docs(_packs(rules)):
        table.add_row(doc.id, doc.name, doc.severity, doc.category, doc.summary)
    Console(highlight=False, soft_wrap=False, width=max(120, Console().width)).print(table)


@app.command()
def explain(
    rule: str = typer.Argument(..., help="A rule id (PRV302) or name (source-date-year-slip)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="A directory of extra rule packs to include."),
) -> None:
    """Show a rule's documentation: what it finds, why it matters, an example."""
    docs = all_rule_docs(_packs(rules))
    found = next((d for d in docs if rule.upper() == d.id or rule.lower() == d.name), None)
    if found is None:
        typer.echo(f"provenance: no rule {rule!r}; `provenance rules` lists them", err=True)
        raise typer.Exit(2)
    typer.echo(
        f"{found.id} {found.name}  ({found.severity}, {found.category})\n\n"
        f"What it finds\n  {found.summary}\n\nWhy it matters\n  {found.why}\n\nExample\n  {found.example}\n\n"
        f"Defined in {found.origin}"
    )


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit(0)


def main() -> None:
    app()
