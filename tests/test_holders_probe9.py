"""Holders, probe 9: what a footer line says after the holder's name, with no separator but a
space, and which of a footer's lines states the holder.

A qualifier of what the line covers ("except photos", "unless stated otherwise"), who owns,
runs or pays for the holder ("owned by", "with support from"), a bare "rights reserved", a web
address, a field with its label ("Foto: Jane Roe"), footer links, social links, an arrow, a flag
and a year in brackets are not part of the name; before these cuts the glued-tagline rule read a
capitalised last word and the small word after it as a tagline and took the name's last word
with it ("Example Media Group except photos" gave "Example Media")."""

from __future__ import annotations

import pytest
from pages import story_holder

NAME = "Example Media Group"


@pytest.mark.parametrize(
    "tail",
    [
        # what the line covers, who owns or pays for the holder, the reservation, an address
        "except photos",
        "except where otherwise noted",
        "unless stated otherwise",
        "if not otherwise stated",
        "rights reserved",
        "text and photos",
        "all photos by the author",
        "owned by Example Holdings",
        "owned and operated by Example Holdings LLC",
        "operated by Example Ltd",
        "on behalf of the Riverside Trust",
        "with support from the Example Foundation",
        "funded by the Example Foundation",
        "www.examplemedia.example",
        "https://www.examplemedia.example/",
        "via www.examplemedia.example",
        # a footer's next field, after a space only: a label, its colon and a short value
        "Foto: Jane Roe",
        "Photo: Jane Roe",
        "Cover image: Jane Roe",
        "Crédits photos : Jane Roe",
        "Herausgeber: Jane Roe",
        "Last updated: 3 March 2021",
        # footer links that end no name
        "Site Map",
        "Accessibility",
        "Disclaimer",
        "Subscribe",
        "Sign in Register",
        "Anmelden Registrieren",
        "Mediadaten",
        "Built on Example CMS",
        # the footer's social links
        "Facebook Twitter Instagram",
        "| Facebook | Instagram",
        # a menu's arrow, a flag, a year in brackets
        "> Datenschutz",
        "🇩🇪",
        "(2021)",
    ],
)
def test_what_follows_the_name_is_not_part_of_it(tail: str) -> None:
    assert story_holder(f"© 2021 {NAME} {tail}") == NAME


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # A name with no capitalised word before the qualifier keeps its one word.
        ("© 2021 Acme except photos", "Acme"),
        ("© 2021 Harbour Times rights reserved", "Harbour Times"),
        # A name that is itself a web address stays.
        ("© 2021 www.harbourtimes.example", "www.harbourtimes.example"),
        # The same words inside a name stay.
        ("© 2021 Exceptional Media Group", "Exceptional Media Group"),
        ("© 2021 Exception Films Ltd", "Exception Films Ltd"),
        ("© 2021 Jane Roe: all rights reserved", "Jane Roe"),  # no capital after the colon: the name's end
        ("© 2021 Jane Roe: Photography", "Jane Roe: Photography"),  # one word before a label would be half a name
        ("© 2021 Example Ltd: Registered in England 123456", "Example Ltd"),  # a legal form before the colon ends the name
        ("© 2021 ООО «Портовая газета»", "ООО «Портовая газета»"),  # the closing quote is the name's
        ("© 2021 Internet Archive", "Internet Archive"),  # a link word that ends names is no stop
        ("© 2021 Harbour Line", "Harbour Line"),  # nor a network's name that ends names
        ("© 2021 The Daily Telegram", "The Daily Telegram"),
    ],
)
def test_the_name_alone_stays_whole(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


def test_a_sentence_after_a_label_leaves_the_line_no_holder() -> None:
    # A heading and a sentence, not a name and a field: the line names no holder, as before.
    assert story_holder("© 2020 | HINWEIS ZUM URHEBERRECHT: Die Rechte an den Fotos und Texten liegen bei uns und dürfen nicht ohne Zustimmung verwendet werden.") is None


_NAV = "<ul><li>About us</li><li>Contact</li><li>Advertise</li></ul>"


def _footer_holder(*lines: str) -> str | None:
    return story_holder("<div>" + _NAV + "".join(f"<p>{line}</p>" for line in lines) + "</div>")


@pytest.mark.parametrize(
    ("lines", "holder"),
    [
        (("© 2021 Riverside Daily", "© 2021 Riverside Media Group Ltd. All rights reserved."), "Riverside Media Group Ltd."),
        (("© 2021 Riverside Media Group Ltd.", "© Riverside Daily"), "Riverside Media Group Ltd."),
        (("© 2021 Riverside Daily", "© 2021 Quay Publishing plc"), "Quay Publishing plc"),
    ],
)
def test_a_footer_line_naming_a_company_states_more_than_one_naming_the_brand(lines: tuple[str, ...], holder: str) -> None:
    assert _footer_holder(*lines) == holder


def test_the_brand_alone_stays_the_holder() -> None:
    assert _footer_holder("© 2021 Riverside Daily") == "Riverside Daily"
    assert _footer_holder("© 2021 Riverside Daily", "© 2021 Jane Roe") == "Riverside Daily"  # a person's name is no company
