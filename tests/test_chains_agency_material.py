"""Republication chains: a text that says it holds an agency's material, in the words each
language uses under the text ("With inputs from PTI", "Contributing: The Associated Press",
"Mit Material von dpa", "Con información de EFE", "Avec AFP", "Com Lusa"). The page tells the
agency's story in its own words: the agency is the original, the page the republisher. The
look-alikes stay a chain of one: a person's contribution, "agencies" with none named, an
agency cited inside a sentence, a short form opening a sentence, a picture's credit."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

import provenance
from provenance import default_packs
from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
LAST = (
    "<p>Officials said the ferry service would resume on Monday, after engineers finished checking the hull of "
    "the largest vessel and the harbour master cleared the channel of debris left by the storm{end}</p>"
)


def _audit(body: str, lang: str = "en") -> DocumentResult:
    return audit_page(article(STORY + body, site=SITE, lang=lang, main=True), URL)


def _originals(body: str, lang: str = "en") -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang).chain[:-1]]


def _under(line: str) -> str:
    """The text's last paragraph, then `line` on its own."""
    return LAST.format(end=".") + f"<p>{line}</p>"


def _closing(tag: str) -> str:
    """`tag` at the end of the text's last paragraph."""
    return LAST.format(end=". " + tag)


@pytest.mark.parametrize(
    "body, lang, originals",
    [
        # ruleid: a line of its own under the text
        (_under("With inputs from PTI"), "en", ["Press Trust of India"]),
        (_under("With PTI inputs"), "en", ["Press Trust of India"]),
        (_under("With files from The Canadian Press"), "en", ["The Canadian Press"]),
        (_under("Contributing: The Associated Press"), "en", ["Associated Press"]),
        (_under("<em>Contributing: Jane Doe, The Associated Press</em>"), "en", ["Associated Press"]),
        (_under("The Associated Press contributed to this report."), "en", ["Associated Press"]),
        (_under("Additional reporting by Reuters"), "en", ["Reuters"]),
        (_under("Mit Material von dpa und AFP"), "de", ["Deutsche Presse-Agentur", "Agence France-Presse"]),
        (_under("Con información de EFE"), "es", ["Agencia EFE"]),
        (_under("Com informações da Reuters"), "pt", ["Reuters"]),
        (_under("Avec AFP"), "fr", ["Agence France-Presse"]),
        (_under("Com Lusa"), "pt", ["Lusa"]),
        # ruleid: at the end of the text's last paragraph
        (_closing("(With inputs from PTI)"), "en", ["Press Trust of India"]),
        (_closing("(Mit Material von dpa)"), "de", ["Deutsche Presse-Agentur"]),
        (_closing("(Con información de AFP y Reuters)"), "es", ["Agence France-Presse", "Reuters"]),
        (_closing("(avec AFP)"), "fr", ["Agence France-Presse"]),
        (_closing("With inputs from IANS"), "en", ["Indo-Asian News Service"]),
    ],
)
def test_agency_material_makes_the_agency_the_original(body: str, lang: str, originals: list[str]) -> None:
    result = _audit(body, lang)
    assert [link.publisher for link in result.chain[:-1]] == originals
    assert result.chain[-1].publisher == SITE
    assert result.chain[0].line is not None and result.chain[0].author is None  # an agency is never an author


@pytest.mark.parametrize(
    "body, lang",
    [
        # ok: a person's contribution, or no agency named
        (_under("Jane Doe contributed to this report."), "en"),
        (_under("Contributing: Jane Doe"), "en"),
        (_under("(With inputs from agencies)"), "en"),
        (_under("Mit Material von Agenturen"), "de"),
        # ok: an agency cited inside a sentence, or a short form opening one
        (LAST.format(end=", with input from Reuters reporters in the region."), "en"),
        ("<p>Avec AFP, le ministre a dit que le ferry reprendra lundi après la tempête sur la côte nord.</p>" + LAST.format(end="."), "fr"),
        # ok: a picture's credit
        (_under("Photo: AP"), "en"),
    ],
)
def test_look_alikes_stay_a_chain_of_one(body: str, lang: str) -> None:
    assert _originals(body, lang) == []


def test_agency_material_between_paragraphs_is_not_the_texts_credit() -> None:
    """ok: with the text going on under it, the line is not under the text."""
    assert _originals(_under("With inputs from PTI") + STORY) == []


def test_the_agencys_own_page_stays_an_original() -> None:
    """ok: Reuters' own story with another Reuters reporter's help is not a copy."""
    page = article(STORY + _under("Additional reporting by Reuters"), site="Reuters", main=True)
    result = audit_page(page, "https://www.reuters.com/world/harbour-2026-11-20/")
    assert [link.publisher for link in result.chain] == ["Reuters"]


def test_plain_text_line_under_the_text() -> None:
    """A text extraction keeps the credit: the line under the last paragraph."""
    text = (
        "Harbour reopens the northern quay\n\n"
        "The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
        "as rail connections inland reopened after repairs to a flood-damaged bridge.\n\n"
        "Officials said the ferry service would resume on Monday, after engineers finished checking the hull of "
        "the largest vessel and the harbour master cleared the channel of debris left by the storm.\n\n"
        "With inputs from PTI\n"
    )
    result = provenance.audit_document(text, path="mem.txt", url=URL, content_type="text", packs=default_packs())
    assert [link.publisher for link in result.chain[:-1]] == ["Press Trust of India"]
    assert result.chain[0].line == 7


def test_the_page_keeps_its_writer_and_its_holder() -> None:
    """The page's own telling: its byline names its writer, not the agency's, and its own
    copyright line states the holder; PRV101 says the text is built on the agency's material."""
    body = '<p class="byline">By Jane Roe</p>' + STORY + _under("With inputs from PTI")
    page = article(body, site=SITE, main=True, footer="<footer><p>© 2026 Quayside Examiner Ltd. All rights reserved.</p></footer>")
    result = audit_page(page, URL)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [("Press Trust of India", None)]
    assert result.rights is not None and result.rights.holder == "Quayside Examiner Ltd."
    assert result.rights.basis == "own copyright"
    finding = next(f for f in result.findings if f.rule == "PRV101")
    assert finding.message.startswith("built on an agency's material: the text credits Press Trust of India;")
    assert "With inputs from PTI" in finding.evidence
    assert result.chain[-1].author == "Jane Roe"  # the page's own telling, by its own writer


def test_a_wire_copy_with_a_contribution_line_stays_the_agencys_copy() -> None:
    """ok: a dateline makes the text the agency's; its writer and holder stay the agency's."""
    body = '<p class="byline">By Jane Roe</p><p>LONDON (Reuters) - ' + STORY[3:] + _under("Additional reporting by Reuters")
    result = _audit(body)
    assert [(link.publisher, link.author) for link in result.chain[:-1]] == [("Reuters", "Jane Roe")]
    assert result.rights is not None and result.rights.holder == "Reuters"
    assert next(f for f in result.findings if f.rule == "PRV101").message.startswith("republished copy:")
    assert result.chain[-1].author is None  # the writer is the agency's
