"""An agency's copyright mark on a line of its own under the text ("(c) KNA", "© dpa") is the
agency's credit for the text, as sites sign the stories they take from KNA or dpa; the same
mark in a caption, between paragraphs or over the text credits a picture."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

CLOSING = STORY.replace("bulletin.</p>", "bulletin.</p><p>{line}</p>")


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(c) KNA", "Katholische Nachrichten-Agentur"),
        ("© KNA", "Katholische Nachrichten-Agentur"),
        ("(c) dpa", "Deutsche Presse-Agentur"),  # the agency's own lower-case mark
        ("(C) Reuters", "Reuters"),
        ("Copyright KNA", "Katholische Nachrichten-Agentur"),
    ],
)
def test_agency_mark_under_the_text_credits_the_agency(line: str, agency: str) -> None:
    report = audit_page(article(CLOSING.format(line=line)))
    assert [link.publisher for link in report.chain] == [agency, "Riverside Daily"]
    assert report.chain[0].line is not None
    assert report.rights.holder == agency


@pytest.mark.parametrize(
    "body",
    [
        STORY + '<figure><img src="a.jpg"><figcaption>Ships at anchor. © dpa</figcaption></figure>',  # a caption
        STORY + '<img src="a.jpg"><span class="image-credit">© dpa</span>',  # an image credit's element
        STORY.replace("</p><p>", "</p><p>© dpa</p><p>"),  # between paragraphs: a picture's
        '<img src="a.jpg"><p>© dpa</p>' + STORY,  # over the text: the lead picture's
        STORY + "<p>Foto: © dpa</p>",  # labelled as a photo's
        STORY + "<p>© Jane Doe</p>",  # a person, not an agency
    ],
)
def test_the_same_mark_by_a_picture_credits_nothing(body: str) -> None:
    report = audit_page(article(body))
    assert [link.publisher for link in report.chain] == ["Riverside Daily"]
    assert report.rights.holder is None
