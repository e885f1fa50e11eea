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
