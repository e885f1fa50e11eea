"""Holders in the forms a fourth independent probe found read wrong, each as a class with its
look-alikes: a language menu, a call to the reader or another footer field after the name; a
theme's credit after a colon; "Crown copyright"; a sign after a label naming the site's theme,
software, consent manager or a picture; and a sign in a consent dialog, a newsletter's sign-up
box, an app's promotion or after a trademark statement, which is never the page's notice."""

from __future__ import annotations

import datetime as dt

import pytest
from pages import STORY, article, audit_page

import provenance
from provenance import default_packs

URL = "https://www.weirbrookchronicle.example/2024/05/story"


def stated(footer: str = "", *, lang: str = "en", aside: str = "", after: str = "", tail: str = "") -> tuple[str | None, str | None]:
    """The holder of a Weirbrook Chronicle story page, and the line it was read from: `footer`
    a paragraph of its footer (none if empty), `aside` after the article, `after` closing the
    article's text, `tail` after the footer (a dialog a script adds at the end of the body)."""
    body = f'<p class="byline">By Oda Linnell</p>{STORY}{after}'
    foot = (f"<footer><p>{footer}</p></footer>" if footer else "") + tail
    result = audit_page(article(body, site="Weirbrook Chronicle", lang=lang, aside=aside, footer=foot, main=True), URL)
    assert result.rights is not None
    evidence = result.rights.holder_evidence
    return result.rights.holder, evidence.text if evidence else None


def holder(footer: str = "", **kw: str) -> str | None:
    return stated(footer, **kw)[0]


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        # a language menu after the name, as names or as codes, two languages or more
        ("© 2024 Rheinufer Echo Deutsch English", "de", "Rheinufer Echo"),
        ("© 2024 Le Quotidien du Port Français English", "fr", "Le Quotidien du Port"),
        ("© 2024 Havenkrant Nederlands English", "nl", "Havenkrant"),
        ("© 2024 Weirbrook Chronicle EN DE FR", "en", "Weirbrook Chronicle"),
        # one word that names a language, or codes that are a company's form, stay
        ("© 2024 Magyar Hírlap", "hu", "Magyar Hírlap"),
        ("© 2024 Grupo Ribera SA DE CV", "es", "Grupo Ribera SA DE CV"),
        ("© 2024 Weirbrook Chronicle UK", "en", "Weirbrook Chronicle UK"),
    ],
)
def test_a_language_menu_after_the_name_is_cut(footer: str, lang: str, wanted: str) -> None:
    got, line = stated(footer, lang=lang)
    assert got == wanted
    assert line == footer


@pytest.mark.parametrize("footer", ["Copyright © 2024 · English · Español", "© 2024 | Deutsch | English", "© 2024 · EN · DE"])
def test_a_language_menu_after_a_nameless_sign_names_no_one(footer: str) -> None:
    assert holder(footer) is None


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # calls to the reader after the name
        ("© 2024 Weirbrook Chronicle ↑ Scroll to top", "Weirbrook Chronicle"),
        ("© 2024 Weirbrook Chronicle. Back to top ⇧", "Weirbrook Chronicle"),
        ("© 2024 Weirbrook Chronicle Follow us: Facebook Twitter Instagram", "Weirbrook Chronicle"),
        ("© 2024 Weirbrook Chronicle Sign up for our newsletter", "Weirbrook Chronicle"),
        # another field of the footer after a spaced dash: a label and its colon
        ("© 2024 Hafen Zeitung – Inhaber: Max Mustermann", "Hafen Zeitung"),
        ("© 2024 Weirbrook Chronicle — Editor: Jane Roe", "Weirbrook Chronicle"),
        # the company's register after the name
        ("©2024 Weirbrook Media Ltd Registered in Scotland SC123456", "Weirbrook Media Ltd"),
        ("© 2024 Hafen Zeitung GmbH · Geschäftsführer: Max Mustermann · HRB 12345", "Hafen Zeitung GmbH"),
        ("© 2024 Gazzetta del Porto - Testata registrata presso il Tribunale di Genova n. 12/2010", "Gazzetta del Porto"),
        # a dash and a name with no colon after it stays a name's part ("Example – Harbour edition" is cut elsewhere or kept)
        ("© 2024 Weirbrook Chronicle – Local News", "Weirbrook Chronicle – Local News"),
    ],
)
def test_a_call_to_the_reader_or_another_field_after_the_name_is_cut(footer: str, wanted: str) -> None:
    got, line = stated(footer)
    assert got == wanted
    assert line == footer


@pytest.mark.parametrize(
    "footer",
    ["© 2024 · Inhaber: Max Mustermann", "© 2024 — Editor: Jane Roe", "© 2024 · Back to top ↑", "© 2024 | Redaktion: Anna Berger"],
)
def test_a_nameless_sign_then_another_field_names_no_one(footer: str) -> None:
    assert holder(footer) is None


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # a theme named after a colon, the CMS's name before the theme's word
        ("© 2024 Weirbrook Chronicle WordPress Theme: Newsup by Themeansar", "Weirbrook Chronicle"),
        ("© 2024 | Tema WordPress: ColorMag di ThemeGrill", None),
        ("© 2024 | Thème : Astra par Brainstorm Force", None),
        ("Theme: Newsup by Themeansar · © 2024", None),
        # the theme's credit with no colon, as before
        ("© 2024 Weirbrook Chronicle. Theme by Sora Templates", "Weirbrook Chronicle"),
    ],
)
def test_a_themes_credit_after_a_colon_names_no_holder(footer: str, wanted: str | None) -> None:
    assert holder(footer) == wanted


@pytest.mark.parametrize(
    "footer, wanted", [("© Crown copyright", "Crown"), ("© Crown Copyright 2024", "Crown"), ("© 2024 Copyright Weirbrook Chronicle", "Weirbrook Chronicle")]
)
def test_the_word_copyright_after_the_name_is_not_the_names(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


@pytest.mark.parametrize(
    "footer",
    [
        # the site's theme, software or consent manager named before the sign
        "Theme © 2024 ThemeRiver Ltd",
        "Haber Yazılımı © 2024 Medyasoft",
        "Consent management © 2024 Consentory Ltd",
        "Live chat © 2024 Talkbay Inc.",
        # a picture named alone before the sign, opening the line or a footer's segment
        "Images © 2024 Harriet Cole Photography",
        "Video © 2024 Riverlight Films",
        "Photography © Daniel Frost 2024",
        "Bilder © 2024 Petra Lindner",
        "Weirbrook Chronicle | Photos © 2024 Ana Ruiz",
    ],
)
def test_a_sign_after_a_label_naming_chrome_or_a_picture_names_no_holder(footer: str) -> None:
    # The last too: the site's name before the separator is no notice of its own, and the sign after it is the photos'.
    assert holder(footer) is None


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # a name ending with such a word is the site's own name before its sign
        ("Weirbrook Video © 2024", "Weirbrook Video"),
        ("© 2024 Weirbrook Photography", "Weirbrook Photography"),
        ("Daniel Frost Photography © 2024", "Daniel Frost Photography"),
        # a company's name ending with "Software" before its own sign
        ("Weirbrook Software © 2024 Weirbrook Software Ltd", "Weirbrook Software Ltd"),
        # the label says the text's: "Text ©", as before
        ("Text © 2024 Oda Linnell", "Oda Linnell"),
    ],
)
def test_a_name_ending_with_a_label_word_stays_the_holder(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


CONSENT = '<div id="cmp-banner" class="cmp-container" role="dialog"><p>We and our partners use cookies.</p><p>© 2024 Consentory Ltd</p></div>'
COOKIE_LAW = '<div id="cookie-law-info-bar"><p>Usamos cookies propias y de terceros.</p><p>© 2024 Consentia S.L.</p></div>'
CONSENT_TOP = '<div class="rodo-banner"><p>Używamy plików cookie.</p><p>© 2024 Zgodnik Sp. z o.o.</p></div>'
NEWSLETTER = '<div class="newsletter-signup"><h3>Morning Brief</h3><p>Delivered free every weekday.</p><p>© 2024 Postbird Inc.</p></div>'
APP = '<div class="app-promo"><p>Get our app</p><p>Download it from the stores today.</p><p>© 2024 Appworks Ltd</p></div>'
TRADEMARK = "<aside><p>Get our app</p><p>App Store is a service mark of Apple Inc. © 2024 Apple Inc.</p></aside>"


@pytest.mark.parametrize(
    "where, block",
    [
        ("tail", CONSENT), ("tail", COOKIE_LAW), ("aside", CONSENT_TOP), ("aside", NEWSLETTER), ("aside", APP), ("aside", TRADEMARK),
    ],
)
def test_a_sign_in_a_dialog_or_a_providers_box_is_never_the_pages(where: str, block: str) -> None:
    # alone on the page: no holder
    assert holder('<a href="/privacy">Privacy</a>', **{where: block}) is None
    # beside the site's own undated line: the site's line is the holder, though the box's is dated
    assert stated("© Weirbrook Media Group", **{where: block}) == ("Weirbrook Media Group", "© Weirbrook Media Group")


def test_the_sites_line_in_a_box_named_for_something_else_is_still_its_own() -> None:
    # a footer's newsletter column holding the site's line: the footer's lines are never read as a box's
    footer = '<footer><div class="footer-newsletter"><p>Sign up</p></div><p>© 2024 Weirbrook Media Ltd</p></footer>'
    result = audit_page(article(STORY, site="Weirbrook Chronicle", footer=footer, main=True), URL)
    assert result.rights is not None and result.rights.holder == "Weirbrook Media Ltd"


@pytest.mark.parametrize(
    "footer",
    [
        # an unedited template's placeholder where the site's name should stand
        "Copyright © 2024 Company Name. All rights reserved.",
        "© 2024 Your Company",
        "© Your Website 2024",
        "© 2024 Lorem Ipsum",
        "© 2024 Site Name | All rights reserved",
        "© 2024 Firmenname",
        "© 2024 Nom de l'entreprise",
        # a template's variable left unfilled
        "Copyright © 2024 {{ site.title }}",
        "© %year% %sitename%",
        "© 2024 [Your Name]",
    ],
)
def test_an_unedited_templates_placeholder_names_no_one(footer: str) -> None:
    assert holder(footer) is None


def test_an_unedited_placeholder_in_the_metadata_names_no_one() -> None:
    page = article(STORY, site="Weirbrook Chronicle", head='<meta name="copyright" content="Your Company Name">', main=True)
    result = audit_page(page, URL)
    assert result.rights is not None and result.rights.holder is None


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # a real name holding a placeholder's word stays
        ("© 2024 The Company of Weavers", "The Company of Weavers"),
        ("© 2024 Website Works Ltd", "Website Works Ltd"),
        ("© 2024 Lorem Ipsum Design Studio", "Lorem Ipsum Design Studio"),
    ],
)
def test_a_name_holding_a_placeholders_word_stays(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


FIRST, REST = STORY.split("</p>", 1)
FIRST += "</p>"


def picture_page(body: str, footer: str) -> str:
    foot = f"<footer><p>{footer}</p></footer>" if footer else "<footer><p><a href='/privacy'>Privacy</a></p></footer>"
    return article(body, site="Weirbrook Chronicle", footer=foot, main=True)


PICTURES = [
    # a bare line right after a picture, between the text's paragraphs or after them
    FIRST + '<img src="/a.jpg" alt="The reading room"><p>© 2024 Daniel Frost</p>' + REST,
    STORY + '<img src="/a.jpg" alt="The reading room"><p>© 2024 Daniel Frost</p>',
    # after the block that wraps the picture (a block editor's image block)
    FIRST + '<div class="wp-block-image"><img src="/a.jpg"></div><p class="has-small-font-size">© 2024 Daniel Frost</p>' + REST,
    # inside a short wrapper with the picture: a hero's credit, a slide's counter and credit, a source label
    '<div class="hero"><img src="/hero.jpg"><div class="hero__credit">© 2024 Daniel Frost</div></div>' + STORY,
    '<div class="gallery"><div class="slide"><img src="/1.jpg"><span>1 / 5</span><span>© 2024 Daniel Frost</span></div></div>' + STORY,
    '<div class="article-image"><img src="/a.jpg"><p class="image-source">Quelle: © 2024 Daniel Frost</p></div>' + STORY,
]


@pytest.mark.parametrize("parser", ["lxml", "lexbor"])
@pytest.mark.parametrize("body", PICTURES)
def test_a_line_set_beside_a_picture_is_its_credit_not_the_pages(body: str, parser: str) -> None:
    for footer, wanted in (("", None), ("© Weirbrook Media Ltd", "Weirbrook Media Ltd"), ("© 2024 Weirbrook Media Ltd", "Weirbrook Media Ltd")):
        result = provenance.audit_document(
            picture_page(body, footer), path="mem", url=URL, content_type="html", packs=default_packs(),
            options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser),
        )
        assert result.rights is not None and result.rights.holder == wanted, footer
        credit = next(n for n in result.claims.notices if n.holder == "Daniel Frost")
        assert credit.scope == "image"


@pytest.mark.parametrize(
    "body, wanted",
    [
        # the site's logo beside its own line, outside the header and footer elements: still the site's line
        (STORY + '<div class="site-info"><img src="/img/logo.png" alt="Weirbrook Chronicle"><p>© 2024 Weirbrook Media Ltd</p></div>', "Weirbrook Media Ltd"),
        # an icon before the line
        (STORY + '<div class="credits"><img src="/i/c.png" width="16" height="16"><p>© 2024 Weirbrook Media Ltd</p></div>', "Weirbrook Media Ltd"),
        # a line naming the site beside a picture is the site's own
        (STORY + '<img src="/a.jpg" alt="The reading room"><p>© 2024 Weirbrook Chronicle</p>', "Weirbrook Chronicle"),
        # the site's notice over its years in the block after the page's last box, whose picture is an event's
        (STORY + '<div class="bottom-box"><span>Event tip</span><img src="/event.jpg" width="135" height="104"></div>'
         '<div class="bottom"><span>© 1996 - 2024 Weir Entertainment | Weirbrook Chronicle is a registered mark.</span></div>',
         "Weir Entertainment"),
        # a paragraph of the text after a picture is no credit: the line below the text is read as before
        (FIRST + '<img src="/a.jpg"><p>' + "The librarians said the building would stay open late on Thursdays through the summer. " * 2 + "</p>" + REST
         + "<p>© 2024 Oda Linnell</p>", "Oda Linnell"),
    ],
)
def test_a_line_beside_a_logo_an_icon_or_naming_the_site_stays_the_pages(body: str, wanted: str) -> None:
    result = audit_page(picture_page(body, ""), URL)
    assert result.rights is not None and result.rights.holder == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # a charity's register and a company's trading name after the name
        ("© 2024 Friends of the Weir. Registered charity no. 1234567", "Friends of the Weir"),
        ("© 2024 Friends of the Weir, a registered charity in England and Wales (1234567)", "Friends of the Weir"),
        ("Copyright © 2024 Weirbrook Media Group, LLC d/b/a Weirbrook Chronicle", "Weirbrook Media Group, LLC"),
        # no article left dangling where a stop cut the name's description
        ("© 2024 Weirbrook Chronicle, the newsletter of the Weir Society", "Weirbrook Chronicle"),
        # the register alone before a nameless sign names no one
        ("Registered charity no. 1234567 · © 2024", None),
    ],
)
def test_a_register_or_a_trading_name_after_the_name_is_cut(footer: str, wanted: str | None) -> None:
    got, line = stated(footer)
    assert got == wanted
    assert line == (footer if wanted else None)
