"""Republication chains, a twelfth probe (credits written into real pages' articles,
benchmarks/probe_transplant.py): a source line closing the text over a "Related" list of
other stories, and an agency's byline right over the text's first paragraph where share
buttons or a lead picture stand between it and the headline. Each class with the look-alikes
that must stay a chain of one: a source line between paragraphs (a chart's), a picture's
credit over the text ("REUTERS/Jane Roe", a caption), an agency named in a related list."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
TEASER = (
    "<p>Ferry operators warn that the winter timetable will be cut back unless the council agrees "
    "to cover the rising cost of fuel for the island routes.</p>"
)
# Between the headline and the text: more lines than a byline block's reach (share buttons, a
# player, a lead picture), so only the line's place over the first paragraph marks it a byline.
SHARE = "<ul>" + "".join(f"<li>{b}</li>" for b in ("Share", "Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Print", "Copy link")) + "</ul>"
PLAYER = "<div><p>Listen to this article</p><p>4 min</p><p>Save</p></div>"
PICTURE = '<figure><img src="quay.jpg" alt=""><figcaption>Cranes at the northern quay on Thursday.</figcaption></figure>'


def _audit(body: str, lang: str = "en") -> DocumentResult:
    return audit_page(article(body, site=SITE, lang=lang, main=True), URL)


def _originals(body: str, lang: str = "en") -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang).chain[:-1]]


# --- A source line closing the text, over a list of other stories ------------------------------------------

@pytest.mark.parametrize(
    "source, heading, original",
    [
        ("Source: IANS", "Related", "Indo-Asian News Service"),
        ("Source: Reuters", "Related stories", "Reuters"),
        ("Quelle: dpa", "Lesen Sie auch", "Deutsche Presse-Agentur"),
    ],
)
def test_source_line_over_a_related_list_credits_the_text(source: str, heading: str, original: str) -> None:
    lang = "de" if source.startswith("Quelle") else "en"
    body = f"{STORY}<p>{source}</p><h2>{heading}</h2>{TEASER}"
    assert _originals(body, lang) == [original]


def test_source_line_between_paragraphs_stays_a_figures_credit() -> None:
    """ok: with the text's own paragraph under it, the line credits what stands above it."""
    body = f"{STORY}<p>Source: Reuters</p>{STORY}"
    assert _originals(body) == []


# --- An agency's byline over the text's first paragraph ------------------------------------------------------

@pytest.mark.parametrize(
    "between, byline, original",
    [
        (SHARE + PLAYER, "Agence France-Presse", "Agence France-Presse"),
        (SHARE + PICTURE + PLAYER, "By Associated Press", "Associated Press"),
        (PICTURE + SHARE + PLAYER, "Jane Roe, AP Science Writer", "Associated Press"),
    ],
)
def test_agency_byline_over_the_first_paragraph_credits_the_text(between: str, byline: str, original: str) -> None:
    body = f"{between}<p>{byline}</p>{STORY}"
    assert _originals(body) == [original]


@pytest.mark.parametrize(
    "body",
    [
        # ok: a picture's credit over the text, in the caption or as photographer/agency
        f"{SHARE}{PLAYER}<figure><img src='q.jpg' alt=''><figcaption>Reuters</figcaption></figure>{STORY}",
        f"{SHARE}{PLAYER}<img src='q.jpg' alt=''><p>REUTERS/Jane Roe</p>{STORY}",
        f"{SHARE}{PLAYER}{PICTURE}<p>Associated Press</p>{STORY}",
        # ok: an agency named in a list of other stories, with the text below it
        f"{SHARE}{PLAYER}<h2>Related</h2><p>Reuters</p>{STORY}",
        # ok: an agency's name as a paragraph's words, not a line of its own
        f"{SHARE}{PLAYER}<p>Reuters and AFP both reported the closure on Thursday.</p>{STORY}",
    ],
)
def test_picture_and_list_credits_over_the_text_stay_unchained(body: str) -> None:
    assert _originals(body) == []


# --- Two bylines stacked: each a writer's own line, not one byline broken over two ------------------------

@pytest.mark.parametrize(
    "bylines",
    ["<p>By Jane Doe</p><p>By John Roe, Associated Press</p>", "<p>von Jane Doe</p><p>By John Roe, Associated Press</p>"],
)
def test_byline_over_a_byline_is_not_joined_to_it(bylines: str) -> None:
    assert [(link.publisher, link.author) for link in _audit(bylines + STORY).chain[:-1]] == [("Associated Press", "John Roe")]


def test_byline_over_its_agency_line_is_still_one_byline() -> None:
    """ok: "By ANDREW DALTON" over "AP Entertainment Writer" is one byline broken over two lines."""
    body = "<p>By ANDREW DALTON</p><p>AP Entertainment Writer</p>" + STORY
    assert [(link.publisher, link.author) for link in _audit(body).chain[:-1]] == [("Associated Press", "Andrew Dalton")]


# --- An agency's tag after a closed quotation ------------------------------------------------------------------

@pytest.mark.parametrize(
    "last, lang, original",
    [
        ("Der Sprecher sagte: „Wir werden die Anlage im Frühjahr wieder öffnen und die Gäste informieren.“ (dpa)", "de", "Deutsche Presse-Agentur"),
        ("Borgmesteren sagde: »Vi åbner havnen igen til foråret, og vi informerer borgerne om planerne.« (Ritzau)", "da", "Ritzau"),
        ("Le maire a déclaré : « Le port rouvrira au printemps, une fois le quai nord réparé et testé. » (AFP)", "fr", "Agence France-Presse"),
    ],
)
def test_agency_tag_after_a_closed_quotation_closes_the_text(last: str, lang: str, original: str) -> None:
    assert _originals(f"{STORY}<p>{last}</p>", lang) == [original]


def test_agency_tag_closing_a_quoted_caption_stays_the_pictures() -> None:
    """ok: a caption ending in the tag credits the picture, quotation or not."""
    body = f"{STORY}<figure><img src='q.jpg' alt=''><figcaption>„Wir öffnen im Frühjahr“, sagt der Hafenmeister. (dpa)</figcaption></figure>"
    assert _originals(body, "de") == []
