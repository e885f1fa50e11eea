"""Bytes -> Document: line map, zones, metadata, decoding."""

from __future__ import annotations

import pytest

from provenance import audit_document, default_packs
from provenance.document import InputError, build_document, decode
from provenance.model import RawInput, Source

PACKS = default_packs()

PAGE = b"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<meta property="article:published_time" content="2021-06-07T09:00:00Z">
<meta property="og:site_name" content="The Guardian">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "Organization", "name": "Guardian News", "dateModified": "2010-01-01"},
  {"@type": "NewsArticle", "headline": "A headline", "datePublished": "2021-06-07", "articleSection": "World"}]}</script>
<title>A headline | The Guardian</title>
</head><body>
<nav class="menu">Home <b>World</b></nav>
<article>
<p>First <b>bold</b> <i>italic</i><script>var x = 1;</script> after the script.</p>
<p>Second paragraph
spans two source lines.</p>
</article>
<footer>&#169; 2021 Guardian News &amp; Media Limited</footer>
</body></html>
"""


def document():
    return build_document(RawInput(Source("page.html"), PAGE, "html"), PACKS)


def test_lines_keep_inline_spacing_and_script_tails() -> None:
    texts = [line.text for line in document().lines]
    assert "First bold italic after the script." in texts
    assert "Second paragraph spans two source lines." in texts
    assert not any("var x" in t for t in texts)


def test_lines_carry_source_lines_and_zones() -> None:
    by_text = {line.text: line for line in document().lines}
    assert by_text["Home World"].zone == "boilerplate"
    assert by_text["First bold italic after the script."].number == 13
    assert by_text["First bold italic after the script."].zone == "body"
    assert by_text["© 2021 Guardian News & Media Limited"].zone == "footer"
    assert by_text["© 2021 Guardian News & Media Limited"].number == 17


def test_line_map_points_back_into_lines() -> None:
    doc = document()
    offset = doc.text.index("Second paragraph")
    line, start, end = doc.locate(offset, offset + 6)
    assert line.number == 14 and line.text[start:end] == "Second"


def test_metadata_from_meta_jsonld_graph_and_title() -> None:
    doc = document()
    keys = {(m.key, m.value) for m in doc.metadata}
    assert ("article:published_time", "2021-06-07T09:00:00Z") in keys
    assert ("jsonld:datepublished", "2021-06-07") in keys
    assert ("jsonld:articlesection", "World") in keys
    # An Organization's own dates are not the page's.
    assert not any(v == "2010-01-01" for _, v in keys)
    where = {m.key: m.where for m in doc.metadata}
    assert where["article:published_time"] == 'meta[property="article:published_time"]'


def test_page_claims_from_metadata() -> None:
    result = audit_document(PAGE, path="page.html", content_type="html")
    claims = result.claims
    assert claims.published.value.date.isoformat() == "2021-06-07"
    assert claims.publisher.value == "The Guardian"
    assert claims.title.value == "A headline"
    assert claims.section.value == "World"
    assert [link.role for link in result.chain] == ["original"]


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("María José Lázaro Núñez".encode(), "utf-8"),
        ("María José Lázaro Núñez".encode("cp1252"), "windows-1252"),
        ("\ufeffMaría".encode("utf-8"), "utf-8"),
        ("María".encode("utf-16"), "utf-16"),
    ],
)
def test_decode_plain_text(data: bytes, encoding: str) -> None:
    decoded = decode(data, is_html=False)
    assert decoded.text.lstrip("\ufeff").startswith("María")
    assert decoded.encoding == encoding


def test_declared_latin1_is_read_as_windows_1252() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>“Núñez”</p>'.encode("cp1252")
    decoded = decode(page, is_html=True)
    assert decoded.encoding == "windows-1252" and "“Núñez”" in decoded.text and decoded.declared


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"GIF89a\x00\x01\x02", is_html=False)


def test_a_page_builders_wrapper_classes_do_not_make_the_article_boilerplate() -> None:
    html = (
        b'<html><body><div class="elementor-element elementor-element-4e1 elementor-widget elementor-widget-nav-menu">'
        b'<div class="elementor-widget-container"><a href="/">Home</a> <a href="/news">News</a></div></div>'
        b'<div class="elementor-element elementor-element-8c5 elementor-widget elementor-widget-theme-post-content">'
        b'<div class="elementor-widget-container"><p>The harbour reopened on Monday after three weeks of repairs.</p></div></div>'
        b'<div class="widget-area"><p>Popular this week</p></div></body></html>'
    )
    zones = {line.text: line.zone for line in build_document(RawInput(Source("page.html"), html, "html"), PACKS).lines}
    assert zones["The harbour reopened on Monday after three weeks of repairs."] == "body"
    assert zones["Home News"] == "boilerplate"  # the widget's type still says what it is
    assert zones["Popular this week"] == "boilerplate"


def test_long_runs_in_bytes_are_the_regex_matches() -> None:
    from provenance.markup import _LONG_RUN, _PATTERNS, long_runs

    pattern = _PATTERNS[bytes][0]
    run = b"a" * _LONG_RUN
    for markup in (b"", b">", b"<p>x</p>", b">" + run, b">" + run[1:], run + b">" + run + b">>" + run + b"b>", b"<a " + run + b">" + b"x" * 5):
        assert long_runs(markup, pattern) == [(m.start() + 1, m.end()) for m in pattern.finditer(markup)], markup[:20]
        text = markup.decode()
        assert long_runs(text, _PATTERNS[str][0]) == long_runs(markup, pattern)


@pytest.mark.parametrize(
    "last",
    [
        "Der Sprecher sagte: „Wir werden die Anlage im Frühjahr wieder öffnen und die Gäste rechtzeitig informieren.“ (dpa)",
        "Borgmesteren sagde: »Vi åbner havnen igen til foråret, og vi informerer borgerne om planerne.« (Ritzau)",
        "The minister said the harbour would reopen in spring, 'once the northern quay is repaired and tested.’ PTI",
    ],
)
def test_plain_texts_last_paragraph_may_end_in_a_closed_quotation(last: str) -> None:
    """A paragraph whose sentence ends inside a quotation (closed as German, Danish or English
    close one) and then a tag is the text's, not its footer: the tag closing it is read there."""
    text = "Harbour reopens\n\nThe port authority said the queue of ships waiting to berth had shortened again this week.\n" + last + "\n"
    doc = build_document(RawInput(Source("story.txt"), text.encode(), "text"), PACKS)
    assert [line.zone for line in doc.lines] == ["header", "body", "body"]
