"""Credit shapes a second independent probe found missed (issue 10), each read as a class of
form: a science-news portal's credit among its apparatus (references, a suggested citation,
its rights statement) and its "Story Source"; a syndicate's footer with a "Visit …" sentence,
and a columnist's bare byline over a syndicate's copyright; bylines naming an agency as the
writer's employer; republication notes in Chinese, Japanese, Vietnamese, Indonesian and
Russian; Korean and Chinese agencies' reporters in their datelines. With each, the
look-alikes of the same shape that credit no original."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]


def _chain(body: str, site: str, url: str, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def lead(text: str, story: str = STORY) -> str:
    """The story with `text` opening its first paragraph (a dateline)."""
    return story.replace("<p>", f"<p>{text}", 1)


# --- Science-news portals ----------------------------------------------------------------------------

LABNEWS = ("Lab Bulletin Daily", "https://labbulletin.example/news/2026-03-tidal-algae.html")
EASTMERE = "University of Eastmere"
MORE_INFO = (
    "<p>More information: Ann Lee et al, Tidal algae fix more carbon than thought, <i>Journal of Coastal Ecology</i> (2026). "
    "DOI: 10.5555/jce.2026.0042</p>"
)
CITATION = (
    "<p><b>Citation</b>: Tidal algae fix more carbon than thought (2026, March 3) retrieved 9 March 2026 from "
    "https://labbulletin.example/news/2026-03-tidal-algae.html</p>"
)
RIGHTS = (
    "<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
    "no part may be reproduced without the written permission. The content is provided for information purposes only.</p>"
)


@pytest.mark.parametrize(
    "body, author",
    [
        # the portal's credit between its references and its suggested citation, over its rights statement
        (STORY + MORE_INFO + f"<p>Provided by {EASTMERE}</p>" + CITATION + RIGHTS, None),
        (STORY + f"<p>Provided by {EASTMERE}</p>" + CITATION + RIGHTS, None),
        # the release's writer in the byline, with her university after her name
        (f"<p class='byline'>by Ann Lee, {EASTMERE}</p>" + STORY + MORE_INFO + f"<p>Provided by {EASTMERE}</p>", "Ann Lee"),
        # "Story Source": the materials' provider and the release's writer
        (
            STORY + f"<h3>Story Source:</h3><p>Materials provided by <a href='https://www.eastmere.example/'>{EASTMERE}</a>. "
            "Original written by Ann Lee. <i>Note: Content may be edited for style and length.</i></p>"
            "<p>Journal Reference: Ann Lee, Tom Roe. Tidal algae fix more carbon than thought. Journal of Coastal Ecology, 2026; 12 (3): 45 "
            "DOI: 10.5555/jce.2026.0042</p>",
            "Ann Lee",
        ),
        (STORY + f"<p>Materials provided by {EASTMERE}. Note: Content may be edited for style and length.</p>", None),
        # a press-release portal: the issuer as the source line, its press contact under it
        (STORY + f"<p>Source: {EASTMERE}</p><p>Contact: Tom Roe, press officer, tom.roe@eastmere.example, +44 20 7946 0000, weekdays from nine to five</p>", None),
    ],
)
def test_science_portal_credits(body: str, author: str | None) -> None:
    assert _chain(body, *LABNEWS) == [("original", EASTMERE, author), ("republisher", LABNEWS[0], None)]


@pytest.mark.parametrize(
    "body",
    [
        # the portal's own story: its apparatus with no provider
        STORY + MORE_INFO + CITATION + RIGHTS,
        # a statement a university provided, quoted in the text
        STORY.replace("</p><p>", " The results were provided by the University of Eastmere in a statement.</p><p>", 1),
        # "materials provided by" in a sentence of the text
        STORY + "<p>Materials provided by the Harbour Council show that dredging costs doubled over the decade to 2026.</p>",
        # a data widget's credit in the text's middle
        STORY.replace("</p><p>", "</p><p>Tide tables provided by the Coastal Office</p><p>", 1),
    ],
)
def test_science_portal_look_alikes(body: str) -> None:
    assert len(_chain("<p class='byline'>By Ann Lee, Lab Bulletin Daily</p>" + body, *LABNEWS)) == 1
