"""PRV103 byline-without-credit: a copy whose only sign of its origin is another outlet's byline."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ..packs import RuleDoc
from ..registry import same_outlet
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV103",
    name="byline-without-credit",
    severity="warning",
    category="chain",
    summary="The text carries another outlet's byline ('By Jane Doe, Reuters', 'Jane Doe | Bloomberg') but no credit line says where it was republished from or on what terms.",
    why="A byline names who wrote the story, not on what terms this site carries it. With no source line, 'originally published by' or permission note, the copy passes for the site's own work with readers and crawlers, while its rights stay with the outlet in the byline.",
    example="Jane Doe | Bloomberg   (on a site that is not Bloomberg, with no 'Source:' or 'Reprinted with permission' line)",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    own = ctx.chain[-1].publisher
    if own is None or len(ctx.chain) < 2:
        return  # an unnamed site may be the byline's own outlet
    if any(link.form == "republication-notice" for link in ctx.chain):
        return  # a copied republication footer credits the page it came from
    credits = [a for a in ctx.claims.attributions if not same_outlet(a.publisher, own)]
    if not credits or any(a.form != "byline" for a in credits):
        return
    seen: list[str] = []
    for byline in credits:
        if byline.publisher is None or any(same_outlet(byline.publisher, p) for p in seen):
            continue
        seen.append(byline.publisher)
        yield make_finding(
            RULE,
            f"the byline names {byline.publisher} as the author's outlet, but no credit line says this {own} page "
            f"republishes {byline.publisher}'s story or on what terms",
            byline.evidence,
            suggestion=f"record {byline.publisher} as the original publisher and rights holder; ask {own} for its syndication terms before reuse",
        )
