"""Credits and authors in the metadata fields real sites fill (issue 10): Yoast's
twitter:label1 "Written by" over twitter:data1, cXense's author field, dpa-infocom (the
name dpa's copies carry in the author field). A twitter:data1 under another label ("Est.
reading time") names no one."""

from __future__ import annotations

import pytest
from pages import article, audit_page

from provenance.model import DocumentResult


def audit(head: str) -> DocumentResult:
    return audit_page(article(head=head, footer="<footer><p>© 2021 Riverside Daily</p></footer>"))


@pytest.mark.parametrize(
    "head, original",
    [
        ('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Associated Press">', "Associated Press"),
        ('<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="dpa">', "Deutsche Presse-Agentur"),
        ('<meta name="cXenseParse:author" content="Reuters">', "Reuters"),
        ('<meta name="author" content="dpa-infocom">', "Deutsche Presse-Agentur"),
    ],
)
def test_an_agency_in_an_author_field_is_the_original(head: str, original: str) -> None:
    assert [link.publisher for link in audit(head).chain] == [original, "Riverside Daily"]


def test_a_person_under_a_written_by_label_is_the_author() -> None:
    result = audit('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">')
    assert [(link.publisher, link.author) for link in result.chain] == [("Riverside Daily", "Jane Roe")]


def test_twitter_data_under_another_label_names_no_one() -> None:
    result = audit('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">'
                   '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Reuters">')
    assert [(link.publisher, link.author) for link in result.chain] == [("Reuters", None), ("Riverside Daily", None)]
    alone = audit('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="Jane Roe">')
    assert [(link.publisher, link.author) for link in alone.chain] == [("Riverside Daily", None)]
