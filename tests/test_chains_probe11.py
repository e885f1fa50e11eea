"""Republication chains, an eleventh probe: the source at the end of the date row under a
headline ("12.05.2021, 14:30 Uhr Quelle: dpa"), a "Source:" link to a statistics office that
names no original, and a Polish title in a grammatical case ("w Gazecie Wyborczej") found in
the registry. Each class with the look-alikes that must stay a chain of one: a photo credit
("Bildquelle: dpa"), a teaser's date row in a related list or a sidebar, a data credit
("Source: Eurostat"), a Polish sentence whose declined capitalised word is no outlet."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance import default_packs
from provenance.model import DocumentResult
from provenance.registry import known_publisher

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(body: str, lang: str = "en", aside: str = "") -> DocumentResult:
    return audit_page(article(body, site=SITE, lang=lang, aside=aside, main=True), URL)


def _originals(body: str, lang: str = "en", aside: str = "") -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang, aside).chain[:-1]]


# --- The source at the end of the date row under the headline ----------------------------------------------

@pytest.mark.parametrize(
    "row, lang, original",
    [
        ("12.05.2021, 14:30 Uhr Quelle: dpa", "de", "Deutsche Presse-Agentur"),
        ("Veröffentlicht am 12.05.2021 um 14:30 Uhr | Quelle: dpa", "de", "Deutsche Presse-Agentur"),
        ("Mittwoch, 12. Mai 2021 Quelle: KNA", "de", "Katholische Nachrichten-Agentur"),
        ("20.11.2026 | Quelle: APA", "de", "Austria Presse Agentur"),
        ("Publié le 03/02/2021 à 10h05 Source : AFP", "fr", "Agence France-Presse"),
        ("Mis à jour le 3 février 2021 à 10h05 - Source : AFP", "fr", "Agence France-Presse"),
        ("Actualizado 10:32 Fuente: EFE", "es", "Agencia EFE"),
        ("Publicado em 05/03/2021 às 10h32 Fonte: Lusa", "pt", "Lusa"),
        ("Updated 5 March 2021, 10:32 GMT Source: Reuters | Editor: J. Roe", "en", "Reuters"),
    ],
)
def test_date_row_source_credits_the_text(row: str, lang: str, original: str) -> None:
    originals = _originals(f'<p class="meta">{row}</p>' + STORY, lang)
    assert originals == [original]


@pytest.mark.parametrize(
    "row, lang",
    [
        # a picture's credit: the label is part of a longer word
        ("12.05.2021, 14:30 Uhr Bildquelle: dpa", "de"),
        ("Publié le 03/02/2021 à 10h05 Photo-source : AFP", "fr"),
        # a teaser's title before its date: no date row
        ("Fähre kollidiert mit Kai 12.05.2021 Quelle: dpa", "de"),
        ("Neue Fähre für den Hafen 12.05.2021 Quelle: dpa", "de"),
        # a data credit on the date row
        ("Updated 5 March 2021 Source: Eurostat", "en"),
    ],
)
def test_date_row_look_alikes_credit_nobody(row: str, lang: str) -> None:
    assert _originals(f'<p class="meta">{row}</p>' + STORY, lang) == []


@pytest.mark.parametrize(
    "aside",
    [
        # the teasers' date rows in a related list and in a sidebar
        '<section class="related"><h2>Mehr zum Thema</h2><ul><li><a href="/a">Fähre kollidiert mit Kai</a>'
        '<p>12.05.2021, 14:30 Uhr Quelle: dpa</p></li><li><a href="/b">Neue Kräne</a><p>11.05.2021 Quelle: dpa</p></li></ul></section>',
        '<aside class="sidebar"><h3>Meistgelesen</h3><p><a href="/c">Hafenfest abgesagt</a></p><p>12.05.2021 | Quelle: dpa</p></aside>',
    ],
)
def test_teaser_date_rows_beside_the_article_credit_nobody(aside: str) -> None:
    assert _originals(STORY, "de", aside) == []


# --- A source line under the text whose link is a statistic's source ---------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        # the address names the office, the words a table
        'Source: <a href="https://www-genesis.destatis.de/genesis/online?table=46331">Port throughput 2020</a>',
        'Quelle: <a href="https://www.statistik.at/statistiken/verkehr">Güterumschlag 2020</a>',
        # the words name a statistic, the address an unknown host
        'Source: <a href="https://figures.example.org/ports/2020">Port statistics 2020</a>',
        'Source: <a href="https://www.destatis.de/EN/Themes/Economy/Transport/_node.html">Port statistics 2020</a>',
        # a data credit by name
        "Source: Eurostat",
    ],
)
def test_linked_data_source_under_the_text_credits_nobody(line: str) -> None:
    assert _originals(STORY + f"<p>{line}</p>") == []


def test_linked_headline_under_the_text_still_names_the_outlet() -> None:
    line = 'Quelle: <a href="https://www.hafenkurier.example/2026/11/19/faehre">Fähre kollidiert mit Kai</a>'
    assert _originals(STORY + f"<p>{line}</p>", "de") == ["hafenkurier.example"]


# --- A Polish title in a grammatical case, found in the registry ------------------------------------------

@pytest.mark.parametrize(
    "note, original",
    [
        ("Artykuł ukazał się pierwotnie w Gazecie Wyborczej.", "Gazeta Wyborcza"),
        ("Tekst pierwotnie opublikowany w Rzeczpospolitej.", "Rzeczpospolita"),
        ("Artykuł został pierwotnie opublikowany na łamach Tygodnika Powszechnego.", "Tygodnik Powszechny"),
        ("Wywiad ukazał się pierwotnie w Tygodniku Powszechnym.", "Tygodnik Powszechny"),
        ("Tekst ukazał się po raz pierwszy w Gazety Wyborczej.", "Gazeta Wyborcza"),  # a writer's wrong case still undone
    ],
)
def test_polish_declined_title_is_the_registry_outlet(note: str, original: str) -> None:
    assert _originals(STORY + f"<p><em>{note}</em></p>", "pl") == [original]


def test_polish_declined_word_that_is_no_outlet_stays_as_written() -> None:
    # "Polsce" undone is "Polska", a country, no outlet the registry knows: the credit keeps its words
    # and is not made into a known publisher.
    result = _audit(STORY + "<p><em>Artykuł ukazał się pierwotnie w Dzienniku Portowym.</em></p>", "pl")
    assert [link.publisher for link in result.chain[:-1]] == ["Dzienniku Portowym"]


@pytest.mark.parametrize("name", ["Gazecie Wyborczej", "Tygodnika Powszechnego", "Rzeczpospolitej"])
def test_case_endings_are_undone_only_for_a_declining_form(name: str) -> None:
    # A copyright holder, a site's name or a bare "Source:" line writes a name as it is: undoing
    # endings there makes other names of it ("Marcy" would be "Marca").
    registry = default_packs().registry
    assert known_publisher(registry, name) is None
    assert known_publisher(registry, name, declined=True) is not None
