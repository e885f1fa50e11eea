"""A page's first <time datetime> dates the page only where it is not another item's: a <time>
in a related list, a sidebar, a teaser or a reader's comment dates that item
(benchmarks/probe_date_distractors.py: on pages with no <time> of their own, the related list's
first one became `published`).

Each case on both builders: a date from a list is never the page's; the page's own date, shown
by its headline or in its metadata, stays; a page with nothing but the list's dates has no
`published` rather than a wrong one; and the article's own <time> still dates it wherever it
stands in the article (its header, its footer) or in a box of its facts set beside it, which
some sites class as a sidebar (a box that holds the headline)."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY, article

import provenance
from provenance import default_packs
from provenance.model import DocumentResult

RELATED = (
    '<aside><h3>Related</h3><ul><li><a href="/news/old-quay">The old quay closes</a> '
    '<time datetime="2019-05-01T08:00:00Z">1 May 2019</time></li>'
    '<li><a href="/news/new-cranes">New cranes arrive</a> <time datetime="2019-04-12T08:00:00Z">12 April 2019</time></li></ul></aside>'
)
SIDEBAR = (
    '<div class="sidebar"><h3>Most read</h3><p><a href="/news/ferry">Ferry timetable cut</a> '
    '<time datetime="2018-11-02">2 November 2018</time></p><p><a href="/news/bridge">Bridge repairs begin</a> '
    '<time datetime="2018-10-20">20 October 2018</time></p></div>'
)
COMMENTS = (
    '<div class="comments"><div class="comment"><p><time datetime="2020-06-12T10:14:00Z">12 June 2020</time> Jane Roe</p>'
    "<p>Thank you for this article.</p></div></div>"
)
PARSERS = ["lxml", "lexbor"]


def _published(page: str, parser: str) -> dt.date | None:
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    result: DocumentResult = provenance.audit_document(
        page, path="mem", url="https://www.riversidedaily.example/news/harbour", content_type="html", packs=default_packs(), options=options
    )
    assert result.claims is not None
    claim = result.claims.published
    return claim.value.date if claim is not None else None


# The article's date where the page shows it in a block the zone walk reads as boilerplate (a
# share bar): a date that only breaks a tie, which another item's <time> must not outvote.
OWN_DATE_IN_A_BAR = '<div class="share-tools"><span>3 March 2021</span></div>'


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("other", [RELATED, SIDEBAR, COMMENTS], ids=["related", "sidebar", "comments"])
def test_another_items_time_never_outvotes_the_pages_own_date(other: str, parser: str) -> None:
    assert _published(article(OWN_DATE_IN_A_BAR + STORY, aside=other, main=True), parser) == dt.date(2021, 3, 3)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_page_dated_only_by_a_related_list_has_no_date(parser: str) -> None:
    assert _published(article(STORY, aside=RELATED, main=True), parser) is None


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("other", [RELATED, SIDEBAR], ids=["related", "sidebar"])
def test_the_date_shown_by_the_headline_stays_the_pages(other: str, parser: str) -> None:
    body = f'<p class="meta">3 March 2021</p>{STORY}'
    assert _published(article(body, aside=other, main=True), parser) == dt.date(2021, 3, 3)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    "where",
    [
        '<header class="entry-header"><time datetime="2021-03-03T09:00:00+01:00">3 March 2021</time></header>',
        '<footer class="entry-footer"><span class="posted-on"><time datetime="2021-03-03T09:00:00+01:00">3 March 2021</time></span></footer>',
        '<div class="entry-meta"><time datetime="2021-03-03T09:00:00+01:00">3 March 2021</time></div>',
    ],
    ids=["header", "footer", "meta"],
)
def test_the_articles_own_time_dates_it_with_a_related_list_below(where: str, parser: str) -> None:
    assert _published(article(where + STORY, aside=RELATED, main=True), parser) == dt.date(2021, 3, 3)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_sidebar_box_of_the_articles_facts_dates_it(parser: str) -> None:
    box = (
        '<div class="sidebar"><div class="sidebar__item sidebar__item--header"><p class="h1">Harbour reopens the northern quay</p>'
        '<p class="time"><time datetime="2021-03-03">03.03.2021</time></p></div></div>'
    )
    page = article(STORY, site="Riverside Daily").replace("<article>", box + "<article>")
    assert _published(page, parser) == dt.date(2021, 3, 3)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    "after",
    ['<div class="post-footer"><p>Posted by Jane Roe at 28 April 2020</p></div>', "<p>Posted by Jane Roe at 28 April 2020</p>"],
    ids=["post-footer", "line"],
)
def test_the_pages_own_date_after_a_related_list_stays(after: str, parser: str) -> None:
    """A blog's post footer after the related list: out of the list's block, the page's own."""
    assert _published(article(STORY, aside=RELATED + after, main=True), parser) == dt.date(2020, 4, 28)
