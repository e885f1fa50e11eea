"""Each credit form of the field notes parses into publisher, author, place and date, with
the publisher normalised through the registry (aliases, legal names, domains)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

import provenance
from provenance.model import Attribution, Claims
from provenance.packs import Packs

AS_OF = dt.date(2026, 11, 24)
# Plain-text zoning needs real paragraphs around a credit: these make one.
BODY = (
    "The committee said in a statement that the review of the contracts would take several months to complete.\n\n"
    "Officials declined to say whether any of the companies involved had been warned about the findings in advance.\n"
)


@lru_cache(maxsize=1)
def packs() -> Packs:
    return provenance.default_packs()


def claims_of(text: str, content_type: str = "text", url: str | None = None) -> Claims:
    result = provenance.audit_document(
        text, path="mem", url=url, content_type=content_type, packs=packs(), options=provenance.AuditOptions(as_of=AS_OF)
    )
    assert result.claims is not None, result.error
    return result.claims


def only(text: str) -> Attribution:
    attributions = claims_of(text).attributions
    assert len(attributions) == 1, attributions
    return attributions[0]


def fields(a: Attribution) -> tuple:
    return (a.form, a.publisher, a.known, a.author, a.place, a.date.date if a.date else None, a.date.text if a.date else None)


# --- Source lines ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "credit, expected",
    [
        ("[Source: By Nariman Gizitdinov, Bloomberg, 08Jan21]",
         ("source-line", "Bloomberg", True, "Nariman Gizitdinov", None, dt.date(2021, 1, 8), "08Jan21")),
        ("[Source: Reuters, London, 14Mar23]",
         ("source-line", "Reuters", True, None, "London", dt.date(2023, 3, 14), "14Mar23")),
        ("[Fuente: EFE, Ciudad de México, 05may16]",
         ("source-line", "Agencia EFE", True, None, "Ciudad de México", dt.date(2016, 5, 5), "05may16")),
        ("[Source: By Jane Roe, Bloomberg L.P., New York, 08Jan22]",
         ("source-line", "Bloomberg", True, "Jane Roe", "New York", dt.date(2022, 1, 8), "08Jan22")),
        ("[Source: By Jane Roe, bloomberg.com, 08Jan22]",
         ("source-line", "Bloomberg", True, "Jane Roe", None, dt.date(2022, 1, 8), "08Jan22")),
        ("[Fuente: Por Ana Gómez, Agencia EFE, S.A.U., Madrid, 12Feb20]",
         ("source-line", "Agencia EFE", True, "Ana Gómez", "Madrid", dt.date(2020, 2, 12), "12Feb20")),
        ("[Source: By Rosa Quispe Mamani, Diario del Altiplano, La Paz, 03Feb23]",
         ("source-line", "Diario del Altiplano", False, "Rosa Quispe Mamani", "La Paz", dt.date(2023, 2, 3), "03Feb23")),
    ],
)
def test_bracketed_source_line(credit: str, expected: tuple) -> None:
    assert fields(only(BODY + "\n" + credit + "\n")) == expected


@pytest.mark.parametrize(
    "credit, publisher",
    [("Source : Le Monde", "Le Monde"), ("Source: Agence France-Presse", "Agence France-Presse"),
     ("Fuente: Agencia EFE", "Agencia EFE"), ("Source: theguardian.com", "The Guardian")],
)
def test_source_label(credit: str, publisher: str) -> None:
    assert fields(only(BODY + "\n" + credit + "\n")) == ("source-label", publisher, True, None, None, None, None)


def test_source_label_for_statistics_is_not_a_credit() -> None:
    assert claims_of(BODY + "\nSource: National Statistics Office, regional housing survey\n").attributions == []


# --- Sentence credits ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "credit, expected",
    [
        ("Originally published by ProPublica.", ("originally-published", "ProPublica", True, None, None, None, None)),
        ("Originally published at The Guardian on May 3, 2021.",
         ("originally-published", "The Guardian", True, None, None, dt.date(2021, 5, 3), "May 3, 2021")),
        ("This story was originally published by ProPublica, a nonprofit newsroom that investigates abuses of power.",
         ("originally-published", "ProPublica", True, None, None, None, None)),
        ("This post originally appeared on Grist.", ("originally-published", "Grist", True, None, None, None, None)),
        ("Originally published on theguardian.com.", ("originally-published", "The Guardian", True, None, None, None, None)),
        ("This article first appeared in The Conversation.", ("first-appeared", "The Conversation", True, None, None, None, None)),
        ("An earlier version was first published in German translation in the print edition of Die Zeit on January 24th.",
         ("first-appeared", "Die Zeit", True, None, None, None, "January 24th")),
        ("Reprinted with permission of The New York Times.",
         ("reprinted-with-permission", "The New York Times", True, None, None, None, None)),
        ("Republished with permission from Reuters.", ("reprinted-with-permission", "Reuters", True, None, None, None, None)),
        ("Used with permission of Little, Brown and Company, New York. All rights reserved.",
         ("reprinted-with-permission", "Little, Brown and Company", False, None, None, None, None)),
        ("This article is republished from The Conversation under a Creative Commons license. Read the original article.",
         ("republished-under-licence", "The Conversation", True, None, None, None, None)),
        ("Esta nota fue realizada por Página/12. Aquí puedes leer la original.",
         ("spanish-credit", "Página/12", True, None, None, None, None)),
    ],
)
def test_sentence_credit(credit: str, expected: tuple) -> None:
    assert fields(only(BODY + "\n" + credit + "\n")) == expected


def test_permission_is_read_from_the_credit_line() -> None:
    a = only(BODY + "\nThis article was originally published on coolimba and has been republished here with permission.\n")
    assert (a.publisher, a.known, a.permission) == ("coolimba", False, True)
    assert only(BODY + "\nRepublished with permission from Reuters.\n").permission
    assert not only(BODY + "\nOriginally published by ProPublica.\n").permission


@pytest.mark.parametrize(
    "sentence",
    [
        "Editorial items appearing on this site that were originally published on other editions of ZDNet are the "
        "copyright property of CBS Interactive.",
        "The rules were originally published in 2019 and revised twice since then by the ministry.",
    ],
)
def test_sentences_that_are_not_credits(sentence: str) -> None:
    assert claims_of(BODY + "\n" + sentence + "\n").attributions == []


# --- Wire datelines ------------------------------------------------------------------------------

_STORY = " The port authority said the queue of ships waiting to berth had shortened for a third straight week."


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("LONDON, Sept 28 (Reuters) -", ("wire-dateline", "Reuters", True, None, "LONDON", None, "Sept 28")),
        ("WASHINGTON (AP) —", ("wire-dateline", "Associated Press", True, None, "WASHINGTON", None, None)),
        ("PARIS (AFP) -", ("wire-dateline", "Agence France-Presse", True, None, "PARIS", None, None)),
        ("(AFP) -", ("wire-dateline", "Agence France-Presse", True, None, None, None, None)),
        ("MADRID, 5 may (EFE).-", ("wire-dateline", "Agencia EFE", True, None, "MADRID", None, "5 may")),
        ("Berlin/Frankfurt (dpa) -", ("wire-dateline", "Deutsche Presse-Agentur", True, None, "Berlin/Frankfurt", None, None)),
    ],
)
def test_wire_dateline(dateline: str, expected: tuple) -> None:
    assert fields(only(BODY + "\n" + dateline + _STORY + "\n")) == expected


def test_dateline_agency_in_running_text_is_not_a_credit() -> None:
    text = BODY + "\nThe figures were first reported by the news agency (Reuters) - and later confirmed by the ministry itself.\n"
    assert claims_of(text).attributions == []


# --- Bylines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Jane Doe, Reuters", ("byline", "Reuters", True, "Jane Doe", None, None, None)),
        ("Jane Doe - The Guardian", ("byline", "The Guardian", True, "Jane Doe", None, None, None)),
        ("by Jane Doe, Bloomberg", ("byline", "Bloomberg", True, "Jane Doe", None, None, None)),
        ("Jane Doe | Bloomberg", ("byline", "Bloomberg", True, "Jane Doe", None, None, None)),
        ("By Nada Tawfik, BBC News, New York", ("byline", "BBC", True, "Nada Tawfik", "New York", None, None)),
        ("Von David Hutzler, dpa", ("byline", "Deutsche Presse-Agentur", True, "David Hutzler", None, None, None)),
        ("By Jane Doe, Reuters, 28 September 2022",
         ("byline", "Reuters", True, "Jane Doe", None, dt.date(2022, 9, 28), "28 September 2022")),
        # A header block with a numeric date keeps both readings (no calendar date is guessed).
        ("María López, El País, 12/05/2021", ("byline", "El País", True, "María López", None, None, "12/05/2021")),
    ],
)
def test_byline(byline: str, expected: tuple) -> None:
    assert fields(only("Headline of the story goes here\n" + byline + "\n" + BODY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Headline of the story goes here\nSenior Politics Reporter, HuffPost\n" + BODY,  # a job title, not a name
        "Headline of the story goes here\nJane Doe, Unknown Weekly Courier\n" + BODY,  # not a registry outlet
        BODY + "\n“Of all the ways to run it, this one is my favourite because it just works.”\nLarry Magid, Forbes\n",
        "Headline of the story goes here\nnew york times, Reuters\n" + BODY,  # not capitalised as a name
    ],
)
def test_not_bylines(text: str) -> None:
    assert [a for a in claims_of(text).attributions if a.form == "byline"] == []


def test_two_credits_on_one_source_line_of_minified_html() -> None:
    html = (
        "<html><body><p>" + BODY.replace("\n", " ") + "</p><p>LONDON (Reuters) - " + _STORY + "</p>"
        "<p>[Source: Equipo Nizkor, 12Mar21]</p></body></html>"
    )
    assert [a.publisher for a in claims_of(html, "html").attributions] == ["Reuters", "Equipo Nizkor / Derechos Human Rights"]


def test_masthead_and_wrapped_title_are_not_bylines() -> None:
    assert claims_of("The Economist - Homepage\n" + BODY).attributions == []
    # Two lines, "Liz Skalka" and "Politics Reporter, HuffPost": a byline never spans lines.
    assert claims_of("Headline of the story goes here\nLiz Skalka\nPolitics Reporter, HuffPost\n" + BODY).attributions == []


def test_lower_case_article_before_an_outlet() -> None:
    a = only(BODY + "\nRepublished with permission from the Associated Press.\n")
    assert (a.publisher, a.permission) == ("Associated Press", True)


def test_source_label_between_paragraphs_credits_a_chart() -> None:
    text = BODY + "\nCopper price, 2019-2023 (chart)\nSource: Bloomberg\n\n" + BODY
    assert claims_of(text).attributions == []
    # Above or below the text it credits the whole page.
    assert only("Headline of the story goes here\nSource: Bloomberg\n\n" + BODY).publisher == "Bloomberg"
    assert only(BODY + "\nSource: Bloomberg\n\nComments are closed.\n").publisher == "Bloomberg"
