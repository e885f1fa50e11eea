"""The page's author from HTML's own markers of a writer: a link to her page (rel="author")
where the page's links of that kind all name her, and schema.org microdata's author field
(<meta itemprop="author">). Both builders read the same."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pages import STORY, article

import provenance
from provenance import default_packs
from provenance.packs import load_packs

URL = "https://www.quaysideexaminer.example/news/1"


def _author(lead: str, head: str = "", parser: str = "lxml") -> str | None:
    page = article(lead + STORY, site="Quayside Examiner", main=True, head=head)
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)
    result = provenance.audit_document(page, path="mem", url=URL, content_type="html", packs=default_packs(), options=options)
    return result.claims.author.value if result.claims.author else None


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "lead",
    [
        # The by-word in one element, the name in a link in the next.
        '<div class="byline"><span class="byline-copy">By</span><div class="name vcard"><a rel="author" href="/author/jane">Jane Doe</a></div></div>',
        '<span class="byline"><a href="/writer/jane_doe/" rel="author">Jane Doe</a></span>',
        '<p><a rel="author" href="/a/jd">Jane Doe</a></p><footer><a rel="author" href="/a/jd">Jane Doe</a></footer>',
    ],
)
def test_the_writer_a_pages_author_links_name(lead: str, parser: str) -> None:
    assert _author(lead, parser=parser) == "Jane Doe"


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_author_links_naming_several_writers_name_none(parser: str) -> None:
    # A list of other stories links each to its own writer: no one of them is this text's.
    lead = '<span class="byline"><a rel="author" href="/w/jd">Jane Doe</a></span><aside><a rel="author" href="/w/jr">John Roe</a></aside>'
    assert _author(lead, parser=parser) is None


def test_a_link_to_a_writers_page_without_the_rel_names_no_author() -> None:
    assert _author('<p><a href="/author/jane">Jane Doe</a></p>') is None


def test_microdata_author_field() -> None:
    assert _author("", head='<meta itemprop="author" content="Jane Doe">') == "Jane Doe"


def test_an_author_field_outranks_the_links() -> None:
    lead = '<span class="byline"><a rel="author" href="/w/jd">J. Doe</a></span>'
    assert _author(lead, head='<meta name="author" content="Jane Doe">') == "Jane Doe"


@pytest.mark.parametrize("name", ["Quayside Examiner", "QuaysideExaminer.example", "Quayside Examiner News Desk"])
def test_a_link_naming_the_site_itself_names_no_writer(name: str) -> None:
    # The account a newsroom posts under, the site's own name.
    assert _author(f'<span class="byline"><a rel="author" href="/w/desk">{name}</a></span>') is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Par Marc Doe (avec Jean Roe et Anne Poe)", "Marc Doe and Jean Roe and Anne Poe"),
        ("By Jane Doe with John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe (with John Roe)", "Jane Doe and John Roe"),
        ("Por Jane Doe con John Roe", "Jane Doe and John Roe"),
    ],
)
def test_co_writers_after_with_in_a_byline(byline: str, authors: str) -> None:
    assert _author(f'<p class="byline">{byline}</p>') == authors


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe with additional reporting by John Roe",
        "By Jane Doe with reporting from Harbourtown",
        "Por Jane Doe con información de agencias",
    ],
)
def test_with_more_than_a_name_after_it_is_no_co_writer(byline: str) -> None:
    # What follows "with" is a contribution, not a writer: the byline is the writer's up to it.
    assert _author(f'<p class="byline">{byline}</p>') == "Jane Doe"


def test_co_writers_in_brackets_before_the_bylines_date() -> None:
    byline = "Par Marc Doe (avec Jean Roe et Anne Poe) Publié le 23 mars 2016 à 16h21"
    assert _author(f'<p class="byline">{byline}</p>') == "Marc Doe and Jean Roe and Anne Poe"


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "lead",
    [
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>',
        '<p class="signature">Par <span itemprop="author"><a href="/journaliste/jane-doe/">Jane Doe</a></span></p>',
        '<div itemprop="author creator"><meta itemprop="url" content="/a/jd"><span itemprop="name">Jane  Doe</span></div>',
    ],
)
def test_the_writer_microdata_marks(lead: str, parser: str) -> None:
    assert _author(lead, parser=parser) == "Jane Doe"


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_microdata_authors_of_other_stories_name_none(parser: str) -> None:
    lead = '<span itemprop="author">Jane Doe</span><aside><span itemprop="author">John Roe</span></aside>'
    assert _author(lead, parser=parser) is None


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
def test_a_microdata_author_in_a_template_or_script_is_not_read(parser: str) -> None:
    lead = '<template><span itemprop="author">John Roe</span></template><noscript><span itemprop="author">John Roe</span></noscript>'
    assert _author(lead, parser=parser) is None


def test_a_microdata_biography_box_is_no_name() -> None:
    bio = "Jane Doe has covered the harbour for twenty years and writes about ships, cranes, tides and the people who work the night shifts on the quay."
    assert _author(f'<div itemprop="author"><p>{bio}</p></div>') is None


def test_on_a_copy_the_sites_writer_marks_name_no_original_author() -> None:
    # rel="author" names whoever posted the copy on this site, not the agency story's writer.
    page = article(
        '<span class="byline"><a rel="author" href="/w/jd">Jane Doe</a></span><p>HARBOURTOWN (AP) — ' + STORY[3:],
        site="Quayside Examiner", main=True,
    )
    result = provenance.audit_document(page, path="mem", url=URL, content_type="html", packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24)))
    assert [(link.publisher, link.author) for link in result.chain] == [("Associated Press", None), ("Quayside Examiner", None)]
    assert result.claims.author is not None and result.claims.author.value == "Jane Doe"


def test_a_bylines_writer_outranks_the_sites_marks_and_stays_the_originals_on_a_copy() -> None:
    # A book excerpt: the byline names its writer, the site's microdata too; the credit names the publisher.
    body = '<p class="byline">By Jane Doe</p><span itemprop="author">Jane Doe</span>' + STORY + "<p>Reprinted with permission of Quay Books.</p>"
    page = article(body, site="Quayside Examiner", main=True)
    result = provenance.audit_document(page, path="mem", url=URL, content_type="html", packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24)))
    assert result.claims.author is not None and result.claims.author.evidence.text == "By Jane Doe"
    assert (result.chain[0].publisher, result.chain[0].author) == ("Quay Books", "Jane Doe")


@pytest.mark.parametrize("desk", ["Newsdesk", "Online-Redaktion", "News Desk"])
def test_a_desk_is_no_writer(desk: str) -> None:
    assert _author(f'<span class="byline"><a rel="author" href="/w/desk">{desk}</a></span>') is None


def test_a_user_pack_adds_a_with_word(tmp_path: Any) -> None:
    # A new language's "with" is a pack entry: the Icelandic "með" ("By Jane Doe með John Roe").
    (tmp_path / "bylines.toml").write_text('[credit_words]\nbyline_with = ["með"]\n', encoding="utf-8")
    vocab = load_packs([tmp_path]).credit_vocab
    assert vocab.byline_segments.split("Jane Doe með John Roe") == ["Jane Doe", " með ", "John Roe"]
    assert "með" in vocab.byline_with
    assert default_packs().credit_vocab.byline_segments.split("Jane Doe með John Roe") == ["Jane Doe með John Roe"]
