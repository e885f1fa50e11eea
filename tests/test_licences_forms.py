"""Licences as sites state them (the notices' licences): Creative Commons deeds named in
Dutch, Portuguese, Polish, Swedish, Finnish, Czech and Turkish, and the scope a sentence
gives a licence: "The photo is licensed under …" covers a picture, not the page, where "Die
Daten auf dieser Seite stehen unter …" and "Dieser Text … Die Fotos dürfen nicht verwendet
werden." stay the page's."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def licence(line: str, lang: str, where: str = "footer") -> str | None:
    body = STORY + (f"<p>{line}</p>" if where == "body" else "")
    footer = f"<footer><p>{line}</p></footer>" if where == "footer" else "<footer><p>Impressum</p></footer>"
    result = audit_page(article(body, site=None, lang=lang, footer=footer), "https://www.riverside.example/news/1")
    return result.rights.license if result.rights else None


@pytest.mark.parametrize(
    "line, lang, spdx",
    [
        ("Dit werk valt onder een Creative Commons Naamsvermelding 4.0 Internationaal-licentie.", "nl", "CC-BY-4.0"),
        ("Dit werk valt onder een Creative Commons Naamsvermelding-NietCommercieel-GelijkDelen 4.0 Internationaal-licentie.", "nl", "CC-BY-NC-SA-4.0"),
        ("Este trabalho está licenciado com uma Licença Creative Commons - Atribuição 4.0 Internacional.", "pt", "CC-BY-4.0"),
        ("Este trabalho está licenciado com uma Licença Creative Commons - Atribuição-NãoComercial-CompartilhaIgual 4.0 Internacional.", "pt", "CC-BY-NC-SA-4.0"),
        ("Utwór dostępny jest na licencji Creative Commons Uznanie autorstwa 4.0 Międzynarodowe.", "pl", "CC-BY-4.0"),
        ("Verket är licensierat under Creative Commons Erkännande-DelaLika 4.0 Internationell.", "sv", "CC-BY-SA-4.0"),
        ("Tämä teos on lisensoitu Creative Commons Nimeä 4.0 Kansainvälinen -lisenssillä.", "fi", "CC-BY-4.0"),
        ("Dílo podléhá licenci Creative Commons Uveďte původ-Zachovejte licenci 4.0 Mezinárodní.", "cs", "CC-BY-SA-4.0"),
        ("Bu eser Creative Commons Atıf 4.0 Uluslararası Lisansı ile lisanslanmıştır.", "tr", "CC-BY-4.0"),
    ],
)
def test_a_creative_commons_deed_named_in_its_language(line: str, lang: str, spdx: str) -> None:
    assert licence(line, lang) == spdx


@pytest.mark.parametrize(
    "line, lang",
    [("The photo is licensed under CC BY-SA 4.0.", "en"), ("Die Karte steht unter der Lizenz CC BY-SA 4.0.", "de"), ("La photo est sous licence CC BY 4.0.", "fr")],
)
def test_a_licence_whose_sentence_is_about_a_picture_is_not_the_pages(line: str, lang: str) -> None:
    assert licence(line, lang, where="body") is None


@pytest.mark.parametrize(
    "line, lang, spdx",
    [
        ("Dieser Text wurde veröffentlicht unter der Lizenz CC BY-NC-ND 4.0. Die Fotos dürfen nicht verwendet werden.", "de", "CC-BY-NC-ND-4.0"),
        ("Die Daten auf dieser Seite stehen unter der Datenlizenz Deutschland – Namensnennung – Version 2.0.", "de", "DL-DE-BY-2.0"),
    ],
)
def test_a_picture_named_in_another_sentence_or_data_as_the_subject_leave_the_page_its_licence(line: str, lang: str, spdx: str) -> None:
    assert licence(line, lang, where="body") == spdx


def test_a_picture_and_the_texts_as_the_subject_leave_the_page_its_licence() -> None:
    assert licence("Das Video sowie alle Texte stehen unter CC BY 4.0.", "de", where="body") == "CC-BY-4.0"
