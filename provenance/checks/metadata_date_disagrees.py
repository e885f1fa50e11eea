"""PRV307 metadata-date-disagrees: page metadata and the date shown with the headline disagree."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Related
from ..packs import RuleDoc
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV307",
    name="metadata-date-disagrees",
    severity="warning",
    category="date",
    summary=(
        "The page's metadata (article:published_time, JSON-LD datePublished, ...) dates it more than a day away from "
        "the date shown with its headline; the finding says which of the two the rest of the page supports."
    ),
    why=(
        "Harvesters and corpus builders read the metadata, people read the page: when the two disagree, one of them files "
        "the page under the wrong date. A day apart is only a time zone (metadata is often UTC), and a shown 'Updated' "
        "date is not a disagreement. The URL's date, other metadata, a weekday written beside the date and the body's "
        "weekday mentions tell which date is right."
    ),
    example=(
        '<meta property="article:published_time" content="2020-06-07T09:00:00Z"> on a page whose headline is dated '
        '"Monday, June 7, 2021" (2021-06-07 was a Monday, 2020-06-07 a Sunday)'
    ),
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    dispute = ctx.claims.dispute
    if dispute is None:
        return
    metadata, shown = dispute.metadata, dispute.visible
    meta_date, shown_date = metadata.value.date, shown.value.date
    assert meta_date is not None and shown_date is not None
    for_meta, for_shown = "; ".join(dispute.for_metadata), "; ".join(dispute.for_visible)
    if dispute.likely == shown_date:
        verdict = (
            f"the rest of the page supports the shown date ({for_shown})" if for_shown
            else "nothing else on the page settles which; the shown date, the one readers see, is taken as the page's"
        )
        if for_meta:
            verdict += f", though {for_meta} fits the metadata"
        suggestion = f"{shown_date.isoformat()}: correct the metadata ({metadata.evidence.where})"
    else:
        verdict = (
            f"the page is split (for the metadata: {for_meta}; for the shown date: {for_shown}), so the metadata's date is kept"
            if for_shown
            else f"the rest of the page supports the metadata ({for_meta})"
        )
        suggestion = f"{meta_date.isoformat()}: correct the date shown on line {shown.evidence.line}"
    yield make_finding(
        RULE,
        f"the metadata dates the page {meta_date.isoformat()} but the date shown with its headline, '{shown.value.text}', "
        f"is {shown_date.isoformat()}: {verdict}",
        metadata.evidence,
        suggestion=suggestion,
        related=[Related(shown.evidence.line, shown.evidence.text)]
        + [Related(w.evidence.line, w.phrase) for w in ctx.claims.weekdays],
    )
