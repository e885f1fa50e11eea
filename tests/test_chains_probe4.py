"""Copies crediting an original the registry need not know (a regional paper, a magazine, a
blog, a think tank, a university's or a ministry's news office, an NGO), as a fourth probe
found them missed: each class of credit with the look-alikes of the same shape that must stay
a chain of one (the page's own publisher)."""

from __future__ import annotations

import json

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(body: str, lang: str = "en", head: str = "", site: str = SITE) -> DocumentResult:
    return audit_page(article(body, site=site, lang=lang, head=head, main=True), URL)


def _originals(body: str, lang: str = "en", head: str = "", site: str = SITE) -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang, head, site).chain[:-1]]


def _note(text: str) -> str:
    return STORY + f"<p><em>{text}</em></p>"


# --- A credit note in the shapes and languages copies write it --------------------------------------------

@pytest.mark.parametrize(
    "note, lang, original",
    [
        # English: a courtesy, a partnership, a licensed credit bar, a reprint note after another sentence
        ("This story is courtesy of Coastal Review, the daily news service of the Coastal Federation.", "en", "Coastal Review"),
        ("This article is published in partnership with Harbour Watch, a nonprofit newsroom.", "en", "Harbour Watch"),
        ("This piece is part of a content-sharing agreement with Tidewater Journal.", "en", "Tidewater Journal"),
        ("Knowable Harbour | Republished under a Creative Commons license", "en", "Knowable Harbour"),
        ("Harbour Health News is a national newsroom. This article was reprinted from harbourhealth.org with permission.", "en", "harbourhealth.org"),
        ("This essay was republished from Marginal Notes, the author's newsletter.", "en", "Marginal Notes"),
        ("[This article was originally posted on Bayside Voices.]", "en", "Bayside Voices"),
        ("This article first appeared on The Bayside Tribune at https://www.baysidetribune.example/2026/11/18/harbour/.", "en", "The Bayside Tribune"),
        # Spanish, Portuguese, Italian: more subjects, an article or a site's word before the name, the day after it
        ("Este contenido fue publicado originalmente por La Voz del Valle y se reproduce con autorización.", "es", "La Voz del Valle"),
        ("Este texto fue publicado originalmente por la Fundación Ciudadana.", "es", "Fundación Ciudadana"),
        ("Publicado originalmente en El Faro del Puerto el 10 de noviembre de 2026.", "es", "El Faro del Puerto"),
        ("Este artículo fue publicado por primera vez en la web de la Universidad de Valdeluna.", "es", "Universidad de Valdeluna"),
        ("Esta reportagem foi publicada originalmente pela Agência Maré.", "pt", "Agência Maré"),
        ("L'articolo è stato pubblicato originariamente sul sito dell'Università di Lunigiana.", "it", "Università di Lunigiana"),
        ("Questo articolo è apparso per la prima volta su Porto Aperto.", "it", "Porto Aperto"),
        # French: the adverb elsewhere, an article before the name
        ("Cet article a d'abord été publié sur le site de La Gazette du Quai.", "fr", "La Gazette du Quai"),
        ("Ce texte a été publié initialement par l'Université de Montclair.", "fr", "Université de Montclair"),
        ("Une version de cet article est parue dans Alternatives Portuaires.", "fr", "Alternatives Portuaires"),
        # partnerships in other languages
        ("Este artículo se publica gracias a un acuerdo de colaboración con eldiario.es.", "es", "elDiario.es"),
        ("Cet article est publié dans le cadre d'un partenariat avec Mediaquai.", "fr", "Mediaquai"),
        # with leave, the republication's verb first
        ("Pubblicato per gentile concessione di Lavialibera.", "it", "Lavialibera"),
        ("Republicado com autorização do Jornal da Maré.", "pt", "Jornal da Maré"),
        ("Przedruk za zgodą redakcji Gazety Portowej.", "pl", "Gazety Portowej"),
        ("Публикуется с разрешения редакции «Портовый вестник».", "ru", "Портовый вестник"),
        # Dutch, Polish, Turkish, Russian, Indonesian, Hindi, Arabic
        ("Dit artikel is overgenomen van Havenkrant Noord.", "nl", "Havenkrant Noord"),
        ("Dit stuk verscheen eerst bij de Universiteit Leiden.", "nl", "Universiteit Leiden"),
        ("Tekst pierwotnie opublikowany w serwisie Dziennik Portowy.", "pl", "Dziennik Portowy"),
        ("Bu haber Liman Gazetesi'nden alınmıştır.", "tr", "Liman Gazetesi"),
        ("Bu yazı ilk olarak Kıyı Haber'de yayımlanmıştır.", "tr", "Kıyı Haber"),
        ("Первоначально опубликовано на сайте Порт.Медиа.", "ru", "Порт.Медиа"),
        ("Artikel ini sebelumnya dipublikasikan di laman Universitas Pelabuhan.", "id", "Universitas Pelabuhan"),
        ("यह लेख मूल रूप से बंदरगाह समाचार में प्रकाशित हुआ था।", "hi", "बंदरगाह समाचार"),
        ("نُشر هذا المقال في الأصل على موقع مرفأ نيوز.", "ar", "مرفأ نيوز"),
    ],
)
def test_credit_note_names_the_original(note: str, lang: str, original: str) -> None:
    result = _audit(_note(note), lang)
    assert [link.publisher for link in result.chain[:-1]] == [original]
    first = result.chain[0]
    assert first.evidence is not None and first.evidence.text == note


@pytest.mark.parametrize(
    "line, lang, original",
    [
        ("Оригинал публикации: Фонд «Портовые проекты»", "ru", "Фонд «Портовые проекты»"),
        ("Оригинал статьи: Портовый вестник", "ru", "Портовый вестник"),
        # leave to reprint from an outlet's title, where the same words name a person as often
        ("Mit freundlicher Genehmigung der Hafen Zeitung.", "de", "Hafen Zeitung"),
        ("Avec l'aimable autorisation du Courrier du Quai.", "fr", "Courrier du Quai"),
        ("साभार: बंदरगाह समाचार", "hi", "बंदरगाह समाचार"),
        ("(साभार: बंदरगाह समाचार)", "hi", "बंदरगाह समाचार"),
        ("نقلا عن مرفأ نيوز", "ar", "مرفأ نيوز"),
    ],
)
def test_taken_from_line_under_the_text(line: str, lang: str, original: str) -> None:
    assert _originals(STORY + f"<p>{line}</p>", lang) == [original]


@pytest.mark.parametrize(
    "line, lang",
    [
        ("Mit freundlicher Genehmigung von Anna Schmidt.", "de"),
        ("Mit freundlicher Genehmigung des Verlags.", "de"),
        ("Avec l'aimable autorisation de Marie Dupont.", "fr"),
        ("<figure><img src='/i.jpg'><figcaption>Der Hafen. Foto mit freundlicher Genehmigung der Hafen Zeitung</figcaption></figure>", "de"),
    ],
)
def test_leave_from_a_person_or_for_a_picture_names_no_original(line: str, lang: str) -> None:
    assert _originals(STORY + (line if line.startswith("<") else f"<p>{line}</p>"), lang) == []


@pytest.mark.parametrize(
    "body, lang",
    [
        # a picture's courtesy, a body's partnership or leave told in the story
        (STORY + "<p>Photo courtesy of Coastal Review.</p>", "en"),
        (STORY + "<figure><img src='/i.jpg'><figcaption>Volunteers at the quay. Courtesy of Coastal Review</figcaption></figure>", "en"),
        ("<p>The port has a partnership with the Tidewater Journal to run a weekly column on shipping for children in summer.</p>" + STORY, "en"),
        (_note("This story was produced in partnership with the harbour authority."), "en"),
        ("<p>The figures were reprinted from the port's annual report, which the board approved in March after a long debate.</p>" + STORY, "en"),
        (STORY + "<p>Quayside Examiner | Republished under a Creative Commons license</p>", "en"),
        (_note("Publicado con permiso de la familia."), "es"),
        ("<p>La federación firmó un acuerdo de colaboración con la Universidad de Valdeluna para mejorar las semillas del puerto.</p>" + STORY, "es"),
        ("<p>Le chantier, initialement prévu pour 2019, a été repoussé à plusieurs reprises faute de financement.</p>" + STORY, "fr"),
        ("<p>La commune a signé un partenariat avec l'Université de Montclair pour étudier les variétés anciennes.</p>" + STORY, "fr"),
        ("<p>A obra, originalmente prevista para 2019, foi adiada por falta de recursos do governo estadual.</p>" + STORY, "pt"),
        ("<p>Il progetto è realizzato in collaborazione con l'Università di Lunigiana e le associazioni locali.</p>" + STORY, "it"),
        ("<p>Po raz pierwszy od lat gmina przeznaczyła pieniądze na zabytkowy port i jego nabrzeża.</p>" + STORY, "pl"),
        ("<p>Bu yıl ilk olarak Ordu'da başlayan protestolar daha sonra diğer illere yayıldı.</p>" + STORY, "tr"),
        ("<p>Valilik izniyle yapılan toplantıya yaklaşık iki bin üretici katıldı.</p>" + STORY, "tr"),
        (_note("Bu haber ilk olarak Quayside Examiner'in basılı baskısında yayımlanmıştır."), "tr"),
        ("<p>Работы будут вестись с разрешения городской администрации только в дневное время.</p>" + STORY, "ru"),
        ("<p>Впервые за двадцать лет город выделил деньги на полную замену причалов.</p>" + STORY, "ru"),
        ("<p>यह अस्पताल पहले पुराने भवन में चलता था, जहां जगह की भारी कमी थी।</p>" + STORY, "hi"),
        (STORY + "<figure><img src='/i.jpg'><figcaption>शिलान्यास समारोह। फोटो साभार: बंदरगाह समाचार</figcaption></figure>", "hi"),
        ("<p>وقال مسؤول في البلدية، نقلا عن دراسة حديثة، إن السوق يستقبل آلاف الزوار أسبوعيا.</p>" + STORY, "ar"),
        (_note("نُشر هذا التقرير في الأصل في النسخة الورقية من صحيفة الوادي."), "ar"),
        ("<p>De taken van het oude havenschap worden overgenomen van de provincie, zei de gedeputeerde.</p>" + STORY, "nl"),
    ],
)
def test_look_alikes_of_credit_notes_name_no_original(body: str, lang: str) -> None:
    assert _originals(body, lang) == []


# --- A lower-case part of a body after its name, and a clause after it -----------------------------------

@pytest.mark.parametrize(
    "note, original",
    [
        ("This post first appeared on the Riverkeeper Alliance blog.", "Riverkeeper Alliance"),
        ("This article was originally published by the University of Westmarch news office.", "University of Westmarch"),
        ("This article was originally published by the Department of Harbours as a news release.", "the Department of Harbours"),
    ],
)
def test_part_of_a_body_names_the_body(note: str, original: str) -> None:
    assert _originals(_note(note)) == [original]


def test_press_office_of_a_university_names_the_university() -> None:
    note = "Dieser Text wurde zuerst von der Pressestelle der Uni Hafenstadt veröffentlicht."
    assert _originals(_note(note), "de") == ["Uni Hafenstadt"]


def test_capitalised_part_stays_in_the_title() -> None:
    assert _originals(_note("This post first appeared on The Harbour Blog.")) == ["The Harbour Blog"]


@pytest.mark.parametrize(
    "note",
    [
        "This post first appeared on the Quayside Examiner blog.",
        "This article first appeared in the Quayside Examiner Sunday edition.",
        "This article first appeared in Quayside Examiner Weekend Edition.",
    ],
)
def test_own_part_or_edition_is_no_original(note: str) -> None:
    assert _originals(_note(note)) == []


# --- A byline naming another outlet's title beside its writer --------------------------------------------

@pytest.mark.parametrize(
    "byline, lang, original",
    [
        ("By Jake Morrow, Ohio Harbor Journal", "en", "Ohio Harbor Journal"),
        ("Por Javier Lozano, El Periódico del Puerto", "es", "El Periódico del Puerto"),
        ("Von Lars Peters, Hannoversche Hafenzeitung", "de", "Hannoversche Hafenzeitung"),
        ("Por João Silva, Folha do Cais", "pt", "Folha do Cais"),
        ("Door Jan de Vries, Leeuwarder Havencourant", "nl", "Leeuwarder Havencourant"),
    ],
)
def test_byline_with_another_outlets_title(byline: str, lang: str, original: str) -> None:
    result = _audit(f"<div class='byline'>{byline}</div>" + STORY, lang)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [(original, byline.split(", ")[0].split(" ", 1)[1])]
    assert result.chain[0].form == "byline"


@pytest.mark.parametrize(
    "byline",
    [
        "By Omar Haddad, Special to the Quayside Examiner",
        "By Jane Roe, Quayside Examiner",
        "By Jane Roe | Harbour Advance Media for Quayside Examiner",  # the site's own newsroom, writing for it
        "By Jane Roe, Harbour Advance Media for quaysideexaminer.example",
        "By Jane Roe, University of Westmarch",
        "By Jane Roe, Senior Reporter",
        "By Jane Roe, Harbour Times Staff",
        "By Jane Roe, Washington",
    ],
)
def test_byline_look_alikes_name_no_original(byline: str) -> None:
    assert _originals(f"<div class='byline'>{byline}</div>" + STORY) == []


# --- An organisation or a title as the author in the metadata names no original --------------------------

def _jsonld_author(name: str, kind: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens the northern quay",
            "author": {"@type": kind, "name": name}, "publisher": {"@type": "Organization", "name": SITE}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    "head",
    [
        _jsonld_author(SITE, "NewsMediaOrganization"),
        _jsonld_author("Quayside Examiner Newsroom", "Organization"),
        _jsonld_author("Editorial Board", "Organization"),
        _jsonld_author("Harbour Times", "Person"),
        '<meta name="author" content="Emily Post">',
        '<meta name="author" content="Quayside Examiner Staff">',
    ],
)
def test_metadata_author_look_alikes_name_no_original(head: str) -> None:
    assert _originals(STORY, head=head) == []


@pytest.mark.parametrize("host", ["https://www.qee.example/news/harbour", "https://qee.example/2026/11/20/harbour.html"])
def test_credit_to_the_title_whose_initials_are_the_host_is_the_sites_own(host: str) -> None:
    # "Quelle: Preußische Allgemeine Zeitung" on paz.de: a site known by its initials that
    # credits its own title, where it states no site name, credits itself.
    page = article(STORY + "<p>Source: Quayside Evening Examiner</p>", site=None, main=True)
    assert len(audit_page(page, host).chain) == 1


# --- A statistics office on the source line, whatever outlet shares its letters ----------------------------

@pytest.mark.parametrize("line, lang", [("Bron: CBS, bewerking Quayside Examiner", "nl"), ("Source: CBS", "en")])
def test_statistics_office_known_by_letters_is_no_original(line: str, lang: str) -> None:
    assert _originals(STORY + f"<p>{line}</p>", lang) == []
