"""An agency's byline over the text's first paragraph where the page's own byline names no
one (issue 10): a site that posts wire copy under a desk's or an account's name ("By
NEWSROOM", "By Staff") prints the agency's byline at the top of the text."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

_SHARE = "<ul><li>Facebook</li><li>Twitter</li><li>WhatsApp</li></ul>"


def first_publisher(body: str) -> str | None:
    result = audit_page(article(body))
    return result.chain[0].publisher if len(result.chain) > 1 else None


@pytest.mark.parametrize("desk", ["By NEWSROOM", "By Staff", "By JERUSALEM POST STAFF"])
@pytest.mark.parametrize(
    ("agency", "publisher"),
    [("Associated Press", "Associated Press"), ("Par l'AFP", "Agence France-Presse"), ("Reuters, Berlin", "Reuters")],
)
def test_an_agency_byline_over_the_text_stands_under_a_byline_naming_no_one(desk: str, agency: str, publisher: str) -> None:
    body = f'<p class="byline">{desk}</p>{_SHARE}<p>{agency}</p>{STORY}'
    assert first_publisher(body) == publisher


@pytest.mark.parametrize(
    "over_text",
    [
        "",  # no agency at all
        "<p>Photo: Associated Press</p>",  # a picture's credit over the text
    ],
)
def test_a_byline_naming_no_one_makes_no_copy_by_itself(over_text: str) -> None:
    assert first_publisher(f'<p class="byline">By Staff</p>{_SHARE}{over_text}{STORY}') is None


def test_a_writers_byline_still_wins_over_a_line_further_down() -> None:
    # A byline naming a writer is the article's; an agency's name further down is not read as one.
    body = f'<p class="byline">By Jane Roe</p>{_SHARE}{STORY}<p>Associated Press</p><p>{STORY}</p>'
    assert first_publisher(body) is None
