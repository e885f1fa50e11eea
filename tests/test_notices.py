"""Notices: fair-use claims, copyright statements and licences, read from small documents."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pytest

import provenance
from provenance.model import Notice
from provenance.packs import Packs, wrap_tolerant

AS_OF = dt.date(2026, 11, 24)


@lru_cache(maxsize=1)
def packs() -> Packs:
    return provenance.default_packs()


def notices(text: str, content_type: str = "text", kind: str | None = None) -> list[Notice]:
    result = provenance.audit_document(
        text, path="doc." + ("html" if content_type == "html" else "txt"), content_type=content_type,
        packs=packs(), options=provenance.AuditOptions(as_of=AS_OF),
    )
    assert result.status == "audited", result.error
    assert result.claims is not None
    return [n for n in result.claims.notices if kind is None or n.kind == kind]


# --- Patterns tolerate a line break where they have a space ----------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a b", r"a\sb"),
        (r"a\ b", r"a\ b"),  # an escaped space stays a space
        ("[a b]c d", r"[a b]c\sd"),  # inside a class it stays a space
        ("[]a ]x y", r"[]a ]x\sy"),  # a ']' first in a class is literal
        ("[^] ]x y", r"[^] ]x\sy"),
        ("a ?b", r"a\s?b"),  # the quantifier still applies to one character
        ("(?x)a b", "(?x)a b"),  # verbose patterns ignore spaces anyway
    ],
)
def test_wrap_tolerant(source: str, expected: str) -> None:
    assert wrap_tolerant(source) == expected
    re.compile(wrap_tolerant(source))


def test_br_wrapped_fair_use_notice_evidence_is_the_whole_sentence() -> None:
    html = (
        "<html><body><h1>Fair use</h1><p>In accordance with Title 17 U.S.C. Section 107,<br>\n"
        "this material is distributed without profit<br>\nto those who have expressed a prior interest<br>\n"
        "in receiving the included information for<br>\nresearch and educational purposes.</p></body></html>"
    )
    (notice,) = notices(html, "html", kind="fair-use")
    assert notice.evidence.line == 1
    assert notice.text == (
        "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit to those who "
        "have expressed a prior interest in receiving the included information for research and educational purposes."
    )
    assert set(notice.purposes) == {"research", "education", "non-profit"}
