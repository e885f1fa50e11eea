"""Rules: the Python checks (provenance/checks/, one module a rule) and the pattern rules
of the packs, run over one document's claims to give findings.

A Python rule is a module with a `RULE` (its RuleDoc: id, name, severity, category and
docs) and a `check(ctx)` that yields findings. Modules are discovered, so a new rule is
its module and its fixture, nothing else.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator, Sized
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from types import ModuleType

from . import checks
from .model import MAX_RELATED, Attribution, AuditOptions, ChainLink, Claims, DateClaim, Document, Evidence, Finding, Related, Rights
from .packs import Packs, RuleDoc


@dataclass(frozen=True)
class Context:
    """What a check may look at for one document."""

    document: Document
    claims: Claims
    chain: list[ChainLink]
    rights: Rights
    packs: Packs
    options: AuditOptions


def dated_sources(ctx: Context) -> Iterator[tuple[Attribution, dt.date, DateClaim]]:
    """Each credit carrying a date, with that date and the page's own date claim: what the
    date checks compare. Nothing when the page has no date."""
    published = ctx.claims.published
    if published is None or published.value.date is None:
        return
    for attribution in ctx.claims.attributions:
        if attribution.date is not None and attribution.date.date is not None:
            yield attribution, attribution.date.date, published


def make_finding(
    rule: RuleDoc,
    message: str,
    evidence: Evidence,
    suggestion: str | None = None,
    related: Iterable[Related] = (),
    related_total: int | None = None,
) -> Finding:
    """A finding of `rule`, listing at most MAX_RELATED related lines; `related_total` is
    how many there were when the caller passed only the first of them."""
    items = iter(related)
    kept = tuple(islice(items, MAX_RELATED))
    if related_total is None:
        related_total = len(related) if isinstance(related, Sized) else len(kept) + sum(1 for _ in items)
    return Finding(
        rule=rule.id,
        name=rule.name,
        category=rule.category,  # type: ignore[arg-type]
        severity=rule.severity,  # type: ignore[arg-type]
        message=message,
        line=evidence.line,
        evidence=evidence.text if evidence.where == "text" else f"{evidence.where}: {evidence.text}",
        suggestion=suggestion,
        related=kept,
        related_omitted=max(0, related_total - len(kept)),
    )


@lru_cache(maxsize=1)
def python_rules() -> tuple[ModuleType, ...]:
    """Every module in provenance.checks, in rule-id order."""
    modules = [importlib.import_module(f"{checks.__name__}.{info.name}") for info in pkgutil.iter_modules(checks.__path__)]
    for module in modules:
        if not isinstance(getattr(module, "RULE", None), RuleDoc) or not callable(getattr(module, "check", None)):
            raise TypeError(f"{module.__name__} must define RULE (a RuleDoc) and check(ctx)")
    return tuple(sorted(modules, key=lambda m: m.RULE.id))


def python_rule_ids() -> set[str]:
    return {m.RULE.id for m in python_rules()}


def all_rule_docs(packs: Packs) -> list[RuleDoc]:
    from .link import LINK_RULES  # the link stage comes after the rules and uses make_finding

    docs = [m.RULE for m in python_rules()] + [r.doc for r in packs.pattern_rules] + list(LINK_RULES)
    return sorted(docs, key=lambda d: d.id)


def run_rules(ctx: Context, suppressed: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of every enabled rule, at their configured severity, in line order.

    `suppressed` holds the rule ids a document's own `provenance: ignore` comment names
    ("*" for all of them).
    """
    selection = ctx.options.rules
    if "*" in suppressed:
        return []
    findings: list[Finding] = []
    for module in python_rules():
        if selection.enabled(module.RULE.id) and module.RULE.id not in suppressed:
            findings.extend(module.check(ctx))
    findings.extend(_pattern_findings(ctx, suppressed))
    if selection.severity:
        findings = [replace(f, severity=selection.severity_of(f.rule, f.severity)) for f in findings]
    return sorted(findings, key=lambda f: (f.line or 0, f.rule))


# The directive counts only as an HTML comment or as a line of its own: a page that merely
# mentions it in running text (or a crawled page quoting it) must not silence its findings.
_SUPPRESSION = re.compile(
    rb"(?:<!--[ \t]*|^[ \t]*(?:#|//|;)?[ \t]*)provenance:[ \t]*ignore\b((?:[ \t,]*[A-Za-z]+[0-9]+)*)[ \t,]*(?:-->|\r?$)",
    re.MULTILINE,
)
_RULE_CODE = re.compile(rb"[A-Za-z]+[0-9]+")


def suppressions(data: bytes) -> frozenset[str]:
    """Rule ids that a `provenance: ignore PRV301, PRV302` HTML comment or line of its own
    turns off for this document; a bare `provenance: ignore` turns off all of them ("*")."""
    if b"provenance:" not in data:
        return frozenset()
    codes: set[str] = set()
    for match in _SUPPRESSION.finditer(data):
        named = _RULE_CODE.findall(match.group(1))
        if not named:
            return frozenset({"*"})
        codes.update(code.decode("ascii").upper() for code in named)
    return frozenset(codes)


def _pattern_findings(ctx: Context, suppressed: frozenset[str]) -> Iterator[Finding]:
    document = ctx.document
    for rule in ctx.packs.pattern_rules:
        if not ctx.options.rules.enabled(rule.doc.id) or rule.doc.id in suppressed or not document.mentions_any(rule.keywords):
            continue
        seen: set[int] = set()
        for m in rule.pattern.finditer(document.text):
            line = document.line_at(m.start())
            if line.zone in rule.zones and line.number not in seen:
                seen.add(line.number)
                yield make_finding(rule.doc, rule.message, Evidence(line.text, line.number), rule.suggestion)
