"""The rights assessment: holder, basis, RightsStatements.org statement, openness."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attribution import BODY
from test_chain import audit

from provenance.assess import RIGHTS_STATEMENTS, is_open_licence
from provenance.model import Rights
from provenance.packs import PackError, load_packs

InC, NoC_US, CNE = RIGHTS_STATEMENTS["InC"], RIGHTS_STATEMENTS["NoC-US"], RIGHTS_STATEMENTS["CNE"]


def rights_of(html_body: str, site: str = "Harbour Watch") -> Rights:
    # One element a line: the notice extractor keeps one notice of a kind per source line.
    html = f'<html><head><meta property="og:site_name" content="{site}"></head><body>\n<p>{BODY}</p>\n{html_body}\n</body></html>'
    result = audit(html, "html")
    assert result.rights is not None
    return result.rights


LICENCE = '<footer><a rel="license" href="https://creativecommons.org/licenses/{}/4.0/">licence</a></footer>'


@pytest.mark.parametrize(
    "spdx, is_open",
    [("CC-BY-4.0", True), ("CC-BY-SA-4.0", True), ("CC0-1.0", True), ("CC-PDM-1.0", True), ("CC-BY-3.0-DE", True),
     ("CC-BY-NC-4.0", False), ("CC-BY-ND-4.0", False), ("CC-BY-NC-SA-4.0", False), ("CC-BY-NC-ND-3.0", False), (None, False)],
)
def test_only_by_by_sa_and_public_domain_are_open(spdx: str | None, is_open: bool) -> None:
    assert is_open_licence(spdx) is is_open


# --- Copies ------------------------------------------------------------------------------------------


def test_copy_reprinted_with_permission() -> None:
    assert rights_of("<p>Reprinted with permission of The New York Times.</p>") == Rights("The New York Times", "permission", InC, False)


def test_permission_read_from_an_originally_published_credit() -> None:
    rights = rights_of("<p>This article was originally published on Grist and is republished here with permission.</p>")
    assert (rights.holder, rights.basis) == ("Grist", "permission")


def test_fair_use_copy_is_in_copyright() -> None:
    rights = rights_of(
        "<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p><p>In accordance with Title 17 U.S.C. Section 107, this material is "
        "distributed without profit to those who have expressed a prior interest in receiving the included information for "
        "research and educational purposes.</p>"
    )
    assert rights == Rights("Bloomberg", "fair-use claim", InC, False)


def test_copy_on_unknown_terms_is_not_evaluated() -> None:
    assert rights_of("<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p>") == Rights("Bloomberg", "unknown", CNE, False)


def test_copy_carrying_the_holders_notice_is_in_copyright() -> None:
    rights = rights_of("<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p>\n<p>© 2022 Bloomberg L.P. All Rights Reserved</p>")
    assert rights == Rights("Bloomberg", "unknown", InC, False)


def test_site_licence_does_not_license_a_copy() -> None:
    rights = rights_of("<p>[Source: By Jane Roe, Reuters, 08Jan22]</p>" + LICENCE.format("by"))
    assert rights == Rights("Reuters", "unknown", CNE, False)


def test_copy_under_the_holders_licence() -> None:
    # The Conversation's credit names no version: the registry records its CC BY-ND 4.0 terms.
    rights = rights_of("<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>")
    assert rights == Rights("The Conversation", "licence", InC, False, "CC-BY-ND-4.0")


def test_licence_named_on_the_credit_line_wins() -> None:
    rights = rights_of("<p>This article is republished from Grist under a Creative Commons licence, CC BY 4.0.</p>")
    assert rights == Rights("Grist", "licence", InC, True, "CC-BY-4.0")


def test_copy_of_a_public_domain_original() -> None:
    rights = rights_of("<p>Source: Voice of America</p>")
    assert rights == Rights(None, "public domain", NoC_US, True, "CC-PDM-1.0")


def test_holder_is_the_original_of_a_three_link_chain() -> None:
    rights = rights_of("<p>Source: Equipo Nizkor</p><p>[Source: Reuters, London, 14Mar23]</p>")
    assert (rights.holder, rights.basis) == ("Reuters", "unknown")


# --- The page's own text -------------------------------------------------------------------------------


def test_own_page_under_an_open_licence() -> None:
    rights = rights_of("<footer><p>© 2023 Harbour Watch</p></footer>\n" + LICENCE.format("by-sa"))
    assert rights == Rights("Harbour Watch", "licence", InC, True, "CC-BY-SA-4.0")


def test_own_page_under_a_non_commercial_licence_is_not_open() -> None:
    assert rights_of(LICENCE.format("by-nc")) == Rights("Harbour Watch", "licence", InC, False, "CC-BY-NC-4.0")


def test_own_page_dedicated_to_the_public_domain() -> None:
    html = '<footer><a rel="license" href="https://creativecommons.org/publicdomain/zero/1.0/">CC0</a></footer>'
    assert rights_of(html) == Rights(None, "public domain", NoC_US, True, "CC0-1.0")


def test_own_copyright_prefers_the_sites_line_over_a_photo_credit() -> None:
    rights = rights_of("<p>Photo: © Shutterstock</p>\n<footer><p>© 2023 Harbour Watch. All rights reserved.</p></footer>")
    assert rights == Rights("Harbour Watch", "own copyright", InC, False)


def test_nothing_known() -> None:
    assert rights_of("") == Rights("Harbour Watch", "unknown", CNE, False)


# --- The registry's licence terms are validated ----------------------------------------------------------


def test_publisher_licence_must_be_an_spdx_id(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(
        '[[publisher]]\nname = "Example Wire"\naliases = []\nlegal_names = []\ndomains = []\nkind = "wire"\ncountry = "US"\n'
        'license = "Creative Commons"\n'
    )
    with pytest.raises(PackError, match="'license' must be an SPDX id"):
        load_packs([tmp_path])
