"""A site crediting its own edition, sister title or programme is no copy (issue 10):
"Hafenblatt am Sonntag" on the Hafenblatt's site, "aus der aktuellen PAZ" on the Preußische
Allgemeine Zeitung's, "KQTV This Morning" on KQTV News'. The look-alikes name another
outlet that shares a word or a letter with the site, and stay copies."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance import default_packs
from provenance.registry import same_title


def chain(site: str, line: str, url: str, lang: str) -> list[str | None]:
    page = article(f"<p>By Jane Roe</p>{STORY}<p>{line}</p>", site=site, lang=lang, footer="<footer><p>Impressum</p></footer>")
    return [link.publisher for link in audit_page(page, url).chain]


@pytest.mark.parametrize(
    "site, line, url, lang",
    [
        # ruleid: its own title under another name
        ("Harbour Valley Gazette", "This article first appeared in the print edition of the HVG.", "https://www.harbourvalley.example/n/1", "en"),
        ("Preußische Allgemeine Zeitung", "Dieser Artikel ist ein Beitrag aus der aktuellen PAZ.", "https://www.preussische.example/a/1", "de"),
        ("Financial Times", "This article first appeared in FT Weekend.", "https://www.fintimes.example/x", "en"),
        # ruleid: an edition, a sister title or a programme of its own
        ("Quayside Gazette", "Source: Quayside Gazette Weekend", "https://www.qg-news.example/n/1", "en"),
        ("Quayside Gazette", "This story originally appeared in Quayside Gazette Magazine.", "https://www.qg-news.example/n/1", "en"),
        ("Quayside", "Dieser Artikel erschien zuerst im Quayside Magazin.", "https://www.q-mag.example/x", "de"),
        ("Hafenblatt", "Quelle: Hafenblatt am Sonntag", "https://www.hb-online.example/x", "de"),
        ("Hafenblatt am Sonntag", "Quelle: Hafenblatt", "https://www.hb-online.example/x", "de"),
        ("Hafenblatt Online", "Quelle: Hafenblatt", "https://www.hb-online.example/x", "de"),
        ("Hafenblatt", "Erschienen in der Hafenblatt-Ausgabe vom 3. Mai 2021.", "https://www.hb-online.example/x", "de"),
        ("KQTV News", "Source: KQTV This Morning", "https://www.channel9.example/news/x", "en"),
        ("NDR", "Quelle: NDR Info", "https://www.norddeutsch.example/x", "de"),
        ("Harbour Echo", "Source: Harbour Echo Live", "https://www.echo.example/x", "en"),
        ("Hafenblatt", "Quelle: Hafenblatt Nachrichten", "https://www.hb-online.example/x", "de"),
        # ruleid: its own name with an editor's initials, in the genitive, after the kind of edition
        ("Quayside Gazette", "Quelle: Quayside Gazette/bb", "https://www.qg-news.example/n/1", "de"),
        ("Hafenblatt", "Dieser Artikel erschien zuerst in der Printausgabe des Hafenblatts.", "https://www.hb-online.example/x", "de"),
        ("Quayside Notes", "Dieser Beitrag erschien zuerst im Blog Quayside Notes.", "https://www.notes.example/x", "de"),
    ],
)
def test_a_credit_to_the_sites_own_title_is_no_copy(site: str, line: str, url: str, lang: str) -> None:
    assert chain(site, line, url, lang) == [site]


@pytest.mark.parametrize(
    "site, line, url, lang, original",
    [
        # ok: another outlet sharing a word, a brand's letters, or the site's initials as an agency's
        ("Berliner Zeitung", "Dieser Artikel erschien zuerst in der Berliner Morgenpost.", "https://www.bz.example/x", "de", "Berliner Morgenpost"),
        ("Asia Times", "Source: Asia News", "https://www.at.example/x", "en", "Asia News"),
        ("New York Post", "This article originally appeared in The New York Times.", "https://nypost.example/x", "en", "The New York Times"),
        ("KQTV News", "Source: KQRS News", "https://www.kqtv.example/news/x", "en", "KQRS News"),
        ("Agence Quayside", "Source: AFP", "https://www.qg-news.example/n/1", "fr", "Agence France-Presse"),
        ("Hafenblatt", "Dieser Artikel erschien zuerst in der Printausgabe der Harbour Times.", "https://www.hb-online.example/x", "de", "Harbour Times"),
    ],
)
def test_a_credit_to_another_outlet_with_a_like_name_is_a_copy(site: str, line: str, url: str, lang: str, original: str) -> None:
    assert chain(site, line, url, lang) == [original, site]


def test_same_title_needs_the_packs_edition_words_for_a_longer_name() -> None:
    editions = default_packs().credit_vocab.editions
    assert same_title("Quayside Gazette Weekend", "Quayside Gazette", editions)
    assert not same_title("Quayside Gazette Weekend", "Quayside Gazette", None)
    assert not same_title("Quayside Gazette Review", "Quayside Gazette", editions)  # "Review" names a title, not an edition


@pytest.mark.parametrize(
    "a, b",
    [("DAILY MAIL", "DAILY EXPRESS"), ("NEW YORK POST", "NEW YORK TIMES"), ("Harbour Times", "Harbour Time")],
)
def test_names_in_capitals_or_a_plural_are_not_one_title(a: str, b: str) -> None:
    assert not same_title(a, b, default_packs().credit_vocab.editions)
