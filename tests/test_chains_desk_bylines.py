"""A byline that names the site's desk with an agency, no writer: "Le Monde avec AFP", "La
rédaction avec l'AFP et Reuters", "Redaktion mit dpa", as a byline line or the metadata's author.
The desk tells the agency's story in its own words, as "With inputs from PTI" says under a text:
the agency is the original of a text built on its material, and the page keeps its own rights.
A writer with an agency ("Par Jane Doe avec AFP") stays the agency's writer's byline."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

SITE, URL = "Le Monde", "https://www.lemonde.fr/international/article/2026/11/20/port_1.html"


def _chain(byline: str = "", head: str = "") -> list[tuple[str | None, str | None, str | None]]:
    body = (f'<p class="byline">{byline}</p>' if byline else "") + STORY
    result = audit_page(article(body, site=SITE, lang="fr", head=head, main=True), URL)
    return [(link.publisher, link.author, link.form) for link in result.chain]


@pytest.mark.parametrize(
    "byline, agencies",
    [
        ("Le Monde avec AFP", ["Agence France-Presse"]),  # ruleid
        ("Le Monde with AFP", ["Agence France-Presse"]),  # ruleid
        ("Par Le Monde avec AFP", ["Agence France-Presse"]),  # ruleid
        ("La rédaction avec l'AFP et Reuters", ["Agence France-Presse", "Reuters"]),  # ruleid
        ("Redaktion mit dpa", ["Deutsche Presse-Agentur"]),  # ruleid
    ],
)
def test_a_desk_with_an_agency_credits_the_agencys_material(byline: str, agencies: list[str]) -> None:
    chain = _chain(byline)
    assert [(p, a, f) for p, a, f in chain[:-1]] == [(agency, None, "agency-material") for agency in agencies]
    assert chain[-1][0] == SITE


def test_the_metadata_author_field_says_the_same() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Le Monde avec AFP"}}</script>'
    assert _chain(head=head)[:-1] == [("Agence France-Presse", None, "agency-material")]


@pytest.mark.parametrize(
    "byline, chain",
    [
        # ok: a writer with an agency is the agency's writer
        ("Par Jane Doe avec AFP", [("Agence France-Presse", "Jane Doe", "agency-byline")]),
        # ok: no agency named, or a person after "avec"
        ("Le Monde avec agences", []),
        ("Le Monde avec Jane Doe", []),
    ],
)
def test_look_alikes(byline: str, chain: list[tuple[str, str, str]]) -> None:
    assert _chain(byline)[:-1] == chain
