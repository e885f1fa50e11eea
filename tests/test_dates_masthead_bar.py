"""The masthead's "today" in a top bar of any markup (a <div>, not only a <header>) above the
headline dates the visit, not the article: on the day the page was fetched it is a fallback
only. Before, "Thursday, 3 December 2026" in a top bar outranked the article's own <time>
(found by writing a masthead date into real pages: benchmarks/probe_date_distractors.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY

import provenance
from provenance import default_packs

FETCHED = dt.date(2026, 12, 3)


def _page_published(page: str, parser: str) -> dt.date | None:
    options = provenance.AuditOptions(as_of=FETCHED, parser=parser)  # type: ignore[arg-type]
    result = provenance.audit_document(page, path="mem", url="https://www.quaysideexaminer.example/news/harbour", content_type="html",
                                       packs=default_packs(), options=options)
    return result.claims.published.value.date if result.claims and result.claims.published else None


def _published(top: str, under: str, parser: str) -> dt.date | None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens the northern quay - Quayside Examiner</title>'
        f'</head><body>{top}<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>'
        f"<h1>Harbour reopens the northern quay</h1>{under}{STORY}</article></main></body></html>"
    )
    return _page_published(page, parser)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("top", ['<div class="topbar"><p>Thursday, 3 December 2026</p></div>', '<div id="top"><span>Donnerstag, 3. Dezember 2026</span></div>'])
def test_a_top_bars_today_does_not_date_the_article(top: str, parser: str) -> None:
    """The article's date only in its markup (a <time> with no text), none shown by the headline."""
    under = '<p class="meta">By Jane Roe <time datetime="2020-01-28T15:49:07+01:00"></time></p>'
    assert _published(top, under, parser) == dt.date(2020, 1, 28)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_page_of_the_fetch_day_keeps_its_date(parser: str) -> None:
    """ok: published the day it was fetched, the page shows the day under its headline too."""
    top = '<div class="topbar"><p>Thursday, 3 December 2026</p></div>'
    assert _published(top, '<p class="meta">By Jane Roe, 3 December 2026</p>', parser) == FETCHED


def _published_no_headline(top: str, body: str, parser: str) -> dt.date | None:
    """A page whose headline is not recognised: no <h1> repeats its title (a styled <div>)."""
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafen - Quayside Examiner</title>'
        f'</head><body>{top}<main><div class="post"><div class="post-title">Der Hafen öffnet den Nordkai wieder</div>{body}</div></main></body></html>'
    )
    return _page_published(page, parser)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("top", ['<div class="topbar"><p>Thursday, 3 December 2026</p></div>', '<div id="top"><span>Donnerstag, 3. Dezember 2026</span></div>'])
def test_with_no_headline_found_a_top_bars_today_stands_above_the_first_paragraph(top: str, parser: str) -> None:
    """The article's date on its own line by the text; the top bar's today above the text's first paragraph."""
    assert _published_no_headline(top, f'<p class="meta">20.06.2019 11:43</p>{STORY}', parser) == dt.date(2019, 6, 20)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_with_no_headline_found_a_page_of_the_fetch_day_keeps_its_date(parser: str) -> None:
    """ok: the only date is the fetch day's, and it stands in the text: nothing outvotes it."""
    assert _published_no_headline("", f'<p class="meta">03.12.2026 09:10</p>{STORY}', parser) == FETCHED
