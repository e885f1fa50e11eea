"""Credits naming where a text came from: source lines, datelines, bylines, "originally
published by" and permission lines, in page order. attributions() runs the packs' credit
forms over the page and gathers the other readers' credits; the guards that turn a match
away are in credit_guards.py, the reading of one match in credit_match.py and the splitting
of a credit into its parts in credit_parts.py."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..model import Attribution, Document, Evidence, Notice
from ..notices.page import NoticePage
from ..packs import Packs, PatternSpec
from ..registry import AGENCY_KINDS, Registry, host_labels, known_publisher, same_outlet, same_title
from ..scan import KeywordGate, evidence, matches_near
from .bylines import Byline, byline_credits, news_outlet, outlet_title
from .credit_guards import data_source, name_like, turned_away, under_kept_note
from .credit_match import match_credits
from .issuer import issuer_credits
from .metadata_credits import linked_source, metadata_credits
from .publisher import names_the_host
from .text_ends import TextEnds, after_text, bare_signoff


def attributions(
    page: NoticePage, notices: list[Notice], keywords: KeywordGate, bylines: list[tuple[int, Byline]], ends: TextEnds
) -> list[Attribution]:
    """Every credit in the document, in page order: the packs' credit forms, agency bylines
    by the headline, and credits in the metadata (first: they head the page). `page`: the
    document's one NoticePage, whose captions a dateline in a picture's caption is told by;
    `ends`: where its text ends (shared with the byline reader)."""
    doc, packs, hint = page.doc, page.packs, page.hint
    found: list[tuple[int, Attribution]] = [(-1, a) for a in metadata_credits(doc, packs, hint)]
    # One credit per line, keyed by the line's index: minified HTML puts many lines on one source line.
    taken: set[int] = set()
    found += _form_credits(page, keywords, ends, _line_licences(notices), taken)
    found += _agency_copyrights(doc, packs, notices, taken)
    found += bare_signoff(page, ends, taken)
    found += issuer_credits(doc, packs, ends.closing(), taken)
    found += _byline_outlets(doc, packs, bylines, taken)
    found.sort(key=lambda pair: pair[0])  # page order
    # An outlet the author field names is evidence only where the text does not credit it:
    # "This post originally appeared on Grist." says it to a reader, a parsely-author field does not.
    in_text = {a.publisher for at, a in found if at >= 0}
    return [a for _, a in found if not (a.form == "metadata-outlet" and a.publisher in in_text)]


def _line_licences(notices: list[Notice]) -> dict[tuple[int | None, str], str]:
    """The first licence named on each line, looked up by every credit on it (one pass,
    where each credit scanning every notice was quadratic on a page repeated many times)."""
    line_licences: dict[tuple[int | None, str], str] = {}
    for n in notices:
        if n.kind == "license" and n.license:
            line_licences.setdefault((n.evidence.line, n.evidence.text), n.license)
    return line_licences


def _form_credits(
    page: NoticePage, keywords: KeywordGate, ends: TextEnds, line_licences: dict[tuple[int | None, str], str], taken: set[int]
) -> list[tuple[int, Attribution]]:
    """The credits the packs' credit forms make, each with where its match starts; the lines
    a credit stands on are added to `taken`."""
    doc, packs = page.doc, page.packs
    found: list[tuple[int, Attribution]] = []
    for spec in packs.attributions:
        if not keywords.mentions_any(spec.keywords):
            continue
        for m in ends.matches(spec) if spec.closing or spec.after_text else matches_near(spec, doc, keywords):
            # The credit's line is where its first visible character stands: a pattern that opens
            # with a space ("(?:^|\s)the post …") takes the line break before it, the line above's.
            start = m.start()
            while start < m.end() - 1 and doc.text[start].isspace():
                start += 1
            index = bisect_right(doc.starts, start) - 1
            line = doc.lines[index]
            # One outlet's credit per line; a form naming only the writer shares its line with
            # it ("LONDON (Reuters) - … (Reporting by Jane Doe; Editing by John Roe)").
            writer_only = _names_writer_only(spec)
            if line.zone not in spec.zones or (index in taken and not writer_only):
                continue
            if turned_away(doc, index, spec, m, packs):
                continue
            kept = _kept_credits(page, spec, m, index, line_licences)
            if kept:
                found += [(m.start(), a) for a in kept]
                if not writer_only:
                    # A credit written over two lines ("© 2021 X." / "Distributed by Y.") takes both.
                    taken.update(range(index, bisect_right(doc.starts, max(m.start(), m.end() - 1))))
    return found


def _kept_credits(
    page: NoticePage, spec: PatternSpec, m: re.Match[str], index: int, line_licences: dict[tuple[int | None, str], str]
) -> list[Attribution]:
    """The credits a match of a credit form makes that stand: those it names (or the link it
    names), less a name a form of known outlets does not know unless it reads as a credit,
    and none in a figure's caption."""
    doc, packs = page.doc, page.packs
    line = doc.lines[index]
    if "link" in spec.pattern.groupindex:
        # "Source link", "originally published here": the words are a link's, and the link's
        # address names the original (a pattern can say no more than the words).
        credits = linked_source(doc, packs, line, m["link"], spec.kind, on_line=True)
    else:
        credits = match_credits(spec, m, doc.text, line, packs, page.hint, line_licences)
    # Under the text's last paragraph, "Quelle: TSV Bayer Dormagen" credits the text.
    closing = spec.kind == "source-label" and (
        after_text(doc, index, packs.ad_labels, packs.credit_vocab.apparatus, by=packs.credit_vocab.by, headings=packs.end_headings)
        or under_kept_note(doc, index, credits, packs)
    )
    named = m.group(0).split(":", 1)[-1]
    kinds = packs.credit_vocab.document_kinds
    kept = [
        a for a in credits
        if (
            a.known or not spec.known_only
            # "Quelle: Pressemitteilung X" names X as a credit would; "Source: Statistics Office, housing survey" does not.
            or (closing and name_like(a.publisher_text if kinds and kinds.match(named.strip()) else named, packs))
            # "Mit freundlicher Genehmigung der Kontext:Wochenzeitung": an outlet's title, where the same
            # line names a person as often ("Mit freundlicher Genehmigung von Anna Schmidt").
            or (spec.kind == "reprinted-with-permission" and outlet_title(a.publisher_text or "", packs))
        )
        # "Bron: CBS" is the statistics office, whatever outlet the registry knows by the same letters.
        and not (spec.kind == "source-label" and data_source(named.strip(), packs))
    ]
    if closing:
        # "Kaynak: AA" under a Turkish text: a code alone on the source line closing the text is
        # the agency's, as in a dateline (elsewhere the same letters are a word or a picture's credit).
        kept = [_coded_agency(a, packs.registry) for a in kept]
    if not kept and closing:
        # "Quelle: <a href=https://other.example/...>the original's headline</a>": the link names the outlet.
        # Not a statistic's source, by the link's words or by a name in its address
        # ("Source: <a href=https://www.destatis.de/…>Port statistics 2020</a>", "www-genesis.destatis.de").
        kept = [
            a for a in linked_source(doc, packs, line, named.strip())
            if not data_source(named.strip(), packs) and not any(data_source(label, packs) for label in host_labels(a.publisher_text or ""))
        ]
    # In a figure, a source line credits the item, a line under the text or a tag closing it the
    # picture, and a dateline opens the caption ("(워싱턴 AFP=연합뉴스) …"): asked last, as the captions are a
    # walk of the tree, and most matches are turned away before.
    if kept and (spec.kind in ("source-label", "wire-dateline") or spec.after_text or spec.closing) and page.in_caption(line):
        return []
    # Nor a picture's text no caption element holds ("Ships at anchor. (AP)" in the short block
    # after the last picture): a tag closing it credits the picture.
    if kept and spec.closing and page.under_picture(line):
        return []
    return kept


def _agency_copyrights(doc: Document, packs: Packs, notices: list[Notice], taken: set[int]) -> list[tuple[int, Attribution]]:
    """An agency's own copyright line in the text, as the agency's credit, at its line's start;
    the line is added to `taken`."""
    found: list[tuple[int, Attribution]] = []
    for notice in notices:
        # "Copyright 2019 The Associated Press. All rights reserved." under a wire story, or
        # "(c) KNA": the agency's own line in the text (a site's footer covers the site).
        agency = packs.registry.agency(notice.holder) if notice.kind == "copyright" and notice.holder and notice.scope == "page" else None
        if agency is not None:
            at = _line_index(doc, notice.evidence)
            vocab = packs.credit_vocab
            if at is not None and (doc.lines[at].zone == "body" or after_text(doc, at, packs.ad_labels, vocab.apparatus, by=vocab.by)) and at not in taken:
                credit = Attribution(
                    "agency-copyright", agency.name, notice.holder, None, None, None, notice.evidence,
                    known=True, zone="body", publisher_kind=agency.kind,
                )
                found.append((doc.starts[at], credit))
                taken.add(at)
    return found


def _byline_outlets(doc: Document, packs: Packs, bylines: list[tuple[int, Byline]], taken: set[int]) -> list[tuple[int, Attribution]]:
    """The credits bylines make on lines no other credit took: another outlet's writer, or the
    agencies a byline names; each line is added to `taken`."""
    found: list[tuple[int, Attribution]] = []
    for index, byline in bylines:
        # A syndicate after the outlet carried the outlet's text: "By Jane Doe, Chicago Tribune (TNS)"
        # (with no by-word the syndicate's dateline form took the line, and the outlet is still to add).
        syndicated = bool(byline.agencies) and all(a.kind == "syndicate" for a in byline.agencies)
        if index in taken and not (syndicated and byline.outlet):
            continue
        line = doc.lines[index]
        if byline.outlet and (not byline.agencies or syndicated) and (outlet_title(byline.outlet, packs) or news_outlet(byline.outlet, packs)):
            # "By Jane Doe, Ohio Capital Journal" (or "… • Harbour Herald"): another outlet's writer,
            # where it is not the site's own (extract_claims drops a self-credit).
            known = known_publisher(packs.registry, byline.outlet)
            found.append((doc.starts[index], Attribution(
                "byline", known.name if known else byline.outlet, byline.outlet, " and ".join(byline.authors) or None, None, None,
                evidence(line), known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
            )))
            if syndicated and index not in taken:
                found += [(doc.starts[index], replace(a, author=None)) for a in byline_credits(byline, "agency-byline", evidence(line), line.zone)]
            taken.add(index)
        if index not in taken and byline.agencies:
            # "Jane Doe / CNN" names an outlet that is no agency: a byline, not an agency's.
            form = "agency-byline" if all(a.kind in AGENCY_KINDS for a in byline.agencies) else "byline"
            found += [(doc.starts[index], a) for a in byline_credits(byline, form, evidence(line), line.zone)]
            taken.add(index)
    return found



def _line_index(doc: Document, where: Evidence) -> int | None:
    """The index of the line a notice's evidence quotes."""
    # The text first: reading a line's number may have to place it in the source (html_lexbor.py).
    return next((i for i, line in enumerate(doc.lines) if line.text == where.text and line.number == where.line), None)


def _names_writer_only(spec: PatternSpec) -> bool:
    """Whether a credit form captures a writer and no outlet: "(Reporting by Jane Doe; …)"."""
    return not {"publisher", "credit", "agencies", "link"} & spec.pattern.groupindex.keys()



def _coded_agency(credit: Attribution, registry: Registry) -> Attribution:
    """A credit naming an agency by its dateline code alone ("AA", "SPA"), as that agency."""
    agency = None if credit.known else registry.dateline_agency(credit.publisher_text or "")
    if agency is None:
        return credit
    return replace(credit, publisher=agency.name, known=True, publisher_kind=agency.kind)



def platform_provider(doc: Document, packs: Packs, own: str, bylines: list[tuple[int, Byline]]) -> list[Attribution]:
    """On a platform's own page (an aggregator the registry lists: it writes nothing itself),
    the outlet its byline names beside the writer is the provider, and the text's original:
    "Story by Jane Doe • Harbour Herald" on msn.com. Elsewhere the same field names the site
    itself or a section ("By Jane Doe • Opinion")."""
    platform = packs.registry.lookup(own)
    if platform is None or platform.kind != "platform":
        return []
    for index, byline in bylines:
        if byline.outlet and not byline.agencies:
            line = doc.lines[index]
            known = known_publisher(packs.registry, byline.outlet)
            return [
                Attribution(
                    "byline", known.name if known else byline.outlet, byline.outlet, " and ".join(byline.authors) or None, byline.place,
                    byline.date, evidence(line), known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
                )
            ]
    return []


def outlets_as_authors(author: str, outlets: list[str], host_labels: list[str], editions: re.Pattern[str] | None) -> str:
    """An author with the outlets taken out of it: a byline's part that names an outlet the page
    credits, or the page's own site, is no writer ("By Jane Doe, Harbour Herald" over
    "Republished with permission from the Harbour Herald"; "By Jane Doe, Quayside Gazette" on
    its own site). Only beside a writer: a name alone may be the writer's own site's ("Jane Doe"
    on janedoe.example)."""
    if " and " not in author:
        return author
    parts = author.split(" and ")
    kept = [
        p for p in parts
        if not (names_the_host(p, host_labels) or any(same_outlet(p, o) or same_title(p, o, editions) for o in outlets))
    ]
    return " and ".join(kept) if kept else author
