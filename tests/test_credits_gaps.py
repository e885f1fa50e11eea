"""Republication chains on real pages, known gaps (issue 10): a "Jane Doe / CNN" byline under
the headline, a syndicate the registry does not know on its closing "Distributed by" line,
and KUNA's datelines in English and Arabic; each with the look-alikes that must credit no
one (a photographer's credit, a sentence, a teaser list, a film's distributor)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_credits import HEADLINE, STORY, _page, audit

from provenance.model import DocumentResult

_STORY_HTML = "<p>" + STORY.replace("\n\n", "</p><p>").strip() + "</p>"
_FIXTURES = Path(__file__).parent / "fixtures" / "chains2"
_OPENING = "The port authority said the queue of ships waiting to berth had shortened again this week."


def chain(result: DocumentResult) -> list[tuple]:
    return [(link.role, link.publisher, link.author) for link in result.chain]


def first_credit(result: DocumentResult) -> tuple:
    """The oldest link's publisher, author and the line its evidence quotes."""
    link = result.chain[0]
    return link.publisher, link.author, link.evidence.text if link.evidence else None


# --- 1. "Jane Doe / CNN" under the headline ----------------------------------------------------------

@pytest.mark.parametrize(
    ("byline", "publisher", "author"),
    [
        ("Jane Doe / CNN", "CNN", "Jane Doe"),
        ("Jane Doe/Reuters", "Reuters", "Jane Doe"),
        ("Jane Doe / The Guardian", "The Guardian", "Jane Doe"),
        ("JANE DOE / AP", "Associated Press", "Jane Doe"),
        ("Jane Doe and John Roe / CNN", "CNN", "Jane Doe and John Roe"),
        ("Jane Doe / Reuters | March 5, 2024", "Reuters", "Jane Doe"),
        ("By Jane Doe / CNN", "CNN", "Jane Doe"),
    ],
)
def test_a_name_slash_outlet_byline_under_the_headline_credits_the_outlet(byline: str, publisher: str, author: str) -> None:
    result = audit(_page(f"<p>{byline}</p>{_STORY_HTML}"), "html")
    assert chain(result) == [("original", publisher, author), ("republisher", "Quayside Gazette", None)]
    assert first_credit(result) == (publisher, author, byline)


def test_a_slash_byline_after_the_date_line_is_still_the_byline() -> None:
    result = audit(_page(f'<div class="meta">March 5, 2024</div><div class="byline">Jane Doe / CNN</div>{_STORY_HTML}'), "html")
    assert chain(result)[0] == ("original", "CNN", "Jane Doe")


@pytest.mark.parametrize(
    "body",
    [
        # A photographer's credit: labelled, naming a picture agency, or in a caption.
        "<p>Photo: Jane Doe / CNN</p>" + _STORY_HTML,
        "<p>Foto: Jane Doe/Reuters</p>" + _STORY_HTML,
        "<p>Bild: Jane Doe / Reuters</p>" + _STORY_HTML,
        "<p>(AP Photo/Jane Doe)</p>" + _STORY_HTML,
        "<p>Jane Doe / Getty Images</p>" + _STORY_HTML,
        "<p>Jane Doe/CNN via Getty Images</p>" + _STORY_HTML,
        '<figure><img src="quay.jpg" alt="The quay"><figcaption>Jane Doe / CNN</figcaption></figure>' + _STORY_HTML,
        '<figure><img src="quay.jpg" alt="The quay"><figcaption>The northern quay on Monday. <span>Jane Doe / Reuters</span></figcaption></figure>'
        + _STORY_HTML,
        "<p>Photo:</p><p>Jane Doe / Reuters</p>" + _STORY_HTML,  # beside its label
        # Right under a caption, outside it: the caption's credit.
        '<figure><img src="quay.jpg" alt="The quay"><figcaption>The northern quay on Monday.</figcaption></figure>'
        "<p>Jane Doe / Reuters</p>" + _STORY_HTML,
        # An outlet the registry does not know: after a slash, anything.
        "<p>Jane Doe / Harbour Weekly</p>" + _STORY_HTML,
        # A section's label, a breadcrumb, a handle: no person's name before the slash.
        "<p>Opinion / The Guardian</p>" + _STORY_HTML,
        "<p>Home / World / Reuters</p>" + _STORY_HTML,
        "<p>Jane Doe / @janedoe</p>" + _STORY_HTML,
        # A sentence, a teaser list, a teaser under the text.
        _STORY_HTML + "<p>The repairs were first reported as Jane Doe/CNN reported on Monday, and the port confirmed them later.</p>",
        _STORY_HTML + "<h3>Related</h3><ul><li>Ferry fares to rise in spring</li><li>Jane Doe / CNN</li></ul>",
        _STORY_HTML + "<p>Ferry fares to rise in spring</p><p>Jane Doe / CNN</p>",
    ],
)
def test_slash_credits_that_are_no_byline_credit_no_one(body: str) -> None:
    assert chain(audit(_page(body), "html")) == [("original", "Quayside Gazette", None)]


def test_the_outlets_own_slash_byline_makes_no_copy() -> None:
    own = audit(_page(f"<p>Jane Doe / CNN</p>{_STORY_HTML}", site="CNN"), "html", url="https://edition.cnn.com/2024/03/05/world/quay/index.html")
    assert chain(own) == [("original", "CNN", "Jane Doe")]


@pytest.mark.parametrize("byline", ["Jane Doe / CNN", "Jane Doe/Reuters"])
def test_in_plain_text_a_slash_credit_under_the_headline_makes_no_copy(byline: str) -> None:
    # Nothing in plain text tells a lead picture's credit from a byline: no copy is claimed.
    assert [role for role, _, _ in chain(audit(f"{HEADLINE}\n\n{byline}\n\n{STORY}"))] == ["original"]


# --- 2. A syndicate the registry does not know -------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Distributed by Quay Features Syndicate.", "Quay Features Syndicate"),
        ("Syndicated by Example Content Agency", "Example Content Agency"),
        ("Distributed by Harbour News Service", "Harbour News Service"),
        ("Distributed by Northern Media Services, LLC.", "Northern Media Services, LLC"),  # its legal name, as written
        ("Distributed by Tribune Content Agency, LLC.", "Tribune News Service"),  # a registry syndicate, as before
    ],
)
def test_a_closing_distributed_by_line_credits_the_syndicate(line: str, publisher: str) -> None:
    result = audit(_page(f"{_STORY_HTML}<p>{line}</p>"), "html")
    assert chain(result) == [("original", publisher, None), ("republisher", "Quayside Gazette", None)]
    assert result.chain[0].evidence is not None and result.chain[0].evidence.text == line
    text = audit(f"{HEADLINE}\n\n{STORY}{line}\n")
    assert chain(text)[0] == ("original", publisher, None)


@pytest.mark.parametrize(
    "line",
    [
        "Distributed by hand to every household.",
        "Distributed by Jane Doe",  # a person
        "Distributed by Warner Bros.",  # a film's distributor under its review
        "Distributed by the ministry",
        "Syndicated by our partners",
        "distributed by quay features syndicate",  # no name is written in lower case
    ],
)
def test_a_distributed_by_line_naming_no_organisation_credits_no_one(line: str) -> None:
    assert chain(audit(_page(f"{_STORY_HTML}<p>{line}</p>"), "html")) == [("original", "Quayside Gazette", None)]
    assert [role for role, _, _ in chain(audit(f"{HEADLINE}\n\n{STORY}{line}\n"))] == ["original"]


def test_a_distributed_by_line_mid_text_or_in_a_teaser_list_credits_no_one() -> None:
    mid = f"{HEADLINE}\n\nThe leaflets were distributed by Harbour Media Services to every household on the quay last week.\n\n{STORY}"
    assert [role for role, _, _ in chain(audit(mid))] == ["original"]
    teasers = _STORY_HTML + "<h3>Related</h3><ul><li>Ferry fares to rise in spring</li><li>Distributed by Quay Features Syndicate</li></ul>"
    assert chain(audit(_page(teasers), "html")) == [("original", "Quayside Gazette", None)]


@pytest.mark.parametrize(
    ("closing", "want"),
    [
        # A writer's column a syndicate the registry does not know carried: whose it is, then who carried it.
        (
            "<p>© 2024 Jane Doe.</p><p>Distributed by Quay Features Syndicate.</p>",
            [("original", "Jane Doe", None), ("intermediary", "Quay Features Syndicate", None), ("republisher", "Quayside Gazette", None)],
        ),
        (
            "<p>Copyright 2024 Jane Doe. All rights reserved.</p><p>Syndicated by Example Content Agency</p>",
            [("original", "Jane Doe", None), ("intermediary", "Example Content Agency", None), ("republisher", "Quayside Gazette", None)],
        ),
        # The site's own story, which the syndicate carries to others: no chain.
        ("<p>© 2024 Quayside Gazette.</p><p>Distributed by Quay Features Syndicate.</p>", [("original", "Quayside Gazette", None)]),
        # No organisation after "Distributed by": no credit, and the copyright line above names no original.
        ("<p>© 2024 Jane Doe.</p><p>Distributed by Warner Bros.</p>", [("original", "Quayside Gazette", None)]),
    ],
)
def test_a_copyright_line_over_an_unknown_syndicates_line_names_the_original(closing: str, want: list[tuple]) -> None:
    result = audit(_page(_STORY_HTML + closing), "html")
    assert chain(result) == want
    if len(want) == 3:
        assert result.chain[1].form == "via" and result.chain[0].evidence is not None
        assert result.chain[0].evidence.text.startswith(("©", "Copyright"))


def test_in_plain_text_a_syndicated_columns_closing_lines_name_the_original_and_the_syndicate() -> None:
    # The closing lines of a plain text are zoned a footer by their shape: the copyright line there is
    # the column's, not the text's own publisher.
    for syndicate, name in (("Quay Features Syndicate", "Quay Features Syndicate"), ("Creators Syndicate", "Creators Syndicate")):
        result = audit(f"{HEADLINE}\n\n{STORY}© 2024 Jane Doe.\nDistributed by {syndicate}.\n")
        assert chain(result) == [("original", "Jane Doe", None), ("intermediary", name, None), ("republisher", None, None)]


def test_a_sites_footer_naming_its_parent_over_a_syndicate_names_no_original() -> None:
    page = _page(_STORY_HTML).replace(
        "</article></body>", "</article><footer><p>© 2024 Harbour Media Group.</p><p>Distributed by Quay Features Syndicate.</p></footer></body>"
    )
    assert "Harbour Media Group" not in [publisher for _, publisher, _ in chain(audit(page, "html"))]


# --- 3. KUNA's datelines -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "dateline",
    [
        "KUWAIT, March 5 (KUNA) --",
        "(KUNA) --",
        "NEW YORK, March 5 (KUNA) --",
        "الكويت - 5 - 3 (كونا) --",
        "نيويورك - 5 - 3 (كونا) --",
        "الكويت - ٥ - ٣ (كونا) --",  # Arabic-Indic digits
        "(كونا) --",
    ],
)
def test_kuna_datelines_credit_the_kuwait_news_agency(dateline: str) -> None:
    line = f"{dateline} {_OPENING}"
    for result in (audit(f"{HEADLINE}\n\n{line}\n\n{STORY}"), audit(_page(f"<p>{line}</p>{_STORY_HTML}"), "html")):
        assert chain(result)[0] == ("original", "Kuwait News Agency", None)
        assert result.chain[0].form == "wire-dateline" and first_credit(result)[2] == line


@pytest.mark.parametrize(
    "body",
    [
        "<p>The fare was 50 kuna -- about seven euros -- before the switch to the euro, the port authority said.</p>",
        '<figure><img src="quay.jpg"><figcaption>KUWAIT, March 5 (KUNA) -- The quay on Monday.</figcaption></figure>',
        # A sentence citing the agency: no dash after the brackets.
        "<p>وقال المسؤول - 5 - 3 (كونا) إن الميناء سيعاد فتحه الأسبوع المقبل بعد انتهاء أعمال الإصلاح</p>",
    ],
)
def test_kuna_look_alikes_credit_no_one(body: str) -> None:
    assert chain(audit(_page(body + _STORY_HTML), "html")) == [("original", "Quayside Gazette", None)]


# --- Whole pages -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "want", "evidence"),
    [
        # A byline over the lead picture, whose caption ends in a photographer's credit; a sentence
        # and a teaser list naming other outlets with a slash.
        ("slash-byline.html", [("original", "CNN", "John Roe"), ("republisher", "Quayside Gazette", None)], "John Roe / CNN March 5, 2024"),
        ("ok-slash-photo-credits.html", [("original", "Quayside Gazette", "John Roe")], None),
        (
            "syndicated-column.html",
            [("original", "Jane Doe", "Jane Doe"), ("intermediary", "Quay Features Syndicate", None), ("republisher", "Quayside Gazette", None)],
            "© 2024 Jane Doe.",
        ),
        ("ok-film-distributor.html", [("original", "Quayside Gazette", "Jane Doe")], None),
        ("kuna-arabic.html", [("original", "Kuwait News Agency", None), ("republisher", "Quayside Gazette", None)], "الكويت - 5 - 3 (كونا) --"),
        ("kuna-english.txt", [("original", "Kuwait News Agency", None), ("republisher", None, None)], "KUWAIT, March 5 (KUNA) --"),
    ],
)
def test_fixture_pages(name: str, want: list[tuple], evidence: str | None) -> None:
    path = _FIXTURES / name
    result = audit(path.read_text(encoding="utf-8"), "html" if path.suffix == ".html" else "text")
    assert chain(result) == want
    if evidence is not None:
        assert result.chain[0].evidence is not None and result.chain[0].evidence.text.startswith(evidence)
