"""What runs on after the holder's name in a footer, as a sixth probe found it: the "about us"
and contact links of footers in their languages printed after the name with a space, the
reservation in its own element glued to the name, a call to action after "Name YEAR –", and the
year and its dash before the name in a copyright meta tag. Each with the look-alike that keeps
its words. The examples are invented, in the shapes real footers write."""

from __future__ import annotations

import pytest
from pages import story_holder

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/1"


def _holder(footer: str = "", head: str = "") -> str | None:
    return story_holder(footer, site=SITE, url=URL, head=head)


@pytest.mark.parametrize(
    "footer",
    [
        "© 2021 Harbour Media About Us Contact Careers Advertise",
        "© 2021 Harbour Media Über uns Kontakt Werben Jobs",
        "© 2021 Harbour Media Qui sommes-nous Contact Mentions légales",
        "© 2021 Harbour Media Quiénes somos Contacto Aviso legal",
        "© 2021 Harbour Media Chi siamo Contatti Privacy",
        "© 2021 Harbour Media Over ons Colofon",
        "© 2021 Harbour Media O nas Regulamin",
        # the reservation in an element of its own, no space before it
        "<div>© 2021 Harbour Media<span>All rights reserved</span></div>",
        "<div>© 2021 Harbour Media<span>Alle Rechte vorbehalten</span></div>",
        "<div>© 2021 Harbour Media<span>Tous droits réservés</span></div>",
        # the name, its year, then a dash and what the footer asks of the reader
        "© Harbour Media 2021 – Jetzt abonnieren",
        "© Harbour Media 2021 - Subscribe to our newsletter",
    ],
)
def test_what_follows_the_name_is_cut(footer: str) -> None:
    assert _holder(footer) == "Harbour Media"


@pytest.mark.parametrize(
    "footer, holder",
    [
        # ok: a dash after a leading year opens the name
        ("© 2019 – Harbour Media GmbH", "Harbour Media GmbH"),
        # ok: a span of years after the name is the notice's years, not a tagline
        ("© Harbour Media 2019 – 2021", "Harbour Media"),
        # ok: "About" opening a name is the name's word
        ("© 2021 About Harbour Ltd", "About Harbour Ltd"),
    ],
)
def test_look_alikes_keep_the_name(footer: str, holder: str) -> None:
    assert _holder(footer) == holder


@pytest.mark.parametrize(
    "content", ["Copyright 2019 – Harbour Media e. V.", "© 2019 - Harbour Media e. V.", "Copyright 2019: Harbour Media e. V."]
)
def test_a_meta_tags_year_and_dash_before_the_name_are_not_the_name(content: str) -> None:
    assert _holder(head=f'<meta name="copyright" content="{content}">') == "Harbour Media e. V."
