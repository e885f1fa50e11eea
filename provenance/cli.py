"""The command line: `provenance audit`, `provenance baseline create`, `provenance rules`,
`provenance explain`.

Exit codes: 0 nothing reached --fail-on; 1 findings did; 2 a usage error, a bad rule
pack or configuration, or an input that could not be read (that input still has its
`failed` entry). `--exit-zero` turns 1 and the failed-input 2 into 0.

Settings come from the flags, then the configuration file, then the defaults.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import signal
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import TextIO

import typer

from . import __version__
from .audit import audit_inputs, default_packs
from .baseline import BaselineError, baseline_entries, dump_baseline, load_baseline, without_baselined
from .config import Config, ConfigError, find_config, load_config
from .dates import MAX_YEAR, MIN_YEAR, in_calendar
from .link import Linker, link_results
from .load import DEFAULT_MAX_BYTES, LeftOut, iter_inputs
from .model import DEFAULT_TIMEOUT, SEVERITY_RANK, AuditOptions, DocumentResult, RawInput, RuleSelection, byte_size
from .output import OutputError, already_reported, atomic_output, check_output, in_place_output
from .packs import PackError, Packs
from .printable import printable
from .report import Tally
from .reporters import TextView, write_report
from .rules import all_rule_docs
from .usage import OneLineUsageErrors, at_least, usage_error

app = typer.Typer(
    cls=OneLineUsageErrors, add_completion=False, no_args_is_help=True, help="Audit documents for where they came from and on what terms they were copied."
)
baseline_app = typer.Typer(no_args_is_help=True, help="Accept the current findings, so that CI reports only new ones.")
app.add_typer(baseline_app, name="baseline")
spark_app = typer.Typer(no_args_is_help=True, help="Run the audit on Apache Spark: pip install 'provenance[spark]'.")
app.add_typer(spark_app, name="spark")


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    csv = "csv"
    html = "html"
    prov = "prov"
    prov_jsonld = "prov-jsonld"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Show(str, Enum):
    findings = "findings"
    all = "all"


class Parser(str, Enum):
    lexbor = "lexbor"
    lxml = "lxml"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def say(message: str) -> None:
    """A line on stderr; names and reasons in it may come from pages and file names, so
    control characters are shown escaped, never sent to the terminal."""
    typer.echo(f"provenance: {printable(message)}", err=True)


def fail(message: str) -> typer.Exit:
    say(message)
    return typer.Exit(2)


def bundled_seeds() -> Path:
    packaged = Path(str(resources.files("provenance"))) / "_seeds"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "seeds"


# --- Settling what a run does: flags, then configuration, then defaults -----------------------


@dataclass(frozen=True)
class Run:
    paths: list[Path]
    packs: Packs
    options: AuditOptions
    jobs: int
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    fail_on: str
    baseline: frozenset[str]
    link: bool = False


def _codes(values: list[str] | None) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values or [] for code in value.split(",") if code.strip())


def _configuration(config_path: Path | None) -> Config:
    """The file named by --config, else the nearest one; a bad one is a usage error."""
    try:
        return load_config(config_path or find_config(Path.cwd()))
    except ConfigError as exc:
        raise fail(str(exc)) from None


def _packs(config: Config, rules: list[Path] | None) -> Packs:
    """The built-in packs, the configuration's, then those named by --rules."""
    try:
        return default_packs([*config.rules, *(rules or [])])
    except PackError as exc:
        raise fail(f"bad rule pack: {exc}") from None


def settle(
    paths: list[Path] | None,
    config_path: Path | None,
    rules: list[Path] | None,
    as_of: str | None,
    max_bytes: int | None,
    jobs: int | None,
    include: list[str] | None,
    exclude: list[str] | None,
    select: list[str] | None,
    ignore: list[str] | None,
    fail_on: FailOn | None,
    baseline: Path | None,
    timeout: float | None = None,
    link: bool = False,
    parser: Parser = Parser.lxml,
) -> Run:
    config = _configuration(config_path)
    try:
        reference = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise usage_error(f"--as-of: must be a date as YYYY-MM-DD, not {as_of!r}") from None
    if reference is not None and not in_calendar(reference):
        raise usage_error(f"--as-of: must be a year from {MIN_YEAR} to {MAX_YEAR}, not {as_of!r}")
    packs = _packs(config, rules)
    selection = _selection(config, _codes(select), _codes(ignore), packs)
    _warn_unselected_packs(config, rules or [], bool(select), selection, packs)
    limit = next((n for n in (max_bytes, config.max_bytes) if n is not None), DEFAULT_MAX_BYTES)
    if timeout is not None and not 0 <= timeout < float("inf"):
        raise usage_error(f"--timeout: must be a number of seconds, 0 (no limit) or more, not {timeout:g}")
    seconds = next((t for t in (timeout, config.timeout) if t is not None), DEFAULT_TIMEOUT)
    linking = link or bool(config.link)
    options = AuditOptions(
        as_of=reference, max_bytes=limit, timeout=seconds or None, rules=selection, sign=linking, parser=parser.value, **config.options
    )
    baseline_path = baseline or config.baseline
    try:
        accepted = load_baseline(baseline_path) if baseline_path else frozenset()
    except BaselineError as exc:
        raise fail(str(exc)) from None
    return Run(
        paths=list(paths or [bundled_seeds()]),
        packs=packs,
        options=options,
        jobs=jobs if jobs is not None else config.jobs if config.jobs is not None else 0,
        include=tuple(include or config.include),
        exclude=tuple(exclude or config.exclude),
        fail_on=fail_on.value if fail_on else config.fail_on or "error",
        baseline=accepted,
        link=linking,
    )


def _selection(config: Config, select: tuple[str, ...], ignore: tuple[str, ...], packs: Packs) -> RuleSelection:
    known = {doc.id for doc in all_rule_docs(packs)}
    named = [("--select", code) for code in select] + [("--ignore", code) for code in ignore]
    where = f"{config.path}: " if config.path else ""
    named += [(f"{where}select", code) for code in config.select] + [(f"{where}ignore", code) for code in config.ignore]
    named += [(f"{where}severity", code) for code in config.severity]
    for key, code in named:
        if not any(rule.startswith(code) for rule in known):
            raise fail(f"{key}: no rule matches {code!r}; `provenance rules` lists them")
    return RuleSelection(
        select=select or config.select,
        ignore=(*config.ignore, *ignore),
        severity=tuple(sorted(config.severity.items())),  # type: ignore[arg-type]
    )


def _warn_unselected_packs(config: Config, rule_dirs: list[Path], select_flag: bool, selection: RuleSelection, packs: Packs) -> None:
    """A pack added while `select` names none of its rules would run nothing, silently:
    say so. --select on the command line narrows a run on purpose, so the configuration's
    packs it leaves out are not mentioned; packs named by --rules always are."""
    if not selection.select:
        return
    where = "--select" if select_flag else f"{config.path}: select" if config.path else "select"
    docs = all_rule_docs(packs)
    for directory in rule_dirs if select_flag else [*config.rules, *rule_dirs]:
        ids = [doc.id for doc in docs if Path(doc.origin).parent == directory]
        if ids and not any(selection.enabled(rule) for rule in ids):
            letters = re.sub(r"\d.*", "", ids[0])  # "ORG" of ORG101: the prefix that selects a pack's rules
            add = letters if letters and all(rule.startswith(letters) for rule in ids) else ids[0]
            say(
                f"warning: {where} ({', '.join(selection.select)}) leaves out every rule of the packs in {directory} "
                f"({', '.join(ids)}); add {add!r} to it to run them"
            )


def results_of(
    run: Run, skip: frozenset[str] = frozenset(), tally: Tally | None = None, left_out: LeftOut | None = None
) -> Iterator[DocumentResult]:
    """The run's results in input order, with baselined findings removed (counted in
    `tally`) and documents whose key is in `skip` left out (counted as skipped); files
    not read at all are told to `left_out`."""
    raws = iter_inputs(run.paths, run.options.max_bytes, run.include, run.exclude, left_out=left_out)
    if skip:
        raws = _unless_done(raws, skip, tally)
    for result in audit_inputs(raws, run.packs, run.options, run.jobs, keep_documents=False):  # reporters read no Document
        if run.baseline:
            result, hidden = without_baselined(result, run.baseline)
            if tally is not None:
                tally.baselined += hidden
        yield result


def _unless_done(raws: Iterator[RawInput], skip: frozenset[str], tally: Tally | None) -> Iterator[RawInput]:
    for raw in raws:
        if raw.source.key in skip:
            if tally is not None:
                tally.skipped += 1
            continue
        yield raw


# --- Output ---------------------------------------------------------------------------------


@contextmanager
def report_stream(output: Path | None, format: Format, resume: bool) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
    elif format is Format.jsonl:  # written as it goes, so an interrupted run keeps its lines
        with in_place_output(output, append=resume) as out:
            yield out
    else:
        with atomic_output(output) as out:
            yield out


@dataclass
class NotRead:
    """The files a run does not read (hidden, of no known kind, excluded, given twice):
    listed for -v, else only counted, so that a walk of a big tree keeps no list."""

    listing: bool
    count: int = 0
    files: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    def __call__(self, path: str, reason: str) -> None:
        self.count += 1
        if self.listing:
            self.files.append((path, reason))

    def say(self, quiet: bool) -> None:
        for path, reason in self.files:
            say(f"not read: {path}: {reason}")
        if self.count and not self.listing and not quiet:
            say(f"{self.count} file(s) not read (hidden, of no known kind, excluded or given twice); -v lists them")


def with_progress(results: Iterator[DocumentResult], show: bool) -> Iterator[DocumentResult]:
    if not show:
        yield from results
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    started = time.monotonic()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("auditing")
        for count, result in enumerate(results, 1):
            rate = count / max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, description=f"{count} documents ({rate:.0f}/s)  {escape(printable(result.source.key[-60:]))}")
            yield result


def wants_color(choice: Color, to_terminal: bool, environ: Mapping[str, str]) -> bool:
    """--color always or never as told; auto: NO_COLOR (no-color.org) turns it off, then
    FORCE_COLOR (force-color.org) on, else colour when the report goes to a terminal."""
    if choice is not Color.auto:
        return choice is Color.always
    if environ.get("NO_COLOR"):
        return False
    return bool(environ.get("FORCE_COLOR")) or to_terminal


def text_view(format: Format, show: Show | None, statistics: bool, min_severity: Level | None) -> TextView:
    """What the text report shows; these options mean nothing to the data formats, so
    giving one with them is a usage error rather than a silent no-op."""
    given = [name for name, value in (("--show", show), ("--statistics", statistics), ("--min-severity", min_severity)) if value]
    if given and format is not Format.text:
        raise usage_error(f"{given[0]} shapes the text report; --format {format.value} holds every document and finding")
    return TextView(show=show.value if show else "findings", statistics_only=statistics, min_severity=min_severity.value if min_severity else "info")


def exit_code(tally: Tally, fail_on: str, exit_zero: bool) -> int:
    if exit_zero:
        return 0
    if tally.failed:
        return 2
    if fail_on == "never":
        return 0
    return 1 if any(count and SEVERITY_RANK[level] >= SEVERITY_RANK[fail_on] for level, count in tally.findings.items()) else 0


# --- Commands -------------------------------------------------------------------------------

PATHS = typer.Argument(None, help="Files, directories (recursive), WARC/ARC, JSON Lines (.gz too), or - for stdin. Default: the bundled seeds.")
RULES = typer.Option(None, "--rules", help="A directory of extra rule packs (*.toml); may be repeated.")
CONFIG = typer.Option(None, "--config", help="Configuration file (default: the nearest provenance.toml, or pyproject.toml with a tool.provenance table).")
AS_OF = typer.Option(None, "--as-of", help="Reference date (YYYY-MM-DD) for future-date checks. Default: a WARC record's capture date, else today.")
MAX_BYTES = typer.Option(
    None, "--max-bytes", callback=at_least(1), help=f"Bytes: documents larger than this fail instead of being audited (default {byte_size(DEFAULT_MAX_BYTES)})."
)
TIMEOUT = typer.Option(
    None, "--timeout", help=f"Processor seconds one document may take before it fails and the run goes on (default {DEFAULT_TIMEOUT:g}; 0: no limit)."
)
JOBS = typer.Option(None, "--jobs", "-j", callback=at_least(0, " (one per core)"), help="Worker processes; 0 = one per core (the default).")
INCLUDE = typer.Option(None, "--include", help="Glob of files to take from directories (may be repeated). Default: every known kind.")
EXCLUDE = typer.Option(None, "--exclude", help="Glob of files to leave out of directories (may be repeated).")
SELECT = typer.Option(None, "--select", help="Only these rules (codes or prefixes, comma-separated).")
IGNORE = typer.Option(None, "--ignore", help="Not these rules (codes or prefixes, comma-separated).")


@app.command()
def audit(
    paths: list[Path] | None = PATHS,
    format: Format = typer.Option(Format.text, "--format", "-f", case_sensitive=False, help="Report format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report here (atomically; jsonl line by line) instead of stdout."),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", help="Exit 1 when a finding of this severity or worse is found (default: error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings or failed inputs (usage errors still exit 2)."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Report only findings not in this baseline (see `provenance baseline create`)."),
    resume: bool = typer.Option(False, "--resume", help="With --format jsonl --output FILE: skip documents already in FILE and append."),
    link: bool = typer.Option(False, "--link", help="Link each copy to its original among the run's documents (copies, copied_by, clusters)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-input messages on stderr."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List on stderr the files not read: hidden, of no known kind, excluded, given twice."),
    show: Show | None = typer.Option(
        None, "--show", case_sensitive=False, help="Text report: 'all' documents, or those with 'findings' or that failed (the default with several)."
    ),
    statistics: bool = typer.Option(False, "--statistics", help="Text report: only the table of findings by rule."),
    min_severity: Level | None = typer.Option(
        None, "--min-severity", case_sensitive=False, help="Text report: leave out less severe findings (the exit code still follows --fail-on)."
    ),
    color: Color = typer.Option(
        Color.auto, "--color", case_sensitive=False, help="Colour the text report: auto (on a terminal; NO_COLOR, FORCE_COLOR), always, never."
    ),
    rules: list[Path] | None = RULES,
    config: Path | None = CONFIG,
    as_of: str | None = AS_OF,
    max_bytes: int | None = MAX_BYTES,
    timeout: float | None = TIMEOUT,
    jobs: int | None = JOBS,
    include: list[str] | None = INCLUDE,
    exclude: list[str] | None = EXCLUDE,
    select: list[str] | None = SELECT,
    ignore: list[str] | None = IGNORE,
    parser: Parser = typer.Option(
        Parser.lxml, "--parser", case_sensitive=False,
        help="HTML builder: lxml (libxml2, the reference) or lexbor (selectolax; HTML5 parsing rules; a faster parse, a slower audit so far).",
    ),
) -> None:
    """Audit documents and report their provenance, notices, dates and rights."""
    if resume and (format is not Format.jsonl or output is None):
        raise usage_error("--resume: needs --format jsonl and --output FILE: it continues that file")
    view = text_view(format, show, statistics, min_severity)
    if output is not None:
        _check_output(output, resume)
    run = settle(paths, config, rules, as_of, max_bytes, jobs, include, exclude, select, ignore, fail_on, baseline, timeout, link, parser)
    try:
        done, prior = already_reported(output, run.packs if run.link else None) if resume and output else (frozenset(), [])
    except OutputError as exc:
        raise fail(str(exc)) from None
    linker = Linker(run.packs, run.options, prior, run.baseline) if run.link else None
    tally = Tally()
    failures: list[str] = []
    not_read = NotRead(listing=verbose)

    def noting_failures(results: Iterator[DocumentResult]) -> Iterator[DocumentResult]:
        for result in results:
            if result.status == "failed" and len(failures) < 50:
                failures.append(f"{result.source.key}: {result.error}")
            yield result

    colored = format is Format.text and wants_color(color, output is None and sys.stdout.isatty(), os.environ)
    progress = not quiet and sys.stderr.isatty() and not (output is None and sys.stdout.isatty())
    try:
        with report_stream(output, format, resume) as out:
            results = with_progress(noting_failures(results_of(run, done, tally, not_read)), progress)
            write_report(format.value, results, all_rule_docs(run.packs), out, colored, tally, linker, view)
    except BrokenPipeError:
        raise reader_gone() from None
    except OSError as exc:
        raise fail(f"cannot write the report: {exc.strerror or exc}") from None
    except OutputError as exc:
        raise fail(str(exc)) from None
    not_read.say(quiet)
    if not quiet:
        for line in failures:
            say(line)
        if tally.failed > len(failures):
            say(f"... and {tally.failed - len(failures)} more failed inputs (see the report)")
        if format in (Format.jsonl, Format.csv, Format.github) or output is not None:
            say(_summary_line(tally))
    raise typer.Exit(exit_code(tally, run.fail_on, exit_zero))


def reader_gone() -> typer.Exit:
    """The report's reader closed the pipe (`| head -1`): the run ends quietly, with the
    status a Unix tool stopped by SIGPIPE has (141)."""
    try:
        # Python flushes stdout on the way out; into the closed pipe that would fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (a test's capture): nothing will be flushed to a pipe
    return typer.Exit(128 + getattr(signal, "SIGPIPE", 13))


def _summary_line(tally: Tally) -> str:
    found = tally.findings
    return (
        f"seen {tally.seen} = audited {tally.audited} + failed {tally.failed}; skipped {tally.skipped}; "
        f"findings {found['error']} error, {found['warning']} warning, {found['info']} info; baselined {tally.baselined}"
    )


def _check_output(output: Path, resume: bool = False) -> None:
    """Fail before any work when --output could not be written."""
    try:
        check_output(output, resume)
    except OutputError as exc:
        raise fail(str(exc)) from None


@baseline_app.command("create")
def baseline_create(
    paths: list[Path] | None = PATHS,
    output: Path = typer.Option(Path("provenance-baseline.json"), "--output", "-o", help="Where to write the baseline."),
    rules: list[Path] | None = RULES,
    config: Path | None = CONFIG,
    as_of: str | None = AS_OF,
    max_bytes: int | None = MAX_BYTES,
    timeout: float | None = TIMEOUT,
    jobs: int | None = JOBS,
    include: list[str] | None = INCLUDE,
    exclude: list[str] | None = EXCLUDE,
    select: list[str] | None = SELECT,
    ignore: list[str] | None = IGNORE,
    link: bool = typer.Option(False, "--link", help="Link copies across the documents, and accept the findings that makes too."),
) -> None:
    """Write the fingerprints of every current finding; `audit --baseline FILE` then reports only new ones."""
    _check_output(output)
    run = settle(paths, config, rules, as_of, max_bytes, jobs, include, exclude, select, ignore, None, None, timeout, link)
    results = results_of(run)
    if run.link:
        results = iter(link_results(results, run.packs, run.options)[0])
    try:
        with atomic_output(output) as out:  # opened before the run, so an unwritable place fails first
            entries = baseline_entries(results)
            out.write(dump_baseline(entries))
    except OSError as exc:
        raise fail(f"--output: cannot write {output}: {exc.strerror or exc}") from None
    say(f"wrote {len(entries)} finding fingerprints to {output}")


class SparkFormat(str, Enum):
    parquet = "parquet"
    jsonl = "jsonl"


@spark_app.command("audit")
def spark_audit(
    inputs: list[str] = typer.Argument(..., help="Files, directories (walked here), WARC/ARC, JSON Lines; or URLs of files (s3://, hdfs://...)."),
    output: str = typer.Option(..., "--output", "-o", help="Directory to write: documents/, clusters/ (--link), summary.json."),
    format: SparkFormat = typer.Option(SparkFormat.parquet, "--format", "-f", case_sensitive=False, help="parquet (typed columns) or jsonl (the entries)."),
    link: bool = typer.Option(False, "--link", help="Link each copy to its original among the run's documents (copies, copied_by, clusters)."),
    master: str | None = typer.Option(None, "--master", help="Spark master (local[4], yarn, k8s://...). Default: spark-submit's, or every local core."),
    conf: list[str] | None = typer.Option(None, "--conf", help="A Spark setting KEY=VALUE (may be repeated)."),
    stripes: int | None = typer.Option(None, "--stripes", callback=at_least(1), help="Tasks each WARC or JSON Lines file is read in (default: cores ÷ files)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace what the output directory holds."),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", help="Exit 1 when a finding of this severity or worse is found (default: error)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings or failed inputs (usage errors still exit 2)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List on stderr the files not read: hidden, of no known kind, excluded, given twice."),
    rules: list[Path] | None = RULES,
    config: Path | None = CONFIG,
    as_of: str | None = AS_OF,
    max_bytes: int | None = MAX_BYTES,
    timeout: float | None = TIMEOUT,
    include: list[str] | None = INCLUDE,
    exclude: list[str] | None = EXCLUDE,
    select: list[str] | None = SELECT,
    ignore: list[str] | None = IGNORE,
) -> None:
    """Audit documents on Apache Spark, as `provenance audit` does on one machine."""
    if "-" in inputs:
        raise usage_error("standard input cannot be read on Spark: name files")
    settings = [tuple(item.split("=", 1)) for item in conf or []]
    if any(len(pair) != 2 for pair in settings):
        raise usage_error("--conf: must be KEY=VALUE")
    if "://" not in output and Path(output).exists() and any(Path(output).iterdir()) and not overwrite:
        raise usage_error(f"--output {output}: already holds files (--overwrite replaces them)")
    try:
        from . import spark as on_spark
    except ImportError as exc:
        raise fail(f"the spark command needs pyspark: pip install 'provenance[spark]' ({exc})") from None
    run = settle(None, config, rules, as_of, max_bytes, 1, include, exclude, select, ignore, fail_on, None, timeout, link)
    pack_dirs = tuple(str(d.absolute()) for d in [*_configuration(config).rules, *(rules or [])])
    audit = on_spark.SparkAudit(options=run.options, rules=pack_dirs, link=run.link, stripes=stripes)
    not_read = NotRead(listing=verbose)
    spark = on_spark.session(master, [(key, value) for key, value in settings])
    report = on_spark.audit_files(spark, inputs, audit, run.include, run.exclude, not_read)
    tally = on_spark.write_report(report, output, format.value, overwrite)
    not_read.say(quiet=False)
    say(_summary_line(tally))
    raise typer.Exit(exit_code(tally, run.fail_on, exit_zero))


@app.command("rules")
def list_rules(rules: list[Path] | None = RULES, config: Path | None = CONFIG) -> None:
    """List every rule: id, name, severity, category and what it finds."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("id", "name", "severity", "category", "finds", box=None, show_edge=False)
    for doc in all_rule_docs(_packs(_configuration(config), rules)):
        # A pack's summary is shown as written: "[link=...]" in it is text, not rich markup.
        table.add_row(*(escape(printable(text)) for text in (doc.id, doc.name, doc.severity, doc.category, doc.summary)))
    Console(highlight=False, soft_wrap=False, width=max(120, Console().width)).print(table)


@app.command()
def explain(
    rule: str = typer.Argument(..., help="A rule id (PRV302) or name (source-date-year-slip)."),
    rules: list[Path] | None = RULES,
    config: Path | None = CONFIG,
) -> None:
    """Show a rule's documentation: what it finds, why it matters, an example."""
    docs = all_rule_docs(_packs(_configuration(config), rules))
    found = next((d for d in docs if rule.upper() == d.id or rule.lower() == d.name), None)
    if found is None:
        raise usage_error(f"no rule {rule!r}; `provenance rules` lists them")
    # A pack's texts are shown as written, bar control characters.
    shown = {key: printable(value) for key, value in dataclasses.asdict(found).items()}
    typer.echo(
        f"{shown['id']} {shown['name']}  ({shown['severity']}, {shown['category']})\n\n"
        f"What it finds\n  {shown['summary']}\n\nWhy it matters\n  {shown['why']}\n\nExample\n  {shown['example']}\n\n"
        f"Defined in {shown['origin']}"
    )


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(f"provenance {__version__}")
        raise typer.Exit(0)


def main() -> None:
    app()
