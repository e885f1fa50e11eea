"""A byline that names a web address names a site, not a writer: "di Vegolosi.it", "By
Riversidedaily.example" leave the page without an author; "By Jane Doe, Harbourtimes.com" names
Jane Doe, writing for that site. A person's name with dots ("J.R. Hartley") stays a name."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def _authors(byline: str, lang: str = "en") -> list[tuple[str, str | None]]:
    result = audit_page(article(f'<p class="byline">{byline}</p>{STORY}', lang=lang))
    assert result.chain, result.failed
    return [(link.publisher, link.author) for link in result.chain]


@pytest.mark.parametrize(
    ("byline", "lang"),
    [("By Riversidedaily.example", "en"), ("di Vegolosi.it", "it"), ("Von Hafenblatt.de", "de"), ("By express.co.uk", "en"),
     ("Par Lequotidien.fr", "fr")],
)
def test_a_byline_naming_only_a_web_address_names_no_author(byline: str, lang: str) -> None:
    assert _authors(byline, lang) == [("Riverside Daily", None)]


@pytest.mark.parametrize(
    ("byline", "chain"),
    [
        # Her outlet, another site: the original, this page the republisher.
        ("By Jane Doe, Harbourtimes.com", [("Harbourtimes.com", "Jane Doe"), ("Riverside Daily", None)]),
        ("By Jane Doe | Riversidedaily.example", [("Riverside Daily", "Jane Doe")]),  # the page's own site
        ("By Jane Doe", [("Riverside Daily", "Jane Doe")]),
        ("By J.R. Hartley", [("Riverside Daily", "J.R. Hartley")]),
    ],
)
def test_a_writer_beside_a_web_address_is_the_author(byline: str, chain: list[tuple[str, str | None]]) -> None:
    assert _authors(byline) == chain


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ('<meta name="author" content="Riversidedaily.example">', None),  # the site's address: no writer
        ('<meta name="author" content="Jane Doe, Riversidedaily.example">', "Jane Doe"),  # a writer, then her site
        ('<meta name="author" content="Jane Doe">', "Jane Doe"),
    ],
)
def test_an_author_field_that_opens_with_a_web_address_names_no_writer(field: str, author: str | None) -> None:
    result = audit_page(article(STORY, head=field))
    assert [(link.publisher, link.author) for link in result.chain] == [("Riverside Daily", author)]
