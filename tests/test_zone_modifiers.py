"""A block's class that says what it has or what it is about is no sidebar, share bar or comment
thread: the text inside it is the article's, and a credit there is read (markup.hinted_zone)."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY, article

import provenance
from provenance import default_packs
from provenance.markup import enclosure_of_class, hinted_zone
from provenance.model import DocumentResult

LEAD = "<p>BERLIN (AP) — Ministers agreed on Tuesday to extend the ferry subsidy for another two years, officials said.</p>"

# Wrappers of an article's text seen on real sites, by the class of form they belong to.
TEXT_WRAPPERS = [
    "site-content__layout site-content__layout--has-sidebar",  # a layout modifier: has a sidebar
    "content-with-sidebar-wrp",
    "w-full lg:w-main-with-right-sidebar",
    "camp-content-with-sharebar",
    "entry-content no-share",
    "layoutTwoColumnsRightSidebar container_12",  # a layout's own name
    "content-sidebar-wrap",
    "post type-post status-publish tag-social-media category-newsletter",  # WordPress's tags and categories
    "widget Blog",  # Blogger's posts widget
    "node node-article node-promoted clearfix",  # Drupal's flag: promoted to the front page
    "l-sidebar-fixed l-segment l-article-body-segment",  # a class naming the text itself, beside a modifier
    "grid-ten content-body entry-content inline-promos",
    "entry themeform share",  # hAtom's entry, with share buttons
    "article-content sticky-sidebar-relative",
    "column s-article-text js-dynamic-advertorial",
    "full news subjective commentary",  # an opinion piece, not the readers' comments
]

# Blocks that stay boilerplate: a hint word that names what the block is.
BOILERPLATE = [
    "sidebar", "comment-content", "comments comment-list", "related-article-content", "post-share",
    "widget PopularPosts", "share-buttons", "teaser", "newsletter-box",
]


def audit(page: str, parser: str) -> DocumentResult:
    options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)  # type: ignore[arg-type]
    return provenance.audit_document(
        page, path="mem", url="https://www.riversidedaily.example/news/1", content_type="html", packs=default_packs(), options=options
    )


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("css", TEXT_WRAPPERS)
def test_a_dateline_in_a_block_classed_by_what_it_has_is_read(css: str, parser: str) -> None:
    result = audit(article(f'<div class="{css}">{LEAD}{STORY}</div>'), parser)
    assert [link.publisher for link in result.chain][:1] == ["Associated Press"], css


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("css", BOILERPLATE)
def test_a_dateline_in_a_block_that_is_boilerplate_is_not_the_texts(css: str, parser: str) -> None:
    result = audit(article(STORY, aside=f'<div class="{css}">{LEAD}</div>'), parser)
    assert len(result.chain) <= 1, css


@pytest.mark.parametrize(
    ("hint", "zone"),
    [
        ("site-content__layout--has-sidebar", None),
        ("no-sidebar container", None),
        ("entry-content no-share", None),
        ("widget Blog Blog1", None),
        ("node node-article node-teaser", "boilerplate"),
        ("sidebar-content", "boilerplate"),
        ("sidebar-content-area", "boilerplate"),
        ("entry-share", "boilerplate"),
        ("with-sidebar footer-widgets", "footer"),
        ("commentary", None),
        ("panel with-nav-tabs", "boilerplate"),
        ("comment-body", "boilerplate"),
        ("related-post-content", "boilerplate"),
    ],
)
def test_the_zone_a_class_opens(hint: str, zone: str | None) -> None:
    assert hinted_zone(hint) == zone


AP_LINE = "© 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize(
    "body_class",
    [
        "article has__article-hero-video-player",  # what the page has: a video player at its top
        "single-post with-newsletter-box",
        "comments-area",  # the page itself is no reader's block, whatever its class
    ],
)
def test_a_pages_own_class_makes_no_notice_another_partys(body_class: str, parser: str) -> None:
    """An agency's line under the story is the text's holder where the page's <body> is classed
    by what the page has: the page itself encloses everything and is no party's box."""
    page = article(STORY + f"<p>{AP_LINE}</p>", footer="<footer><p>© 2024 Riverside Media Inc.</p></footer>")
    result = audit(page.replace("<body>", f'<body class="{body_class}">'), parser)
    assert result.rights is not None and result.rights.holder == "Associated Press", body_class


@pytest.mark.parametrize(
    ("hint", "kind"),
    [("has__article-hero-video-player", None), ("video-player", "party"), ("no-comments", None), ("comment-list", "user")],
)
def test_the_enclosure_a_class_names(hint: str, kind: str | None) -> None:
    assert enclosure_of_class(hint) == kind
