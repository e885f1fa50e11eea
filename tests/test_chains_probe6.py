"""Credits whose parts stand on two lines, as a sixth probe found them: a source label and its
name in two blocks (a definition list, a label box, a line break), and a byline block that puts
the writer's name and the outlet she wrote for in two elements. Each class with the look-alikes
of the same shape that must stay a chain of one (the page's own publisher).

The examples are invented, in the shapes real pages write."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
LINK = "<a href='https://www.harbourwatch.example/2026/11/19/quay/'>Harbour Watch</a>"


def _audit(body: str, lang: str = "en", site: str = SITE, url: str = URL) -> DocumentResult:
    return audit_page(article(body, site=site, lang=lang, main=True), url)


def _originals(body: str, lang: str = "en", site: str = SITE, url: str = URL) -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang, site, url).chain[:-1]]


# --- 1. A source label alone on its line, the name on the next -------------------------------------

SPLIT = [
    "<dl><dt>{label}</dt><dd>{name}</dd></dl>",
    "<div class='source'><div>{label}</div><div>{name}</div></div>",
    "<p>{label}<br>{name}</p>",
]


@pytest.mark.parametrize("shape", SPLIT)
@pytest.mark.parametrize(
    "label, name, lang, want",
    [
        ("Source:", "Harbour Watch", "en", "Harbour Watch"),  # under the text: any name credits the text
        ("Source", LINK, "en", "Harbour Watch"),
        ("Quelle:", "Harbour Watch", "de", "Harbour Watch"),
        ("Fuente:", "Harbour Watch", "es", "Harbour Watch"),
        ("Fonte", "Harbour Watch", "pt", "Harbour Watch"),
        ("Источник:", "Harbour Watch", "ru", "Harbour Watch"),
        ("Source:", "Reuters", "en", "Reuters"),
    ],
)
def test_a_source_label_over_its_name_credits_the_text(shape: str, label: str, name: str, lang: str, want: str) -> None:
    result = _audit(STORY + shape.format(label=label, name=name), lang)
    assert [link.publisher for link in result.chain[:-1]] == [want]
    assert result.chain[-1].publisher == SITE
    credit = next(a for a in result.claims.attributions if a.publisher == want)
    assert credit.form == "source-label"
    assert credit.evidence.text.strip(" :").lower().startswith(label.strip(" :").lower())


@pytest.mark.parametrize(
    "body",
    [
        # ok: a source between two paragraphs credits a chart or a figure, not the text
        STORY + "<dl><dt>Source:</dt><dd>Harbour Watch</dd></dl>" + STORY,
        # ok: a "Sources" heading over a list of the report's citations
        STORY + "<h3>Sources</h3><ul><li>Reuters, port statistics, 2026</li><li>Harbour Watch, survey</li></ul>",
        # ok: an unknown name under a label that does not close the text (the text runs on below)
        "<dl><dt>Source:</dt><dd>Harbour Watch</dd></dl>" + STORY,
        # ok: the label alone, with a long sentence under it
        STORY + "<p>Source:</p><p>" + "the port authority's weekly bulletin, which lists every vessel waiting " * 2 + "</p>",
    ],
)
def test_a_source_label_elsewhere_credits_no_original(body: str) -> None:
    assert _originals(body) == []


# --- 2. A byline block: the writer's name over the outlet she wrote for ----------------------------

BLOCKS = [
    "<div class='byline'><div class='author'>By Jane Doe</div><div class='source'>{outlet}</div></div>",
    "<div class='byline'><div class='author'>Jane Doe</div><div class='source'>{outlet}</div></div>",
    "<p class='byline'>By Jane Doe</p><p>{outlet}</p>",
]


@pytest.mark.parametrize("shape", BLOCKS)
@pytest.mark.parametrize("outlet, want", [("The Washington Post", "The Washington Post"), ("The Guardian", "The Guardian")])
def test_a_writer_over_a_news_outlet_is_that_outlets_story(shape: str, outlet: str, want: str) -> None:
    result = _audit(shape.format(outlet=outlet) + STORY)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [(want, "Jane Doe")]
    assert result.chain[-1].publisher == SITE
    credit = next(a for a in result.claims.attributions if a.publisher == want)
    assert credit.evidence.text == outlet  # the outlet's line, the one a reader checks


@pytest.mark.parametrize("shape", BLOCKS)
@pytest.mark.parametrize("site", ["HuffPost UK", "HuffPost India", "HuffPost en español"])
def test_the_outlets_own_national_edition_is_no_copy(shape: str, site: str) -> None:
    # ok: a national edition running its parent's story is the same outlet, not a republisher
    result = _audit(shape.format(outlet="HuffPost") + STORY, site=site, url="https://www.huffingtonpost.example/entry/harbour")
    assert [link.publisher for link in result.chain] == [site]


@pytest.mark.parametrize("shape", BLOCKS)
def test_the_outlets_own_page_is_no_copy(shape: str) -> None:
    result = _audit(shape.format(outlet="The Guardian") + STORY, site="The Guardian", url="https://www.theguardian.com/world/2026/nov/20/harbour")
    assert [link.publisher for link in result.chain] == ["The Guardian"]


@pytest.mark.parametrize(
    "body",
    [
        # ok: an unknown name under the writer's may be her school, her section or the site's own brand
        "<div class='byline'><div>By Jane Doe</div><div>Harbour Watch</div></div>" + STORY,
        # ok: a place, a date or a job title under the name
        "<div class='byline'><div>By Jane Doe</div><div>Washington</div></div>" + STORY,
        "<div class='byline'><div>By Jane Doe</div><div>November 20, 2026</div></div>" + STORY,
        # ok: a sentence naming the outlet under a name is no byline
        "<div class='byline'><div>By Jane Doe</div><div>The Guardian reported the closure first.</div></div>" + STORY,
        # ok: the outlet's name as a picture's credit under its caption
        "<figure><img src='q.jpg'><figcaption>Ships at anchor. Jane Doe</figcaption></figure><p>The Guardian</p>" + STORY,
    ],
)
def test_other_lines_under_a_writer_credit_no_outlet(body: str) -> None:
    assert _originals(body) == []


# --- 3. After a by-word, a bar or a dash before an outlet's title, as a comma ------------------------


@pytest.mark.parametrize(
    "line, want",
    [
        ("By Jane Doe | Eastport Courier", "Eastport Courier"),
        ("By Jane Doe – The Harbour Gazette", "The Harbour Gazette"),
        ("By Jane Doe - Eastport Courier", "Eastport Courier"),
        ("By Jane Doe, Eastport Courier", "Eastport Courier"),  # the comma, as before
    ],
)
def test_a_bar_or_a_dash_before_an_outlets_title_names_the_outlet(line: str, want: str) -> None:
    result = _audit(f"<p class='byline'>{line}</p>" + STORY)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [(want, "Jane Doe")]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | Staff Writer",  # ok: her job title
        "By Jane Doe | Business News",  # ok: the desk's name
        "By Jane Doe – Harbour University",  # ok: where she works, no outlet
        "By Jane Doe | Washington",  # ok: where she wrote from
        "Jane Doe | Eastport Courier",  # ok: no by-word, the shape of a picture's or a quotation's credit
        "By Jane Doe, News Reporter",  # ok: her job, though "News" opens it and "Reporter" reads as a title's word
        "By Jane Doe | Next Post",  # ok: a link to the blog's next post
    ],
)
def test_other_words_after_a_bar_name_no_outlet(line: str) -> None:
    assert _originals(f"<p class='byline'>{line}</p>" + STORY) == []


@pytest.mark.parametrize("below", ["Next Post", "Previous Post", "News Reporter", "Eastport Courier"])
def test_a_title_like_line_under_a_writer_names_no_outlet(below: str) -> None:
    # ok: under a name, a line that only reads as an outlet's title is a link ("Next Post"), her job
    # ("News Reporter"), or a title the registry does not know: no credit without a by-line's separator
    assert _originals(f"<div class='byline'><div>By Jane Doe</div><div>{below}</div></div>" + STORY) == []


# --- 4. "By Jane Doe for The Guardian": the outlet she wrote the text for --------------------------


@pytest.mark.parametrize(
    "line, want",
    [
        ("By Jane Doe for The Guardian", "The Guardian"),
        ("By JANE DOE FOR THE WASHINGTON POST", "The Washington Post"),
        ("Von Jana Muster für Reuters", "Reuters"),
    ],
)
def test_a_writer_for_another_outlet_makes_it_the_original(line: str, want: str) -> None:
    result = _audit(f"<p class='byline'>{line}</p>" + STORY)
    assert [link.publisher for link in result.chain[:-1]] == [want]
    assert result.chain[0].author in ("Jane Doe", "Jana Muster")


@pytest.mark.parametrize("line", ["By JANE DOE AND JOHN ROE FOR THE GUARDIAN", "By Jane Doe and John Roe for The Guardian"])
def test_two_writers_for_an_outlet_are_both_its_authors(line: str) -> None:
    result = _audit(f"<p class='byline'>{line}</p>" + STORY)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [("The Guardian", "Jane Doe and John Roe")]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe for Harbour University",  # ok: no outlet the registry knows
        "By Jane Doe for the first time",  # ok: words, no outlet
    ],
)
def test_for_without_a_known_outlet_names_none(line: str) -> None:
    assert _originals(f"<p class='byline'>{line}</p>" + STORY) == []


def test_writing_for_the_site_itself_is_no_copy() -> None:
    result = _audit("<p class='byline'>By Jane Doe for The Guardian</p>" + STORY, site="The Guardian", url="https://www.theguardian.com/world/2026/nov/20/harbour")
    assert [link.publisher for link in result.chain] == ["The Guardian"]


# --- 5. A byline with its agency in brackets is no dateline ------------------------------------------


@pytest.mark.parametrize("line, agency", [("By Jane Doe (Reuters)", "Reuters"), ("Par Jeanne Dupont (AFP)", "Agence France-Presse")])
def test_a_byline_with_its_agency_in_brackets_is_no_dateline(line: str, agency: str) -> None:
    result = _audit(f"<p class='byline'>{line}</p>" + STORY)
    first = result.chain[0]
    assert (first.publisher, first.place) == (agency, None)  # was read as a dateline filed from "By Jane Doe"
    assert first.author in ("Jane Doe", "Jeanne Dupont")
