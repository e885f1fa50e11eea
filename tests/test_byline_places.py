"""A place's name has a person's shape: in a byline it is where the text was filed from,
never an author (rules/places-cldr.toml, generated from the CLDR's cities, and
rules/attribution.toml's [credit_words] places)."""

from __future__ import annotations

import pytest
from test_credits import STORY, _page, audit

_STORY_HTML = "<p>" + STORY.replace("\n\n", "</p><p>").strip() + "</p>"


def chain_and_author(byline_html: str) -> tuple[list[tuple[str, str | None, str | None]], str | None]:
    result = audit(_page(byline_html + _STORY_HTML), "html")
    assert result.claims is not None
    author = result.claims.author.value if result.claims.author else None
    return [(link.role, link.publisher, link.author) for link in result.chain], author


@pytest.mark.parametrize(
    ("byline", "expected", "author"),
    [
        # A city after the writer: where she wrote from (CLDR's cities, and the pack's own list).
        ("<p>By Jane Doe, Washington</p>", [("original", "Quayside Gazette", "Jane Doe")], "Jane Doe"),
        ("<p>By Jane Doe, New York</p>", [("original", "Quayside Gazette", "Jane Doe")], "Jane Doe"),
        ("<p>Von Max Muster, Wien</p>", [("original", "Quayside Gazette", "Max Muster")], "Max Muster"),
        # A city over the agency, or before its slash: the agency's copy, by no one named.
        ("<p>Hong Kong / Reuters</p>", [("original", "Reuters", None), ("republisher", "Quayside Gazette", None)], None),
        ("<p>New York</p><p>Reuters</p>", [("original", "Reuters", None), ("republisher", "Quayside Gazette", None)], None),
        # People named like places keep their names: a place is a whole segment, not a word in a name.
        ("<p>By Georgia Smith, Reuters</p>", [("original", "Reuters", "Georgia Smith"), ("republisher", "Quayside Gazette", None)], "Georgia Smith"),
        ("<p>By Victoria Lee and Sydney Chan</p>", [("original", "Quayside Gazette", "Victoria Lee and Sydney Chan")], "Victoria Lee and Sydney Chan"),
        ("<p>Jane Doe / CNN</p>", [("original", "CNN", "Jane Doe"), ("republisher", "Quayside Gazette", None)], "Jane Doe"),
    ],
)
def test_a_place_in_a_byline_is_no_author(byline: str, expected: list[tuple[str, str | None, str | None]], author: str | None) -> None:
    assert chain_and_author(byline) == (expected, author)
