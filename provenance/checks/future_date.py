"""PRV306 future-date: a publication or source date later than the reference date."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV306",
    name="future-date",
    severity="warning",
    category="date",
    summary="A source line or republication statement carries a date after the audit's reference date (--as-of, default today).",
    why="A document cannot have been published after it was collected; a future date is a typo or a misread two-digit year, and it breaks date-based selection.",
    example="[Source: Reuters, 08Jan48] audited as of 2026-11-24",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    as_of = ctx.options.as_of
    dated = [(a.date, a.evidence) for a in ctx.claims.attributions if a.date and a.date.date]
    dated += [(n.date, n.evidence) for n in ctx.claims.notices if n.date and n.date.date]
    for value, evidence in dated:
        if value.date > as_of:  # type: ignore[operator]
            yield make_finding(
                RULE,
                f"'{value.text}' ({value.date.isoformat()}) is after the reference date {as_of.isoformat()}",  # type: ignore[union-attr]
                evidence,
            )
