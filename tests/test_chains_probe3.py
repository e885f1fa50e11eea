"""Chain precision and credits in a page's furniture, as a third probe found them (issue 10):
each fix a class of form, with the look-alikes of the same shape that must stay a chain of
one (the page's own publisher)."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]
SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _chain(body: str, site: str = SITE, url: str = URL, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def _originals(body: str, site: str = SITE, url: str = URL, lang: str = "en", **parts: str) -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [publisher for _, publisher, _ in _chain(body, site, url, lang, **parts)[:-1]]


# --- A byline block's date with its clock time and its label --------------------------------------------

@pytest.mark.parametrize(
    "byline, lang, agency",
    [
        ("<span class='autor'>dpa</span>\n<time>20.11.2026, 09:30 Uhr</time>", "de", "Deutsche Presse-Agentur"),
        ("<span class='author'>Lusa</span>\n<time>20/11/2026 10:32</time>", "pt", "Lusa"),
        ("<span class='author'>TT</span>\n<time>20 november 2026 09:30</time>", "sv", "TT Nyhetsbyrån"),
        ("AFP · Publié le 20/11/2026 à 09h30", "fr", "Agence France-Presse"),
        ("Reuters · Updated November 20, 2026 9:30 AM ET", "en", "Reuters"),
        # the agency's desk, its job title first
        ("Redazione ANSA <time>20 novembre 2026 09:30</time>", "it", "ANSA"),
        ("Redacción EFE · 20/11/2026", "es", "Agencia EFE"),
    ],
)
def test_agency_byline_with_date_and_time(byline: str, lang: str, agency: str) -> None:
    assert _originals(f"<div class='byline'>{byline}</div>" + STORY, lang=lang) == [agency]


@pytest.mark.parametrize(
    "byline, lang",
    [
        # the staff writer's byline with its date and time: no agency
        ("Von Lena Vogt · <time>20.11.2026, 09:30 Uhr</time>", "de"),
        ("Publié le 20/11/2026 à 09h30", "fr"),
        # a date and time under the headline, the agency named in the text's own sentence
        ("<time>20/11/2026 10:32</time>", "pt"),
    ],
)
def test_dated_byline_without_agency_names_no_original(byline: str, lang: str) -> None:
    assert _originals(f"<div class='byline'>{byline}</div>" + STORY, lang=lang) == []


# --- A language where the outlet would stand -------------------------------------------------------------

@pytest.mark.parametrize(
    "note, lang",
    [
        ("This report was originally published in Portuguese.", "en"),
        ("Dieser Beitrag erschien zuerst auf Französisch.", "de"),
        ("Este reportaje fue publicado originalmente en Catalán.", "es"),
        ("Questo articolo è stato pubblicato originariamente in Inglese.", "it"),
    ],
)
def test_language_of_the_first_publication_is_no_outlet(note: str, lang: str) -> None:
    assert _originals(STORY + f"<p>{note}</p>", lang=lang) == []


def test_outlet_after_the_language_is_still_credited() -> None:
    assert _originals(STORY + "<p>This report was originally published by The Guardian.</p>") == ["The Guardian"]
