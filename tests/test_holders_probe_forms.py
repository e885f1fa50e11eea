"""Holders in the forms an independent probe of footers found read wrong (issue 12), each as a
class of forms with its look-alikes: a label that names no one before the sign ("Copyright
notice: © 2021 …"), a theme's credit after the site's name and a spaced dash, an age rating
after a Russian outlet's name, the Arabic preposition لـ joined to the name after "محفوظة", a
footer's link glued to the name ("Example GazetteSitemap"), a tagline after a nameless sign ("© 2021 ·
News you can trust"), a sign glued to a word in running text ("the Modell© 2000 lamp")."""

from __future__ import annotations

import pytest
from pages import STORY, story_holder


def footer_holder(footer: str, lang: str = "en", site: str = "Riverside Daily", body: str = STORY) -> str | None:
    """The holder of the story page with this footer (a bare line becomes its one paragraph)."""
    return story_holder(footer, body=body, site=site, lang=lang)


@pytest.mark.parametrize(
    "footer, wanted",
    [
        ("Copyright notice: © 2021 Lindenbrook Courier", "Lindenbrook Courier"),
        ('<span class="sr-only">Copyright notice:</span> © 2021 Lindenbrook Courier', "Lindenbrook Courier"),
        ("Copyright information: © 2019–2021 Kestrel Bay Press Ltd.", "Kestrel Bay Press Ltd."),
        ("Copyright Policy © 2021 Lindenbrook Courier", "Lindenbrook Courier"),
        # the label alone, or before a picture's credit, names no holder of the page
        ("Copyright notice: all articles are ours to keep", None),
        ("Copyright notice: Photos © Jane Roe", None),
    ],
)
def test_a_label_about_copyright_before_the_sign_leaves_the_line_to_the_sign(footer: str, wanted: str | None) -> None:
    assert footer_holder(footer) == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        ("© 2021 Birchwood Orchard - WordPress Theme by Example Themes", "Birchwood Orchard"),
        ("© 2021 Birchwood Orchard – Colormag Pro Theme by ThemeGrill", "Birchwood Orchard"),
        ("© 2021 Birchwood Orchard Journal - Theme by ThemeGrill", "Birchwood Orchard Journal"),
        # the theme's own credit, or its unedited demo footer, names no holder
        ("Pinecone Magazine WordPress Theme by Example Themes", None),
        ("© 2021 Pinecone - Premium WordPress Theme", None),
    ],
)
def test_a_theme_credit_after_a_spaced_dash_leaves_the_sites_name_whole(footer: str, wanted: str | None) -> None:
    assert footer_holder(footer) == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        ("© 2021 Заречная правда 16+", "Заречная правда"),
        ("© 2021 Заречная правда. 18+ Свидетельство о регистрации СМИ ЭЛ № ФС 77-54321", "Заречная правда"),
        ("© 2021 Заречная правда 0+. Все права защищены.", "Заречная правда"),
        ("© 2021 Заречная правда. Свидетельство о регистрации СМИ ПИ № ТУ 24-00123", "Заречная правда"),
        # a number with a plus that is no age rating stays the name's
        ("© 2021 Example Channel 24+7", "Example Channel 24+7"),
    ],
)
def test_an_age_rating_after_the_name_is_not_the_names(footer: str, wanted: str) -> None:
    assert footer_holder(footer, lang="ru", site="Заречная правда") == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # after "محفوظة", لـ ("for") joined to the name: "لمجلة" is "مجلة", "للمجلة" is "المجلة"
        ("جميع الحقوق محفوظة لمجلة الساحل © 2021", "مجلة الساحل"),
        ("© 2021 جميع الحقوق محفوظة لدار الساحل للنشر", "دار الساحل للنشر"),
        ("© 2021 جميع الحقوق محفوظة للمجلة الساحلية", "المجلة الساحلية"),
        ("© 2021 الحقوق محفوظة لمجلة الساحل", "مجلة الساحل"),
        ("© 2021 جميع الحقوق محفوظة لـ مجلة الساحل", "مجلة الساحل"),
        # a name that begins with ل elsewhere keeps it
        ("© 2021 لمسات الساحل", "لمسات الساحل"),
    ],
)
def test_the_preposition_joined_to_the_name_after_reserved_is_not_the_names(footer: str, wanted: str) -> None:
    assert footer_holder(footer, lang="ar", site="الساحل") == wanted


def _glued(name: str, *links: str) -> str:
    """A footer's line: the copyright line, then links with no space between them."""
    return f"<div>© 2021 {name}" + "".join(f'<a href="/{i}">{link}</a>' for i, link in enumerate(links)) + "</div>"


@pytest.mark.parametrize(
    "footer, wanted",
    [
        (_glued("Millbrook Ledger", "Back to top ↑"), "Millbrook Ledger"),
        (_glued("Millbrook Ledger", "Sitemap", "Accessibility"), "Millbrook Ledger"),
        (_glued("Millbrook Ledger", "Cookie Settings", "Terms"), "Millbrook Ledger"),
        (_glued("Millbrook Ledger Media Ltd", "Careers", "Advertise with us"), "Millbrook Ledger Media Ltd"),
        (_glued("Millbrook Ledger", "Imprint"), "Millbrook Ledger"),
        (_glued("Seeblick Medien GmbH", "Impressum", "Datenschutz"), "Seeblick Medien GmbH"),
        (_glued("Gaceta del Molino", "Aviso legal", "Privacidad"), "Gaceta del Molino"),
        (_glued("Le Petit Moulin", "Mentions légales"), "Le Petit Moulin"),
        # a brand's inner capitals are no links
        (_glued("PlayStation Fan Club"), "PlayStation Fan Club"),
        (_glued("HarbourView Media"), "HarbourView Media"),
        (_glued("HillPress Books"), "HillPress Books"),
        (_glued("CashBack Weekly"), "CashBack Weekly"),
    ],
)
def test_a_footer_link_glued_to_the_name_ends_it(footer: str, wanted: str) -> None:
    assert footer_holder(footer) == wanted


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        ("© 2021 · Honest reporting for the hill towns", "en", None),
        ("© 2021 | Stories that matter to you", "en", None),
        ("Copyright © 2021 – Your favourite weekly read", "en", None),
        ("© 2021 – Neues aus dem Tal", "de", None),
        ("© 2021 – Historias de nuestra gente", "es", None),
        ("© 2021 • L'actualité de votre ville", "fr", None),
        ("<p>© 2021</p><p>Honest reporting for the hill towns</p>", "en", None),
        # a name after the separator is the holder, its small words joining it
        ("© 2021 | Alder Valley Echo", "en", "Alder Valley Echo"),
        ("© 2021 · Quayside Media GmbH", "de", "Quayside Media GmbH"),
        ("© 2021 – Bulletin of the Alder Valley Society", "en", "Bulletin of the Alder Valley Society"),
        ("© 2021 – Gaceta de la Sierra", "es", "Gaceta de la Sierra"),
        ("© 2021 | Förderverein Alte Mühle e.V.", "de", "Förderverein Alte Mühle e.V."),
        ("© 2021 · Вечерний курьер", "ru", "Вечерний курьер"),
        ("<p>© 2021</p><p>Alder Valley Echo</p>", "en", "Alder Valley Echo"),
        # a tagline after a name is not read at all
        ("Alder Valley Echo © 2021 | Honest reporting for the hill towns", "en", "Alder Valley Echo"),
        ("© 2021 Alder Valley Echo | Honest reporting for the hill towns", "en", "Alder Valley Echo"),
    ],
)
def test_a_tagline_after_a_nameless_sign_names_no_holder(footer: str, lang: str, wanted: str | None) -> None:
    assert footer_holder(footer, lang=lang) == wanted


def test_a_sites_own_name_in_sentence_case_after_the_sign_stays_its_holder() -> None:
    assert footer_holder("© 2021 | Le Moulin hebdomadaire", lang="fr", site="Le Moulin hebdomadaire") == "Le Moulin hebdomadaire"


NAV_FOOTER = '<a href="/about">About</a> | <a href="/contact">Contact</a>'


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lumina© 2000 reading lamp was on display.",
        "Visit the Harbourfest© 2021 fair at the northern quay.",
        "Visit the Harbourfest© 2021 Fair at the northern quay.",
        "The Lumina© 2000 lamp and the AquaGrip© boots were on display at the quay.",
    ],
)
def test_a_sign_glued_to_a_word_in_running_text_marks_a_product(sentence: str) -> None:
    assert footer_holder(NAV_FOOTER, body=STORY + f"<p>{sentence}</p>") is None


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # a footer's name glued to the sign, nothing after it but the year or the reservation
        ("Quayside Courier© 2021", "Quayside Courier"),
        ("Quayside Courier©2021 | Privacy", "Quayside Courier"),
        ("Quayside Courier© 2021 all rights reserved", "Quayside Courier"),
        ("Quayside Courier© 2021 by Quayside Media Ltd", "Quayside Media Ltd"),
        # the sign spaced from the word before it is a notice, whatever follows
        ("The Lumina lamp. © 2021 Quayside Courier", "Quayside Courier"),
    ],
)
def test_a_name_glued_to_the_sign_in_a_footer_is_still_the_holder(footer: str, wanted: str) -> None:
    assert footer_holder(footer) == wanted
