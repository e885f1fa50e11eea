"""Holders, probe 12: Greek legal forms keep their final dot ("Παράδειγμα Α.Ε."), and a theme's or
software's credit before or around the sign names no holder ("Theme: Astra © 2021")."""

from __future__ import annotations

import pytest
from pages import story_holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021 Παράδειγμα Α.Ε.", "Παράδειγμα Α.Ε."),
        ("© 2021 Παράδειγμα Ε.Π.Ε.", "Παράδειγμα Ε.Π.Ε."),
        ("© 2021 Παράδειγμα Ο.Ε.", "Παράδειγμα Ο.Ε."),
        ("© 2021 Παράδειγμα Ε.Ε.", "Παράδειγμα Ε.Ε."),
        ("© 2021 Παράδειγμα Ι.Κ.Ε.", "Παράδειγμα Ι.Κ.Ε."),
        ("© 2021 Παράδειγμα Α.Ε. Όλα τα δικαιώματα διατηρούνται.", "Παράδειγμα Α.Ε."),
    ],
)
def test_greek_legal_form_keeps_its_dot(footer: str, holder: str) -> None:
    assert story_holder(footer, lang="el") == holder  # exactly: the final dot is the form's


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # without dots nothing is added; a Latin form and a sentence's dot as before
        ("© 2021 Παράδειγμα ΑΕ", "Παράδειγμα ΑΕ"),
        ("© 2021 Example Kft.", "Example Kft."),
        ("© 2021 Example News.", "Example News"),
    ],
)
def test_other_final_dots_unchanged(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    "footer",
    [
        "Theme: Astra © 2021",
        "Thème : Divi © 2021",
        "Tema: Newspaper © 2021",
        "Motyw: Newspaper © 2021",
        "Theme: Astra Pro Child © 2021",
        "Powered by WordPress | Theme: Astra © 2021",
        "Home | Theme: Astra © 2021",
        "Privacy Policy | Theme: Astra © 2021",
    ],
)
def test_theme_named_without_its_maker_names_no_holder(footer: str) -> None:
    assert story_holder(footer) is None


@pytest.mark.parametrize(
    "footer", ["Example News | Theme: Astra © 2021", "Example News | WordPress Theme: Newsup by Themeansar © 2021"]
)
def test_name_before_a_theme_credit_before_the_sign(footer: str) -> None:
    assert story_holder(footer) == "Example News"


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # the software alone, a theme after the name, and names with the theme word in them
        ("Powered by WordPress © 2021", None),
        ("Powered by WordPress · Theme: Astra © 2021", None),
        ("WordPress Theme: Astra © 2021", None),
        ("© 2021 Example News | Theme: Astra", "Example News"),
        ("© 2021 Example News · Theme: Astra", "Example News"),
        ("© 2021 Example News | Powered by WordPress | Theme: Astra", "Example News"),
        ("Copyright © 2021 Example News - Theme: Astra by Brainstorm Force", "Example News"),
        ("© 2021 Theme Park Weekly", "Theme Park Weekly"),
        ("Theme Park Weekly © 2021", "Theme Park Weekly"),
        ("© 2021 Tema Editore", "Tema Editore"),
        ("© 2021 Themes Unlimited Ltd", "Themes Unlimited Ltd"),
    ],
)
def test_theme_credits_unchanged(footer: str, holder: str | None) -> None:
    assert story_holder(footer) == holder
