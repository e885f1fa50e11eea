"""Credit shapes an independent probe found missed (issue 10), each read as a class of form:
datelines with a day alone, a date alone or an abbreviated place; press-release wires'
datelines; Arabic agencies' dotted and bracketless forms; trailers; a platform's provider;
an outlet or a place read as a co-author; a page crediting its own print edition. With each,
the look-alikes of the same shape that credit no original."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]


def _chain(body: str, site: str, url: str, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def lead(text: str) -> str:
    """The story with `text` opening its first paragraph (a dateline)."""
    return STORY.replace("<p>", f"<p>{text}", 1)


def tail(text: str) -> str:
    """The story with `text` closing its last paragraph (a sign-off)."""
    return STORY[: -len("</p>")] + text + "</p>"


GAZETTE = ("Northbay Courier", "https://www.northbaycourier.example/news/2026/quay")
DIARIO = ("Diario de la Ría", "https://www.diariodelaria.example/economia/muelle")
HAFEN = ("Elbtaler Zeitung", "https://www.elbtaler-zeitung.example/lokales/kai")


# --- Datelines: a day alone, a date alone, an abbreviated place ----------------------------------

@pytest.mark.parametrize(
    "body, host, original",
    [
        # Spanish agencies write the day of the month alone: "SEVILLA, 3 (EUROPA PRESS) -".
        (lead("SEVILLA, 3 (EUROPA PRESS) - "), DIARIO, "Europa Press"),
        (lead("BILBAO, 28 (SERVIMEDIA) "), DIARIO, "Servimedia"),
        ("<p>VALENCIA, 21 (EUROPA PRESS)</p>" + STORY, DIARIO, "Europa Press"),  # on a line of its own
        # UPI's date with no place: "Jan. 5 (UPI) --".
        (lead("Jan. 5 (UPI) -- "), GAZETTE, "United Press International"),
        (lead("March 30, 2026 (UPI) -- "), GAZETTE, "United Press International"),
        # A German place abbreviated ("Frankfurt a.M.", "Freiburg i. Br."), a dot after the bracket.
        (lead("Frankfurt a.M. (epd). "), HAFEN, "Evangelischer Pressedienst"),
        (lead("Freiburg i. Br. (KNA) - "), HAFEN, "Katholische Nachrichten-Agentur"),
        (lead("Mülheim a.d. Ruhr (dpa). "), HAFEN, "Deutsche Presse-Agentur"),
    ],
)
def test_dateline_shapes(body: str, host: tuple[str, str], original: str) -> None:
    links = _chain(body, *host)
    assert [link[:2] for link in links] == [("original", original), ("republisher", host[0])]


@pytest.mark.parametrize(
    "body",
    [
        lead("Exhibit 12 (Reuters) -- "),  # a number after a word that is no month: no date, no dateline
        lead("Chapter 3 (AP) — "),
        lead("12 (Reuters) - "),  # a day alone with no place before it
        "<p>The figures for Frankfurt a.M. (epd) were revised on Monday.</p>" + STORY,  # mid-sentence
    ],
)
def test_dateline_shape_look_alikes(body: str) -> None:
    assert len(_chain(body, *GAZETTE)) == 1
