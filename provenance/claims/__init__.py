"""Document -> Claims: what the page says about itself, each claim with its evidence.

Extractors read the normalised lines and the metadata once; patterns come from the
packs. One module per kind of claim: dates (the dates written in the text and the
metadata), attribution (credits naming a source, with credit_guards, credit_match and
credit_parts for turning a match away, reading it and splitting a credit, and bylines,
byline_block, metadata_credits, text_ends and issuer for the forms it reads), publisher
(the page's own publisher, with masthead and self_reference for a plain text's, and
names_in_text for what they share), title_and_section, published (the page's own date),
headline and address (where the headline stands, the page's own address). Nothing here
judges whether claims agree, that is the rules' work, except where the page's own date
has to be chosen between its metadata and the date it shows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..dates import YEAR, century_hint
from ..model import AuditOptions, Claims, Document
from ..notices import extract_notices
from ..notices.page import NoticePage
from ..packs import Packs
from ..registry import AGENCY_KINDS, known_publisher, same_outlet, same_title
from ..scan import KeywordGate, pack_keywords
from .address import archived_capture
from .attribution import attributions, outlets_as_authors, platform_provider
from .byline_block import block_bylines
from .dates import meta_dates, scan_dates, scan_mentions
from .headline import Headline
from .metadata_credits import page_author
from .published import find_dispute, head_date, page_date, settle_numeric_order
from .publisher import names_the_host, own_publisher, page_host_labels, writes_for_the_site
from .text_ends import TextEnds
from .title_and_section import section, title

__all__ = ["extract_claims", "head_date", "known_publisher"]

_TWO_DIGIT_YEAR = re.compile(r"\d[A-Za-z]{3}\d\d(?![\w])")


def extract_claims(doc: Document, packs: Packs, options: AuditOptions) -> Claims:
    # Only two-digit years (08Jan22) need the hint; most pages have none. It is worked out
    # when a date first needs it (a scan of the whole text saved on most pages), once.
    hint = functools.cache(lambda: century_hint(_document_years(doc)) if _TWO_DIGIT_YEAR.search(doc.text) else None)
    claims = Claims()
    keywords = KeywordGate(doc.lowered, pack_keywords(packs))
    # One NoticePage for every reader: what it works out of the page (the captions' text,
    # facts about a line) is then worked out once.
    page = NoticePage(doc, packs, hint)
    claims.notices = extract_notices(doc, packs, hint, keywords, page)
    headline = Headline(doc)
    ends = TextEnds(doc, packs.end_headings, packs.credit_vocab.apparatus, packs.credit_vocab.by)  # where the text ends, worked out once
    bylines = block_bylines(page, headline, ends)
    claims.attributions = attributions(page, claims.notices, keywords, bylines, ends)
    claims.author = page_author(doc, packs, hint, bylines)
    claims.meta_dates = meta_dates(doc, packs)  # before the text's: a masthead's date is told by them
    spans = scan_dates(doc, packs, hint, claims, headline, options.as_of)
    settle_numeric_order(claims)
    dispute = find_dispute(claims)
    # Weekday and day-month mentions only weigh one date against another: a source line's
    # against the page's, or the metadata's against the date shown with the headline.
    if dispute is not None or any(a.date for a in claims.attributions):
        scan_mentions(doc, packs.vocab, spans, claims)
    claims.archived = archived_capture(doc)
    claims.publisher = own_publisher(doc, packs, claims)
    if claims.publisher is not None:
        # A credit to a sister title of the same house ("来源：半月谈" on Xinhua's site) is a self-credit.
        own = claims.publisher.value
        labels = page_host_labels(doc, claims) if claims.attributions else []
        editions = packs.credit_vocab.editions
        claims.attributions = [
            a for a in claims.attributions
            if same_outlet(a.publisher, own)
            or not (
                packs.registry.same_house(a.publisher, own)
                or names_the_host(a.publisher, labels)
                or writes_for_the_site(a.publisher_text or a.publisher, own, labels)
                # Its own edition, sister title or programme by name ("Hafenblatt am Sonntag",
                # "aus der aktuellen PAZ"); never an agency, whose name an outlet's may contain.
                or (a.publisher_kind not in AGENCY_KINDS and same_title(a.publisher_text or a.publisher, own, editions))
            )
        ]
        claims.attributions = platform_provider(doc, packs, own, bylines) + claims.attributions
        # An outlet the page credits, or the page's own site, read as a writer in its byline:
        # "By Jane Doe, Harbour Herald" (with "Republished with permission from the Harbour Herald").
        outlets = [own, *(name for a in claims.attributions for name in (a.publisher, a.publisher_text) if name)]
        labels = labels or page_host_labels(doc, claims)
        if claims.author is not None:
            claims.author = replace(claims.author, value=outlets_as_authors(claims.author.value, outlets, labels, editions))
        claims.attributions = [a if not a.author else replace(a, author=outlets_as_authors(a.author, outlets, labels, editions)) for a in claims.attributions]
    claims.title = title(doc, packs)
    claims.section = section(doc, packs, claims)
    claims.published = page_date(doc, packs, claims, options, dispute)
    return claims


def _document_years(doc: Document) -> list[int]:
    years = [int(y) for y in YEAR.findall(doc.text, 0, 60000)]
    years += [int(y) for m in doc.metadata if m.key.startswith(("jsonld:date", "article:", "time")) for y in YEAR.findall(m.value)]
    return years
