"""The page's date where the text shows only the day it was fetched (issue 11): a
masthead's date in the site's header above the headline, later than the metadata's
publication date, is the fetch day (as it is when it is the audit's own day); a date in the
path of og:url or the canonical address dates a page fetched at an address without one."""

from __future__ import annotations

from pages import article, audit_page

BODY = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>" * 3
PUBLISHED = '<meta property="article:published_time" content="2021-03-05T10:00:00+01:00">'


def page_date(header: str = "", head: str = "", body: str = BODY, url: str = "https://www.example.org/news/12345") -> str | None:
    result = audit_page(article(body, site=None, head=head, header=header, headline="Harbour reopens", main=True), url)
    published = result.claims.published if result.claims else None
    return published.value.date.isoformat() if published and published.value.date else None


def test_a_mastheads_later_date_over_the_headline_is_the_fetch_day() -> None:
    assert page_date(header="<p>Monday, March 8, 2021</p>", head=PUBLISHED) == "2021-03-05"


def test_a_date_over_the_headline_stands_where_the_metadata_agrees_or_says_nothing() -> None:
    assert page_date(header="<p>Friday, March 5, 2021</p>", head=PUBLISHED) == "2021-03-05"
    assert page_date(header="<p>Monday, March 8, 2021</p>") == "2021-03-08"


def test_a_later_date_under_the_headline_is_not_a_masthead() -> None:
    # Shown with the headline in the article, it disputes the metadata as before; the
    # weekday mention settles nothing here, so the shown date stands.
    assert page_date(head=PUBLISHED, body="<p>Monday, March 8, 2021</p>" + BODY) == "2021-03-08"


def test_the_date_in_og_url_dates_a_page_fetched_at_an_address_without_one() -> None:
    head = '<meta property="og:url" content="https://www.example.org/2021/03/05/harbour-reopens/">'
    assert page_date(head=head) == "2021-03-05"
    canonical = '<link rel="canonical" href="https://www.example.org/2021/03/05/harbour-reopens/">'
    assert page_date(head=canonical) == "2021-03-05"
    # The fetched address's own date comes first.
    assert page_date(head=head, url="https://www.example.org/2021/03/04/harbour-reopens/") == "2021-03-04"


def test_a_canonical_link_to_another_site_does_not_date_the_copy() -> None:
    canonical = '<link rel="canonical" href="https://www.harbourtimes.example/2019/01/02/harbour-reopens/">'
    assert page_date(head=canonical, url="https://www.aggregator.example/news/12345") is None
