"""Where a text ends, whatever stands under it (issue 10): a source line or an agency's tag
closing a text still credits it when the text's own apparatus follows (a blog post's tags
and categories, its footnotes, its writer's box), a widget of the blog's latest posts, a
newsletter box's reCAPTCHA notice, or the site's footer; the same line between two paragraphs
of the text still credits a figure, not the text."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

_LONG = (
    "This line runs on for well over a dozen words, as a writer's biography, a footnote or a list of the "
    "post's many categories and tags does under a text"
)


def first_link(result: DocumentResult) -> tuple[str | None, str | None]:
    """The chain's oldest publisher and the line its evidence quotes; (None, None) for an original."""
    if len(result.chain) < 2:
        return None, None
    link = result.chain[0]
    return link.publisher, link.evidence.text if link.evidence else None


@pytest.mark.parametrize(
    "under",
    [
        # A blog post's line of categories and tags, in several languages.
        f"<p>Posted in Harbour, Shipping | Tagged {_LONG}</p>",
        f"<p>This entry was posted on Tuesday, May 6, 2014 at 23:30 and is filed under {_LONG}</p>",
        f"<p>Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Schifffahrt. {_LONG}</p>",
        f"<p>Schlagworte: Hafen : Schifffahrt : {_LONG}</p>",
        f"<p>Tags: harbour, shipping, {_LONG}</p>",
        f"<p>Catégories : Port, Navigation, {_LONG}</p>",
        # A heading over the text's own apparatus: its notes, its writer's box, its tags.
        f"<h2>Footnotes</h2><p>1. {_LONG}</p>",
        f"<h3>Fußnoten</h3><p>{_LONG}</p>",
        f"<h3>About the author</h3><p>Jane Roe</p><p>{_LONG}</p>",
        f"<div>Author</div><div>Jane Roe</div><p>Jane is a {_LONG}</p>",
        f"<h4>Tags</h4><p>{_LONG}</p>",
        f"<p>Mehr Informationen:</p><p>{_LONG}</p>",
        f"<p>Mehr Informationen: {_LONG}</p>",
        f"<h3>Pour en savoir plus</h3><p>{_LONG}</p>",
        # A blog's widget of its latest posts.
        f"<h3>Recent Posts</h3><ul><li>{_LONG}</li></ul>",
        f"<h3>Neueste Beiträge</h3><ul><li>{_LONG}</li></ul>",
        # A newsletter box's notice.
        "<p>Sign up</p><p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p>",
    ],
)
def test_a_source_line_closing_the_text_credits_it_over_the_apparatus_under_it(under: str) -> None:
    result = audit_page(article(f"{STORY}<p>Quelle: KNA</p>{under}"))
    assert first_link(result) == ("Katholische Nachrichten-Agentur", "Quelle: KNA")


def test_a_source_line_closing_the_text_credits_it_over_the_sites_footer() -> None:
    footer = f"<footer><p>Riverside Daily: {_LONG}</p><p>Impressum</p></footer>"
    result = audit_page(article(f"{STORY}<p>Quelle: KNA</p>", footer=footer))
    assert first_link(result) == ("Katholische Nachrichten-Agentur", "Quelle: KNA")


@pytest.mark.parametrize(
    "under",
    [
        f"<p>Tags: harbour, shipping, {_LONG}</p>",
        f"<h2>Footnotes</h2><p>1. {_LONG}</p>",
        f"<h3>About the author</h3><p>Jane Roe</p><p>{_LONG}</p>",
    ],
)
def test_an_agency_tag_ending_the_text_credits_it_over_the_apparatus_under_it(under: str) -> None:
    body = STORY.replace("weekly bulletin.</p>", "weekly bulletin. (dpa)</p>")
    result = audit_page(article(f"{body}{under}"))
    assert first_link(result)[0] == "Deutsche Presse-Agentur"


@pytest.mark.parametrize(
    "under",
    [
        # The text goes on under the source line: it credits a figure or a chart between paragraphs.
        f"<p>{_LONG} and the story goes on after the chart.</p><p>Tags: harbour, shipping, {_LONG}</p>",
        f"<p>{_LONG} and the story goes on after the chart.</p><h2>Footnotes</h2><p>1. {_LONG}</p>",
    ],
)
def test_a_source_line_between_paragraphs_still_credits_no_text(under: str) -> None:
    result = audit_page(article(f"{STORY}<p>Quelle: KNA</p>{under}"))
    assert first_link(result) == (None, None)


def test_a_paragraph_under_a_footnotes_heading_is_still_the_texts_not_another_storys() -> None:
    # A "Footnotes" heading ends the text above it, but it heads no list of other stories: a
    # source line under it, closing the page, still credits the text, as under a "Related" heading it would not.
    result = audit_page(article(f"{STORY}<h2>Notes</h2><p>1. {_LONG}</p><p>Source: Reuters</p>"))
    assert first_link(result) == ("Reuters", "Source: Reuters")
