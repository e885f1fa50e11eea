"""Credits as an eighth probe found them (issue 10): bylines that name another newspaper the way
they name an agency (after a bullet, in brackets, after "of", with the writer's job title, or
before the page's date), the places after an outlet's name, a syndicate in brackets after the
newspaper that wrote the text, and a copyright line with its year in brackets. Each with the
look-alikes of the same shape that must stay as they were.

The examples are invented, in the shapes real pages write."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(lead: str = "", *, tail: str = "", head: str = "") -> DocumentResult:
    body = (f"<p>{lead}</p>" if lead else "") + STORY + (f"<p>{tail}</p>" if tail else "")
    return audit_page(article(body, site=SITE, main=True, head=head), URL)


def _links(result: DocumentResult) -> list[tuple[str | None, str | None]]:
    return [(link.publisher, link.author) for link in result.chain]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # A newspaper the registry knows, in the places a byline names an agency.
        ("By Jane Doe • The Washington Post", ("The Washington Post", "Jane Doe")),
        ("By Jane Doe (The Washington Post)", ("The Washington Post", "Jane Doe")),
        ("By Jane Doe, The Washington Post | Nov. 20, 2026", ("The Washington Post", "Jane Doe")),
        ("By Jane Doe of The Washington Post", ("The Washington Post", "Jane Doe")),
        ("By Jane Doe of the Chicago Tribune", ("Chicago Tribune", "Jane Doe")),
        # The outlet with the writer's job there.
        ("By Jane Doe, The Washington Post Staff Writer", ("The Washington Post", "Jane Doe")),
        ("By Jane Doe, Chicago Tribune Columnist", ("Chicago Tribune", "Jane Doe")),
        # A slash between the writer and an outlet's title.
        ("By Jane Doe / Harbour Chronicle", ("Harbour Chronicle", "Jane Doe")),
        # After the outlet, where the writer filed from: a place, not a second writer.
        ("By Jane Doe, Harbour Chronicle, Harbourtown, Calif.", ("Harbour Chronicle", "Jane Doe")),
        ("By Jane Doe, The Washington Post, Ashburn, Va.", ("The Washington Post", "Jane Doe")),
    ],
)
def test_a_newspaper_named_in_a_byline_is_the_original(lead: str, want: tuple[str, str | None]) -> None:
    links = _links(_audit(lead))
    assert links[0] == want
    assert links[-1] == (SITE, None)


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("By Jane Doe, The Washington Post (TNS)", [("The Washington Post", "Jane Doe"), ("Tribune News Service", None)]),
        ("Jane Doe, Chicago Tribune (TNS)", [("Chicago Tribune", "Jane Doe"), ("Tribune News Service", None)]),
    ],
)
def test_a_syndicate_in_brackets_after_the_newspaper_carries_its_text(lead: str, want: list[tuple[str, str | None]]) -> None:
    assert _links(_audit(lead)) == [*want, (SITE, None)]


@pytest.mark.parametrize(
    "lead",
    [
        "By Jane Doe • Opinion",  # a section, not an outlet
        "By Jane Doe, Quayside Examiner Staff Writer",  # the site's own writer
        "By Jane Doe, Quayside Examiner | Nov. 20, 2026",
        "By Jane Doe of Harbourtown",  # where she lives
        "By Jane Doe of the University of Example",
        "By Jane Doe, Staff Writer",
        "By Jane Doe, Harbour Chronicle Staff Writer",  # a title the registry does not know: often the site's own newsroom
        "By Jane Doe (Opinion)",
    ],
)
def test_the_same_shapes_naming_no_other_outlet_make_no_chain(lead: str) -> None:
    assert len(_audit(lead).chain) == 1


def test_two_writers_either_side_of_a_slash_stay_two_writers() -> None:
    result = _audit("By Jane Doe / John Roe")
    assert len(result.chain) == 1
    assert result.chain[0].author == "Jane Doe and John Roe"


def test_a_photographers_credit_with_a_slash_names_no_original() -> None:
    assert len(_audit("Photo: Jane Doe / The Washington Post").chain) == 1


@pytest.mark.parametrize(
    "author", ["Jane Doe / The Washington Post", "Jane Doe/The Washington Post"],
)
def test_an_author_field_with_a_slash_before_the_newspaper(author: str) -> None:
    links = _links(_audit(head=f'<meta name="author" content="{author}">'))
    assert links[0] == ("The Washington Post", "Jane Doe")


@pytest.mark.parametrize(
    "tail",
    [
        "Copyright (2021) Associated Press. All Rights Reserved.",
        "Copyright (c) (2021) The Associated Press. All rights reserved.",
    ],
)
def test_an_agency_copyright_with_its_year_in_brackets(tail: str) -> None:
    assert _links(_audit(tail=tail))[0] == ("Associated Press", None)


_SITE_FOOTER = "<footer><p>Copyright © 2021 Quayside Media Group, Inc. All rights reserved.</p><p>{}</p></footer>"


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press articles: Copyright © 2021 The Associated Press. All rights reserved.",
        "AP content: © 2021 The Associated Press",
        "Reuters content: © Thomson Reuters 2021",
    ],
)
def test_a_footer_notice_for_an_agencys_items_on_the_site_credits_no_original(line: str) -> None:
    page = article(STORY, site=SITE, main=True, footer=_SITE_FOOTER.format(line))
    result = audit_page(page, URL)
    assert len(result.chain) == 1
    assert result.rights is not None and result.rights.holder == "Quayside Media Group, Inc."


def test_an_agency_story_under_that_footer_is_still_the_agencys() -> None:
    body = "<p>HARBOURTOWN (AP) — " + STORY[3:]
    page = article(body, site=SITE, main=True, footer=_SITE_FOOTER.format("AP content: © 2021 The Associated Press"))
    assert _links(audit_page(page, URL))[0][0] == "Associated Press"


@pytest.mark.parametrize(
    ("line", "original"),
    [
        ("Harbour Tech Japan 3/9(木) 18:45配信", "Harbour Tech Japan"),
        ("時事通信 2021年3月9日(火) 18:45配信", "時事通信"),
    ],
)
def test_a_japanese_portals_delivery_line_names_the_original(line: str, original: str) -> None:
    page = article(f"<p>{line}</p>{STORY}", site="Quayside ニュース", main=True, lang="ja")
    links = _links(audit_page(page, "https://news.quayside.example/articles/1"))
    assert links[0][0] in (original, "Jiji Press")
    assert len(links) == 2


@pytest.mark.parametrize("line", ["2021年3月9日(火) 18:45配信", "最終更新:3/9(木) 18:45", "3/9(木) 18:45配信"])
def test_a_delivery_time_alone_names_no_original(line: str) -> None:
    page = article(f"<p>{line}</p>{STORY}", site="Quayside ニュース", main=True, lang="ja")
    assert len(audit_page(page, "https://news.quayside.example/articles/1").chain) == 1


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Par Jeanne Doe (AFP) Publié le 23 mars 2016 à 16h21", ("Agence France-Presse", "Jeanne Doe")),
        ("By Jane Doe (The Washington Post) March 5, 2021", ("The Washington Post", "Jane Doe")),
    ],
)
def test_a_bracketed_outlet_before_the_bylines_date(lead: str, want: tuple[str, str]) -> None:
    assert _links(_audit(lead))[0] == want
