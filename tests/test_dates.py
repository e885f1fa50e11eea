"""The date parser on the forms real pages use, and on dateutil's known pitfalls."""

from __future__ import annotations

import datetime as dt

import pytest

import provenance
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


def test_page_language_settles_numeric_order() -> None:
    (match,) = find_dates("on 03/04/2005", VOCAB, day_first=True)
    assert match.value.date == dt.date(2005, 4, 3) and len(match.value.readings) == 2
    (match,) = find_dates("on 03/04/2005", VOCAB, day_first=False)
    assert match.value.date == dt.date(2005, 3, 4)
    assert VOCAB.day_first(["fr"]) is True and VOCAB.day_first(["en-GB"]) is True and VOCAB.day_first(["de_CH"]) is True
    assert VOCAB.day_first(["en-US"]) is False and VOCAB.day_first(["en_us"]) is False
    assert VOCAB.day_first(["en"]) is None and VOCAB.day_first([]) is None


@pytest.mark.parametrize(
    "lang, locale, expected",
    [
        ("fr", None, dt.date(2021, 4, 3)),
        ("en-GB", None, dt.date(2021, 4, 3)),
        ("en-US", None, dt.date(2021, 3, 4)),
        ("en", "en_GB", dt.date(2021, 4, 3)),  # og:locale adds the region a bare "en" lacks
        ("en-US", "en_GB", dt.date(2021, 3, 4)),  # but <html lang> wins when both name one
        ("de", "en_US", dt.date(2021, 4, 3)),  # a locale in another language says nothing
        ("en", None, None),
    ],
)
def test_page_language_reaches_the_claims(lang: str, locale: str | None, expected: dt.date | None) -> None:
    meta = f'<meta property="og:locale" content="{locale}">' if locale else ""
    page = f'<html lang="{lang}"><head>{meta}</head><body><p>Minutes of the meeting held 03/04/2021.</p></body></html>'
    result = provenance.audit_document(page, content_type="html")
    (claim,) = result.claims.dates
    assert claim.value.date == expected
    assert {f.rule for f in result.findings if f.rule == "PRV305"} == ({"PRV305"} if expected is None else set())


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


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.example.de/meldungen/29-10-2021", dt.date(2021, 10, 29)),
        ("https://www.example.at/news/17.03.2020-hafen-wieder-offen", dt.date(2020, 3, 17)),
        ("https://www.example.ch/aktuell/31_12_2019.html", dt.date(2019, 12, 31)),
        ("https://www.example.de/meldungen/05-03-2021", None),  # the 5th of March or the 3rd of May
        ("https://www.example.de/meldungen/29-10.2021", None),  # two separators: not one date
        ("https://www.example.de/artikel/1029-10-2021", None),  # a number run
    ],
)
def test_day_first_date_in_the_url(url: str, expected: dt.date | None) -> None:
    found = date_in_url(url)
    assert (found.date if found else None) == expected


def test_weekday_support_tells_the_seed_years_apart() -> None:
    saturday, friday, thursday = 5, 4, 3
    mentions = [saturday, saturday, friday, thursday, saturday]
    right = support(dt.date(2022, 1, 8), mentions, [(1, 6), (1, 5)], window=2)
    slipped = support(dt.date(2021, 1, 8), mentions, [(1, 6), (1, 5)], window=2)
    assert (right.weekdays_fit, slipped.weekdays_fit) == (5, 2)
    assert right.day_months_fit == slipped.day_months_fit == 2


def test_numeric_order_pack_is_validated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from provenance.packs import PackError, load_packs

    (tmp_path / "order.toml").write_text('[numeric_dates]\nday_first = ["en_GB"]\n', encoding="utf-8")
    with pytest.raises(PackError, match="not a lower-case language tag"):
        load_packs([tmp_path])
    (tmp_path / "order.toml").write_text('[numeric_dates]\nmonth_first = ["en-ca"]\n', encoding="utf-8")
    assert load_packs([tmp_path]).vocab.day_first(["en-CA"]) is False


# --- Every script, and the calendars pages print beside the Gregorian one ----------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("5 марта 2021 г.", dt.date(2021, 3, 5)),  # Russian genitive
        ("5 березня 2021", dt.date(2021, 3, 5)),  # Ukrainian
        ("5 marca 2021", dt.date(2021, 3, 5)),
        ("5. března 2021", dt.date(2021, 3, 5)),
        ("2021. március 5.", dt.date(2021, 3, 5)),  # Hungarian: year first
        ("2021 m. kovo 5 d.", dt.date(2021, 3, 5)),  # Lithuanian
        ("5 Μαρτίου 2021", dt.date(2021, 3, 5)),
        ("5 Mart 2021", dt.date(2021, 3, 5)),
        ("5 martie 2021", dt.date(2021, 3, 5)),
        ("5 maart 2021", dt.date(2021, 3, 5)),
        ("5. maaliskuuta 2021", dt.date(2021, 3, 5)),
        ("5 mars 2021", dt.date(2021, 3, 5)),
        ("৩ মার্চ ২০২১", dt.date(2021, 3, 3)),  # Bengali digits and month
        ("५ मार्च २०२१", dt.date(2021, 3, 5)),  # Devanagari
        ("٥ مارس ٢٠٢١", dt.date(2021, 3, 5)),  # Arabic-Indic digits
        ("5 آذار 2021", dt.date(2021, 3, 5)),  # the Levant's month names
        ("5 במרץ 2021", dt.date(2021, 3, 5)),  # Hebrew, the preposition joined
        ("5 tháng 3 năm 2021", dt.date(2021, 3, 5)),  # Vietnamese
        ("2021年3月5日", dt.date(2021, 3, 5)),
        ("发布时间：于2021年3月5日", dt.date(2021, 3, 5)),
        ("2021년 3월 5일", dt.date(2021, 3, 5)),
        ("５ 2021年03月05日", dt.date(2021, 3, 5)),
        ("5 มีนาคม 2564", dt.date(2021, 3, 5)),  # Thai Buddhist era
        ("๕ มีนาคม ๒๕๖๔", dt.date(2021, 3, 5)),
        ("1 فروردین 1400", dt.date(2021, 3, 21)),  # Solar Hijri
        ("۱ فروردین ۱۴۰۰", dt.date(2021, 3, 21)),
        ("١٥ رمضان ١٤٤٢", dt.date(2021, 4, 27)),  # Hijri
        ("令和3年3月5日", dt.date(2021, 3, 5)),  # Japanese era
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("5 ማርች 2021", dt.date(2021, 3, 5)),  # Amharic
        ("5 Mawrth 2021", dt.date(2021, 3, 5)),  # Welsh
        ("5 гуравдугаар сар 2021", dt.date(2021, 3, 5)),  # Mongolian: "the third month"
        ("5 مارچ 2021", dt.date(2021, 3, 5)),  # Pashto
    ],
)
def test_dates_in_every_script_and_calendar(text: str, expected: dt.date) -> None:
    found = dates(text)
    assert [d for d, _ in found] == [expected], found
    assert found[0][1] in text  # shown as the page wrote it


def test_digits_of_other_scripts_in_metadata() -> None:
    assert parse_metadata_date("٢٠٢١-٠٣-٠٥T10:00:00+03:00", VOCAB).date == dt.date(2021, 3, 5)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["A4 paper from 2021", "1400 people came", "٣٠ شخصا في ١٤٠٠", "Room 2564 on floor 3"])
def test_no_dates_invented_in_other_scripts(text: str) -> None:
    assert dates(text) == []


def test_a_page_in_another_script_is_dated_from_its_text() -> None:
    html = (
        '<html lang="fa"><head><title>تعمیر اسکله شمالی به پایان رسید</title></head><body>'
        "<h1>تعمیر اسکله شمالی به پایان رسید</h1><p>۱ فروردین ۱۴۰۰</p>"
        "<p>هیئت بندر اعلام کرد که تعمیر اسکله شمالی پس از دو سال تاخیر به پایان رسیده است و کشتی ها دوباره پهلو می گیرند.</p>"
        "</body></html>"
    )
    result = provenance.audit_document(html, content_type="html", options=provenance.AuditOptions(as_of=dt.date(2026, 1, 1)))
    assert result.claims and result.claims.published and result.claims.published.value.date == dt.date(2021, 3, 21)
    assert result.claims.published.value.text == "۱ فروردین ۱۴۰۰"
