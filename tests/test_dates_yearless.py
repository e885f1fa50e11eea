"""A page's date written with no year but its weekday in brackets, as news portals print it
("3/9(木) 18:45配信"): read only where the page has no other date, and dated in the year the
page itself names (its copyright line's, its address's) on which that day is that weekday."""

from __future__ import annotations

from pathlib import Path

import pytest
from pages import STORY, article, audit_page

from provenance.packs import PackError, load_packs

FOOTER_2023 = "<footer><p>© 2023 Riverside Daily</p></footer>"


def _published(lead: str, footer: str = FOOTER_2023, url: str = "https://www.riversidedaily.example/news/1", head: str = "") -> str | None:
    result = audit_page(article(lead + STORY, footer=footer, head=head), url=url)
    published = result.claims.published
    return str(published.value.date) if published else None


@pytest.mark.parametrize(
    "lead",
    [
        '<p class="date">3/9(木) 18:45配信</p>',  # Japanese portals: 9 March 2023 was a Thursday
        "<p>3月9日(木)</p>",
        "<p>3/9（木曜日）</p>",  # full-width brackets, the weekday's whole name
        "<p>3월 9일(목) 오후 6:45</p>",  # Korean
        "<p>3月9日（星期四）</p>",  # Chinese
        "<p>3月9日（周四）</p>",
    ],
)
def test_the_weekday_settles_the_year_among_the_pages_own(lead: str) -> None:
    assert _published(lead) == "2023-03-09"


def test_the_year_from_the_pages_address() -> None:
    assert _published("<p>3/9(木) 18:45配信</p>", footer="", url="https://news.example.jp/2023/03/article-1") == "2023-03-09"


def test_the_latest_of_a_copyright_lines_years_that_fits() -> None:
    assert _published("<p>3/9(木)</p>", footer="<footer><p>© 2015-2023 Riverside Daily</p></footer>") == "2023-03-09"
    # 9 March was a Thursday in 2017: a span names the years between its ends too.
    assert _published("<p>3/9(木)</p>", footer="<footer><p>© 2012-2018 Riverside Daily</p></footer>") == "2017-03-09"


@pytest.mark.parametrize(
    ("lead", "footer"),
    [
        ("<p>3/9(金) 18:45配信</p>", FOOTER_2023),  # a Friday in no year the page names
        ("<p>3/9(木) 18:45配信</p>", ""),  # no year on the page: no guess from today's
    ],
)
def test_no_year_that_fits_no_date(lead: str, footer: str) -> None:
    assert _published(lead, footer=footer) is None


def test_any_other_date_comes_first() -> None:
    head = '<meta property="article:published_time" content="2023-03-10T09:00:00+09:00">'
    assert _published("<p>3/9(木) 18:45配信</p>", head=head) == "2023-03-10"


@pytest.mark.parametrize(
    "lead",
    [
        '<p class="date">Thursday, March 9, 6:45 p.m.</p>',
        '<p class="date">Thu, Mar 9 · 6:45 PM</p>',
        '<p class="date">Donnerstag, 9. März, 18:45 Uhr</p>',
        '<p class="date">jeudi 9 mars</p>',
        '<p class="date">jueves 9 de marzo</p>',
    ],
)
def test_a_date_stamp_in_latin_script_the_same(lead: str) -> None:
    assert _published(lead) == "2023-03-09"


def test_a_weekday_and_a_day_in_running_text_date_an_event_not_the_page() -> None:
    lead = "<p>The council will meet on Thursday, March 9, to vote on the new harbour fees and the ferry timetable.</p>"
    assert _published(lead) is None


def test_the_bracketed_weekdays_are_validated_as_seven(tmp_path: Path) -> None:
    (tmp_path / "weekdays.toml").write_text('[yearless]\nbracketed_weekdays = [["月"], ["火"]]\n', encoding="utf-8")
    with pytest.raises(PackError, match="bracketed_weekdays"):
        load_packs([tmp_path])
