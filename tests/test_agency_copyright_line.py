"""An agency's copyright mark on a line of its own under the text ("(c) KNA", "© dpa") is the
agency's credit for the text, as sites sign the stories they take from KNA or dpa; the same
mark in a caption, between paragraphs or over the text credits a picture."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page, story_holder

CLOSING = STORY.replace("bulletin.</p>", "bulletin.</p><p>{line}</p>")


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(c) KNA", "Katholische Nachrichten-Agentur"),
        ("© KNA", "Katholische Nachrichten-Agentur"),
        ("(c) dpa", "Deutsche Presse-Agentur"),  # the agency's own lower-case mark
        ("(C) Reuters", "Reuters"),
        ("Copyright KNA", "Katholische Nachrichten-Agentur"),
        # dpa-infocom's feed: its mark, then dpa's item number, which is no part of the name
        ("© dpa-infocom, dpa:231103-99-818412/2", "Deutsche Presse-Agentur"),
        ("© dpa-infocom, dpa:261112-930-123456/3", "Deutsche Presse-Agentur"),
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


@pytest.mark.parametrize(
    ("footer", "aside"),
    [
        ("© dpa-infocom, dpa:231103-99-818412/2", ""),
        ("", '<div class="teaser"><p>© dpa-infocom, dpa:231103-99-818412/2</p></div>'),
    ],
)
def test_an_agency_item_number_is_no_part_of_the_holder(footer: str, aside: str) -> None:
    """dpa-infocom's line anywhere on the page: the holder is dpa, not "dpa-infocom, dpa"."""
    assert story_holder(footer, aside=aside) == "Deutsche Presse-Agentur"
