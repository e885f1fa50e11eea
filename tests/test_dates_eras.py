"""Dates as Thai and Latvian news pages write them (issue 11): the era's mark between the
month and the Buddhist year ("5 มีนาคม พ.ศ. 2564"), the Buddhist year in two digits after
a Thai month ("5 มี.ค. 64"), and the Latvian locative month ("2021. gada 5. martā"). Two
digits after a month in another script are no year."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance import default_packs
from provenance.dates import find_dates


def dates(text: str) -> list[dt.date | None]:
    return [m.value.date for m in find_dates(text, default_packs().vocab)]


@pytest.mark.parametrize(
    "text",
    [
        "วันศุกร์ที่ 5 มีนาคม พ.ศ. 2564",
        "5 มีนาคม พ.ศ.2564",
        "5 มีนาคม ค.ศ. 2021",
        "5 มี.ค. 64",
        "เมื่อ 5 มี.ค. 64 เวลา 12:30 น.",
        "2021. gada 5. martā",
        "Rīga, 2021. gada 5. martā",
    ],
)
def test_a_date_in_the_forms_of_thai_and_latvian_news(text: str) -> None:
    assert dates(text) == [dt.date(2021, 3, 5)]


@pytest.mark.parametrize("text", ["5 Mar. 21", "5 March 21 people", "5 มี.ค. 6412", "ราคา 5 บาท 64 สตางค์"])
def test_two_digits_after_another_month_or_no_month_are_no_year(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text", ["วันที่ 5 มีนาคม 25 คน", "ผู้ติดเชื้อ 5 มี.ค. 12 ราย"])
def test_a_count_after_a_thai_month_is_no_year(text: str) -> None:
    assert dates(text) == []
