"""Credit shapes an independent probe found missed (issue 10), each read as a class of form:
datelines with a day alone, a date alone or an abbreviated place; press-release wires'
datelines; Arabic agencies' dotted and bracketless forms; trailers; a platform's provider;
an outlet or a place read as a co-author; a page crediting its own print edition. With each,
the look-alikes of the same shape that credit no original."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]


def _chain(body: str, site: str, url: str, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def lead(text: str) -> str:
    """The story with `text` opening its first paragraph (a dateline)."""
    return STORY.replace("<p>", f"<p>{text}", 1)


def tail(text: str) -> str:
    """The story with `text` closing its last paragraph (a sign-off)."""
    return STORY[: -len("</p>")] + text + "</p>"


GAZETTE = ("Northbay Courier", "https://www.northbaycourier.example/news/2026/quay")
DIARIO = ("Diario de la Ría", "https://www.diariodelaria.example/economia/muelle")
HAFEN = ("Elbtaler Zeitung", "https://www.elbtaler-zeitung.example/lokales/kai")


# --- Datelines: a day alone, a date alone, an abbreviated place ----------------------------------

@pytest.mark.parametrize(
    "body, host, original",
    [
        # Spanish agencies write the day of the month alone: "SEVILLA, 3 (EUROPA PRESS) -".
        (lead("SEVILLA, 3 (EUROPA PRESS) - "), DIARIO, "Europa Press"),
        (lead("BILBAO, 28 (SERVIMEDIA) "), DIARIO, "Servimedia"),
        ("<p>VALENCIA, 21 (EUROPA PRESS)</p>" + STORY, DIARIO, "Europa Press"),  # on a line of its own
        # UPI's date with no place: "Jan. 5 (UPI) --".
        (lead("Jan. 5 (UPI) -- "), GAZETTE, "United Press International"),
        (lead("March 30, 2026 (UPI) -- "), GAZETTE, "United Press International"),
        # A German place abbreviated ("Frankfurt a.M.", "Freiburg i. Br."), a dot after the bracket.
        (lead("Frankfurt a.M. (epd). "), HAFEN, "Evangelischer Pressedienst"),
        (lead("Freiburg i. Br. (KNA) - "), HAFEN, "Katholische Nachrichten-Agentur"),
        (lead("Mülheim a.d. Ruhr (dpa). "), HAFEN, "Deutsche Presse-Agentur"),
    ],
)
def test_dateline_shapes(body: str, host: tuple[str, str], original: str) -> None:
    links = _chain(body, *host)
    assert [link[:2] for link in links] == [("original", original), ("republisher", host[0])]


@pytest.mark.parametrize(
    "body",
    [
        lead("Exhibit 12 (Reuters) -- "),  # a number after a word that is no month: no date, no dateline
        lead("Chapter 3 (AP) — "),
        lead("12 (Reuters) - "),  # a day alone with no place before it
        "<p>The figures for Frankfurt a.M. (epd) were revised on Monday.</p>" + STORY,  # mid-sentence
    ],
)
def test_dateline_shape_look_alikes(body: str) -> None:
    assert len(_chain(body, *GAZETTE)) == 1


# --- Press-release wires' datelines ---------------------------------------------------------------

TICKER = ("Harbourfront Markets", "https://www.harbourfrontmarkets.example/releases/widgets")
ALPEN = ("Tiroler Talbote", "https://www.talbote.example/wirtschaft/kai")


@pytest.mark.parametrize(
    "body, host, original",
    [
        (lead("DENVER, Jan. 7, 2026 /PRNewswire/ -- "), TICKER, "PR Newswire"),
        (lead("PORTLAND, Ore., March 3, 2026 /PRNewswire/ -- "), TICKER, "PR Newswire"),  # a state after the city
        (lead("OMAHA, Neb.--(BUSINESS WIRE)--"), TICKER, "Business Wire"),  # two hyphens round the brackets
        (lead("BOSTON--(BUSINESS WIRE)--"), TICKER, "Business Wire"),
        (lead("AUSTIN, TX / ACCESSWIRE / January 7, 2026 / "), TICKER, "Accesswire"),  # the date after the wire
        (lead("BERLIN, GERMANY, January 7, 2026 /EINPresswire.com/ -- "), TICKER, "EIN Presswire"),
        # APA's service writes its code in capitals; news aktuell's "(ots)" is lower case.
        (lead("Innsbruck (OTS) - "), ALPEN, "APA-OTS"),
        (lead("Bremen (ots) - "), ALPEN, "news aktuell"),
    ],
)
def test_press_release_wire_datelines(body: str, host: tuple[str, str], original: str) -> None:
    assert [link[:2] for link in _chain(body, *host)] == [("original", original), ("republisher", host[0])]


@pytest.mark.parametrize(
    "body, site, url",
    [
        # the wire's own site
        (lead("OMAHA, Neb.--(BUSINESS WIRE)--"), "Business Wire", "https://www.businesswire.com/news/home/20260107005123/en/"),
        (lead("DENVER, Jan. 7, 2026 /PRNewswire/ -- "), "PR Newswire", "https://www.prnewswire.com/news-releases/widgets-302000001.html"),
        (lead("Innsbruck (OTS) - "), "OTS.at", "https://www.ots.at/presseaussendung/OTS_20260107_OTS0042/kai"),
        # the wire named mid-sentence
        ("<p>The release went out in DENVER, Jan. 7 /PRNewswire/ on the wire.</p>" + STORY, *TICKER),
    ],
)
def test_press_release_wire_look_alikes(body: str, site: str, url: str) -> None:
    assert len(_chain(body, site, url)) == 1


# --- Arabic agencies: dotted and bare-alef codes, no brackets -------------------------------------

SHATI = ("صحيفة الشاطئ", "https://www.alshati-news.example/economy/port")
ARABIC = (
    "<p>قالت هيئة الميناء إن طابور السفن المنتظرة للرسو تقلص للأسبوع الثالث على التوالي، مع إعادة فتح خطوط السكك الحديدية إلى الداخل.</p>"
    "<p>وكانت نحو 14 سفينة تنتظر في المرسى يوم الخميس، انخفاضا من أكثر من 30 سفينة في ذروة شهر يوليو، وفقا للنشرة الأسبوعية.</p>"
)


def ar_lead(text: str) -> str:
    return ARABIC.replace("<p>", f"<p>{text}", 1)


@pytest.mark.parametrize(
    "body, original",
    [
        # An agency's letters written with dots, or with a bare alef for "أ".
        (ar_lead("بيروت - (أ.ف.ب): "), "Agence France-Presse"),
        (ar_lead("تونس (ا ف ب) - "), "Agence France-Presse"),
        (ar_lead("عمّان - (د.ب.أ) - "), "Deutsche Presse-Agentur"),
        # No brackets: the agency after a dash, or between slashes with the text after.
        (ar_lead("جدة - واس "), "Saudi Press Agency"),
        (ar_lead("الوكرة - قنا: "), "Qatar News Agency"),
        (ar_lead("لوسيل / قنا / "), "Qatar News Agency"),
        (ar_lead("بغداد - أ ف ب: "), "Agence France-Presse"),
        ("<p>مكة المكرمة - واس</p>" + ARABIC, "Saudi Press Agency"),  # on its own line, over the text
    ],
)
def test_arabic_agency_forms(body: str, original: str) -> None:
    assert [link[:2] for link in _chain(body, *SHATI, lang="ar")] == [("original", original), ("republisher", SHATI[0])]


@pytest.mark.parametrize(
    "body, site, url",
    [
        # a teaser list: short titles, each with its agency after a dash
        (ARABIC + "<h3>اقرأ أيضا</h3><ul><li>ارتفاع الأسعار - رويترز</li><li>إضراب العمال - أ.ف.ب</li></ul>", *SHATI),
        (ar_lead("القاهرة - محمد علي "), *SHATI),  # a city and the site's reporter
        ("<p>وذكرت وكالة (أ.ف.ب) أن السلطات تتوقع عودة الحركة إلى طبيعتها في ديسمبر المقبل.</p>" + ARABIC, *SHATI),
        ("<figure><img src='a.jpg'><figcaption>سفن في الميناء. صورة: أ.ف.ب</figcaption></figure>" + ARABIC, *SHATI),
        (ar_lead("الرياض - واس "), "وكالة الأنباء السعودية", "https://www.spa.gov.sa/N1234567"),  # the agency's own site
    ],
)
def test_arabic_agency_look_alikes(body: str, site: str, url: str) -> None:
    assert len(_chain(body, site, url, lang="ar")) == 1


# --- Trailers ---------------------------------------------------------------------------------------

VALDORA = ("Gazzetta del Lago", "https://www.gazzettadellago.example/cronaca/molo")


@pytest.mark.parametrize(
    "body, host, original",
    [
        (tail(" (ANSA)."), VALDORA, "ANSA"),  # a full stop after the agency's brackets
        (tail(" (AGI)."), VALDORA, "AGI"),
        # dpa-infocom's feed: its item number, with a three-digit desk, under its mark
        (STORY + "<p>© dpa-infocom, dpa:260107-930-654321/2</p>", HAFEN, "Deutsche Presse-Agentur"),
        (STORY + "<p>dpa:260107-930-654321/2</p>", HAFEN, "Deutsche Presse-Agentur"),
    ],
)
def test_trailers(body: str, host: tuple[str, str], original: str) -> None:
    assert [link[:2] for link in _chain(body, *host)] == [("original", original), ("republisher", host[0])]


@pytest.mark.parametrize(
    "body",
    [
        "<figure><img src='a.jpg'><figcaption>Il molo nord all'alba. (ANSA).</figcaption></figure>" + STORY,  # a picture's
        STORY.replace("</p><p>", " (ANSA).</p><p>", 1),  # not the last paragraph: an entry of a live blog
        STORY + "<p>Bestellnummer 260107-930-654321</p>",  # the number alone names no agency
    ],
)
def test_trailer_look_alikes(body: str) -> None:
    assert len(_chain(body, *VALDORA)) == 1


# --- A platform is never the original: the provider its page names ---------------------------------

MSN_URL = "https://www.msn.com/en-gb/news/uknews/quay-reopens/ar-BB1qwerty"


def _caption(text: str) -> str:
    return f"<figure><img src='/img/quay.jpg' alt=''><figcaption>{text}</figcaption></figure>"


@pytest.mark.parametrize(
    "body",
    [
        # the provider under the picture, the writer in the byline with the time since posting
        "<div class='byline'>Story by Ann Lee • 5h</div>" + _caption("Ships at the north quay. © Provided by Coastline Observer") + STORY,
        # the provider as the byline's field beside the writer
        "<div class='byline'>Story by Ann Lee • Coastline Observer</div>" + STORY,
        "<div class='byline'>Story by Ann Lee • Coastline Observer • 3 min read</div>" + STORY,
    ],
)
def test_platform_page_credits_its_provider(body: str) -> None:
    assert _chain(body, "MSN", MSN_URL) == [("original", "Coastline Observer", "Ann Lee"), ("republisher", "MSN", None)]


@pytest.mark.parametrize(
    "byline",
    [
        "By Ann Lee • Opinion",  # on a newspaper's own page, a field beside the writer is its section
        "By Ann Lee · 5 min read",
        "By Ann Lee • 2 hours ago",
    ],
)
def test_byline_fields_on_a_newspaper_page(byline: str) -> None:
    assert _chain(f"<p class='byline'>{byline}</p>" + STORY, *GAZETTE) == [("original", GAZETTE[0], "Ann Lee")]


# --- An outlet or a place read as a co-author -------------------------------------------------------

PLANALTO = ("Folha do Cerrado", "https://www.folhadocerrado.example/politica/cais")


@pytest.mark.parametrize(
    "body, host, expected",
    [
        # the outlet the page credits, after the writer's name (the byline, first on the page, names it as its title is written)
        (
            "<p class='byline'>By Ann Lee, Coastline Observer</p>" + STORY + "<p>Republished with permission from the Coastline Observer.</p>",
            GAZETTE, [("original", "Coastline Observer", "Ann Lee"), ("republisher", GAZETTE[0], None)],
        ),
        (
            "<p class='byline'>By Ann Lee and Tom Roe, Coastline Observer</p>" + STORY + "<p>This story was originally published by Coastline Observer.</p>",
            GAZETTE, [("original", "Coastline Observer", "Ann Lee and Tom Roe"), ("republisher", GAZETTE[0], None)],
        ),
        # the page's own site after the writer's name
        ("<p class='byline'>By Ann Lee, Northbay Courier</p>" + STORY, GAZETTE, [("original", GAZETTE[0], "Ann Lee")]),
        # a city and its state's code: where the text was filed
        ("<p class='byline'>By Ann Lee, Eugene, OR</p>" + STORY, GAZETTE, [("original", GAZETTE[0], "Ann Lee")]),
        # an agency's dateline under the writer's name
        (
            "<p class='byline'>JOANA LIMA<br>RECIFE, PE (FOLHAPRESS)</p>" + STORY,
            PLANALTO, [("original", "Folhapress", "Joana Lima"), ("republisher", PLANALTO[0], None)],
        ),
        # a name alone that is the site's own: a writer's blog keeps its writer
        ("<p class='byline'>By Ann Lee</p>" + STORY, ("Ann Lee", "https://annlee.example/posts/quay"), [("original", "Ann Lee", "Ann Lee")]),
    ],
)
def test_no_outlet_or_place_as_a_co_author(body: str, host: tuple[str, str], expected: list[Link]) -> None:
    assert _chain(body, *host, lang="pt-BR" if host is PLANALTO else "en") == expected


# --- A page crediting its own print edition ---------------------------------------------------------

ELBTAL = ("Elbtaler Bote", "https://www.elbtaler-bote.example/region/kai")


@pytest.mark.parametrize(
    "body, host",
    [
        (STORY + "<p><em>Dieser Artikel ist in der Printausgabe der Elbtaler Zeitung vom 4. März 2026 erschienen.</em></p>", HAFEN),
        (STORY + "<p><em>Dieser Artikel ist in der Printausgabe des Elbtaler Boten vom 04.03.2026 erschienen.</em></p>", ELBTAL),  # in the genitive
        (STORY + "<p><em>This article first appeared in the Northbay Courier print edition of Nov. 13, 2026.</em></p>", GAZETTE),
    ],
)
def test_own_print_edition_is_no_copy(body: str, host: tuple[str, str]) -> None:
    links = _chain("<p class='byline'>Von Anna Berg</p>" + body, *host)
    assert links == [("original", host[0], "Anna Berg")]


@pytest.mark.parametrize(
    "line, original",
    [
        # another paper's issue: the name without its date
        ("Dieser Artikel ist zuerst in der Harzer Rundschau vom 4. März 2026 erschienen.", "Harzer Rundschau"),
        ("This article first appeared in the Coastline Observer print edition of Nov. 13, 2026.", "the Coastline Observer"),
        ("This article was originally published by Friends of May.", "Friends of May"),  # a month in a name
    ],
)
def test_another_papers_issue_is_a_copy(line: str, original: str) -> None:
    assert _chain(STORY + f"<p><em>{line}</em></p>", *HAFEN)[0][:2] == ("original", original)
