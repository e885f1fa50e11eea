"""The page's own date where a page shows several, written as pages in many languages write them."""

from __future__ import annotations

import datetime as dt

import pytest
from test_page_date import meta, page, published

import provenance
from provenance.model import DocumentResult

HEADLINE = "Ferry Strike Ends After Late-Night Talks"
PARAGRAPHS = (
    "<p>Crews went back to work after the union and the harbour board agreed new rest periods.</p>"
    "<p>The talks had run through the night at the board's offices near the quay, with both sides under pressure.</p>"
    "<p>Passengers who had waited at the terminal were offered places on the first crossings of the morning.</p>"
)
FETCHED = dt.date(2026, 11, 29)


def site(article: str, *, head: str = "", lang: str = "en", url: str | None = None, masthead: str = "", before: str = "") -> DocumentResult:
    """A news site's page: a masthead, what stands above the article, the article."""
    html = (
        f'<html lang="{lang}"><head><title>{HEADLINE} | Gazette</title>{head}</head><body>'
        f'<header><a href="/">Gazette</a>{masthead}</header>{before}'
        f"<article><h1>{HEADLINE}</h1>{article}{PARAGRAPHS}</article></body></html>"
    )
    return provenance.audit_document(html, content_type="html", url=url, options=provenance.AuditOptions(as_of=FETCHED))


@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [
        ("nl", "Bijgewerkt op 9 maart 2025 18:40", "Gepubliceerd op 5 maart 2025 10:12"),
        ("pl", "Zaktualizowano: 9 marca 2025, 18:40", "Opublikowano: 5 marca 2025, 10:12"),
        ("tr", "Güncelleme: 09.03.2025 18:40", "Yayınlanma: 05.03.2025 10:12"),
        ("ru", "Обновлено: 9 марта 2025, 18:40", "Опубликовано: 5 марта 2025, 10:12"),
        ("uk", "Оновлено: 9 березня 2025, 18:40", "Опубліковано: 5 березня 2025, 10:12"),
        ("ar", "آخر تحديث 9 مارس 2025", "نشر في 5 مارس 2025"),
        ("zh", "更新时间：2025-03-09 18:40", "发布时间：2025-03-05 10:12"),
        ("ja", "更新日：2025年3月9日 18:40", "公開日：2025年3月5日 10:12"),
        ("ko", "수정 2025.03.09 18:40", "입력 2025.03.05 10:12"),
        ("id", "Diperbarui 9 Maret 2025, 18:40 WIB", "Diterbitkan 5 Maret 2025, 10:12 WIB"),
        ("vi", "Cập nhật ngày 9/3/2025 18:40", "Đăng ngày 5/3/2025 10:12"),
        ("hi", "अपडेटेड: 9 मार्च 2025, 18:40", "प्रकाशित: 5 मार्च 2025, 10:12"),
        ("sv", "Uppdaterad 9 mars 2025 18.40", "Publicerad 5 mars 2025 10.12"),
        ("ms", "Dikemaskini 9 Mac 2025 18:40", "Diterbitkan 5 Mac 2025 10:12"),
        ("bn", "আপডেট: ৯ মার্চ ২০২৫, ১৮:৪০", "প্রকাশিত: ৫ মার্চ ২০২৫, ১০:১২"),
        ("ur", "اپ ڈیٹ: 9 مارچ 2025", "شائع: 5 مارچ 2025"),
        ("el", "Ενημερώθηκε: 9 Μαρτίου 2025, 18:40", "Δημοσιεύθηκε: 5 Μαρτίου 2025, 10:12"),
    ],
)
def test_the_update_shown_first_is_not_the_page_date(lang: str, first: str, then: str) -> None:
    assert published(page("", f"{first}</p><p>{then}", lang=lang)) == dt.date(2025, 3, 5)
    assert published(page("", f"{then} | {first}", lang=lang)) == dt.date(2025, 3, 5)


def test_the_label_nearest_before_a_date_says_what_it_is() -> None:
    # On one line, the update's label stands before the publication date too, further back.
    assert published(page("", "Mis à jour le 9 mars 2025 à 18h40 | Publié le 5 mars 2025 à 10h12", lang="fr")) == dt.date(2025, 3, 5)
    assert published(page("", "Обновлено 9 марта 2025 | Опубликовано 5 марта 2025", lang="ru")) == dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("lang", "line"),
    [("ru", "Обновлено 22 ноября 2026"), ("zh", "更新时间：2026-11-22 10:00"), ("fr", "Mis à jour le 22 novembre 2026")],
)
def test_a_shown_update_leaves_the_published_metadata(lang: str, line: str) -> None:
    result = site(f"<p>{line}</p>", lang=lang, head=meta("article:published_time", "2026-11-20T08:00:00+01:00"))
    assert published(result) == dt.date(2026, 11, 20)


def test_a_shown_update_dates_a_page_nothing_else_dates() -> None:
    assert published(page("", "Aktualisiert am 22.11.2025", lang="de")) == dt.date(2025, 11, 22)


@pytest.mark.parametrize(
    ("lang", "masthead", "byline"),
    [
        ("de", "Sonntag, 29. November 2026", "20.11.2026"),
        ("fr", "Dimanche 29 novembre 2026", "20/11/2026"),
        ("es", "Domingo, 29 de noviembre de 2026", "20 de noviembre de 2026"),
        ("ru", "Воскресенье, 29 ноября 2026", "20 ноября 2026"),
        ("ar", "الأحد 29 نوفمبر 2026", "20 نوفمبر 2026"),
        ("hi", "रविवार, 29 नवंबर 2026", "20 नवंबर 2026"),
    ],
)
def test_a_masthead_shows_the_day_the_page_was_fetched(lang: str, masthead: str, byline: str) -> None:
    assert published(site(f"<p>{byline}</p>", lang=lang, masthead=f"<span>{masthead}</span>")) == dt.date(2026, 11, 20)


def test_a_masthead_date_does_not_outvote_the_metadata_or_the_url() -> None:
    masthead = "<span>Sonntag, 29. November 2026</span>"
    result = site("", lang="de", head=meta("article:published_time", "2026-11-20T08:00:00+01:00"), masthead=masthead)
    assert published(result) == dt.date(2026, 11, 20)
    result = site("", lang="fr", url="https://gazette.example/2026/11/20/greve/", masthead="<span>Dimanche 29 novembre 2026</span>")
    assert published(result) == dt.date(2026, 11, 20)


def test_a_ticker_above_the_headline_gives_way_to_the_byline() -> None:
    ticker = "<div><ul><li>Nov. 28, 2026 — Markets slip</li><li>Nov. 28, 2026 — Storm warning</li></ul></div>"
    assert published(site("<p>By Jane Doe</p><p>November 20, 2026</p>", lang="en-US", before=ticker)) == dt.date(2026, 11, 20)


def test_a_date_above_the_headline_alone_still_dates_the_page() -> None:
    # A kicker date over the headline, with no other date shown and not the fetch day.
    result = site("<p>By Jane Doe</p>", lang="en-US", before="<p>Politics | November 20, 2026</p>")
    assert published(result) == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("lang", "caption"),
    [("de", "Archivbild vom 12. Mai 2019"), ("en-US", "Photo: Reuters, May 12, 2019"), ("es", "Foto de archivo del 12 de mayo de 2019")],
)
def test_a_photo_caption_under_the_headline_dates_the_photo(lang: str, caption: str) -> None:
    result = site(f"<figure><figcaption>{caption}</figcaption></figure>", lang=lang, head=meta("article:published_time", "2026-11-20T08:00:00+01:00"))
    assert published(result) == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le concert aura lieu le 12 mars 2027."),
        ("en-US", "The final will take place on March 12, 2027."),
        ("ru", "Концерт состоится 12 марта 2027 года."),
        ("pl", "Koncert odbędzie się 12 marca 2027."),
    ],
)
def test_an_event_still_to_come_is_not_the_page_date(lang: str, sentence: str) -> None:
    result = site(f"<p>{sentence}</p>", lang=lang, head=meta("article:published_time", "2026-11-20T08:00:00+01:00"))
    assert published(result) == dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [
        ("es", "Actualizado 09/03/2025 18:40", "Creado 05/03/2025 10:12"),
        ("fr", "Modifié le 09/03/2025 à 18:40", "Créé le 05/03/2025 à 10:12"),
        ("ru", "Изменено: 09.03.2025 18:40", "Создано: 05.03.2025 10:12"),
        ("tr", "Son Güncelleme: 09.03.2025 18:40", "Giriş Tarihi: 05.03.2025 10:12"),
    ],
)
def test_a_creation_label_is_a_publication_label(lang: str, first: str, then: str) -> None:
    assert published(page("", f"{first} | {then}", lang=lang)) == dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "2025年3月9日 18時40分 更新 | 2025年3月5日 10時12分 公開"),
        ("ja", "2025/03/09 18:40 最終更新</p><p>2025/03/05 10:12 配信"),
        ("zh", "2025-03-09 18:40 更新 2025-03-05 10:12 发布"),
        # Labels before their dates, bare: the one after the first date opens the second.
        ("zh", "发布 2025-03-05 10:12 更新 2025-03-09 18:40"),
        ("ja", "公開 2025年3月5日 10:12 更新 2025年3月9日 18:40"),
        ("ko", "수정 2025.03.09 18:40 입력 2025.03.05 10:12"),
        ("ja", "公開日：2025年3月5日 更新日：2025年3月9日"),
    ],
)
def test_a_label_written_after_its_date(lang: str, line: str) -> None:
    assert published(page("", line, lang=lang)) == dt.date(2025, 3, 5)
