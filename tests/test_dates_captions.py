"""A picture's caption by the headline dates the picture, not the page, even where it is the
only date shown there (benchmarks/probe_date_distractors.py: "The quay on 4 July 2018." in a
<figcaption> near a short article's headline outvoted the page's address and its metadata).
A page-date label keeps its date wherever the site sets it, in a lead picture's caption block
too ("Erstveröffentlichung: 25. März 2020")."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY

import provenance
from provenance import default_packs

FIGURE = '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay on 4 July 2018.</figcaption></figure>'
CREDIT_DIV = '<div class="image-credit">The quay on 4 July 2018.</div>'


def _published(under: str, parser: str, *, url: str, head: str = "", lang: str = "en") -> dt.date | None:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Harbour reopens the northern quay - Quayside Examiner</title>{head}'
        f"</head><body><main><article><h1>Harbour reopens the northern quay</h1>{under}{STORY}</article></main></body></html>"
    )
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    result = provenance.audit_document(page, path="mem", url=url, content_type="html", packs=default_packs(), options=options)
    return result.claims.published.value.date if result.claims and result.claims.published else None


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("caption", [FIGURE, CREDIT_DIV], ids=["figcaption", "credit-class"])
def test_a_caption_by_the_headline_does_not_outvote_the_address(caption: str, parser: str) -> None:
    url = "https://www.quaysideexaminer.example/2021/03/05/harbour-reopens/"
    assert _published(caption, parser, url=url) == dt.date(2021, 3, 5)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_caption_by_the_headline_does_not_outvote_the_articles_time(parser: str) -> None:
    under = FIGURE + '<p class="meta"><time datetime="2021-03-05T09:00:00+01:00"></time></p>'
    assert _published(under, parser, url="https://www.quaysideexaminer.example/news/harbour") == dt.date(2021, 3, 5)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_labelled_page_date_in_a_caption_block_stays_the_pages(parser: str) -> None:
    hero = '<div class="hero-caption"><p>Kräne am Nordkai; Quelle: Hafenamt</p><p>Erstveröffentlichung: 25. März 2020</p></div>'
    url = "https://www.quaysideexaminer.example/2020/03/24/hafen/"
    assert _published(hero, parser, url=url, lang="de") == dt.date(2020, 3, 25)
