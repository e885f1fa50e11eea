"""Credits and authors in the metadata fields real sites fill (issue 10): Yoast's
twitter:label1 "Written by" over twitter:data1, cXense's author field, dpa-infocom (the
name dpa's copies carry in the author field). A twitter:data1 under another label ("Est.
reading time") names no one."""

from __future__ import annotations

import datetime as dt

import pytest

import provenance
from provenance import default_packs

STORY = (
    "<p>The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
    "as rail connections inland reopened after repairs to a flood-damaged bridge.</p><p>"
    "About 14 vessels were waiting at anchor on Thursday, down from more than 30 at the peak in July, "
    "according to the authority's weekly bulletin.</p>"
)


def audit(head: str) -> provenance.DocumentResult:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens the northern quay - Riverside Daily</title>'
        f'<meta property="og:site_name" content="Riverside Daily">{head}</head><body><article><h1>Harbour reopens the northern quay</h1>'
        f"{STORY}</article><footer><p>© 2021 Riverside Daily</p></footer></body></html>"
    )
    return provenance.audit_document(
        page, path="mem", url="https://www.riversidedaily.example/news/1", content_type="html",
        packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24)),
    )


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
