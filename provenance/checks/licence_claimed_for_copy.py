"""PRV205 licence-claimed-for-copy: a page licence claimed over a credited copy of another outlet's story."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Related
from ..notices import page_licence
from ..packs import RuleDoc
from ..rules import Context, make_finding
from .licence_over_reserved_copy import third_party_reservations

RULE = RuleDoc(
    id="PRV205",
    name="licence-claimed-for-copy",
    severity="warning",
    category="rights",
    summary="The page carries a Creative Commons licence while its text is a credited copy of another outlet's story, and that outlet granted no such licence.",
    why="Only the rights holder can license a text. A site-wide licence on a republished article claims rights the site does not hold; reusing the text on the strength of it infringes the original publisher's copyright.",
    example="[Source: By Jane Doe, Reuters, 12Mar21]   (on a page whose footer links creativecommons.org/licenses/by/4.0/)",
    origin=__name__,
)


def check(ctx: Context) -> Iterator[Finding]:
    if len(ctx.chain) < 2:
        return
    claimed = page_licence(ctx.claims.notices)
    if claimed is None or third_party_reservations(ctx):
        return  # no licence, or PRV204 already reports the holder's own reservation
    holder = ctx.rights.holder or ctx.chain[0].publisher
    granted = ctx.rights.license if ctx.rights.basis in ("licence", "public domain") else None
    if claimed.license == granted:
        return  # the page repeats the licence the holder granted
    source = ctx.chain[0]
    related = [Related(source.evidence.line, source.evidence.text)] if source.evidence else []
    if granted:
        message = f"the page claims {claimed.license}, but {holder} licenses this story under {granted} only"
        suggestion = f"reuse the text under {granted}, {holder}'s licence; {claimed.license} covers only the site's own material"
    else:
        message = (
            f"the page is licensed {claimed.license}, but its text is a copy of {holder}'s story and {holder} granted no such licence"
        )
        suggestion = f"treat the text as In Copyright (holder: {holder}); the {claimed.license} licence covers only the site's own material"
    yield make_finding(RULE, message, claimed.evidence, suggestion=suggestion, related=related)
