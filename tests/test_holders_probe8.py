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
