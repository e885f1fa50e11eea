"""PRV902 no-visible-text: the page shows no text; it was audited from its metadata alone."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Evidence, Finding
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV902",
    name="no-visible-text",
    severity="info",
    category="input",
    summary="The page has no visible text (its body is all script: a JavaScript application, a bot wall), so it was audited from its metadata alone.",
    why="Dates, publisher and licence read from metadata are usually right, but no credit line, byline or notice could be read: a copy would go unnoticed. A librarian may want to fetch the page with a browser before relying on the report.",
    example='<head><meta property="article:published_time" content="2021-03-05T10:00:00Z"></head><body><script src="app.js"></script></body>',
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.document.lines:
        return
    # The evidence: the metadata the audit leaned on most, its date, else the first item.
    published = ctx.claims.published
    first = ctx.document.metadata[0] if ctx.document.metadata else None
    evidence = published.evidence if published else Evidence(first.value if first else "", first.line if first else None)
    yield make_finding(
        RULE,
        "no visible text: the page was audited from its metadata alone, so credits, bylines and notices could not be read",
        Evidence(evidence.text, evidence.line),
        suggestion="fetch the page with a browser that runs its scripts and audit that",
    )
