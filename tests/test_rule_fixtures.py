"""Rule fixtures, semgrep style: whole documents annotated with the findings they must give.

Each file in tests/fixtures/rules/ is a document (``.txt`` audited as plain text,
``.html`` as HTML). An annotation line sets expectations for the next line that is not
an annotation:

    # ruleid: PRV302            (plain text)      <!-- ruleid: PRV302 -->   (HTML)
    # ok: PRV101, PRV102                          <!-- ok: PRV101 -->

Annotation lines are removed before the audit, and expectations are placed on the line
numbers of the stripped document. For every rule named in any annotation of a file, the
lines where that rule has findings must be exactly the file's ``ruleid`` lines for it
(an unexpected extra finding fails, as in semgrep), and no finding of it may sit on an
``ok`` line. Rules a file never names are not checked in that file.

Files whose name starts with ``XFAIL-`` record a known package bug: the same comparison
runs, but the test is expected to fail (strict), so a fix shows up as an XPASS failure
and the file can then be renamed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

import provenance
from provenance.link import LINK_RULES
from provenance.model import DocumentResult
from provenance.packs import Packs
from provenance.report import build_report
from provenance.rules import all_rule_docs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
SCHEMA_PATH = ROOT / "provenance" / "schema" / "report.schema.json"
AS_OF = dt.date(2026, 11, 24)
SUFFIXES = {".txt": "text", ".html": "html"}

# Why each XFAIL- fixture fails (the package bug it records). A file without an entry
# still runs as xfail, with a generic reason.
XFAIL_REASONS: dict[str, str] = {}

_TEXT_ANNOTATION = re.compile(rb"^\s*#\s*(ruleid|ok)\s*:\s*(.*?)\s*$")
_HTML_ANNOTATION = re.compile(rb"^\s*<!--\s*(ruleid|ok)\s*:\s*(.*?)\s*-->\s*$")
# A line that was probably meant as an annotation but is malformed: reported, not ignored.
_TEXT_LOOKALIKE = re.compile(rb"^\s*#\s*(?:ruleid|ok)\b", re.I)
_HTML_LOOKALIKE = re.compile(rb"^\s*<!--\s*(?:ruleid|ok)\b", re.I)
_RULE_ID = re.compile(r"^[A-Z]{2,8}\d{3}$")


@dataclass(frozen=True)
class Expectation:
    kind: str  # "ruleid" or "ok"
    rule: str
    line: int  # 1-based, in the stripped document
    annotation_line: int  # 1-based, in the fixture file as written


@dataclass(frozen=True)
class Fixture:
    name: str
    content_type: str  # "text" or "html"
    stripped: bytes
    expectations: tuple[Expectation, ...]
    errors: tuple[str, ...]  # malformed annotations


def parse_fixture(name: str, data: bytes, content_type: str) -> Fixture:
    """Split annotations from the document; bytes in, bytes out (any encoding)."""
    annotation = _HTML_ANNOTATION if content_type == "html" else _TEXT_ANNOTATION
    lookalike = _HTML_LOOKALIKE if content_type == "html" else _TEXT_LOOKALIKE
    kept: list[bytes] = []
    pending: list[tuple[str, str, int]] = []
    expectations: list[Expectation] = []
    errors: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.rstrip(b"\r")
        m = annotation.match(line)
        if m:
            kind = m.group(1).decode("ascii")
            ids = [part.strip() for part in m.group(2).decode("ascii", "replace").split(",")]
            for rule in ids:
                if not _RULE_ID.match(rule):
                    errors.append(f"{name}:{number}: bad rule id {rule!r} in annotation")
                else:
                    pending.append((kind, rule, number))
            continue
        if lookalike.match(line):
            errors.append(f"{name}:{number}: malformed annotation {line.decode('ascii', 'replace')!r}")
        kept.append(raw)
        for kind, rule, at in pending:
            expectations.append(Expectation(kind, rule, len(kept), at))
        pending.clear()
    for kind, rule, at in pending:
        errors.append(f"{name}:{at}: '{kind}: {rule}' annotates no line (nothing follows it)")
    seen: dict[tuple[str, int], str] = {}
    for e in expectations:
        other = seen.setdefault((e.rule, e.line), e.kind)
        if other != e.kind:
            errors.append(f"{name}: line {e.line} is annotated both ruleid and ok for {e.rule}")
    return Fixture(name, content_type, b"\n".join(kept), tuple(expectations), tuple(errors))


def compare(fixture: Fixture, result: DocumentResult) -> list[str]:
    """Every way the audit result disagrees with the fixture's annotations (empty: agrees)."""
    problems = list(fixture.errors)
    if result.status != "audited":
        return [*problems, f"{fixture.name}: not audited ({result.status}): {result.error}"]
    if not fixture.expectations:
        problems.append(f"{fixture.name}: has no annotations")
    for rule in sorted({e.rule for e in fixture.expectations}):
        expected = {e.line for e in fixture.expectations if e.rule == rule and e.kind == "ruleid"}
        ok_lines = {e.line for e in fixture.expectations if e.rule == rule and e.kind == "ok"}
        findings = [f for f in result.findings if f.rule == rule]
        actual = {f.line for f in findings}
        if actual != expected:
            missing = sorted(expected - actual)
            extra = sorted(actual - expected, key=lambda n: (n is None, n or 0))
            problems.append(
                f"{fixture.name}: {rule}: expected findings on lines {sorted(expected)}, "
                f"got lines {sorted(actual, key=lambda n: (n is None, n or 0))}"
                + (f"; missing {missing}" if missing else "")
                + (f"; unexpected {extra}" if extra else "")
                + _describe(findings)
            )
        on_ok = sorted(actual & ok_lines)
        if on_ok:  # these findings are listed in the mismatch above (ok lines are never expected)
            problems.append(f"{fixture.name}: {rule}: findings on lines marked ok: {on_ok}")
    return problems


def _describe(findings: list[provenance.Finding]) -> str:
    if not findings:
        return "; no findings"
    return "".join(f"\n    line {f.line}: {f.message} [evidence: {f.evidence!r}]" for f in findings)


@lru_cache(maxsize=1)
def packs() -> Packs:
    return provenance.default_packs()


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    with SCHEMA_PATH.open(encoding="utf-8") as handle:
        return jsonschema.Draft202012Validator(json.load(handle))


def audit_fixture(fixture: Fixture) -> DocumentResult:
    return provenance.audit_document(
        fixture.stripped,
        path=fixture.name,
        content_type=fixture.content_type,
        packs=packs(),
        options=provenance.AuditOptions(as_of=AS_OF),
    )


def load_fixture(path: Path) -> Fixture:
    return parse_fixture(path.name, path.read_bytes(), SUFFIXES[path.suffix])


def fixture_paths() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_file() and p.suffix in SUFFIXES)


def _params() -> list:
    params = []
    for path in fixture_paths():
        marks = []
        if path.name.startswith("XFAIL-"):
            reason = XFAIL_REASONS.get(path.name, "records a known package bug (see the fixture)")
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        params.append(pytest.param(path, id=path.name, marks=marks))
    return params


# --- The fixtures --------------------------------------------------------------------------


@pytest.mark.parametrize("path", _params())
def test_fixture(path: Path) -> None:
    fixture = load_fixture(path)
    result = audit_fixture(fixture)
    problems = compare(fixture, result)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", [pytest.param(p, id=p.name) for p in fixture_paths()])
def test_fixture_report_matches_schema(path: Path) -> None:
    result = audit_fixture(load_fixture(path))
    errors = sorted(validator().iter_errors(build_report([result])), key=lambda e: list(e.path))
    assert not errors, f"{path.name}: report does not match the schema:\n" + "\n".join(
        f"  {'/'.join(map(str, e.path))}: {e.message}" for e in errors
    )


def test_fixture_directory_holds_only_fixtures() -> None:
    stray = sorted(p.name for p in FIXTURES.iterdir() if p.suffix not in SUFFIXES)
    assert not stray, f"files that are not .txt/.html fixtures: {stray}"
    bad = [p.name for p in fixture_paths() if not re.match(r"^(?:XFAIL-)?[A-Z]{2,8}\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:txt|html)$", p.name)]
    assert not bad, f"fixture names must be <RULEID>-<short-description>.txt|.html: {bad}"


# --- Meta: every rule is documented and has both kinds of fixture --------------------------


def test_every_rule_is_documented() -> None:
    problems = []
    for doc in all_rule_docs(packs()):
        if not re.fullmatch(r"PRV\d{3}", doc.id):
            problems.append(f"{doc.id}: id does not match ^PRV\\d{{3}}$")
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", doc.name):
            problems.append(f"{doc.id}: name {doc.name!r} is not kebab-case")
        for field in ("summary", "why", "example"):
            if not getattr(doc, field).strip():
                problems.append(f"{doc.id}: empty {field}")
    assert not problems, "\n".join(problems)


def test_every_rule_has_ruleid_and_ok_fixtures() -> None:
    """Counted over passing fixtures only: an XFAIL fixture proves nothing yet."""
    annotated: dict[str, set[str]] = {}
    for path in fixture_paths():
        if path.name.startswith("XFAIL-"):
            continue
        for e in load_fixture(path).expectations:
            annotated.setdefault(e.rule, set()).add(e.kind)
    # The link rules judge a collection, not one document: tests/test_link.py tests them.
    rules = {doc.id for doc in all_rule_docs(packs())} - {doc.id for doc in LINK_RULES}
    missing = [
        f"{rule}: no {kind} annotation in any fixture"
        for rule in sorted(rules)
        for kind in ("ruleid", "ok")
        if kind not in annotated.get(rule, set())
    ]
    assert not missing, "\n".join(missing)
    unknown = sorted(set(annotated) - rules)
    assert not unknown, f"fixtures annotate rules that do not exist: {unknown}"


def test_every_xfail_fixture_has_a_reason() -> None:
    names = {p.name for p in fixture_paths() if p.name.startswith("XFAIL-")}
    assert names == set(XFAIL_REASONS), f"XFAIL fixtures {sorted(names)} vs reasons {sorted(XFAIL_REASONS)}"


# --- The harness itself ----------------------------------------------------------------------

_DOC = (
    "14Mar23\n"
    "Weekday dates in the regional press\n"
    "# ruleid: PRV304\n"
    "The council met on Friday, March 15, 2023, and agreed the budget after a long debate.\n"
    "# ok: PRV304\n"
    "It meets again on Wednesday, March 22, 2023, to vote on the transport plan for the city.\n"
)


def test_parse_strips_annotations_and_numbers_stripped_lines() -> None:
    fixture = parse_fixture("mem.txt", _DOC.encode(), "text")
    assert b"# ruleid" not in fixture.stripped and b"# ok" not in fixture.stripped
    assert fixture.stripped.split(b"\n")[2].startswith(b"The council met")
    assert [(e.kind, e.rule, e.line, e.annotation_line) for e in fixture.expectations] == [
        ("ruleid", "PRV304", 3, 3),
        ("ok", "PRV304", 4, 5),
    ]
    html = parse_fixture("mem.html", b"<p>a</p>\n<!-- ruleid: PRV101, PRV102 -->\n<!-- ok: PRV201 -->\n<p>b</p>\n", "html")
    assert html.stripped == b"<p>a</p>\n<p>b</p>\n"
    assert {(e.kind, e.rule, e.line) for e in html.expectations} == {("ruleid", "PRV101", 2), ("ruleid", "PRV102", 2), ("ok", "PRV201", 2)}


def test_harness_passes_a_correct_fixture() -> None:
    fixture = parse_fixture("mem.txt", _DOC.encode(), "text")
    assert compare(fixture, audit_fixture(fixture)) == []


def test_harness_reports_a_ruleid_on_the_wrong_line() -> None:
    wrong = _DOC.replace("# ruleid: PRV304\n", "").replace(
        "Weekday dates in the regional press\n", "# ruleid: PRV304\nWeekday dates in the regional press\n"
    )
    fixture = parse_fixture("mem-wrong.txt", wrong.encode(), "text")
    problems = compare(fixture, audit_fixture(fixture))
    assert len(problems) == 1, problems
    assert "mem-wrong.txt" in problems[0] and "PRV304" in problems[0]
    assert "expected findings on lines [2], got lines [3]" in problems[0]
    assert "was a Wednesday, not a Friday" in problems[0]  # the finding's message is shown


def test_harness_reports_a_finding_on_an_ok_line() -> None:
    swapped = _DOC.replace("# ruleid: PRV304", "# ok: PRV304")
    fixture = parse_fixture("mem-ok.txt", swapped.encode(), "text")
    problems = compare(fixture, audit_fixture(fixture))
    assert any("findings on lines marked ok: [3]" in p for p in problems), problems


def test_harness_reports_malformed_and_dangling_annotations() -> None:
    fixture = parse_fixture("mem-bad.txt", b"# ruleid PRV304\ntext line\n# ok: PRV3O4\nmore\n# ruleid: PRV101", "text")
    assert len(fixture.errors) == 3, fixture.errors
