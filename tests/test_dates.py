"""The date parser on the forms real pages use, and on dateutil's known pitfalls."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance import default_packs
from provenance.dates import century_hint, date_in_url, expand_year, find_dates, parse_metadata_date, support

VOCAB = default_packs().vocab


def dates(text: str, hint: int | None = 2000) -> list:
    return [(m.value.date, m.value.text) for m in find_dates(text, VOCAB, hint)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("08Jan22", dt.date(2022, 1, 8)),
        ("05may15", dt.date(2015, 5, 5)),
        ("02Apr12", dt.date(2012, 4, 2)),
        ("Jan. 8, 2022", dt.date(2022, 1, 8)),
        ("January 8th, 2022", dt.date(2022, 1, 8)),
        ("8 de enero de 2022", dt.date(2022, 1, 8)),
        ("13 janvier 2022", dt.date(2022, 1, 13)),
        ("1er février 2021", dt.date(2021, 2, 1)),
        ("8. Januar 2022", dt.date(2022, 1, 8)),
        ("8 gennaio 2022", dt.date(2022, 1, 8)),
        ("8 de janeiro de 2022", dt.date(2022, 1, 8)),
        ("2022-01-08T10:00:00Z", dt.date(2022, 1, 8)),
        ("16.10.2019", dt.date(2019, 10, 16)),
        ("25/04/2019", dt.date(2019, 4, 25)),
    ],
)
def test_forms(text: str, expected: dt.date) -> None:
    assert dates(f"Posted {text} by staff")[0][0] == expected


def test_day_month_order_does_not_follow_dateutil() -> None:
    # dateutil reads 22Jan08 as 2008-01-22; the archive form is day, month, year.
    assert dates("22Jan08")[0][0] == dt.date(2008, 1, 22)
    assert dates("08Jan22")[0][0] == dt.date(2022, 1, 8)


def test_two_digit_years_follow_the_document_not_the_clock() -> None:
    assert expand_year(75, 1971) == 1975
    assert expand_year(75, 2060) == 2075
    assert expand_year(22, 2019) == 2022
    assert expand_year(98, 2019) == 1998  # nearest the document's own years
    assert expand_year(5, 1998) == 2005
    assert century_hint([1991, 2019, 2022]) == 2019
    assert century_hint([]) is None
    assert expand_year(75, None) == 1975 and expand_year(22, None) == 2022  # fixed pivot, no clock


def test_ambiguous_numeric_dates_keep_both_readings() -> None:
    (match,) = find_dates("on 03/04/2005", VOCAB)
    assert match.value.date is None
    assert set(match.value.readings) == {dt.date(2005, 4, 3), dt.date(2005, 3, 4)}


def test_no_dates_invented_from_numbers() -> None:
    assert dates("in 2019 sales rose 12 percent to 8 million") == []
    assert dates("version 1.2.19 released") == []


def test_weekday_written_beside_a_date_is_kept() -> None:
    (match,) = find_dates("Friday, March 15, 2023", VOCAB)
    assert match.value.weekday == 4 and match.value.date == dt.date(2023, 3, 15)
    (match,) = find_dates("sábado, 8 de enero de 2022", VOCAB)
    assert match.value.weekday == 5


def test_metadata_and_url_dates() -> None:
    assert parse_metadata_date("2021-06-07T09:00:00+02:00", VOCAB).date == dt.date(2021, 6, 7)
    assert parse_metadata_date("20210607", VOCAB).date == dt.date(2021, 6, 7)
    assert parse_metadata_date("June 7, 2021", VOCAB).date == dt.date(2021, 6, 7)
    assert date_in_url("https://example.org/2019/10/16/story.html").date == dt.date(2019, 10, 16)
    assert date_in_url("https://example.org/story-2019") is None


def test_weekday_support_tells_the_seed_years_apart() -> None:
    saturday, friday, thursday = 5, 4, 3
    mentions = [saturday, saturday, friday, thursday, saturday]
    right = support(dt.date(2022, 1, 8), mentions, [(1, 6), (1, 5)], window=2)
    slipped = support(dt.date(2021, 1, 8), mentions, [(1, 6), (1, 5)], window=2)
    assert (right.weekdays_fit, slipped.weekdays_fit) == (5, 2)
    assert right.day_months_fit == slipped.day_months_fit == 2
