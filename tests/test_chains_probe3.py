"""Chain precision and credits in a page's furniture, as a third probe found them (issue 10):
each fix a class of form, with the look-alikes of the same shape that must stay a chain of
one (the page's own publisher)."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]
SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _chain(body: str, site: str = SITE, url: str = URL, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def _originals(body: str, site: str = SITE, url: str = URL, lang: str = "en", **parts: str) -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [publisher for _, publisher, _ in _chain(body, site, url, lang, **parts)[:-1]]


# --- A byline block's date with its clock time and its label --------------------------------------------

@pytest.mark.parametrize(
    "byline, lang, agency",
    [
        ("<span class='autor'>dpa</span>\n<time>20.11.2026, 09:30 Uhr</time>", "de", "Deutsche Presse-Agentur"),
        ("<span class='author'>Lusa</span>\n<time>20/11/2026 10:32</time>", "pt", "Lusa"),
        ("<span class='author'>TT</span>\n<time>20 november 2026 09:30</time>", "sv", "TT Nyhetsbyrån"),
        ("AFP · Publié le 20/11/2026 à 09h30", "fr", "Agence France-Presse"),
        ("Reuters · Updated November 20, 2026 9:30 AM ET", "en", "Reuters"),
        # the agency's desk, its job title first
        ("Redazione ANSA <time>20 novembre 2026 09:30</time>", "it", "ANSA"),
        ("Redacción EFE · 20/11/2026", "es", "Agencia EFE"),
    ],
)
def test_agency_byline_with_date_and_time(byline: str, lang: str, agency: str) -> None:
    assert _originals(f"<div class='byline'>{byline}</div>" + STORY, lang=lang) == [agency]


@pytest.mark.parametrize(
    "byline, lang",
    [
        # the staff writer's byline with its date and time: no agency
        ("Von Lena Vogt · <time>20.11.2026, 09:30 Uhr</time>", "de"),
        ("Publié le 20/11/2026 à 09h30", "fr"),
        # a date and time under the headline, the agency named in the text's own sentence
        ("<time>20/11/2026 10:32</time>", "pt"),
    ],
)
def test_dated_byline_without_agency_names_no_original(byline: str, lang: str) -> None:
    assert _originals(f"<div class='byline'>{byline}</div>" + STORY, lang=lang) == []


# --- A language where the outlet would stand -------------------------------------------------------------

@pytest.mark.parametrize(
    "note, lang",
    [
        ("This report was originally published in Portuguese.", "en"),
        ("Dieser Beitrag erschien zuerst auf Französisch.", "de"),
        ("Este reportaje fue publicado originalmente en Catalán.", "es"),
        ("Questo articolo è stato pubblicato originariamente in Inglese.", "it"),
    ],
)
def test_language_of_the_first_publication_is_no_outlet(note: str, lang: str) -> None:
    assert _originals(STORY + f"<p>{note}</p>", lang=lang) == []


def test_outlet_after_the_language_is_still_credited() -> None:
    assert _originals(STORY + "<p>This report was originally published by The Guardian.</p>") == ["The Guardian"]


# --- A sentence credit telling of another text, mid-story ----------------------------------------------

PARA = "<p>The harbour master said the dredging would continue through the winter, weather permitting, and that pilots had been told.</p>"


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was first published by The Guardian on Monday, and the port's own engineers confirmed its figures a day later.",
        "His essay on pilotage fees, originally published by the Harbour Sentinel, was read aloud at the council meeting.",
        "The column first appeared in the Eastbay Ledger last month and has since been reprinted by several regional papers.",
        "Der Bericht erschien zuerst in der Hafenrundschau, sagte der Sprecher des Hafens am Montag vor Journalisten im Rathaus.",
    ],
)
def test_sentence_about_another_text_mid_story(sentence: str) -> None:
    lang = "de" if sentence.startswith("Der") else "en"
    assert _originals(PARA + f"<p>{sentence}</p>" + STORY, lang=lang) == []


@pytest.mark.parametrize(
    "note, where",
    [
        ("This story was originally published by The Guardian, a daily newspaper based in London.", "top"),
        ("Originally published by The Guardian.", "top"),
        ("The article below first appeared in The Guardian and is reproduced with permission.", "top"),
        ("An earlier version of this story first appeared in The Guardian on March 3, 2026.", "top"),
        ("The article first appeared in The Guardian.", "bottom"),
        # a short note above the text, whatever its first word
        ("The article was originally published by The Guardian.", "top"),
        ("La nota fue publicada originalmente en The Guardian.", "top"),
    ],
)
def test_credit_note_for_the_page_text_is_kept(note: str, where: str) -> None:
    body = f"<p>{note}</p>" + STORY if where == "top" else STORY + f"<p>{note}</p>"
    assert _originals(body) == ["The Guardian"]


# --- The site's own edition or product, named as a possession or in an apposition -------------------

@pytest.mark.parametrize(
    "note",
    [
        "This article first appeared in the Quayside Examiner's North Shore edition.",
        "This story first appeared in the Quayside Examiner's weekend supplement.",
        "This story first appeared in Tide Tables, our weekly newsletter. Sign up to get it every Friday.",
        "This interview first appeared in Harbour Lives, our Sunday magazine.",
    ],
)
def test_own_edition_or_product_is_no_original(note: str) -> None:
    assert _originals(STORY + f"<p>{note}</p>") == []


@pytest.mark.parametrize(
    "note, original",
    [
        # another outlet's edition names that outlet
        ("This article first appeared in The Guardian's weekend edition.", "The Guardian"),
        # a partner, not the site's own product
        ("This story first appeared in Tide Tables, our partner newsletter.", "Tide Tables"),
    ],
)
def test_other_outlets_edition_is_still_credited(note: str, original: str) -> None:
    assert _originals(STORY + f"<p>{note}</p>") == [original]


# --- A byline over a picture's credit --------------------------------------------------------------------

@pytest.mark.parametrize(
    "picture",
    [
        "<figure><img src='/a.jpg'><figcaption>Tom Reyes / Reuters</figcaption></figure>",
        "<div class='photo'><img src='/a.jpg'><p class='photo-credit'>Tom Reyes/AFP</p></div>",
    ],
)
def test_byline_over_a_pictures_credit_is_the_writers_alone(picture: str) -> None:
    assert _chain("<div class='byline'>By Ines Carvalho</div>" + picture + STORY) == [("original", SITE, "Ines Carvalho")]


def test_byline_over_its_agency_line_is_still_joined() -> None:
    assert _chain("<div class='byline'>By Ines Carvalho</div><div class='org'>Associated Press</div>" + STORY)[0][:2] == ("original", "Associated Press")


# --- A portal's label over a partner's story --------------------------------------------------------------

@pytest.mark.parametrize(
    "label, lang, original",
    [
        ("Content from our partner The Guardian", "en", "The Guardian"),
        ("Contenido de nuestro socio EFE", "es", "Agencia EFE"),
        ("Contenu proposé par notre partenaire AFP", "fr", "Agence France-Presse"),
        ("Conteúdo do parceiro Lusa", "pt", "Lusa"),
    ],
)
def test_partner_label_over_the_story(label: str, lang: str, original: str) -> None:
    assert _originals(f"<div class='partner-label'>{label}</div>" + STORY, lang=lang) == [original]


@pytest.mark.parametrize(
    "line",
    [
        "Sponsored content from our partner Harbour Bank",  # an advertiser's label
        "The port has signed a content partnership with our partner Eastbay Ledger.",
    ],
)
def test_partner_mentions_name_no_original(line: str) -> None:
    assert _originals(f"<p>{line}</p>" + STORY) == []


# --- A statistics office on the source line under the text ------------------------------------------

@pytest.mark.parametrize(
    "line, lang",
    [("Fuente: INE", "es"), ("Source: Eurostat, 2025", "en"), ("Quelle: Destatis", "de"), ("Källa: SCB", "sv"), ("Fonte: Istat", "it")],
)
def test_statistics_office_under_the_text_names_no_original(line: str, lang: str) -> None:
    assert _originals(STORY + f"<p>{line}</p>", lang=lang) == []


def test_outlet_on_the_source_line_under_the_text_is_credited() -> None:
    assert _originals(STORY + "<p>Fuente: Diario Ribereño</p>", lang="es") == ["Diario Ribereño"]


# --- A figure's own source line ---------------------------------------------------------------------------

CHART = "<img src='/charts/freight.png' alt='Freight volumes, 2019-2026'>"


@pytest.mark.parametrize(
    "figure",
    [
        # a chart with its source under it, no <figcaption>
        f"<figure>{CHART}<p>Source: Bloomberg</p></figure>",
        f"<figure class='chart'><div>{CHART}</div><div><span>Source: Reuters</span></div></figure>",
        # a table block, as WordPress writes it
        "<figure class='wp-block-table'><table><tr><td>2025</td><td>41,200</td></tr></table><p>Source: Bloomberg</p></figure>",
    ],
)
def test_a_figures_source_line_under_the_text_credits_the_figure(figure: str) -> None:
    assert _originals(STORY + figure) == []


def test_the_same_source_line_under_the_text_outside_a_figure_is_still_its_credit() -> None:
    assert _originals(STORY + "<p>Source: Bloomberg</p>") == ["Bloomberg"]
