"""Holders behind the years a copyright line lists or spans in words, in brackets, and behind
one more German reservation (issue 12). The examples are invented, in the shapes real footers
write."""

from __future__ import annotations

import pytest
from pages import story_holder


@pytest.mark.parametrize(
    "footer",
    [
        "© 2019, 2021 Quayside Media",
        "© 2019, 2020, 2021 Quayside Media",
        "© 2010 bis 2021 Quayside Media",
        "© 2010 to 2021 Quayside Media",
        "© 2010 to present Quayside Media",
        "Copyright (2021) Quayside Media. All Rights Reserved.",
        "© (2010-2021) Quayside Media",
        "© 2021 Quayside Media sämtliche Rechte vorbehalten",
        "© 2021 Quayside Media. Sämtliche Rechte vorbehalten.",
    ],
)
def test_the_holder_after_the_years_in_any_form(footer: str) -> None:
    assert story_holder(footer) == "Quayside Media"


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021, 20 Minuten AG", "20 Minuten AG"),  # a name that opens with a number is no second year
        ("© 2021 Quayside Media and contributors", "Quayside Media and contributors"),
    ],
)
def test_what_is_no_year_stays_in_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


def _copy_rights(footer: str) -> tuple[str | None, str | None]:
    from pages import STORY, article, audit_page

    page = article(STORY + "<p>This article originally appeared on The Atlantic.</p>", site="Harbour Lab", main=True, footer=f"<footer><p>{footer}</p></footer>")
    rights = audit_page(page, "https://www.harbourlab.example/news/1").rights
    assert rights is not None
    return rights.holder, rights.holder_evidence.text if rights.holder_evidence else None


def test_a_copys_own_copyright_line_naming_the_originals_company_states_the_holder() -> None:
    footer = "Harbourlab.example © 2019 The Atlantic Monthly Group"
    assert _copy_rights(footer) == ("The Atlantic Monthly Group", footer)


@pytest.mark.parametrize("footer", ["© 2019 Quayside Media Group", "© 2019 Atlantic Records"])
def test_a_copys_copyright_line_naming_another_company_leaves_the_credited_original(footer: str) -> None:
    assert _copy_rights(footer) == ("The Atlantic", "This article originally appeared on The Atlantic.")


@pytest.mark.parametrize(
    "footer",
    [
        "© 2021 Redaktion", "© 2021 Webmaster", "© The Author", "© 2021 La rédaction",  # a role, no one's name
        "© 2021 Suche", "© 2021 Rechtliches", "© 2021 Partner", "© 2021 Archiv", "© 2021 Haftungsausschluss",  # the footer's links
        "© 2021 Alle", "© 2021 Todos", "© 2021 Design",  # the first word of what the next element goes on with
    ],
)
def test_a_footer_word_after_the_sign_is_no_holder(footer: str) -> None:
    assert story_holder(footer) is None


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021 Team Harbour GmbH", "Team Harbour GmbH"),
        ("© 2021 Quayside Media und Partner", "Quayside Media und Partner"),
        ("© 2021 Redaktion Hafenblatt", "Redaktion Hafenblatt"),
        ("© 2021 Links & Partner Kanzlei", "Links & Partner Kanzlei"),
    ],
)
def test_the_same_words_inside_a_name_stay(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder
