"""Where no line near the top repeats the title metadata, the page's <h1> is the headline, if
most of its words are the title's: a headline reworded for the title, or under a navigation too
long to search. The byline under it is then read. An <h1> that is the site's name (a blog's
<h1> over every page) or another story's is not the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance import AuditOptions, audit_document, default_packs

PACKS = default_packs()
TITLE = "Unser frischer Kräutergarten der Wannenkopfhütte in den Allgäuer Alpen"
STORY = (
    "<p>Seit diesem Frühjahr wachsen hinter der Hütte Schnittlauch, Liebstöckel und Bergminze in drei Hochbeeten, "
    "die unsere Gäste beim Frühstück sehen können und die wir jeden Morgen für die Küche ernten.</p>"
    "<p>Die Beete haben wir aus dem Holz der alten Terrasse gebaut, die im vergangenen Herbst ersetzt werden musste, "
    "und die Erde stammt vom Kompost der Hütte selbst.</p>"
)


def _page(heading: str, *, site: str = "Bergblog", site_meta: bool = True) -> bytes:
    site_name = f"<meta property='og:site_name' content='{site}'>" if site_meta else ""
    return (
        f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{TITLE} - {site}</title>"
        f"<meta property='og:title' content='{TITLE}'>{site_name}</head><body>"
        "<nav><a href='/'>Start</a> <a href='/blog'>Blog</a></nav>"
        f"<main><article><h1>{heading}</h1><p><span>Von Urs Gassner</span></p>"
        f"<div class='text'>{STORY}</div></article></main></body></html>"
    ).encode()


def _author(page: bytes, parser: str) -> str | None:
    options = AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    result = audit_document(page, path="p.html", url="https://www.bergblog.example/kraeuter", content_type="html", packs=PACKS, options=options)
    assert result.chain, result.failed
    return result.chain[0].author


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "heading",
    [
        "Unser Kräutergarten auf der Wannenkopfhütte!",  # reworded, shorter than the title
        "Kräutergarten der Wannenkopfhütte: frisch in den Alpen",  # the same words reordered
    ],
)
def test_a_reworded_h1_is_the_headline_and_its_byline_is_read(parser: str, heading: str) -> None:
    assert _author(_page(heading), parser) == "Urs Gassner"


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    ("heading", "site", "site_meta"),
    [
        ("Bergblog der Wannenkopfhütte", "Bergblog der Wannenkopfhütte", True),  # the site's name in og:site_name
        ("Bergblog der Wannenkopfhütte", "Bergblog der Wannenkopfhütte", False),  # ... only after the title's separator
        ("Neue Wege zur Hütte im Allgäu", "Bergblog", True),  # another story's words, not the title's
    ],
)
def test_an_h1_that_is_not_the_title_is_not_the_headline(parser: str, heading: str, site: str, site_meta: bool) -> None:
    # No headline is found, so no byline is read beside it.
    assert _author(_page(heading, site=site, site_meta=site_meta), parser) is None
