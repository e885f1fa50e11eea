"""Dates a page shows that are not the article's (issue 11, "the wrong date on the page"):
the masthead's "today" (the day the page was fetched: the audit's `as_of`, a WARC record's
date), the dates of the other stories a sidebar lists, a forum member's "Joined" date, a
picture's caption under the headline."""

from __future__ import annotations

import datetime as dt

import pytest

import provenance

FETCHED = dt.date(2026, 11, 30)
PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Crews went back to work after the union and the harbour board agreed new rest periods.",
        "The talks had run through the night at the board's offices near the quay, with both sides under pressure.",
        "Passengers who had waited at the terminal were offered places on the first crossings of the morning.",
    )
)


def published(html: str, as_of: dt.date = FETCHED, parser: str = "lxml") -> dt.date | None:
    result = provenance.audit_document(html, content_type="html", options=provenance.AuditOptions(as_of=as_of, parser=parser))
    claim = result.claims.published
    return claim.value.date if claim else None


def site(top: str, article: str) -> str:
    """A page with no title to find the headline by: the dates decide alone."""
    return f"<html><body>{top}<article><h2>Ferry strike ends</h2>{article}{PARAGRAPHS}</article></body></html>"


def test_the_mastheads_today_does_not_outvote_the_bylines_date() -> None:
    html = site(
        '<header><div class="today">Monday, November 30, 2026</div><a href="/">Harbour Times</a></header>',
        '<p class="byline">By Jane Roe | March 5, 2021</p>',
    )
    assert published(html) == dt.date(2021, 3, 5)


def test_a_mastheads_today_in_the_sites_time_zone_may_be_the_day_before_the_crawl() -> None:
    html = site(
        '<header><span class="date">29.11.2026</span> <a href="/">Hafenblatt</a></header>',
        "<p>Von Jana Roth, 05.03.2021</p>",
    )
    assert published(html) == dt.date(2021, 3, 5)


def test_the_mastheads_today_still_dates_a_page_that_shows_no_other_date() -> None:
    # A page fetched the day it appeared, with nothing else to go by: the day is the best guess.
    html = site('<header><div class="today">Monday, November 30, 2026</div></header>', "")
    assert published(html) == dt.date(2026, 11, 30)


def test_a_sidebars_story_dates_do_not_outvote_the_articles_own() -> None:
    # Three stories of one day listed above the article outweighed its own date further down.
    sidebar = (
        '<aside class="sidebar"><h3>Latest</h3><ul>'
        + "".join(f"<li><a href='/s{i}'>Harbour story {i}</a></li><li>9 March 2021</li>" for i in range(3))
        + "</ul></aside>"
    )
    html = site(sidebar, "<p>A report from the quay, first filed on 5 March 2021 by the desk.</p>")
    assert published(html) == dt.date(2021, 3, 5)


HEADLINE = "Ferry plan agreed at the quay"


def titled(body: str) -> str:
    return f"<html><head><title>{HEADLINE} | Harbour Times</title></head><body>{body}</body></html>"


def test_a_forum_members_joined_date_is_not_the_posts() -> None:
    # A thread whose headline the page's title does not give: the dates vote alone.
    post = (
        "<html><body><h1>Ferry plan</h1><table><tr><td>jroe<br>Joined: 12 Jan 2009<br>Posts: 3201</td>"
        f"<td>05 Mar 2021 10:14<br>{PARAGRAPHS}</td></tr></table></body></html>"
    )
    assert published(post) == dt.date(2021, 3, 5)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_captions_date_under_the_headline_dates_the_picture(parser: str) -> None:
    article = (
        f'<article><h1>{HEADLINE}</h1><figure><img src="/quay.jpg"><figcaption>The quay on 1 June 1998.</figcaption></figure>'
        f"<p>5 March 2021</p>{PARAGRAPHS}</article>"
    )
    assert published(titled(article), parser=parser) == dt.date(2021, 3, 5)


def test_a_captions_date_alone_under_the_headline_still_counts() -> None:
    # Nothing else by the headline: the caption's day is all the page shows (weighed as before).
    article = f'<article><h1>{HEADLINE}</h1><figure><img src="/quay.jpg"><figcaption>The quay on 1 June 2019.</figcaption></figure>{PARAGRAPHS}</article>'
    assert published(titled(article)) == dt.date(2019, 6, 1)
