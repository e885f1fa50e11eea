"""The page's own date: the date shown with the headline against the metadata."""

from __future__ import annotations

import datetime as dt

import pytest

import provenance
from provenance.model import DocumentResult


def page(meta: str, dateline: str, body: str = "", lang: str = "en-US", url: str | None = None) -> DocumentResult:
    html = (
        f'<html lang="{lang}"><head><title>Ferry Strike Ends After Late-Night Talks | Gazette</title>{meta}</head>'
        f"<body><article><h1>Ferry Strike Ends After Late-Night Talks</h1><p>{dateline}</p>"
        f"<p>{body or 'Crews went back to work after the union and the harbour board agreed new rest periods.'}</p>"
        "</article></body></html>"
    )
    return provenance.audit_document(html, content_type="html", url=url, options=provenance.AuditOptions(as_of=dt.date(2026, 1, 1)))


def audit_html(html: str, parser: str) -> DocumentResult:
    """An HTML page audited with that builder ("lxml" or "lexbor"), at a fixed reference date."""
    options = provenance.AuditOptions(as_of=dt.date(2026, 1, 1), parser=parser)  # type: ignore[arg-type]
    return provenance.audit_document(html, content_type="html", options=options)


def published(result: DocumentResult) -> dt.date | None:
    claim = result.claims.published  # type: ignore[union-attr]
    return claim.value.date if claim else None


def meta(prop: str, value: str) -> str:
    return f'<meta property="{prop}" content="{value}">'


def test_published_follows_the_shown_date_the_body_supports() -> None:
    result = page(
        meta("article:published_time", "2020-06-07T09:00:00Z"),
        "Monday, June 7, 2021",
        "Crews returned on Monday after talks that ended late on Sunday; the union voted on Monday morning.",
    )
    dispute = result.claims.dispute  # type: ignore[union-attr]
    assert dispute is not None and dispute.likely == dt.date(2021, 6, 7)
    assert any("weekday written beside it (Monday)" in r for r in dispute.for_visible)
    assert any("weekday mentions" in r for r in dispute.for_visible)
    assert published(result) == dt.date(2021, 6, 7)
    assert [f.rule for f in result.findings if f.category == "date"] == ["PRV307"]


def test_published_follows_the_metadata_the_url_supports() -> None:
    result = page(meta("article:published_time", "2021-06-07T09:00:00Z"), "June 7, 2020", url="https://gazette.example/2021/06/07/ferry/")
    assert result.claims.dispute is not None and result.claims.dispute.for_metadata == ("the URL's date (2021/06/07)",)  # type: ignore[union-attr]
    assert published(result) == dt.date(2021, 6, 7)


def test_with_nothing_else_the_shown_date_is_taken() -> None:
    result = page(meta("article:published_time", "2021-05-20T09:00:00Z"), "June 7, 2021")
    assert result.claims.dispute is not None  # type: ignore[union-attr]
    assert published(result) == dt.date(2021, 6, 7)
    (finding,) = [f for f in result.findings if f.rule == "PRV307"]
    assert "nothing else on the page settles which" in finding.message
    assert finding.suggestion and finding.suggestion.startswith("2021-06-07")


def test_a_day_apart_is_a_time_zone_and_the_shown_date_is_local() -> None:
    result = page(meta("article:published_time", "2021-06-08T02:30:00Z"), "June 7, 2021")
    assert result.claims.dispute is None  # type: ignore[union-attr]
    assert published(result) == dt.date(2021, 6, 7)
    assert not [f for f in result.findings if f.rule == "PRV307"]


def test_a_shown_update_is_not_a_disagreement() -> None:
    result = page(meta("article:published_time", "2021-06-01T09:00:00Z") + meta("article:modified_time", "2021-06-09T09:00:00Z"), "June 9, 2021")
    # Shown with the headline, so without the modified metadata it would be a dispute.
    assert [c.role for c in result.claims.dates] == ["published"]  # type: ignore[union-attr]
    assert result.claims.dispute is None  # type: ignore[union-attr]
    result = page(meta("article:published_time", "2021-06-01T09:00:00Z"), "Updated June 9, 2021")
    assert result.claims.dispute is None  # type: ignore[union-attr]
    assert published(result) == dt.date(2021, 6, 1)


def test_a_numeric_date_the_other_way_round_is_not_a_disagreement() -> None:
    # German convention reads 11/01/2021 as 11 January; the metadata says it was written month first.
    result = page(meta("article:published_time", "2021-11-01T09:00:00+01:00"), "11/01/2021", lang="de")
    # Read day first (11 January) it would be ten months from the metadata: it is read the
    # other way round, as the page writes it, and is no dispute.
    (shown,) = result.claims.dates  # type: ignore[union-attr]
    assert (shown.role, shown.value.date) == ("published", dt.date(2021, 11, 1))
    assert result.claims.dispute is None  # type: ignore[union-attr]


def test_only_a_short_line_by_the_headline_is_the_shown_date() -> None:
    long_line = "The board first discussed the rest periods on June 7, 2019, when the previous agreement ran out."
    result = page(meta("article:published_time", "2021-06-07T09:00:00Z"), long_line)
    assert [c.role for c in result.claims.dates] == ["mention"]  # type: ignore[union-attr]
    result = page(meta("article:published_time", "2021-06-07T09:00:00Z"), "Termin: 21.02.2022, 19 Uhr", lang="de")
    assert [c.role for c in result.claims.dates] == ["mention"]  # type: ignore[union-attr]
    result = page("", "von Redaktion · 7. Juni 2021", lang="de")
    assert [c.role for c in result.claims.dates] == ["published"]  # type: ignore[union-attr]
    assert published(result) == dt.date(2021, 6, 7)


def test_a_date_outside_the_calendar_is_ignored_never_fatal() -> None:
    # .NET writes 0001-01-01 for "no date"; the dispute it made with the shown date used to
    # step a day before year 1 and fail the page with OverflowError.
    result = page(
        meta("article:published_time", "0001-01-01T00:00:00") + meta("article:modified_time", "2020-01-01T10:00:00"),
        "June 7, 2021",
    )
    assert result.status == "audited", result.error
    assert published(result) == dt.date(2021, 6, 7)
    assert result.claims.dispute is None  # type: ignore[union-attr]
    late = page(meta("article:published_time", "9999-12-31T23:59:59"), "June 7, 2021")
    assert late.status == "audited" and published(late) == dt.date(2021, 6, 7)


def test_a_utc_timestamp_yields_to_the_local_day_the_page_shows() -> None:
    # A US evening story: 11:26 pm EST on the 19th is 04:26 UTC on the 20th.
    late = page(meta("article:published_time", "2019-11-20T04:26:47Z"), "Published 11:26 pm EST, Tuesday, November 19, 2019")
    assert published(late) == dt.date(2019, 11, 19)
    # A timestamp in a zone of its own is a local day too.
    offset = page(meta("article:published_time", "2019-11-20T05:57:50Z") + meta("sailthru.date", "2019-11-19 21:57:00 -0800"), "")
    assert published(offset) == dt.date(2019, 11, 19)


def test_a_utc_timestamp_moves_only_to_a_day_its_instant_can_fall_on() -> None:
    # The same instant in the page's own zone (+01:00) is the next day: the UTC timestamp
    # counts for that day ...
    local = '<meta itemprop="datePublished" content="2015-12-13T00:30:00+01:00">'
    assert published(page(meta("article:published_time", "2015-12-12T23:30:00+00:00") + local, "")) == dt.date(2015, 12, 13)
    # ... but 05:00 UTC is 06:00 there, the same day: the two stamps are two instants, and
    # the UTC one keeps its own day.
    early = page(meta("article:published_time", "2015-12-12T05:00:37+00:00") + local, "")
    assert published(early) == dt.date(2015, 12, 12)
    assert early.claims.published.evidence.text == "2015-12-12T05:00:37+00:00"  # type: ignore[union-attr]
    # With no zone of the page's own, a day the instant falls on somewhere (UTC-12 to UTC+14):
    # 03:00 UTC is the evening before in America.
    before = page(meta("article:published_time", "2019-11-20T03:00:00Z"), "Published 10:00 pm, Tuesday, November 19, 2019")
    assert published(before) == dt.date(2019, 11, 19)


def _commented(published_time: str, parser: str, title: str = "Fähre fährt wieder") -> DocumentResult:
    """A WordPress post and its comments, whose heading quotes the post's title and whose
    <time pubdate> elements date each comment, the next day."""
    comments = "".join(
        f'<li class="comment"><article class="comment"><footer><cite class="fn">Leserin {n}</cite>'
        f'<time pubdate datetime="2015-12-13T{clock}+01:00">13. Dezember 2015 um {clock[:5]}</time></footer>'
        "<p>Danke für den Beitrag!</p></article></li>"
        for n, clock in enumerate(("01:10:03", "09:45:00", "11:02:00"))
    )
    html = (
        f'<html lang="de"><head><title>{title}</title>{meta("article:published_time", published_time)}</head><body><article>'
        f"<h1>{title}</h1><p>Die Fähre fährt wieder, nachdem sich Gewerkschaft und Hafenbehörde geeinigt haben.</p></article>"
        f'<div id="comments"><h2 id="comments-title">3 Kommentare zu „{title}“</h2><ol class="commentlist">{comments}</ol></div>'
        "</body></html>"
    )
    return audit_html(html, parser)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_comments_pubdate_dates_the_comment_not_the_page(parser: str) -> None:
    result = _commented("2015-12-12T05:00:37+00:00", parser)
    assert published(result) == dt.date(2015, 12, 12)
    assert result.claims.published.evidence.where == 'meta[property="article:published_time"]'  # type: ignore[union-attr]


def test_a_utc_timestamp_stands_against_a_day_merely_mentioned() -> None:
    result = page(
        meta("article:published_time", "2019-11-20T04:26:47Z"), "",
        "The talks that began on November 19, 2019 ended late at night after the union accepted the harbour board's offer on rest periods.",
    )
    assert published(result) == dt.date(2019, 11, 20)


_COMMENTS = "".join(f"<p>{day}.01.2020 um 9:{m}</p><p>Danke für den schönen Beitrag, das probiere ich aus.</p>" for day, m in (("06", 16), ("06", 58), ("07", 12), ("08", 45)))
_PARAGRAPHS = "".join("<p>Die Schere, das Papier und ein ruhiger Nachmittag am Küchentisch genügen für den Anfang.</p>" for _ in range(12))


def _blog(label_line: str) -> DocumentResult:
    html = (
        '<html lang="de"><head><title>Scherenschnitt</title></head><body><article><h1>Scherenschnitt</h1>'
        f"{_PARAGRAPHS}<p>{label_line}</p></article><section>{_COMMENTS}</section></body></html>"
    )
    return provenance.audit_document(html, content_type="html", options=provenance.AuditOptions(as_of=dt.date(2026, 1, 1)))


def test_a_line_opening_published_dates_the_page_over_its_comments() -> None:
    assert published(_blog("Veröffentlicht: 05.01.2020 | Autor: gnaddrig")) == dt.date(2020, 1, 5)


def test_published_inside_a_sentence_is_not_the_label() -> None:
    # Another site's footer copied along ("This document has been published on …") is no label.
    assert published(_blog("Dieses Dokument wurde veröffentlicht: 05.01.2020 von einer anderen Seite.")) != dt.date(2020, 1, 5)


@pytest.mark.parametrize(
    ("stamp", "parser"),
    [
        ('<span class="ago" data-timestamp="1623052800">2 hours ago</span>', "lxml"),  # seconds
        ('<span class="ago" data-timestamp="1623052800">2 hours ago</span>', "lexbor"),
        ("<abbr data-utime='1623052800'>vor 2 Stunden</abbr>", "lxml"),
        ('<span data-time="1623052800000">il y a 2 heures</span>', "lxml"),  # milliseconds
    ],
)
def test_an_epoch_in_a_data_attribute_dates_a_page_that_shows_only_a_relative_time(stamp: str, parser: str) -> None:
    html = (
        "<html><head><title>Ferry Strike Ends | Gazette</title></head><body><article><h1>Ferry Strike Ends</h1>"
        f"<p>By Jane Doe\n{stamp}</p><p>Crews went back to work after the union and the harbour board agreed.</p>"
        "</article></body></html>"
    )
    result = audit_html(html, parser)
    claim = result.claims.published  # type: ignore[union-attr]
    assert claim is not None and claim.value.date == dt.date(2021, 6, 7)  # 2021-06-07T08:00:00Z
    assert claim.evidence.where.startswith("[data-") and "1623052800" in claim.evidence.where
    assert claim.evidence.line == 2


def test_an_epoch_in_a_data_attribute_never_outvotes_a_written_date() -> None:
    # The first stamp is a comment's, days later: a fallback, neither a vote nor the metadata
    # date a shown date could disagree with.
    result = page("", "June 1, 2021", '<span data-timestamp="1623052800">2 days later</span> a reader wrote')
    assert published(result) == dt.date(2021, 6, 1)
    assert result.claims.dispute is None  # type: ignore[union-attr]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_the_articles_own_pubdate_in_a_box_classed_as_an_aside_is_the_pages(parser: str) -> None:
    # A box of the article's facts some sites mark up as an aside: its <time itemprop="datePublished">
    # is the article's, though a comment's date stands below.
    html = (
        '<html lang="de"><head><title>Fähre</title></head><body><article><header><h1>Fähre fährt wieder</h1>'
        '<aside class="meta"><p class="authors">Von: Jane Roe</p>'
        '<time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside></header>'
        "<p>Die Fähre fährt wieder, nachdem sich Gewerkschaft und Hafenbehörde geeinigt haben.</p></article>"
        '<section class="comments"><article class="comment"><time itemprop="datePublished" datetime="2023-10-20T13:11:26+02:00">'
        "20. Okt 2023</time><p>Endlich!</p></article></section></body></html>"
    )
    result = audit_html(html, parser)
    assert published(result) == dt.date(2023, 10, 18)
    assert result.claims.published.evidence.text == "2023-10-18T11:45:00+02:00"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("bar", "lang"),
    [
        ("von Jane Roe | 20. Mai 2007 | Ergebnisse, Ergebnisse 2007, Leichtathletik | 0 Kommentare", "de"),
        ("By Jane Roe · May 20, 2007 · Results, Athletics, Regional Championships · 4 min read", "en"),
    ],
)
def test_a_date_in_a_posts_meta_bar_is_the_shown_date(bar: str, lang: str) -> None:
    # The bar's other fields (the byline, the categories, the comments' count) make the line
    # long, but the date has a field of its own: it is the post's, against the event's date
    # the results repeat.
    event = "Die Ergebnisse vom 19.05.2007 in Aalen: Staffel 19.05.2007, Weitsprung 19.05.2007, Hochsprung 19.05.2007."
    result = page("", bar, event, lang=lang)
    assert published(result) == dt.date(2007, 5, 20)
    assert result.claims.published.evidence.text == bar  # type: ignore[union-attr]


def test_a_date_in_a_long_line_of_bars_is_no_shown_date() -> None:
    # A sentence with bars in it is no meta bar: over 120 characters, its date is a mention.
    line = (
        "Die Staffel lief am 20. Mai 2007 | nach dem Regen | die schnellste Zeit der Saison, und der Weitsprung "
        "| wurde auf den Nachmittag verlegt"
    )
    result = page("", line)
    assert [c.role for c in result.claims.dates] == ["mention"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", "en"),
        ("Geschrieben am 07.11.2023 um 15:03 Uhr, aktualisiert am 07.11.2023 um 15:30 Uhr", "de"),
        ("Écrit le 07/11/2023 à 15h03, mis à jour le 07/11/2023 à 15h30", "fr"),
    ],
)
def test_the_date_a_page_says_it_was_written_is_its_own(line: str, lang: str) -> None:
    # Under the headline, beside its update: the date written, not the update nor the dates
    # of the other items listed under the text.
    picks = "".join(f"<li><p>Clip of the week</p><p>{day}</p></li>" for day in ("2023-11-03", "2023-11-06", "2023-11-03"))
    result = page("", line, f"Die Fähre fährt wieder.</p><h3>Editor's Pick</h3><ul>{picks}</ul><p>", lang=lang)
    assert published(result) == dt.date(2023, 11, 7)
    assert result.claims.published.evidence.text == line  # type: ignore[union-attr]


def test_a_page_writing_its_numeric_dates_month_first_is_read_so_whatever_its_language() -> None:
    # A German page reads "11/01/2021" day first, but its metadata says 2021-11-01: the page
    # writes month first, its shown date and every numeric date on it are read so.
    head = meta("article:published_time", "2021-11-01T04:00:14Z")
    result = page(head, "11/01/2021", "Der Roller im Test. Stand: 11/01/2021, 05:00", lang="de")
    assert published(result) == dt.date(2021, 11, 1)
    assert [c.value.date for c in result.claims.dates] == [dt.date(2021, 11, 1)] * 2  # type: ignore[union-attr]
    assert result.claims.dispute is None  # type: ignore[union-attr]
    # Its metadata agreeing with the language's reading, or with neither reading, changes nothing.
    same = page(meta("article:published_time", "2021-01-11T04:00:14Z"), "11/01/2021", lang="de")
    assert published(same) == dt.date(2021, 1, 11)
    neither = page(meta("article:published_time", "2021-06-05T04:00:14Z"), "11/01/2021", lang="de")
    assert [c.value.date for c in neither.claims.dates] == [dt.date(2021, 1, 11)]  # type: ignore[union-attr]


def _two_kinds_of_article(parser: str, *, headline_inside: bool = True) -> DocumentResult:
    """The page's <article> (its date a plain <time>), and readers' messages teased in
    <article>s of their own, each with its <time pubdate>."""
    teasers = "".join(
        f'<article class="entry"><h3>Pas d’accord</h3><p>Je tiens à préciser une nuance. '
        f'<time datetime="2019-09-{day}T07:30:29Z" pubdate>{day} septembre</time>, par Kevin.</p></article>'
        for day in ("22", "20", "20", "19")
    )
    headline = "<h1>Didier Porte souhaite la santé à Balkany</h1>"
    own = (
        f'<article>{headline if headline_inside else ""}<p><time datetime="2019-06-28T13:49:45Z" pubdate>Le 28 juin 2019</time></p>'
        "<p>Une chronique sur la santé, la justice et la politique, enregistrée en public au studio.</p></article>"
    )
    html = (
        '<html lang="fr"><head><title>Didier Porte souhaite la santé à Balkany</title></head><body>'
        f'{"" if headline_inside else headline}{own}<div class="aside-bloc"><h2>C’est vous qui le dites</h2><ul><li>{teasers}</li></ul></div>'
        "</body></html>"
    )
    return audit_html(html, parser)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_pubdate_in_another_article_dates_that_article(parser: str) -> None:
    # HTML's pubdate dates its nearest <article>: a teased message's, not the page's.
    result = _two_kinds_of_article(parser)
    assert published(result) == dt.date(2019, 6, 28)
    assert _pubdates(result) == [dt.date(2019, 6, 28)]
    # Where no <article> holds the headline, nothing tells the page's article from the others:
    # every pubdate stays a publication date.
    assert len(_pubdates(_two_kinds_of_article(parser, headline_inside=False))) == 5


def _pubdates(result: DocumentResult) -> list[dt.date | None]:
    return [c.value.date for c in result.claims.meta_dates if c.evidence.where == "time[datetime][pubdate]"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "caption",
    [
        "Abbildung: Ausschnitt eines Sentinel-2 Satellitenbildes bei St. Moritz vom 31.05.2021",
        "Abb. 2: Validierung unseres Schneehöhenproduktes mit Messungen vom 31. Mai 2021",
        "Fig. 3. Snow depth at the Weissfluhjoch station, 31 May 2021",
        "Foto: Die Station am Weissfluhjoch, aufgenommen von Jane Roe am 31.05.2021",
    ],
)
def test_a_date_in_a_captions_line_dates_the_picture(caption: str) -> None:
    # Two captions' dates in the text against the post's date line under it: the pictures' dates do not vote.
    text = "</p><p>".join(["Die Schneekarten zeigen, wo in den Alpen wie viel Schnee liegt, und das jeden Tag neu."] * 4)
    body = f"{caption}</p><p>{text}</p><p>{caption}</p><p>{text}</p><p>14.01.2022 um 09:25"
    result = page("", "Die neuen Karten", body, lang="de")
    assert published(result) == dt.date(2022, 1, 14)


def test_a_line_opening_with_a_captions_word_but_no_label_is_no_caption() -> None:
    text = "</p><p>".join(["Die Schneekarten zeigen, wo in den Alpen wie viel Schnee liegt, und das jeden Tag neu."] * 4)
    body = f"Bild-Zeitung berichtete am 31.05.2021 darüber.</p><p>{text}</p><p>14.01.2022 um 09:25"
    result = page("", "Die neuen Karten", body, lang="de")
    weights = {c.value.date: c.weight for c in result.claims.dates}  # type: ignore[union-attr]
    assert weights[dt.date(2021, 5, 31)] > 0
