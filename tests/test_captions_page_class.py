"""A class on the page's own elements (<html>, <body>) names its template and plugins, never
a caption: WordPress's lightbox plugin writes <body class="… wp-featherlight-captions …">, and
themes write "caption-dark" or "hide-caption" there. Read as a caption, the whole page was a
picture's, and every credit that a caption turns away (a source line, a dateline, a line
under the text) was lost. A caption element inside the page still holds a picture's credit."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY

import provenance
from provenance import default_packs

URL = "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _page(body: str, body_class: str, parser: str) -> list[str | None]:
    """The chain's publishers before the page's own, for a page whose <body> has this class."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens - Quayside Examiner</title>'
        '<meta property="og:site_name" content="Quayside Examiner"></head>'
        f'<body class="{body_class}"><main><article><h1>Harbour reopens the northern quay</h1>{body}</article></main></body></html>'
    )
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    result = provenance.audit_document(page, path="mem", url=URL, content_type="html", packs=default_packs(), options=options)
    return [link.publisher for link in result.chain[:-1]]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("body_class", ["post-template-default single wp-featherlight-captions", "theme-caption-dark", "mh-loop-hide-caption"])
@pytest.mark.parametrize(
    "body, original",
    [
        (STORY + "<p>Source: Reuters</p>", "Reuters"),  # ruleid: a source line under the text
        ("<p>LONDON (Reuters) - " + STORY[3:], "Reuters"),  # ruleid: a dateline
        (STORY + "<p>With inputs from PTI</p>", "Press Trust of India"),  # ruleid: a line under the text
    ],
)
def test_a_page_class_naming_captions_keeps_the_credits(body: str, original: str, body_class: str, parser: str) -> None:
    assert _page(body, body_class, parser) == [original]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_caption_inside_the_page_still_holds_the_pictures_credit(parser: str) -> None:
    """ok: the source line in a caption element credits the picture."""
    body = STORY + '<div class="wp-caption"><img src="quay.jpg" alt=""><p class="wp-caption-text">The northern quay.</p><p>Source: Reuters</p></div>'
    assert _page(body, "post-template-default single wp-featherlight-captions", parser) == []
