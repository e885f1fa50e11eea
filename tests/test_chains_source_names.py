"""A source line closing the text names an outlet the registry does not know, written the way
its own language and legal form write it (benchmarks/probe_renamed.py: the credit did not
follow such names).

- a legal form with a sign or dotted letters: "GmbH & Co. KG", "e.V.", "Sp. z o.o.", "s.r.o.";
- a title in sentence case, as French, Czech or Swedish titles are written, where it holds a
  word of a newspaper's title ("Le Courrier picard", "Lidové noviny");
- a Cyrillic name, which capitalises its first word only ("Северная пресса").

What must stay no credit: a statistic's or a reader's source in lower case or in sentence case
without an outlet's word ("Quelle: eigene Recherche", "Source: Company reports"), and a Cyrillic
phrase opening in lower case ("Источник: открытые данные")."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(body: str, lang: str) -> DocumentResult:
    return audit_page(article(body, site=SITE, lang=lang, main=True), URL)


def _originals(source: str, lang: str) -> list[str | None]:
    """The chain's publishers before the page's own, the source line closing the text."""
    return [link.publisher for link in _audit(f"{STORY}<p>{source}</p>", lang).chain[:-1]]


@pytest.mark.parametrize(
    "source, lang, original",
    [
        ("Quelle: Nordlicht Verlag GmbH & Co. KG", "de", "Nordlicht Verlag GmbH & Co. KG"),
        ("Quelle: Tierschutzverein Neuhafen e.V.", "de", "Tierschutzverein Neuhafen e.V."),
        ("Quelle: Hafenhilfe gGmbH", "de", "Hafenhilfe gGmbH"),
        ("Źródło: Wydawnictwo Port Sp. z o.o.", "pl", "Wydawnictwo Port Sp. z o.o."),
        ("Zdroj: Přístav Media s.r.o.", "cs", "Přístav Media s.r.o."),
        ("Source : Le Courrier picard", "fr", "Le Courrier picard"),
        ("Zdroj: Přístavní noviny", "cs", "Přístavní noviny"),
        ("Источник: Северная пресса", "ru", "Северная пресса"),
        ("Джерело: Портові новини", "uk", "Портові новини"),
    ],
)
def test_source_line_closing_the_text_credits_names_of_every_form(source: str, lang: str, original: str) -> None:
    assert _originals(source, lang) == [original]


def test_the_credited_outlet_holds_the_rights_in_the_copy() -> None:
    result = _audit(f"{STORY}<p>Quelle: Nordlicht Verlag GmbH &amp; Co. KG</p>", "de")
    assert result.rights is not None and result.rights.holder == "Nordlicht Verlag GmbH & Co. KG"


@pytest.mark.parametrize(
    "source, lang",
    [
        ("Quelle: eigene Recherche", "de"),
        ("Source: Company reports", "en"),
        ("Source: Own calculations & estimates", "en"),
        ("Источник: открытые данные", "ru"),
        ("Source : données & calculs", "fr"),
        ("来源：网络", "zh"),  # "the internet": a script without case gives no sign of a name
    ],
)
def test_a_source_that_names_no_outlet_makes_no_chain(source: str, lang: str) -> None:
    assert _originals(source, lang) == []


# --- The same names in a sentence's credit, whose capture stops at a dot and a space -------------------------

@pytest.mark.parametrize(
    "credit, lang, original",
    [
        ("This post originally appeared on Nordlicht Verlag GmbH &amp; Co. KG.", "en", "Nordlicht Verlag GmbH & Co. KG"),
        ("This article originally appeared on Harbour Media Pvt. Ltd. and is republished here.", "en", "Harbour Media Pvt. Ltd"),
        ("This story originally appeared on Wydawnictwo Port Sp. z o.o.", "en", "Wydawnictwo Port Sp. z o.o."),
        ("Dieser Beitrag ist zuerst bei Tierschutzverein Neuhafen e.V. erschienen.", "de", "Tierschutzverein Neuhafen e.V."),
    ],
)
def test_a_sentence_credit_keeps_a_legal_form_past_its_dots(credit: str, lang: str, original: str) -> None:
    body = f"<p><em>{credit}</em></p>{STORY}"
    assert [link.publisher for link in _audit(body, lang).chain[:-1]] == [original]


def test_a_sentence_ending_after_an_abbreviation_ends_the_name() -> None:
    body = f"<p><em>This post originally appeared on Quayside &amp; Co. Read more of their work.</em></p>{STORY}"
    assert [link.publisher for link in _audit(body, "en").chain[:-1]] == ["Quayside & Co"]
