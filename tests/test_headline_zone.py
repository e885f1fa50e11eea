"""The element holding the page's headline is the article's, whatever its class says: sites
name their article's top module a "teaser" ("module-imageTeaser topArticle",
"aquarium-panoramateaser") or a "promo", and the class hint made its headline, byline and
date boilerplate, where nothing reads them. The <h1> that repeats the title metadata keeps
every element around it out of the boilerplate zone, in both HTML builders; a teaser list,
a newsletter box or a sidebar with an <h1> of its own stays boilerplate."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance import AuditOptions, audit_document, default_packs
from provenance.document import build_document
from provenance.model import RawInput, Source

PACKS = default_packs()
HEADLINE = "Hafen öffnet den nördlichen Kai wieder"
STORY = (
    "<p>Die Hafenbehörde teilte am Donnerstag mit, dass die Warteschlange der Schiffe vor dem Hafen zum dritten Mal in Folge "
    "kürzer geworden sei, nachdem die Bahnverbindungen ins Hinterland wieder geöffnet wurden.</p>"
    "<p>Am Donnerstag warteten noch etwa 14 Schiffe auf Reede, nach mehr als 30 auf dem Höhepunkt im Juli, "
    "wie aus dem wöchentlichen Bericht der Behörde hervorgeht.</p>"
)


def _page(module_class: str, byline: str = "<p class='meta'>20.11.2026, 08:15 Uhr</p><p class='author'>Von dpa</p>", sidebar: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{HEADLINE} | Hafenblatt</title>"
        f"<meta property='og:title' content='{HEADLINE}'><meta property='og:site_name' content='Hafenblatt'></head><body>"
        "<nav><a href='/'>Start</a> <a href='/lokal'>Lokal</a></nav>"
        f"<main><div class='{module_class}'><div class='head'><h1>{HEADLINE}</h1>{byline}</div></div>"
        f"<div class='text'>{STORY}</div></main>{sidebar}</body></html>"
    ).encode()


def _zones(page: bytes, parser: str) -> dict[str, str]:
    doc = build_document(RawInput(Source("p.html"), page, "html"), PACKS, parser)  # type: ignore[arg-type]
    return {line.text: line.zone for line in doc.lines}


def _audit(page: bytes, parser: str) -> tuple[list[str | None], str | None]:
    options = AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    result = audit_document(page, path="p.html", url="https://www.hafenblatt.example/lokal/kai", content_type="html", packs=PACKS, options=options)
    assert result.claims is not None
    published = result.claims.published.value.date if result.claims.published else None
    return [link.publisher for link in result.chain], published and published.isoformat()


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("module_class", ["module module-imageTeaser topArticle", "aquarium aquarium-panoramateaser", "promo-hero"])
def test_the_headlines_module_is_the_article_whatever_its_class(parser: str, module_class: str) -> None:
    zones = _zones(_page(module_class), parser)
    assert zones[HEADLINE] == "body"
    assert zones["20.11.2026, 08:15 Uhr"] == zones["Von dpa"] == "body"
    # Its byline is read: the agency is the original, the date the one by the headline.
    assert _audit(_page(module_class), parser) == (["Deutsche Presse-Agentur", "Hafenblatt"], "2026-11-20")


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_teasers_and_boxes_with_headings_of_their_own_stay_boilerplate(parser: str) -> None:
    sidebar = (
        "<aside><div class='teaser-list'><h1>Meistgelesen</h1><p>20.11.2026 · Von dpa: Fähre fällt aus</p></div></aside>"
        "<div class='newsletter-box'><h1>Unser Newsletter</h1><p>Jeden Morgen die Nachrichten aus dem Hafen.</p></div>"
    )
    zones = _zones(_page("article-main", sidebar=sidebar), parser)
    assert zones["Meistgelesen"] == "boilerplate"
    assert zones["Unser Newsletter"] == "boilerplate"
    assert zones[HEADLINE] == "body"


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_teaser_repeating_the_headline_without_an_h1_stays_boilerplate(parser: str) -> None:
    # Only the <h1> that is the title keeps its elements: a related list's <h2> repeating it does not.
    sidebar = f"<div class='related-teaser'><h2>{HEADLINE}</h2><p>Von dpa</p></div>"
    page = _page("article-main", sidebar=sidebar)
    doc = build_document(RawInput(Source("p.html"), page, "html"), PACKS, parser)  # type: ignore[arg-type]
    assert [line.zone for line in doc.lines if line.text == HEADLINE] == ["body", "boilerplate"]
