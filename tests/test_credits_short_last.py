"""An agency's tag closing a short last paragraph right under the text's last long one ("Die
Polizei ermittelt. (dpa)") credits the text, as on a long one; the same tag in a picture's
text under the last paragraph credits the picture (claims/text_ends.TextEnds.last_lines)."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY

import provenance
from provenance import default_packs
from provenance.model import DocumentResult


def audit(body: str, parser: str) -> DocumentResult:
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafen öffnet - Riverside Daily</title>'
        '<meta property="og:site_name" content="Riverside Daily"></head><body><article><h1>Hafen öffnet</h1>'
        f"{STORY}{body}</article><footer><p>Impressum</p></footer></body></html>"
    )
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    return provenance.audit_document(page, path="mem", url="https://www.riversidedaily.example/news/1", content_type="html",
                                     packs=default_packs(), options=options)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    ("last", "agency"),
    [
        ("Die Polizei ermittelt. (dpa)", "Deutsche Presse-Agentur"),
        ("Die Ermittlungen dauern an, teilte ein Sprecher mit. (dpa/lno)", "Deutsche Presse-Agentur"),
        ("The investigation continues. (AP)", "Associated Press"),
        ("L'enquête se poursuit. (AFP)", "Agence France-Presse"),
    ],
)
def test_a_short_last_paragraph_closes_the_text_with_its_tag(last: str, agency: str, parser: str) -> None:
    result = audit(f"<p>{last}</p>", parser)
    assert [link.publisher for link in result.chain] == [agency, "Riverside Daily"]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "after",
    [
        # ok: a picture's text under the last paragraph, marked or not
        '<figure><img src="/a.jpg"><figcaption>Schiffe vor Anker. (dpa)</figcaption></figure>',
        '<img src="/pics/quay.jpg" width="800" height="500"><p>Schiffe vor Anker in der Bucht. (dpa)</p>',
        '<img src="/pics/quay.jpg" width="800" height="500"><p>Ships at anchor in the bay on Aug. 31, 2019, as the storm came closer. (AP)</p>',
        # ok: a short paragraph with more of the text under it is no last line
        "<p>Die Polizei ermittelt. (dpa)</p>" + STORY,
    ],
)
def test_a_pictures_text_or_a_paragraph_mid_text_is_not_the_texts_close(after: str, parser: str) -> None:
    result = audit(after, parser)
    assert [link.publisher for link in result.chain] == ["Riverside Daily"]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "last",
    [
        "Es sind diese anderen Bausteine, die das Potential haben, alles zu verändern. (dpa)",  # 12 words and the tag
        "These are the other pieces that have the potential to change everything. (dpa)",
    ],
)
def test_a_last_paragraph_shorter_than_a_closing_one_closes_the_text_under_a_long_one(last: str, parser: str) -> None:
    result = audit(f"<p>{last}</p>", parser)
    assert [link.publisher for link in result.chain] == ["Deutsche Presse-Agentur", "Riverside Daily"]
