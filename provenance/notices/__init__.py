"""Document -> notices: fair-use claims, republication statements, copyright lines, licences.

The patterns and word lists are the packs' (rules/notices.toml, rules/licences.toml);
the modules of this package decide what a match is, one kind each: a claim or a
quotation of one (fair_use), an archive's footer (republication), a page's notice or an
image's credit (copyright), which SPDX id a licence has and what it covers (licences).
A copyright line's reading is split by concern: its holder and year (name_and_year, with
holder's cleaning), the names that hold nothing of the page (not_holders), another work's
notice the text mentions (mentions), and where the line stands against the text (scope).
Each notice keeps its evidence: the line it starts on, and where it was found (the
text, a rel="license" link, a meta tag, JSON-LD).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from ..dates import CenturyHint
from ..model import Document, Line, Notice
from ..packs import Packs, PatternSpec
from ..scan import KeywordGate, Spans, matches_near, pack_keywords
from .copyright import meta_copyrights, read_copyright
from .fair_use import read_fair_use
from .licences import cc_licence_id, licence_id, licence_in_text, markup_licences, page_licence, read_licence
from .page import NoticePage
from .republication import read_republication

__all__ = ["cc_licence_id", "extract_notices", "licence_id", "licence_in_text", "page_licence"]


def _later_sign(page: NoticePage, spec: PatternSpec, m: re.Match[str], line: Line, start: int, end: int) -> Notice | None:
    """The page's own notice behind a design's or a picture's credit on the same line: "Site
    design © 2021 Studio Quay. Content © 2021 Example Times.", or behind a label that names
    no one: "Copyright notice: © 2021 Example Times". One match ran to the line's end."""
    line_end = m.start() - start + len(line.text)
    after = m.start("holder") if "holder" in m.re.groupindex and m.start("holder") >= 0 else m.end()
    later = spec.pattern.search(page.doc.text, max(after, m.start() + 1), line_end)  # a sign in what was read as the holder
    if later is None or later.start() >= line_end:
        return None
    notice = read_copyright(page, spec, later, line, later.start() - (m.start() - start))
    if notice is None or notice.scope != "page" or not notice.holder:
        return None
    listed = page.doc.text[max(m.start(), later.start() - 3) : later.start()].rstrip().endswith((",", "&", "/", "+"))
    # "© 2021 TomTom, © 2021 Microsoft Corporation": another name of the same credit, unless the site's own.
    return None if listed and not page.names_the_site(notice.holder) else notice


def extract_notices(
    doc: Document, packs: Packs, hint: CenturyHint, keywords: KeywordGate | None = None, page: NoticePage | None = None
) -> list[Notice]:
    """Every notice in the document, in line order: each pack pattern is run once over the
    text, then the markup is read for licences. `keywords` and `page`: the document's gate
    for the packs' keywords and its NoticePage, when the caller has them (the captions are
    then read from the tree once for every reader)."""
    keywords = keywords or KeywordGate(doc.lowered, pack_keywords(packs))
    page = page or NoticePage(doc, packs, hint)
    notices: list[Notice] = []
    seen: set[tuple[Any, ...]] = set()
    taken = Spans()  # text spans already read as a licence
    # Years and the site's name with no sign, by line: read only where no line has a notice,
    # so such a line marks nothing seen (a reservation-led pattern may still read it).
    signless: dict[int, Notice] = {}
    for spec in packs.notices:
        if not keywords.mentions_any(spec.keywords):
            continue
        for m in matches_near(spec, doc, keywords):
            line, start, end = doc.locate(m.start(), m.end())
            if line.zone not in spec.zones:
                continue
            # Keyed by the line's index, not its source line: minified HTML puts a
            # caption credit and the page's own notice on one source line.
            index = bisect_right(doc.starts, m.start()) - 1
            notice: Notice | None
            if spec.kind == "license":
                if taken.overlaps(m.start(), m.end()):
                    continue  # "GFDL 1.2 or any later version" is one licence, not three
                spdx = licence_id(spec, m, page.vocab)
                key: tuple[Any, ...] = ("license", index, spdx)
                # A line naming one licence a thousand times gives one notice: the key is
                # known before the (costlier) scope is read.
                notice = read_licence(page, spec, spdx, line, start, end) if spdx is not None and key not in seen else None
            else:
                key = (spec.kind, index)
                if key in seen:
                    continue
                if spec.kind == "fair-use":
                    notice = read_fair_use(page, spec, m, line)
                elif spec.kind == "republication":
                    notice = read_republication(page, spec, m, line)
                else:
                    notice = read_copyright(page, spec, m, line, start)
                    # A credit, or words about copyright that are no notice ("Copyright notice:",
                    # "Copyright Policy"), before the page's own sign on the same line.
                    if notice is None or notice.scope != "page":
                        notice = _later_sign(page, spec, m, line, start, end) or notice
            if notice is None or key in seen:
                continue
            if spec.names_site:
                signless.setdefault(index, notice)
                continue
            seen.add(key)
            if spec.kind == "license":
                taken.take(m.start(), m.end())
            notices.append(notice)
    notices.extend(meta_copyrights(page))
    # Such a line is a fallback: only where no line or meta tag has the sign, and only one
    # ("AMP Conf 2020", "AMP Summit 2019" in a footer is a list of events, not a notice).
    if len(signless) == 1 and not any(n.kind == "copyright" and n.scope == "page" for n in notices):
        notices.extend(signless.values())
    linked: dict[tuple[int | None, str | None], str] = {}
    for notice in markup_licences(page):
        key = ("markup", notice.license, notice.evidence.where, notice.evidence.line)
        if key not in seen:
            seen.add(key)
            notices.append(notice)
            if notice.evidence.where.startswith("a["):
                linked.setdefault((notice.evidence.line, notice.license), notice.scope)
    if linked:
        # "CC BY 4.0" as a link's text: the link's place in the tree (a caption, a teaser's
        # image credit) says more about its scope than the line of text does.
        notices = [
            replace(n, scope=linked[(n.evidence.line, n.license)])
            if n.kind == "license" and n.evidence.where == "text" and (n.evidence.line, n.license) in linked
            else n
            for n in notices
        ]
    notices.sort(key=lambda n: n.evidence.line or 0)
    return notices
