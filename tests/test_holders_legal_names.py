"""A copyright line naming an outlet's company keeps the company as the holder (issue 12:
"© 2021 Example Media Group, Inc." makes the company the holder, not the brand). The
registry knows a legal name to tell whose line it is, but one company often owns several
titles, so the legal name is never turned into one title's name: on Barron's, "© Dow Jones
& Company" was reported as held by The Wall Street Journal. An agency's line still gives
the agency's name, and a title's own name or alias its display name."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY, article, audit_page

import provenance
from provenance import default_packs


def _holder(site: str, url: str, footer: str) -> str | None:
    result = audit_page(article(STORY, site=site, footer=f"<footer><p>{footer}</p></footer>", main=True), url)
    assert result.rights is not None
    return result.rights.holder


@pytest.mark.parametrize(
    ("site", "url", "footer", "holder"),
    [
        # A group's company on a sister title: the company, never the group's flagship.
        ("Barron's", "https://www.barrons.com/articles/x", "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved", "Dow Jones & Company, Inc."),
        ("The Economic Times", "https://economictimes.indiatimes.com/news/1.cms", "Copyright © 2019 Bennett, Coleman & Co. Ltd. All rights reserved.", "Bennett, Coleman & Co. Ltd."),
        ("Metro", "https://metro.co.uk/2026/11/20/storm/", "© 2026 Associated Newspapers Limited", "Associated Newspapers Limited"),
        # The flagship's own page: still the company as written.
        ("The New York Times", "https://www.nytimes.com/2026/11/20/x.html", "© 2026 The New York Times Company", "The New York Times Company"),
        # Look-alikes: a title's name or alias is its display name; an agency's legal name is the agency.
        ("The New York Times", "https://www.nytimes.com/2026/11/20/x.html", "© 2026 The New York Times", "The New York Times"),
        ("BBC", "https://www.bbc.com/news/x", "Copyright © 2026 BBC News", "BBC"),
    ],
)
def test_a_companys_line_keeps_the_company(site: str, url: str, footer: str, holder: str) -> None:
    assert _holder(site, url, footer) == holder


def test_a_text_closed_by_a_companys_line_is_published_by_its_title() -> None:
    # The holder is the company as written; the text's own publisher is the title the
    # registry knows the company for (issue 18's copyright-line evidence).
    text = "Markets rallied on Thursday as investors weighed the decision.\n\nAnalysts said the move was expected.\n\n© 2019 The New York Times Company"
    result = provenance.audit_document(
        text, path="t.txt", content_type="text", packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24))
    )
    assert result.rights is not None and result.rights.holder == "The New York Times Company"
    assert [link.publisher for link in result.chain] == ["The New York Times"]
