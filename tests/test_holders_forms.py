"""Holders in the forms real footers and articles use (issue 12): a company name with
"GmbH & Co. KG" before its year, a register number after it ("KvK 12345678"), a place
after it ("Harbour Verlag, Köln"), a name in
quotes («Пример-Медиа»), a social platform's or consent manager's line in an embed (never
the page's holder, but on the platform's own site), and a line labelled as the text's
("Text © Jane Roe", "© Text: Jane Roe, Fotos: Max Muster"), which is the article's own
notice and wins over the footer, where a picture's label does not."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

FOOTER = "<footer><p>© 2021 Riverside Daily Media Ltd. All rights reserved.</p></footer>"


def holder(body: str, footer: str = FOOTER, aside: str = "", url: str = "https://www.riversidedaily.example/news/1", lang: str = "en") -> str | None:
    result = audit_page(article(f'<p class="byline">By Jane Roe</p>{body}', lang=lang, aside=aside, footer=footer, main=True), url)
    assert result.rights is not None
    return result.rights.holder


def footer_holder(line: str) -> str | None:
    """The holder of the story page whose footer is this one line."""
    return holder(STORY, footer=f"<footer><p>{line}</p></footer>")


@pytest.mark.parametrize(
    "line, wanted",
    [
        ("© Example Verlag GmbH & Co. KG 2021", "Example Verlag GmbH & Co. KG"),
        ("© 2021 Example Verlag GmbH & Co. KG", "Example Verlag GmbH & Co. KG"),
        ("© 2021 Example Daily B.V. KvK 12345678", "Example Daily B.V."),
        ("© 2021 Example Daily AB org.nr 556677-8899", "Example Daily AB"),
        ("© 2021 «Пример-Медиа». Все права защищены.", "Пример-Медиа"),
        ("© 2021 „Hafenblatt“. Alle Rechte vorbehalten.", "Hafenblatt"),
        # where the holder sits, after a comma or a spaced dash: a known place only
        ("© 2021 Harbour Verlag, Köln", "Harbour Verlag"),
        ("© 2021 Example Zeitung – Hamburg", "Example Zeitung"),
        ("© 2021 Example Media, Paris Match", "Example Media, Paris Match"),
        ("© 2021 Hotel Berlin", "Hotel Berlin"),
    ],
)
def test_the_footers_name_is_cleaned_of_its_setting(line: str, wanted: str) -> None:
    assert footer_holder(line) == wanted


@pytest.mark.parametrize("line", ["© 2021 Twitter, Inc.", "© 2021 Cookiebot", "© 2021 Usercentrics GmbH", "© Meta Platforms, Inc."])
def test_an_embeds_or_a_consent_banners_line_names_no_holder(line: str) -> None:
    assert holder(STORY, footer="<footer><p><a href='/impressum'>Impressum</a></p></footer>", aside=f"<aside><p>{line}</p></aside>") is None


def test_a_platforms_line_on_its_own_site_is_its_holder() -> None:
    footer = "<footer><p>© 2021 LinkedIn Corporation</p></footer>"
    assert holder(STORY, footer=footer, url="https://www.linkedin.com/pulse/harbour") == "LinkedIn Corporation"


@pytest.mark.parametrize(
    "line, lang",
    [
        ("Text © Jane Roe", "en"),
        ("Text: Jane Roe ©", "de"),
        ("© Text: Jane Roe, Fotos: Max Muster", "de"),
        ("Text und Fotos: © Jane Roe", "de"),
        ("Copyright © 2021 Jane Roe", "en"),
    ],
)
def test_a_line_labelled_as_the_texts_under_it_names_its_holder(line: str, lang: str) -> None:
    assert holder(STORY + f"<p>{line}</p>", lang=lang) == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    ["Alle Fotos © Jane Roe", "Fotos: © Jane Roe (3), Max Muster (2)", "Illustration © Jane Roe", "Header image © Jane Roe", "Grafik: © Example Statistik"],
)
def test_a_pictures_label_leaves_the_footers_holder(line: str) -> None:
    assert holder(STORY + f"<p>{line}</p>", lang="de") == "Riverside Daily Media Ltd."


@pytest.mark.parametrize(
    "line",
    [
        "© 2021 Soledad, All Rights Reserved. Design by PenciDesign",
        "Copyright © 2021 JNews. All Rights Reserved.",
        "© 2021 Avada | Theme by ThemeFusion",
        "© 2021 Newsmag - Premium WordPress Theme",
        "Copyright 2021 © Sahifa Theme",
    ],
)
def test_an_unedited_themes_demo_footer_names_no_holder(line: str) -> None:
    assert footer_holder(line) is None


@pytest.mark.parametrize(
    "line, url, wanted",
    [
        ("© 2021 Riverside News. Theme by ThemeGrill.", "https://www.riversidedaily.example/news/1", "Riverside News"),
        ("© 2021 Sydney Morning Herald", "https://www.riversidedaily.example/news/1", "The Sydney Morning Herald"),  # the registry's name
        ("© 2021 Herald", "https://www.herald.example/news/1", "Herald"),  # a site of a theme's name, on its own address
    ],
)
def test_a_sites_name_beside_a_theme_credit_or_like_a_themes_stays_its_holder(line: str, url: str, wanted: str) -> None:
    assert holder(STORY, footer=f"<footer><p>{line}</p></footer>", url=url) == wanted


@pytest.mark.parametrize(
    "line, wanted",
    [
        # Register words that also begin names do not end one.
        ("Copyright 2021 © RCS Porto Media S.p.A. Tutti i diritti sono riservati", "RCS Porto Media S.p.A."),
        ("© 2021 ABN AMRO Bank N.V. All rights reserved.", "ABN AMRO Bank N.V."),
        # A theme's word closes a theme's name only; a year read before the name is not kept after it.
        ("© 2021 Theme Park Insider. All rights reserved.", "Theme Park Insider"),
        ("© 2021 Example Verlag GmbH & Co. KG 2021", "Example Verlag GmbH & Co. KG"),
    ],
)
def test_names_that_look_like_a_register_a_theme_or_a_year_keep_their_words(line: str, wanted: str) -> None:
    assert footer_holder(line) == wanted


@pytest.mark.parametrize(
    "line, wanted",
    [
        # The registered mark written for the copyright sign, opening the line or a footer's item, before a year.
        ("® 2021 Example Media. All rights reserved.", "Example Media"),
        ("Copyright ® 2021 Example Media", "Example Media"),
        ("Impressum | ® 2021 Example Media", "Example Media"),
        # A trademark's mark is no sign.
        ("Example® is a registered trademark of Example Media", None),
        ("The Harbour Pass ® 2021 edition is sold out", None),
    ],
)
def test_the_registered_mark_before_a_year_is_a_copyright_sign(line: str, wanted: str | None) -> None:
    assert footer_holder(line) == wanted
