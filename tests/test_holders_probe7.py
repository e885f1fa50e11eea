"""The holder a seventh probe reads from a page's copyright line: what real footers glue on
after the name (a "back to top" link, a tagline, an address, a telephone, a company's register
or tax number, "made with ♥", the reservation in many languages, links with and without
separators, years before the name); which party the line names (a theme's or CMS's credit
on the same line, a picture's credit, the brand's parent, the name in the element after a
bare sign, the name only in the metadata); and pages that state no holder at all ("© Photo:
…" alone, "copyright law" in the text, a product's mark, "(a) (b) (c)", "501(c)(3)"). Every
page and name is invented, in the shapes real footers take."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

URL = "https://www.harbourtimes.example/2024/05/quay-reopens"
SITE = "Harbour Times"


def holder(
    footer: str = "", *, lang: str = "en", head: str = "", start: str = "", end: str = "", site: str = SITE, url: str = URL
) -> str | None:
    """`rights.holder` of a Harbour Times story: `footer` its footer (plain text becomes its one
    paragraph; none if empty), `start` and `end` before and after the story's paragraphs inside
    the article, `head` in the page's head."""
    foot = footer if not footer or footer.startswith("<") else f"<p>{footer}</p>"
    body = f'<p class="byline">By Ada Quill</p>{start}{STORY}{end}'
    page = article(body, site=site, lang=lang, head=head, footer=f"<footer>{foot}</footer>" if foot else "", main=True)
    result = audit_page(page, url)
    assert result.rights is not None
    return result.rights.holder


# --- 1. What footers glue on after the name ----------------------------------------------------

_TRAILING = [
    # a "back to top" link after the name, with no separator, in the footers' languages
    ("© 2023 Harbour Media Top ↑", "en", "Harbour Media"),
    ("© 2023 Harbour Media ↑ Top", "en", "Harbour Media"),
    ("© 2023 Harbour Media Back to top", "en", "Harbour Media"),
    ("© 2023 Hafenblatt Verlag GmbH Nach oben", "de", "Hafenblatt Verlag GmbH"),
    ("© 2023 Hafenblatt Zum Seitenanfang", "de", "Hafenblatt"),
    ("© 2023 Le Journal du Port Haut de page", "fr", "Le Journal du Port"),
    ("© 2023 Diario del Muelle Volver arriba", "es", "Diario del Muelle"),
    # a tagline after the name, no separator
    ("© 2023 Harbour Times Your local news since 1887", "en", "Harbour Times"),
    # After a comma the line goes on by its own separators: no tagline cut inside it.
    ("© 2004-2023 Harbour Media UK Ltd, Brighton, UK, a Northwind Ventures Company", "en", "Harbour Media UK Ltd"),
    # After "of" the name goes on: no tagline begins there.
    ("© 2023 Rowing Association of America via Harbour Images", "en", "Rowing Association of America via Harbour Images"),
    ("© 2023 Harbour Times Independent journalism for the coast", "en", "Harbour Times"),
    # an address, a telephone
    ("© 2023 Harbour Media Ltd, 12 Quay Street, Portsmouth PO1 2AB", "en", "Harbour Media Ltd"),
    ("© 2023 Harbour Media Ltd. 12 Quay Street, Portsmouth", "en", "Harbour Media Ltd."),
    ("© 2023 Harbour Media, Phone: 01234 567890", "en", "Harbour Media"),
    ("© 2023 Harbour Media Ltd. Tel. +44 20 7946 0000", "en", "Harbour Media Ltd."),
    ("© 2023 Hafenblatt GmbH, Kaistraße 4, 20457 Hamburg", "de", "Hafenblatt GmbH"),
    ("© 2023 Harbour Times, Brighton, UK", "en", "Harbour Times"),
    ("© 2023 Hafenblatt, Hamburg, Germany", "de", "Hafenblatt"),
    # a company's register or tax number
    ("© 2023 Harbour Media Ltd. Registered in England No. 1234567", "en", "Harbour Media Ltd."),
    ("© 2023 Harbour Media Ltd Company No. 01234567", "en", "Harbour Media Ltd"),
    ("© 2023 Harbour Media Ltd. VAT No. GB 123 4567 89", "en", "Harbour Media Ltd."),
    ("© 2023 Hafenblatt Verlag GmbH HRB 12345 Amtsgericht Hamburg", "de", "Hafenblatt Verlag GmbH"),
    ("© 2023 Hafenblatt Verlag GmbH USt-IdNr. DE123456789", "de", "Hafenblatt Verlag GmbH"),
    ("© 2023 Gazzetta del Porto S.r.l. P.IVA 01234567890", "it", "Gazzetta del Porto S.r.l."),
    ("© 2023 Gazzetta del Porto S.r.l. - P.IVA 01234567890", "it", "Gazzetta del Porto S.r.l."),
    ("© 2023 Diario del Muelle S.L. CIF B12345678", "es", "Diario del Muelle S.L."),
    ("© 2023 Havenkrant B.V. KvK 12345678", "nl", "Havenkrant B.V."),
    ("© 2023 Havnebladet ApS CVR 12345678", "da", "Havnebladet ApS"),
    ("© 2023 Harbour Media Ltd Reg. No. 1234567", "en", "Harbour Media Ltd"),
    ("© 2023 Harbour Media UID CHE-123.456.789", "de", "Harbour Media"),
    ("© 2023 Le Journal du Port SAS SIRET 123 456 789 00012", "fr", "Le Journal du Port SAS"),
    # the makers' line
    ("© 2023 Hafenblatt Made with ♥ in Berlin", "de", "Hafenblatt"),
    ("© 2023 Harbour Times Made with ❤️ by Quay Digital", "en", "Harbour Times"),
    ("© 2023 Harbour Media Ltd ♥ Made in Portsmouth", "en", "Harbour Media Ltd"),
    ("© 2023 Harbour Media Ltd Stay connected", "en", "Harbour Media Ltd"),
    # the reservation, in many languages, with no separator
    ("© 2023 Hafenblatt Alle Inhalte urheberrechtlich geschützt", "de", "Hafenblatt"),
    ("© 2023 Gazzetta del Porto Tutti i diritti riservati", "it", "Gazzetta del Porto"),
    ("© 2023 Gazeta Portowa Wszelkie prawa zastrzeżone", "pl", "Gazeta Portowa"),
    ("© 2023 Přístavní listy Všechna práva vyhrazena", "cs", "Přístavní listy"),
    ("© 2023 Havnebladet Alle rettigheder forbeholdes", "da", "Havnebladet"),
    ("© 2023 Satamalehti Kaikki oikeudet pidätetään", "fi", "Satamalehti"),
    ("© 2023 Kikötői Hírlap Minden jog fenntartva", "hu", "Kikötői Hírlap"),
    ("© 2023 Liman Gazetesi Tüm hakları saklıdır", "tr", "Liman Gazetesi"),
    ("© 2023 صحيفة الميناء جميع الحقوق محفوظة", "ar", "صحيفة الميناء"),
    ("© 2023 港湾日报 版权所有", "zh", "港湾日报"),
    ("© 2023 港湾新聞社 無断転載を禁じます", "ja", "港湾新聞社"),
    # the reservation, then the footer's links
    ("© 2023 Harbour Media. All Rights Reserved. Privacy Terms Contact", "en", "Harbour Media"),
    ("© 2023 Harbour Media All Rights Reserved. Terms & Conditions Privacy Notice Cookie Policy", "en", "Harbour Media"),
    ("©2023 Hafenblatt. Alle Rechte vorbehalten. Impressum Datenschutz", "de", "Hafenblatt"),
    ("© 2023 Harbour Media | Privacy Policy | Terms", "en", "Harbour Media"),
    ("© 2023 Harbour Media · About · Contact · Privacy", "en", "Harbour Media"),
    # years before or after the name
    ("© 2005–2023 Harbour Media Ltd", "en", "Harbour Media Ltd"),
    ("Copyright © 2023- Harbour Media", "en", "Harbour Media"),
    ("© Harbour Media 2005–2023", "en", "Harbour Media"),
    ("© Harbour Media since 2001", "en", "Harbour Media"),
    ("© Hafenblatt seit 2001", "de", "Hafenblatt"),
    ("© 2023 Harbour Times Est. 1887", "en", "Harbour Times"),
    ("© 2023 Hafenblatt Gegründet 1949", "de", "Hafenblatt"),
    # more "back to top" links and company details
    ("© 2023 Le Journal du Port Retour en haut de page", "fr", "Le Journal du Port"),
    ("© 2023 Havenkrant Naar boven", "nl", "Havenkrant"),
    ("© 2023 Harbour Media Pty Ltd ABN 12 345 678 901", "en", "Harbour Media Pty Ltd"),
    ("© 2023 Harbour Media Ltd Registered office: 1 Quay Street, Portsmouth", "en", "Harbour Media Ltd"),
    ("© 2023 Hafenblatt Verlag GmbH · Geschäftsführer: Max Muster", "de", "Hafenblatt Verlag GmbH"),
    ("© 2023 Harbour Yacht Club 12 Quay Street Portsmouth", "en", "Harbour Yacht Club"),
    ("© 2023 Harbour Media +44 20 7946 0000", "en", "Harbour Media"),
    ("© 2023 Harbour Media info@harbourmedia.example", "en", "Harbour Media"),
]


@pytest.mark.parametrize(("footer", "lang", "wanted"), _TRAILING)
def test_what_runs_on_after_the_name_is_cut(footer: str, lang: str, wanted: str) -> None:
    assert holder(footer, lang=lang) == wanted


@pytest.mark.parametrize(
    ("footer", "wanted"),
    [
        # a name's own words that a footer's link or label also uses
        ("© 2023 Top Gear Quay Magazine", "Top Gear Quay Magazine"),
        ("© 2023 Up North Harbour Media", "Up North Harbour Media"),
        ("© 2023 Harbour Media Top", "Harbour Media Top"),
        ("© 2023 Since 1887 Outfitters Ltd", "Since 1887 Outfitters Ltd"),
        # a tagline needs a name of two words before it and a new sentence's capital
        ("© 2023 Jane Doe wedding photography", "Jane Doe wedding photography"),
        ("© 2023 Harbour Media Group plc", "Harbour Media Group plc"),
        # a number in the name is no address or telephone
        ("© 2023 Studio 54 Harbour", "Studio 54 Harbour"),
        ("© 2023 Channel 4 Place", "Channel 4 Place"),
        # a register's label that opens a name, or with a year after it, keeps its words
        ("© 2023 ABN Harbour Bank N.V.", "ABN Harbour Bank N.V."),
        ("© Harbour Media Company 2005–2023", "Harbour Media Company"),
        # commas between names, and a legal form after the last one, are no city and country
        ("© 2023 Harbour Media, Inc., USA", "Harbour Media, Inc."),
        ("© 2023 Quill, Harbour, Pier", "Quill, Harbour, Pier"),
        # a heart in a short brand is the brand's
        ("© 2023 I ♥ Harbour", "I ♥ Harbour"),
    ],
)
def test_look_alikes_keep_their_words(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


# --- 2. Which party the page's line names ------------------------------------------------------


@pytest.mark.parametrize(
    ("footer", "wanted"),
    [
        # a theme's or the CMS's credit on the holder's line
        ("© 2023 Harbour Media. Theme: Astra by Brainstorm Force", "Harbour Media"),
        ("© 2023 Harbour Media Proudly powered by WordPress", "Harbour Media"),
        ("Copyright © 2023 Harbour Media | Powered by WordPress | Theme: Newsup by Themeansar", "Harbour Media"),
        ("© 2023 Harbour Media. Website by Quay Digital", "Harbour Media"),
        # the brand's line and its parent's
        ("<p>Harbour Times is part of Northwind Media Group.</p><p>© 2023 Harbour Times</p>", "Harbour Times"),
        ("© 2023 Harbour Times, a division of Northwind Media Group", "Harbour Times"),
        ("© 2023 Harbour Times — part of Northwind Media Group", "Harbour Times"),
        ("© 2023 Harbour Times. Harbour Times is a Northwind Media Group brand.", "Harbour Times"),
        ("© 2023 Harbour Times, an imprint of Northwind Media Group", "Harbour Times"),
        ("© 2023 Harbour Times A Northwind Media company", "Harbour Times"),
        ("© 2023 Harbour Times Part of the Northwind Media Group", "Harbour Times"),
        ("Powered by WordPress | © 2023 Harbour Media", "Harbour Media"),
        # the name in the element after a bare sign
        ("<p>© 2023</p><p>Harbour Media Ltd</p>", "Harbour Media Ltd"),
        # a bare sign and the name in elements of their own with no year: probe 3 keeps this a
        # look-alike naming no one ("<li>©</li><li>Weirbrook Verlag</li>"), so it is left so here
        pytest.param(
            "<div><span>Copyright ©</span></div><div><span>Harbour Media Ltd</span></div>", "Harbour Media Ltd",
            marks=pytest.mark.xfail(reason="a yearless bare sign before a name is no notice (probe 3's look-alike)", strict=True),
        ),
        pytest.param(
            "<ul><li>©</li><li>Harbour Media Ltd</li><li>Privacy</li></ul>", "Harbour Media Ltd",
            marks=pytest.mark.xfail(reason="a yearless bare sign before a name is no notice (probe 3's look-alike)", strict=True),
        ),
    ],
)
def test_which_party_the_footer_names(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


def test_a_picture_credit_in_a_caption_does_not_beat_the_footer() -> None:
    figure = "<figure><img src='quay.jpg'><figcaption>Ships at the north quay. © Jane Doe</figcaption></figure>"
    assert holder("© 2023 Harbour Media", start=figure) == "Harbour Media"


@pytest.mark.parametrize(
    ("head", "wanted"),
    [
        ('<meta name="copyright" content="Harbour Media Ltd">', "Harbour Media Ltd"),
        ('<meta name="copyright" content="© 2023 Harbour Media Ltd. All rights reserved.">', "Harbour Media Ltd."),
        ('<meta name="copyright" content="Copyright 2023 Harbour Media | Privacy | Terms">', "Harbour Media"),
    ],
)
def test_the_holder_only_in_the_metadata(head: str, wanted: str) -> None:
    assert holder(head=head) == wanted


# --- 3. Pages that state no holder -------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "© Photo: Jane Doe",
        "© 2023 | Privacy | Terms",
        "All rights reserved.",
        "Copyright infringement? Contact us",
        "Copyright Policy | Privacy | Terms",
        "<p>Copyright ©</p><p>Privacy Policy</p>",
        "© 2023 Proudly powered by WordPress",
        "© 2023 All Rights Reserved. Designed by Quay Digital",
    ],
)
def test_a_footer_naming_no_holder(footer: str) -> None:
    assert holder(footer) is None


@pytest.mark.parametrize(
    "end",
    [
        "<p>Copyright law in the EU changed in 2019, and ports were not spared the debate.</p>",
        "<p>The operator was accused of copyright infringement in 2021 over its harbour maps.</p>",
        "<p>Visitors can download the QuayPass© app to book a berth.</p>",
        "<p>Funding comes from (a) the port, (b) the city and (c) Harbour Trust, the authority said.</p>",
        "<ol><li>(a) Port Authority</li><li>(b) City Council</li><li>(c) Harbour Trust</li></ol>",
        "<p>Friends of the Harbour, a 501(c)(3) charity, raised the money for the new pontoon.</p>",
        "<p>On a Windows keyboard, Alt+0169 types the © symbol, the clerk explained.</p>",
    ],
)
def test_a_page_that_states_no_holder(end: str) -> None:
    assert holder(end=end) is None
