"""Where a text ends: a copyright notice or a site's pitch under the text is no paragraph of it,
however long ("Copyright 2026 Example Media Inc. All rights reserved. This material may not be
published, broadcast, rewritten, or redistributed.", "Sign up to the daily … newsletter …",
"If you're on the … app, click here to watch live"). Counted as a paragraph, it kept the text's
real last paragraph from closing the text, and the sign-off on it ("(dpa)") or the credit line
under it ("Source: IANS") was lost. A paragraph of the text after the credit still makes it
another item's."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
LAST = (
    "<p>Officials said the ferry service would resume on Monday, after engineers finished checking the hull of "
    "the largest vessel and the harbour master cleared the channel of debris left by the storm{end}</p>"
)
NOTICE = "Copyright 2026 Quayside Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."
PITCHES = [
    "Sign up to the daily Harbour Crime newsletter. All the latest crime news and trials from across the region.",
    "If you're on the Quayside Examiner News app, click here to watch the harbour cameras live",
    "Hat Ihnen dieser Artikel gefallen? Dann verpassen Sie keine Artikel mehr und abonnieren Sie unseren Newsletter.",
    "© Quayside Media Inc. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    NOTICE,
    # a save button's confirmation, printed under the story by the button
    "You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.",
    "Dieser Artikel wurde zu Ihrer Merkliste hinzugefügt. Sie finden ihn jederzeit unter Mein Konto im Menü oben rechts.",
]


def _originals(body: str, lang: str = "en") -> list[str | None]:
    result = audit_page(article(STORY + body, site=SITE, lang=lang, main=True), URL)
    return [link.publisher for link in result.chain[:-1]]


@pytest.mark.parametrize("under", PITCHES)
@pytest.mark.parametrize(
    "body, original",
    [
        (LAST.format(end=". (dpa)"), "Deutsche Presse-Agentur"),  # ruleid: the agency's tag ending the text
        (LAST.format(end=".") + "<p>Source: IANS</p>", "Indo-Asian News Service"),  # ruleid: a source line under it
        (LAST.format(end=".") + "<p>With inputs from PTI</p>", "Press Trust of India"),  # ruleid: an agency's material
    ],
)
def test_a_notice_or_pitch_under_the_text_does_not_hide_its_credit(body: str, original: str, under: str) -> None:
    assert _originals(body + f"<p>{under}</p>") == [original]


@pytest.mark.parametrize("under", PITCHES[:2])
def test_a_paragraph_after_the_credit_still_makes_it_another_items(under: str) -> None:
    """ok: the source line stands between paragraphs of the text, a pitch among them."""
    assert _originals(LAST.format(end=".") + f"<p>Source: IANS</p><p>{under}</p>" + STORY) == []
