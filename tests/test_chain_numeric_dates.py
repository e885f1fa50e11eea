"""A credit's numeric date that reads both ways ("AFP 03/02/2021") is read as the copy's own
date allows: the original came first (assess.build_chain)."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY, article, audit_page


def published(day: str) -> str:
    return f'<meta property="article:published_time" content="{day}T10:00:00+01:00">'


@pytest.mark.parametrize(
    ("page_day", "credit", "original_date"),
    [
        ("2021-02-03", "AFP 03/02/2021", dt.date(2021, 2, 3)),  # one reading is the copy's own day
        ("2021-03-02", "AFP 03/02/2021", dt.date(2021, 3, 2)),  # the other reading is
        ("2021-02-10", "AFP 03/02/2021", dt.date(2021, 2, 3)),  # 2 March would come after the copy
        ("2021-06-01", "AFP 03/02/2021", None),  # ok: both readings come before: still unread
        ("2021-02-03", "AFP 26/01/2021", dt.date(2021, 1, 26)),  # ok: a date that reads one way only
    ],
)
def test_a_credits_date_read_against_the_copys(page_day: str, credit: str, original_date: dt.date | None) -> None:
    report = audit_page(article(f"<p>{credit}</p>{STORY}", head=published(page_day)))
    assert [link.publisher for link in report.chain] == ["Agence France-Presse", "Riverside Daily"]
    assert report.chain[0].date == original_date
    assert report.chain[0].date_text == credit.split()[1]


def test_an_undated_page_leaves_the_credits_date_unread() -> None:
    """ok: with no date of its own the page says nothing of the order."""
    assert audit_page(article(f"<p>AFP 03/02/2021</p>{STORY}")).chain[0].date is None
