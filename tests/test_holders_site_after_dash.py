"""The site's own name after a spaced dash closes a copyright line; the holder is the name
before it (benchmarks/probe_renamed.py: "© 2023 Paul Parey Zeitschriftenverlag GmbH - WILD
UND HUND" was cut after its legal form, but renamed to a name with none the line kept the site's
name: "Jane Roe - WILD UND HUND").

The site's name is its og:site_name or its address's own label. What is not the site's name
stays: a name with a dash in it ("Harbour - Quay Media"), a line that is the site's name
before the dash ("Riverside Daily - Harbour Media", another order the footer does not settle),
and a holder that is the site's name alone."""

from __future__ import annotations

import pytest
from pages import story_holder

SITE = "Riverside Daily"


def footer_holder(line: str, site: str = SITE, url: str = "https://www.riversidedaily.example/news/1") -> str | None:
    return story_holder(line, site=site, url=url)


@pytest.mark.parametrize(
    "line, wanted",
    [
        ("© 2023 Jane Roe - Riverside Daily", "Jane Roe"),
        ("© 2023 Harbour Media Group – Riverside Daily", "Harbour Media Group"),
        ("Copyright © 2023 Stadt Neuhafen — RIVERSIDE DAILY", "Stadt Neuhafen"),
        ("© 2023 Северная пресса - Riverside Daily", "Северная пресса"),
    ],
)
def test_the_sites_name_after_a_dash_is_not_the_holders(line: str, wanted: str) -> None:
    assert footer_holder(line) == wanted


def test_the_address_label_names_the_site_too() -> None:
    line = "© 2023 Harbour Media Group - Wildundhund"
    assert footer_holder(line, site="", url="https://www.wildundhund.example/news/1") == "Harbour Media Group"


@pytest.mark.parametrize(
    "line, wanted",
    [
        ("© 2023 Harbour - Quay Media", "Harbour - Quay Media"),
        ("© 2023 Riverside Daily", "Riverside Daily"),
    ],
)
def test_what_is_not_the_sites_name_stays(line: str, wanted: str) -> None:
    assert footer_holder(line) == wanted
