"""Holders in real footers' shapes, found by writing copyright lines into real pages' footers
(benchmarks/probe_footer.py):

- a nameless sign takes its name from the footer's next element, but not from another notice
  there: "Copyright © 2021 | WordPress Theme by …" over "Map data © OpenStreetMap contributors"
  named "Map data" the holder;
- a picture's credit stands in the first lines of the block after the picture: the site's line
  under a menu that follows a picture (a magazine cover in a sidebar, then the footer's links) is
  the site's notice, not the cover's credit.
"""

from __future__ import annotations

import pytest
from pages import story_holder

MENU = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Kontakt", "Impressum", "Datenschutz", "Mediadaten", "Abo", "Archiv", "Jobs"))
COVER = '<div class="cover"><a href="/heft"><img src="/pics/heft-2024-01.jpg" width="82" height="124" alt="Heft"></a></div>'


@pytest.mark.parametrize("other", ["Map data © OpenStreetMap contributors", "Photos: © Jane Doe", "Karte: (c) OpenStreetMap-Mitwirkende"])
def test_a_nameless_sign_does_not_take_the_next_notices_words(other: str) -> None:
    footer = f"<p>Copyright © 2021 | WordPress Theme by Example Themes</p><p>{other}</p>"
    assert story_holder(footer) is None


def test_a_nameless_sign_still_takes_the_next_elements_name() -> None:
    """ok: the footer's next element is the name."""
    assert story_holder("<ul><li>©</li><li>2021</li><li>Harbour Media Group Ltd.</li></ul>") == "Harbour Media Group Ltd."


def test_the_sites_line_under_a_menu_after_a_picture_is_the_sites() -> None:
    aside = f'<div class="sidebar-issue">{COVER}<div class="nav-bottom"><ul>{MENU}</ul><p>© 2024 Harbour Media Group Ltd.</p></div></div>'
    assert story_holder(aside=aside) == "Harbour Media Group Ltd."


def test_a_credit_right_after_a_picture_stays_the_pictures() -> None:
    """ok: the first line after the cover is its credit, with the issue's links after it."""
    aside = f'<div class="sidebar-issue">{COVER}<div class="issue"><p>© Jane Doe</p><p>Harbour Magazine 1/2024</p><ul>{MENU}</ul></div></div>'
    assert story_holder(aside=aside) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # A short tagline after the name and a dash, opening with an article or a possessive
        # (five words and more were read as a tagline before).
        ("©2024 Lakeside Gazette – Das Magazin für Segler", "Lakeside Gazette"),
        ("© 2024 Lakeside Gazette — The voice of Westmarch", "Lakeside Gazette"),
        ("© 2024 Nordlicht Verlag GmbH - Ihr Portal für Kiel", "Nordlicht Verlag GmbH"),
        ("© 2024 Le Courrier du Quai - Votre journal du port", "Le Courrier du Quai"),
        # ok: a name after the dash has no small word, and a company's name ends in its form.
        ("© 2024 Harbour Media – The Harbour Times", "Harbour Media – The Harbour Times"),
        ("© 2024 Quay Ventures - The Harbour Group Ltd.", "Quay Ventures - The Harbour Group Ltd."),
    ],
)
def test_a_tagline_after_the_name_and_a_dash_is_no_part_of_it(line: str, holder: str) -> None:
    assert story_holder(line) == holder
