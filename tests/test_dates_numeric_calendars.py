"""Solar Hijri and Hijri dates written in numbers (issue 11): Iranian sites print "۱۴۰۰/۰۱/۰۱"
or "1400-01-01", Saudi ones "1442/07/21هـ". The year tells the calendar (rules/calendars.toml
numeric_years); a year neither calendar reads is no date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import provenance
from provenance import default_packs
from provenance.dates import find_dates
from provenance.packs import PackError, load_packs


def dates(text: str) -> list[dt.date | None]:
    return [m.value.date for m in find_dates(text, default_packs().vocab)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("۱۴۰۰/۰۱/۰۱", dt.date(2021, 3, 21)),  # Persian digits
        ("تاریخ انتشار: 1400/01/01 - 10:30", dt.date(2021, 3, 21)),
        ("1399-12-30", dt.date(2021, 3, 20)),
        ("۱۴۰۳.۰۹.۱۰", dt.date(2024, 11, 30)),
        ("1442/07/21هـ", dt.date(2021, 3, 5)),  # Hijri
        ("٢١/٠٧/١٤٤٢", None),  # day first: not this form (and no Gregorian reading either)
        ("2021/03/05", dt.date(2021, 3, 5)),  # Gregorian, as before
    ],
)
def test_a_numeric_date_in_a_hijri_year_is_read_in_its_calendar(text: str, day: dt.date | None) -> None:
    assert (dates(text) or [None])[0] == day


def test_a_year_neither_calendar_reads_is_no_date() -> None:
    assert dates("Magna Carta, sealed 1215-06-15") == []


def test_an_iranian_pages_date_line_dates_the_page() -> None:
    headline = "نشست شورای شهر درباره طرح جدید حمل و نقل"
    paragraph = "<p>" + "اعضای شورای شهر روز گذشته درباره طرح جدید حمل و نقل عمومی گفتگو کردند و نظرات خود را بیان کردند. " * 3 + "</p>"
    html = (
        f'<html lang="fa"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
        f"<p>۱۴۰۰/۰۱/۰۱ - ۱۰:۳۰</p>{paragraph}{paragraph}</article></body></html>"
    )
    result = provenance.audit_document(html, content_type="html", options=provenance.AuditOptions(as_of=dt.date(2026, 11, 30)))
    assert result.claims.published is not None
    assert result.claims.published.value.date == dt.date(2021, 3, 21)


def test_numeric_years_must_be_a_first_and_a_last_year(tmp_path: Path) -> None:
    pack = tmp_path / "p" / "calendars.toml"
    pack.parent.mkdir()
    pack.write_text('[calendars.persian]\nnumeric_years = [1370]\nmonths = [' + ", ".join(['["m"]'] * 12) + "]\n", encoding="utf-8")
    with pytest.raises(PackError, match="numeric_years"):
        load_packs([pack.parent])
