"""Which holder a librarian copies from a page that carries several notices (a fifth probe):
the article's own line under the text (a book excerpt's author, a wire agency, a columnist)
over the site's footer; the footer over the pictures' credits, which never hold the text;
the footer's line over metadata that disagrees or names the site's software; the brand's
line over its group's; and no holder at all where the only signs are a widget's, an ad's, a
reader's, a map's or a player's, another work's quoted in the text, or where the page
states only "All rights reserved" or its software's credit. A wrong holder is worse than none."""

from __future__ import annotations

import json

import pytest
from pages import STORY, article, audit_page

URL = "https://www.exampledaily.example/2024/05/harbour-reopens"
FOOTER = "<footer><p>© 2024 Example Media Group</p></footer>"
SITE_FOOTER = "<footer><p>© 2024 Example Daily</p></footer>"


def holder(
    end: str = "", *, footer: str = FOOTER, start: str = "", head: str = "", aside: str = "", lang: str = "en",
    site: str = "Example Daily",
) -> str | None:
    """`rights.holder` of an Example Daily story under Jane Roe's byline: `start` before its
    paragraphs, `end` after them (inside the article), `aside` after the article, `footer` last
    (none if empty), `head` in the page's head."""
    body = f'<p class="byline">By Jane Roe</p>{start}{STORY}{end}'
    result = audit_page(article(body, site=site, lang=lang, aside=aside, footer=footer, head=head, main=True), URL)
    assert result.rights is not None
    return result.rights.holder


def footer(*lines: str) -> str:
    return "<footer>" + "".join(f"<p>{line}</p>" for line in lines) + "</footer>"


def json_ld(holder_node: dict[str, str]) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens", "copyrightHolder": holder_node}
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


# --- 1. The article's own line under the text wins over the site's footer ---------------------


@pytest.mark.parametrize(
    ("end", "lang", "wanted"),
    [
        # a book excerpt: its author
        ("<p>Copyright © 2018 by Jane Roe</p>", "en", "Jane Roe"),
        ("<p><em>Copyright © 2018 by Jane Roe. Reprinted by permission of Quay Books.</em></p>", "en", "Jane Roe"),
        # a wire story: the agency, under the registry's name for it
        ("<p>© 2024 The Associated Press. All rights reserved.</p>", "en", "Associated Press"),
        (
            "<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
            "rewritten or redistributed without permission.</p>",
            "en", "Associated Press",
        ),
        ("<p>© 2024 AFP</p>", "fr", "Agence France-Presse"),
        ("<p>© 2024 Agencia EFE. Todos los derechos reservados.</p>", "es", "Agencia EFE"),
        ("<p>(c) dpa</p>", "de", "Deutsche Presse-Agentur"),
        ("<p>RIPRODUZIONE RISERVATA © Copyright ANSA</p>", "it", "ANSA"),
        # a columnist's piece: the columnist, however the line is set
        ("<p>© Jane Roe 2024</p>", "en", "Jane Roe"),
        ("<div class='author-copyright'>© Jane Roe 2024</div>", "en", "Jane Roe"),
        ("<p><small>© Jane Roe, 2024</small></p>", "en", "Jane Roe"),
        ("<p>© 2024 Jane Roe. Distributed by Creators Syndicate, Inc.</p>", "en", "Jane Roe"),
        ("<p>© Jana Rohe 2024</p>", "de", "Jana Rohe"),
    ],
)
def test_the_articles_own_line_under_the_text_wins_over_the_footer(end: str, lang: str, wanted: str) -> None:
    assert holder(end, lang=lang) == wanted


@pytest.mark.parametrize(
    "after",
    [
        "<div class='tags'><a>Shipping</a> <a>Ports</a></div><div class='share'><a>Facebook</a> <a>X</a></div>",
        "<p><em>Jane Roe writes about harbours, shipping and the people who work on the water for the Example Daily.</em></p>",
    ],
)
def test_the_articles_own_line_wins_with_tags_or_a_bio_after_it(after: str) -> None:
    assert holder("<p>© 2024 The Associated Press. All rights reserved.</p>" + after) == "Associated Press"
    assert holder("<p>© Jane Roe 2024</p>" + after) == "Jane Roe"


@pytest.mark.parametrize(
    "box",
    [
        "<aside class='article-rights'><p>© 2024 The Associated Press. All rights reserved.</p></aside>",
        "<div class='story-copyright'><p>Copyright 2024 The Associated Press. All rights reserved.</p></div>",
    ],
)
def test_the_articles_own_line_in_a_box_just_after_it_wins_over_the_footer(box: str) -> None:
    assert holder(aside=box) == "Associated Press"


def test_the_articles_own_line_wins_over_a_footer_naming_the_site_and_its_group() -> None:
    foot = footer("Copyright © 2024 Example Daily. All rights reserved.", "Example Daily is part of Example Media Group plc")
    assert holder("<p>© 2024 The Associated Press. All rights reserved.</p>", footer=foot) == "Associated Press"


def test_the_articles_own_line_wins_over_a_picture_credit_above_it() -> None:
    figure = "<figure><img src='quay.jpg'><figcaption>The quay at dawn. Photo © Example Motors AG</figcaption></figure>"
    assert holder("<p>© 2024 The Associated Press. All rights reserved.</p>", start=figure) == "Associated Press"


@pytest.mark.parametrize(
    ("end", "lang", "wanted"),
    [
        # an excerpt's credit closing the text, its sign after the book's details: the book's holder
        ("<p>Excerpted from The Harbour by Jane Roe, © Quay Books, 2018.</p>", "en", "Quay Books"),
        ("<p>Extrait de « Le Port » de Jeanne Roux, © Éditions du Quai, 2018.</p>", "fr", "Éditions du Quai"),
        ("<p>Auszug aus „Der Hafen“ von Jana Rohe, © Hafen Verlag, 2018.</p>", "de", "Hafen Verlag"),
        ("<p>Extracto de «El puerto» de Juana Ruiz, © Editorial Muelle, 2018.</p>", "es", "Editorial Muelle"),
    ],
)
def test_an_excerpts_credit_closing_the_text_states_the_texts_holder(end: str, lang: str, wanted: str) -> None:
    assert holder(end, lang=lang) == wanted


# --- 2. Pictures' credits never hold the text: the footer does, or no one ---------------------

_PICTURES = [
    ("<figure><img src='car.jpg'><figcaption>The new estate at the Geneva show. © Example Motors AG</figcaption></figure>", "en"),
    ("<figure><img src='car.jpg'><figcaption>© Example Motors AG</figcaption></figure>", "en"),
    ("<div class='image'><img src='car.jpg'><p>© 2024 Example Motors AG</p></div>", "en"),
    ("<img src='car.jpg'><p>© 2024 Example Motors AG</p>", "en"),
    ("<figure><img src='hafen.jpg'><figcaption>Foto: © dpa</figcaption></figure>", "de"),
    ("<div class='pic'><img src='quay.jpg'><span>Image © Getty Images</span></div>", "en"),
    ("<figure><img src='quai.jpg'><figcaption>Photo © Ludovic Marin / AFP</figcaption></figure>", "fr"),
    ("<figure><img src='muelle.jpg'><figcaption>Foto: © EFE/Juan Pérez</figcaption></figure>", "es"),
    ("<figure><img src='quay.jpg'><figcaption>The quay at dawn. © 2024 Jane Roe</figcaption></figure>", "en"),
    ("<figure><img src='car.jpg'><figcaption>© 2024 Example Motors AG. All rights reserved.</figcaption></figure>", "en"),
    ("<div class='gallery'><img src='1.jpg'><p>1/3 © Example Motors AG</p><img src='2.jpg'><p>2/3 © Example Motors AG</p></div>", "en"),
]


@pytest.mark.parametrize(("picture", "lang"), _PICTURES)
def test_a_pictures_credit_above_or_below_the_text_never_beats_the_footer(picture: str, lang: str) -> None:
    assert holder(start=picture, lang=lang) == "Example Media Group"
    assert holder(picture, lang=lang) == "Example Media Group"


@pytest.mark.parametrize(("picture", "lang"), _PICTURES)
def test_a_pictures_credit_alone_states_no_holder(picture: str, lang: str) -> None:
    assert holder(picture, lang=lang, footer="") is None


# --- 3. The footer, the metadata and the group ------------------------------------------------


@pytest.mark.parametrize(
    ("head", "wanted"),
    [
        ('<meta name="copyright" content="Example Daily">', "Example Daily"),  # they agree
        ('<meta name="copyright" content="Example Media Group plc">', "Example Daily"),  # the visible line wins
        ('<meta name="dcterms.rightsHolder" content="Example Media Group plc">', "Example Daily"),
        (json_ld({"@type": "Organization", "name": "Example Daily"}), "Example Daily"),
        ('<meta name="copyright" content="Joomla!">', "Example Daily"),  # the CMS's default
        ('<meta name="copyright" content="dpa">', "Example Daily"),  # a tag of the whole site's
    ],
)
def test_the_footers_line_beside_the_metadata(head: str, wanted: str) -> None:
    assert holder(footer=SITE_FOOTER, head=head) == wanted


def test_the_articles_own_json_ld_naming_a_wire_agency_wins_over_the_footer() -> None:
    # The NewsArticle's own holder is this text's, a wire copy's, as its closing line would be.
    assert holder(footer=SITE_FOOTER, head=json_ld({"@type": "Organization", "name": "Reuters"})) == "Reuters"
    assert holder(footer=SITE_FOOTER, head=json_ld({"@type": "Organization", "name": "dpa"}), lang="de") == "Deutsche Presse-Agentur"
    # Look-alikes: a group's name there, or an agency beside the text's own closing line.
    assert holder(footer=SITE_FOOTER, head=json_ld({"@type": "Organization", "name": "Example Media Group plc"})) == "Example Daily"
    assert holder("<p>© Jane Roe 2024</p>", footer=SITE_FOOTER, head=json_ld({"@type": "Organization", "name": "Reuters"})) == "Jane Roe"


@pytest.mark.parametrize(
    ("head", "wanted"),
    [
        ('<meta name="copyright" content="Example Media Group plc">', "Example Media Group plc"),
        ('<meta name="dcterms.rightsHolder" content="Example Media Group plc">', "Example Media Group plc"),
        (json_ld({"@type": "Organization", "name": "Example Media Group plc"}), "Example Media Group plc"),
        (json_ld({"@type": "Person", "name": "Jane Roe"}), "Jane Roe"),
        (json_ld({"@type": "Organization", "name": "Reuters"}), "Reuters"),
        # a CMS's or a publishing platform's name is its default, no holder's
        ('<meta name="copyright" content="Joomla!">', None),
        ('<meta name="copyright" content="Drupal">', None),
        ('<meta name="copyright" content="Copyright (c) 2024 WordPress">', None),
        ('<meta name="copyright" content="Arc XP">', None),
        (json_ld({"@type": "Organization", "name": "WordPress"}), None),
        (json_ld({"@type": "Organization", "name": "Arc XP"}), None),
    ],
)
def test_the_metadata_alone(head: str, wanted: str | None) -> None:
    assert holder(footer="", head=head) == wanted


@pytest.mark.parametrize(
    ("foot", "wanted"),
    [
        # a nameless sign, the name in the next element
        ("<p>© 2024</p><p>Example Times</p>", "Example Times"),
        ("<div>Copyright © 2024</div><div>Example Times Ltd</div>", "Example Times Ltd"),
        ("<p><span>©</span> <span>2024</span></p><p><a href='/'>Example Times</a></p>", "Example Times"),
        # look-alikes: the next elements are the footer's links
        ("<p>© 2024</p><p>Privacy Policy</p>", None),
        ("<p>© 2024</p><ul><li><a>About</a></li><li><a>Contact</a></li></ul>", None),
    ],
)
def test_a_nameless_sign_in_the_footer_and_the_name_after_it(foot: str, wanted: str | None) -> None:
    assert holder(footer=f"<footer>{foot}</footer>") == wanted


@pytest.mark.parametrize(
    ("lines", "site", "lang", "wanted"),
    [
        (("© 2024 Example Times", "Example Times is part of Example Media Group plc"), "Example Times", "en", "Example Times"),
        (
            ("© 2024 Example Times. All rights reserved.", "Example Times is part of Example Media Group plc, registered in England No. 123456."),
            "Example Times", "en", "Example Times",
        ),
        (("Example Times is part of Example Media Group plc.", "© 2024 Example Media Group plc"), "Example Times", "en", "Example Media Group plc"),
        (("© 2024 Example Times", "© 2024 Example Media Group plc"), "Example Times", "en", "Example Times"),
        (("© 2024 Hafenblatt", "Hafenblatt ist ein Angebot der Beispiel Medien GmbH"), "Hafenblatt", "de", "Hafenblatt"),
        (("© 2024 Le Port", "Le Port est une publication du Groupe Exemple SA"), "Le Port", "fr", "Le Port"),
    ],
)
def test_the_brands_line_and_its_groups(lines: tuple[str, ...], site: str, lang: str, wanted: str) -> None:
    assert holder(footer=footer(*lines), site=site, lang=lang) == wanted


# --- 4. Notices that are not the page's --------------------------------------------------------

_NOT_THE_PAGES = [
    # a newsletter's sign-up box
    "<div class='newsletter-signup'><h3>Get the morning briefing</h3><p>Sign up for our free newsletter.</p>"
    "<form><input type='email'><button>Subscribe</button></form><p>© 2024 Example Mail Inc.</p></div>",
    "<div class='newsletter'><h3>Newsletter</h3><p>Enter your email address</p><p>© 2024 Substack Inc</p></div>",
    "<section id='newsletter'><h3>Der Morgen-Newsletter</h3><p>Jetzt kostenlos anmelden</p><p>© 2024 Beispiel Mail GmbH</p></section>",
    # a cookie banner or a consent manager's dialog
    "<div id='cookie-banner' class='cookie-consent'><p>We use cookies to improve your experience. <a>Accept</a></p><p>© 2024 OneTrust LLC</p></div>",
    "<div class='cmp-dialog'><p>Wir verwenden Cookies.</p><p>Powered by Usercentrics © 2024 Usercentrics GmbH</p></div>",
    # an embedded map's attribution
    "<div class='map-embed'><p>© OpenStreetMap contributors</p></div>",
    "<figure class='map'><div id='map'></div><figcaption>Map data © 2024 OpenStreetMap contributors</figcaption></figure>",
    "<div class='leaflet-control-attribution'><a>Leaflet</a> | © <a>OpenStreetMap</a> contributors</div>",
    # a video player's
    "<div class='video-player'><video src='v.mp4'></video><p>© 2024 Reuters</p></div>",
    "<div class='jw-player'><video></video><div>© 2024 JW Player</div></div>",
    "<div class='video'><video></video><p>Video: © 2024 Example Films Ltd</p></div>",
    "<div class='podcast-player'><p>Episode 12: The harbour</p><p>© 2024 Example Podcasts Ltd</p></div>",
    "<blockquote class='instagram-media'><p>A post shared by Jane (@jane)</p><p>© 2024 Instagram</p></blockquote>",
    # a widget's data, a list of other sites' stories
    "<div class='weather-widget'><p>Riverside 14°C</p><p>Weather data © 2024 Example Weather Inc.</p></div>",
    "<div class='market-data'><p>FTSE 100 +0.4%</p><p>© 2024 Example Data Corp.</p></div>",
    "<section class='related'><h3>Read more</h3><p>Port strike ends</p><p>© 2024 Quay Times</p></section>",
    # an ad's
    "<div class='ad'><p>Sponsored</p><p>Save on your next trip.</p><p>© 2024 Acme Travel Ltd</p></div>",
    "<div class='adslot'><p>Anzeige</p><p>© 2024 Acme Autohaus GmbH</p></div>",
    # a reader's comment
    "<section id='comments' class='comments'><h3>3 comments</h3><div class='comment'><p class='author'>harbourfan</p>"
    "<p>Nice photos, all mine though © 2024 Bob Smith</p></div></section>",
    "<section id='comments' class='comments'><h3>Comments</h3><article class='comment'><p>Bob Smith</p><p>© 2024 Bob Smith</p></article></section>",
]


@pytest.mark.parametrize("box", _NOT_THE_PAGES)
def test_a_boxs_sign_is_not_the_pages_holder(box: str) -> None:
    # After the article, inside it, before its text, after the footer: never the page's.
    assert holder(aside=box, footer=SITE_FOOTER) == "Example Daily"
    assert holder(footer=SITE_FOOTER + box) == "Example Daily"
    assert holder(aside=box, footer="") is None
    assert holder(box, footer="") is None
    assert holder(start=box, footer="") is None
    assert holder(footer=box) is None


@pytest.mark.parametrize(
    ("quoted", "lang"),
    [
        ("<p>The label on the back of the print reads '© 1998 Acme', which dates it before the merger, the curator said.</p>", "en"),
        ("<p>Auf der Rückseite des Drucks steht „© 1998 Acme“, was ihn vor die Fusion datiert, sagte die Kuratorin.</p>", "de"),
        # unquoted, after the verb that says what a thing reads or said
        ("<p>The tag on the box said: © 1998 Acme.</p>", "en"),
        ("<p>The back of the print reads © 1998 Acme.</p>", "en"),
        ("<p>Sur l'étiquette, on lit : © 1998 Acme.</p>", "fr"),
        ("<p>Auf dem Etikett steht: © 1998 Acme.</p>", "de"),
        ("<p>En la etiqueta se lee: © 1998 Acme.</p>", "es"),
    ],
)
def test_a_notice_the_text_quotes_is_another_works(quoted: str, lang: str) -> None:
    assert holder(quoted, footer="", lang=lang) is None
    assert holder(start=quoted, footer="", lang=lang) is None
    assert holder(quoted, footer=SITE_FOOTER, lang=lang) == "Example Daily"


# --- 5. No holder stated at all ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("All rights reserved.", "en"),
        ("Alle Rechte vorbehalten.", "de"),
        ("Tous droits réservés.", "fr"),
        ("Todos los derechos reservados.", "es"),
        ("© All rights reserved.", "en"),
        ("© 2024. All rights reserved.", "en"),
        ("Copyright © 2024 All rights reserved.", "en"),
        ("© 2024 – Tous droits réservés", "fr"),
        ("Powered by WordPress", "en"),
        ("Proudly powered by WordPress | Theme: Astra by Brainstorm Force.", "en"),
        ("© 2024 | Powered by WordPress", "en"),
        ("Copyright © 2024 All rights reserved | Theme: Newsup by Themeansar.", "en"),
        ("© 2024 · Built with GeneratePress", "en"),
        ("Copyright © 2024 - WordPress Theme by Kadence WP", "en"),
        ("© 2024 · Theme by Anders Norén", "en"),
        ("Blog at WordPress.com.", "en"),
        ("Powered by Ghost", "en"),
        ("Fièrement propulsé par WordPress", "fr"),
        ("Site created with Wix.com", "en"),
        # a theme's demo credit left as the footer's line: the theme and its maker hold nothing of the page
        ("© 2024 Newsmatic by BlazeThemes", "en"),
        ("Copyright © 2024 | ColorMag by ThemeGrill. Powered by WordPress.", "en"),
        ("Copyright © 2024 Tema por ThemeGrill | Desarrollado por WordPress", "es"),
        ("Copyright © 2024 · Magazine Pro on Genesis Framework · WordPress · Log in", "en"),
        ("Copyright © 2024 Blossom Themes. Powered by WordPress.", "en"),
    ],
)
def test_a_footer_stating_no_holder_names_none(line: str, lang: str) -> None:
    assert holder(footer=footer(line), lang=lang) is None


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        # look-alikes: the site's own name beside its software's or theme's credit
        ("© 2024 Example Daily. Powered by WordPress.", "Example Daily"),
        ("© 2024 by Example Daily. Proudly created with Wix.com", "Example Daily"),
        ("© 2024 Example Daily | Newsmatic by BlazeThemes", "Example Daily"),
        ("Copyright © 2024 Example Daily · Magazine Pro on Genesis Framework · WordPress", "Example Daily"),
        ("© 2024 Harbour Recipes by Jane Roe", "Harbour Recipes by Jane Roe"),
    ],
)
def test_the_sites_name_beside_its_softwares_credit_is_the_holder(line: str, wanted: str) -> None:
    assert holder(footer=footer(line)) == wanted
