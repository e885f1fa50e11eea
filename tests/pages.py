"""One article page for the tests that audit a page with one part changed (a credit line, a
footer, a metadata element), and the audit they run on it, at a fixed reference date."""

from __future__ import annotations

import datetime as dt

import provenance
from provenance import default_packs
from provenance.model import DocumentResult

# Two paragraphs of a story: text enough to be an article, no date, credit or notice in it.
STORY = (
    "<p>The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
    "as rail connections inland reopened after repairs to a flood-damaged bridge.</p><p>"
    "About 14 vessels were waiting at anchor on Thursday, down from more than 30 at the peak in July, "
    "according to the authority's weekly bulletin.</p>"
)
HEADLINE = "Harbour reopens the northern quay"


def article(
    body: str = STORY, *, site: str | None = "Riverside Daily", lang: str = "en", head: str = "", header: str = "",
    aside: str = "", footer: str = "", headline: str = HEADLINE, main: bool = False,
) -> str:
    """An HTML page: the site's name as its og:site_name and after the title (none with
    site=None), `head` in its head, `header` before the article, `aside` after it (inside
    <main> with main=True) and `footer` last."""
    title = f"{headline} - {site}" if site else headline
    site_name = f'<meta property="og:site_name" content="{site}">' if site else ""
    inner = f"<article><h1>{headline}</h1>{body}</article>{aside}"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{site_name}{head}</head><body>'
        + (f"<header>{header}</header>" if header else "")
        + (f"<main>{inner}</main>" if main else inner)
        + footer + "</body></html>"
    )


def audit_page(page: str, url: str | None = "https://www.riversidedaily.example/news/1") -> DocumentResult:
    return provenance.audit_document(
        page, path="mem", url=url, content_type="html", packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24))
    )


def story_holder(
    footer: str = "", *, body: str = STORY, writer: str = "Jane Roe", site: str = "Riverside Daily", lang: str = "en",
    aside: str = "", head: str = "", url: str | None = "https://www.riversidedaily.example/news/1",
) -> str | None:
    """`rights.holder` of a story page under `writer`'s byline with this footer (a bare line
    becomes its one paragraph; none: no footer)."""
    html = footer if footer.startswith("<") or not footer else f"<p>{footer}</p>"
    page = article(
        f'<p class="byline">By {writer}</p>{body}', footer=f"<footer>{html}</footer>" if html else "", site=site, lang=lang,
        aside=aside, head=head, main=True,
    )
    result = audit_page(page, url)
    assert result.rights is not None
    return result.rights.holder
