"""A credit form whose pattern opens with a space ("(?:^|\\s)the post … appeared first on X") took
the line break before it, so its match started on the line above: the credit was placed on the
text's last paragraph, its evidence quoted that paragraph, and a sentence credit there was read
as a story's sentence about another text and turned away. A credit's line is where its first
visible character stands."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
FOOTER = "The post Harbour Works Begin appeared first on Lakeside Gazette."


@pytest.mark.parametrize("last", [
    "<p>Officials said the ferry service would resume on Monday, after engineers finished checking the hull.</p>",
    "<p>Un roman, noir de pessimisme, où malgré tout l’amitié et l’entraide occupent une grande place dans la ville portuaire.</p>",
])
def test_a_feed_footer_under_the_text_credits_the_outlet_on_its_own_line(last: str) -> None:
    result = audit_page(article(STORY + last + f"<p>{FOOTER}</p>", site=SITE, main=True), URL)
    assert [link.publisher for link in result.chain] == ["Lakeside Gazette", SITE]
    credit = next(a for a in result.claims.attributions if a.publisher == "Lakeside Gazette") if result.claims else None
    assert credit is not None and credit.evidence.text == FOOTER
