"""A page decoded twice on its way to us (UTF-8 bytes under a windows-1252 declaration) has its
lines mended with ftfy; the text its markup gives (captions, the blocks by a picture, quotations
and other enclosures) must be mended the same way, or a line is not found in it: "The quay at
dawn. © 2024 Jane Roe" in a <figcaption> was not the caption's "… Â© 2024 Jane Roe", and the
picture's credit became the page's notice."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY

import provenance
from provenance import default_packs

URL = "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(inside: str, parser: str) -> provenance.DocumentResult:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="windows-1252"><title>Harbour reopens - Quayside Examiner</title>'
        '<meta property="og:site_name" content="Quayside Examiner"></head><body><main><article><h1>Harbour reopens the northern quay</h1>'
        f"{STORY}{inside}{STORY}</article></main><footer><p>© 2024 Harbour Media Group Ltd. All rights reserved.</p></footer></body></html>"
    )
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    return provenance.audit_document(page.encode("utf-8"), path="mem", url=URL, content_type="html", packs=default_packs(), options=options)


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "inside",
    [
        '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay at dawn. © 2024 Jane Roe</figcaption></figure>',
        '<div class="wp-caption"><img src="/pics/quay.jpg" alt=""><p class="wp-caption-text">The quay at dawn. © 2024 Jane Roe</p></div>',
    ],
)
def test_a_captions_credit_stays_the_pictures_on_a_mended_page(inside: str, parser: str) -> None:
    result = _audit(inside, parser)
    assert "Â" not in result.document.text if result.document else False  # the page was mended
    notices = {n.holder: n.scope for n in result.claims.notices} if result.claims else {}
    assert notices.get("Jane Roe") == "image"
    assert result.rights is not None and result.rights.holder == "Harbour Media Group Ltd."
