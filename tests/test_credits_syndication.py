"""Credits a syndicated copy or a reprint puts under its text, in the forms real pages use
(issue 10): "Read the original article on X", "Cross-posted from X", "The original version
of this story appeared in X", "Erstveröffentlichung: X", "Mit freundlicher Genehmigung von
X", "est paru initialement dans X", "Artículo publicado originalmente en X", "blev først
bragt i X". The look-alikes credit a picture, the author, the site itself, or a month."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def links(line: str, lang: str) -> list[tuple[str | None, str | None]]:
    """The chain's (publisher, author) links of a Riverside Daily page with `line` under its text."""
    page = article(f"{STORY}<p>{line}</p>", lang=lang, footer="<footer><p>© 2021 Riverside Daily</p></footer>")
    return [(link.publisher, link.author) for link in audit_page(page).chain]


def chain(line: str, lang: str) -> list[str | None]:
    return [publisher for publisher, _ in links(line, lang)]


@pytest.mark.parametrize(
    "line, lang",
    [
        ('The post Harbour reopens the northern quay appeared first on Harbour Times.', 'en'),
        ('This article originally appeared on Harbour Times.', 'en'),
        ('This story was originally published by Harbour Times.', 'en'),
        ('This article is republished from Harbour Times under a Creative Commons license.', 'en'),
        ('Republished with permission from Harbour Times.', 'en'),
        ('This story originally appeared in Harbour Times and is republished here with permission.', 'en'),
        ('Originally published at Harbour Times.', 'en'),
        ('Cross-posted from Harbour Times.', 'en'),
        ('Reprinted from Harbour Times.', 'en'),
        ('Reprinted with permission from Harbour Times.', 'en'),
        ('This piece was originally published by Harbour Times.', 'en'),
        ('Syndicated from Harbour Times.', 'en'),
        ('The original version of this story appeared in Harbour Times.', 'en'),
        ('A version of this story appeared in Harbour Times.', 'en'),
        ('Read the original article on Harbour Times.', 'en'),
        ('This article was first published by Harbour Times.', 'en'),
        ('This article first appeared in Harbour Times on 3 May 2021.', 'en'),
        ('This article was produced by Harbour Times and is reproduced with permission.', 'en'),
        ('Article by Jane Roe, originally published at Harbour Times.', 'en'),
        ('Copyright 2021 Harbour Times. Reprinted with permission.', 'en'),
        ('Provided by Harbour Times', 'en'),
        ('Source: Harbour Times', 'en'),
        ('Dieser Artikel erschien zuerst bei Harbour Times.', 'de'),
        ('Dieser Beitrag erschien zuerst auf Harbour Times.', 'de'),
        ('Der Artikel erschien ursprünglich in der Harbour Times.', 'de'),
        ('Zuerst erschienen bei Harbour Times.', 'de'),
        ('Erstveröffentlichung: Harbour Times', 'de'),
        ('Übernommen von Harbour Times.', 'de'),
        ('Originalartikel: Harbour Times', 'de'),
        ('Dieser Text erschien zuerst in Harbour Times.', 'de'),
        ('Cet article a été initialement publié par Harbour Times.', 'fr'),
        ('Cet article est paru initialement dans Harbour Times.', 'fr'),
        ('Article publié initialement sur Harbour Times.', 'fr'),
        ('Cet article est republié à partir de Harbour Times.', 'fr'),
        ('Este artículo fue publicado originalmente en Harbour Times.', 'es'),
        ('Este artículo se publicó originalmente en Harbour Times.', 'es'),
        ('Artículo publicado originalmente en Harbour Times.', 'es'),
        ('Este artigo foi publicado originalmente em Harbour Times.', 'pt'),
        ('Questo articolo è stato pubblicato originariamente su Harbour Times.', 'it'),
        ('Articolo pubblicato originariamente su Harbour Times.', 'it'),
        ('Dit artikel verscheen eerder in Harbour Times.', 'nl'),
        ('Denne artikel blev først bragt i Harbour Times.', 'da'),
        ('Artikeln publicerades först i Harbour Times.', 'sv'),
        # where the text comes from, or what it translates
        ("Ein Beitrag unseres Partners Harbour Times.", "de"),
        ("This content is from our partner Harbour Times.", "en"),
        ("Articolo tratto da Harbour Times.", "it"),
    ],
)
def test_a_credit_under_the_text_makes_the_credited_outlet_the_original(line: str, lang: str) -> None:
    assert chain(line, lang) == ["Harbour Times", "Riverside Daily"]


@pytest.mark.parametrize(
    "line, lang",
    [
        ('The post appeared first on our Facebook page.', 'en'),
        ('Harbour Times reported on Tuesday that the quay reopened.', 'en'),
        ('Read more on Harbour Times.', 'en'),
        ('Follow Harbour Times on Twitter.', 'en'),
        ('Photo: Harbour Times', 'en'),
        ('h/t Harbour Times', 'en'),
        ('Foto: mit freundlicher Genehmigung von Harbour Times', 'de'),
        ('Mit freundlicher Genehmigung des Autors.', 'de'),
        ("Avec l'aimable autorisation de l'auteur.", 'fr'),
        ('Copyright 2021 Riverside Daily. Reprinted with permission.', 'en'),
        ('A version of this article appears in print on May 3, 2021, Section A, Page 12 of the New York edition.', 'en'),
        ('Cross-posted from our sister blog.', 'en'),
        ('Read the original article on our website.', 'en'),
        ('Wir danken der Harbour Times für die Genehmigung.', 'de'),
        ('Die Genehmigung erteilte die Harbour Times am Montag.', 'de'),
        ('Artikeln publicerades först i mars.', 'sv'),
        ('Erstveröffentlichung: 12. März 2021', 'de'),
    ],
)
def test_a_look_alike_under_the_text_credits_no_one(line: str, lang: str) -> None:
    assert chain(line, lang) == ["Riverside Daily"]


def test_a_wires_contact_line_names_the_wire_by_its_mail_domain_and_the_reporter() -> None:
    line = "To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net"
    assert links(line, "en") == [("Bloomberg", "Jane Doe"), ("Riverside Daily", None)]
    # A mail address on the site's own domain, or on a mail service, names no wire.
    assert chain("To contact the reporter on this story: Jane Doe at jdoe@riversidedaily.example", "en") == ["Riverside Daily"]
    assert chain("To contact the reporter on this story: Jane Doe at jdoe@gmail.com", "en") == ["Riverside Daily"]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("Dieser Artikel stammt aus unserem Archiv.", "de"),
        ("Ein Beitrag von Jane Roe.", "de"),
        ("Ein Artikel von Harbour Times.", "de"),  # alone, a registry outlet only: the words name writers too
        ("Translated from German by Jane Roe.", "en"),
        ("This article is from 2019.", "en"),
        ("This story was produced with support from the Harbour Foundation.", "en"),
    ],
)
def test_a_line_naming_an_archive_a_writer_a_language_or_a_year_credits_no_one(line: str, lang: str) -> None:
    assert chain(line, lang) == ["Riverside Daily"]


def test_a_syndication_portals_provided_by_line_credits_from_above_the_text_too() -> None:
    page = article(f"<p>© Provided by Harbour Times</p>{STORY}", site="Quayside Portal")
    assert [link.publisher for link in audit_page(page, "https://www.portal.example/news/1").chain] == ["Harbour Times", "Quayside Portal"]
    # Without the sign, above the text, "Provided by" is a widget's or a sponsor's line.
    assert len(audit_page(page.replace("© Provided", "Provided"), "https://www.portal.example/news/1").chain) == 1


@pytest.mark.parametrize(
    "line, lang",
    [
        ('Mit freundlicher Genehmigung von The Guardian.', 'de'),
        ("Dieser Artikel ist ein Beitrag von The Guardian.", "de"),
        ("Dieser Text stammt von The Guardian.", "de"),
        ("Der Beitrag stammt aus The Guardian.", "de"),
        ("This article is from The Guardian.", "en"),
        ("This story comes from The Guardian.", "en"),
        ("Translated from the original in The Guardian.", "en"),
        ("Aus dem Englischen übersetzt. Das Original erschien in The Guardian.", "de"),
        ("Traducido del original publicado en The Guardian.", "es"),
        ("Cet article est une traduction d'un article paru dans The Guardian.", "fr"),
    ],
)
def test_forms_whose_words_also_take_a_place_a_year_or_a_person_credit_registry_outlets(line: str, lang: str) -> None:
    assert chain(line, lang) == ["The Guardian", "Riverside Daily"]


@pytest.mark.parametrize(
    "line, lang",
    [
        # the same forms with a name the registry does not know, and the sentences that made them registry-only
        ("This story comes from Harbour Times.", "en"),
        ("This story comes from Portugal, where the tradition began.", "en"),
        ("This story is from The Vault, our archive series.", "en"),
        ("Dieser Beitrag stammt aus dem Jahr 2019.", "de"),
        ("Dieser Beitrag stammt aus Berlin.", "de"),
        ("Dieser Artikel stammt von Anna Schmidt.", "de"),
        ("This article was translated from the original in German.", "en"),
        ("Das Original erschien im Jahr 1999.", "de"),
        ("Artículo publicado originalmente en inglés.", "es"),
        ("Mit freundlicher Genehmigung von Anna Schmidt.", "de"),
        ("Avec l'aimable autorisation de Jean Dupont.", "fr"),
        ("A version of this story appeared in print on May 3, 2021.", "en"),
        ("A version of this article appeared in the Sunday print edition.", "en"),
        ("A shorter version of this article ran in Monday's paper.", "en"),
        ("The original version of this story was published by mistake.", "en"),
    ],
)
def test_a_place_a_year_a_person_a_language_or_a_paper_is_no_original(line: str, lang: str) -> None:
    assert chain(line, lang) == ["Riverside Daily"]
