"""A writer's degrees and licences after her name in a byline ("By Jane Doe, MS, RDN",
"Max Muster, Dr. med.") are neither a second writer nor the place she wrote from; a city's
state code after a city is still a place."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def author(byline: str) -> str | None:
    result = audit_page(article(f'<p class="byline">{byline}</p>{STORY}', main=True))
    return result.chain[0].author if result.chain else None


@pytest.mark.parametrize(
    "byline, wanted",
    [
        ("By Ilse Roe, MS, RDN", "Ilse Roe"),
        ("By Jane Doe, MD", "Jane Doe"),
        ("By Jane Doe, M.D.", "Jane Doe"),
        ("By John Roe, PhD", "John Roe"),
        ("By Jane Doe, MPH", "Jane Doe"),
        ("Von Max Muster, Dr. med.", "Max Muster"),
    ],
)
def test_degrees_after_a_name_are_no_writer(byline: str, wanted: str) -> None:
    assert author(byline) == wanted


def test_two_writers_stay_two_and_a_city_stays_a_place() -> None:
    assert author("By Jane Doe and John Roe") == "Jane Doe and John Roe"
    assert author("By Jane Doe, Austin, TX") == "Jane Doe"
