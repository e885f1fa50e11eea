"""PRV204 licence-over-reserved-copy: a site-wide licence over text another holder reserves."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Evidence, Finding, Related
from ..notices import page_licence
from ..packs import RuleDoc
from ..registry import same_outlet
from ..rules import Context, make_finding

RULE = RuleDoc(
    id="PRV204",
    name="licence-over-reserved-copy",
    severity="warning",
    category="rights",
    summary="The page carries a Creative Commons licence, but its text is another holder's and marked 'All rights reserved' or restricted (a wire service's redistribution notice).",
    why="A site's licence covers only what the site holds. Wire copy stays under the agency's terms, and its notice says so: an archive or corpus trusting the page licence would reuse text the holder forbids reusing.",
    example="Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.   (on a page whose footer says CC BY 4.0)",
    origin=__name__,
)

# The wire services' restriction wording is rule data: PRV202's pattern in rules/patterns.toml.
_RESTRICTION_RULE = "PRV202"


def _restriction(ctx: Context) -> re.Pattern[str] | None:
    return next((rule.pattern for rule in ctx.packs.pattern_rules if rule.doc.id == _RESTRICTION_RULE), None)


def third_party_reservations(ctx: Context) -> list[tuple[str, Evidence]]:
    """(holder, evidence) for each line reserving the text for someone other than this site:
    a copyright line with reservation wording naming a credited source, or a registry outlet
    on a named site; and a wire restriction sentence on a credited copy."""
    own = ctx.chain[-1].publisher
    sources = [link.publisher for link in ctx.chain[:-1] if link.publisher]
    restriction = _restriction(ctx)
    reserved = ctx.packs.notice_vocab.rights_reserved
    found: list[tuple[str, Evidence]] = []
    for notice in ctx.claims.notices:
        holder = notice.holder
        if notice.kind != "copyright" or not holder or same_outlet(holder, own):
            continue
        # A notice is one line: the regexes need no keyword gate in front of them.
        if not ((reserved and reserved.search(notice.text)) or (restriction and restriction.search(notice.text))):
            continue
        credited = next((s for s in sources if same_outlet(holder, s)), None)
        if credited or (own is not None and ctx.packs.registry.lookup(holder)):
            found.append((credited or holder, notice.evidence))
    if restriction and sources and not found and "redistributed" in ctx.document.lowered:
        m = restriction.search(ctx.document.text)
        if m:
            line = ctx.document.line_at(m.start())
            found.append((sources[0], Evidence(line.text, line.number)))
    return found


def check(ctx: Context) -> Iterator[Finding]:
    licence = page_licence(ctx.claims.notices)  # the one the rights assessment names
    if licence is None:
        return
    for holder, evidence in third_party_reservations(ctx):
        yield make_finding(
            RULE,
            f"the page is licensed {licence.license}, but {holder} reserves all rights in this text: "
            f"the site's licence cannot cover another holder's story",
            evidence,
            suggestion=f"treat the text as In Copyright (holder: {holder}) and keep it out of openly licensed collections; the {licence.license} licence covers only the site's own material",
            related=[Related(licence.evidence.line, licence.evidence.text)],
        )
