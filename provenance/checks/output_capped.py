"""PRV910 output-capped: the document gave more findings, related lines or notices than
one document's report lists; the rest are counted, not listed."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import MAX_FINDINGS, MAX_NOTICES, MAX_RELATED, SEVERITY_RANK, Evidence, Finding, Notice
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV910",
    name="output-capped",
    severity="info",
    category="input",
    summary=f"The document gave more than a report lists for one document ({MAX_FINDINGS} findings, {MAX_RELATED} related lines a finding, {MAX_NOTICES} notices); the rest are counted here, not listed.",
    why="A text repeated many times (a scraper's loop, a spam page) would otherwise fill the report with the same finding thousands of times, costing time, memory and disk for nothing a person can read. The findings kept are the most severe, so a limit never hides an error behind infos.",
    example="an article pasted 800 times into one 4 MB text: 688 findings, each listing 1,146 weekday mentions",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    # The other rules' findings are needed to count them: the audit calls `cap` once they
    # are all in (see audit.py), so there is nothing to find here.
    return iter(())


def cap(findings: list[Finding], notices: list[Notice], enabled: bool) -> tuple[list[Finding], list[Notice]]:
    """The findings and notices a report lists, and, when anything was left out and the
    rule is enabled, a PRV910 finding saying how much."""
    related = [f for f in findings if f.related_omitted]
    if len(findings) <= MAX_FINDINGS and len(notices) <= MAX_NOTICES and not related:
        return findings, notices
    parts = []
    where: list[Evidence] = []  # what was left out, the first of each kind: the finding points at the earliest
    if related:
        more = sum(f.related_omitted for f in related)
        parts.append(f"{len(related)} findings with over {MAX_RELATED} related lines, {MAX_RELATED} listed on each (and {more} more)")
        where.append(Evidence(related[0].evidence, related[0].line))
    if len(findings) > MAX_FINDINGS:
        # The most severe first, then in page order: a limit never drops an error for an info.
        chosen = set(sorted(range(len(findings)), key=lambda i: (-SEVERITY_RANK[findings[i].severity], i))[:MAX_FINDINGS])
        parts.append(f"{len(findings)} findings, the {MAX_FINDINGS} most severe listed (and {len(findings) - MAX_FINDINGS} more)")
        dropped = next(f for i, f in enumerate(findings) if i not in chosen)
        where.append(Evidence(dropped.evidence, dropped.line))
        findings = [f for i, f in enumerate(findings) if i in chosen]
    if len(notices) > MAX_NOTICES:
        # The page's own notices first: they are the ones its rights rest on.
        kept = set(sorted(range(len(notices)), key=lambda i: (notices[i].scope != "page", i))[:MAX_NOTICES])
        parts.append(f"{len(notices)} notices, {MAX_NOTICES} listed (and {len(notices) - MAX_NOTICES} more)")
        where.append(next(n.evidence for i, n in enumerate(notices) if i not in kept))
        notices = [n for i, n in enumerate(notices) if i in kept]
    if enabled:
        first = min(where, key=lambda e: e.line if e.line is not None else 1 << 62)
        summary = make_finding(
            RULE,
            "this document's report was capped: " + "; ".join(parts),
            first,
            suggestion="look at the document itself: it repeats itself, or was built to flood the report",
        )
        findings = sorted([summary, *findings], key=lambda f: (f.line or 0, f.rule))
    return findings, notices
