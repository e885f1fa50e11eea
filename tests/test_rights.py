"""The rights assessment: holder, basis, RightsStatements.org statement, openness."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attribution import BODY
from test_chain import audit

from provenance.model import Rights
from provenance.packs import PackError, load_packs
from provenance.rights import RIGHTS_STATEMENTS, is_open_licence

InC, CNE = RIGHTS_STATEMENTS["InC"], RIGHTS_STATEMENTS["CNE"]


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


# --- Copies: the holder is the credited original ---------------------------------------------------

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
CC_BY_ND = "https://creativecommons.org/licenses/by-nd/4.0/"
PDM = "https://creativecommons.org/publicdomain/mark/1.0/"


def summary(rights: Rights) -> tuple:
    return (rights.holder, rights.basis, rights.statement, rights.openly_licensed, rights.license, rights.presumed_holder)


def test_copy_reprinted_with_permission() -> None:
    rights = rights_of("<p>Reprinted with permission of The New York Times.</p>")
    assert summary(rights) == ("The New York Times", "permission", InC, False, None, None)
    assert rights.holder_evidence is not None and rights.holder_evidence.text == "Reprinted with permission of The New York Times."


def test_permission_read_from_an_originally_published_credit() -> None:
    rights = rights_of("<p>This article was originally published on Grist and is republished here with permission.</p>")
    assert (rights.holder, rights.basis) == ("Grist", "permission")


def test_fair_use_copy_is_in_copyright() -> None:
    rights = rights_of(
        "<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p><p>In accordance with Title 17 U.S.C. Section 107, this material is "
        "distributed without profit to those who have expressed a prior interest in receiving the included information for "
        "research and educational purposes.</p>"
    )
    assert summary(rights) == ("Bloomberg", "fair-use claim", InC, False, None, None)


def test_copy_on_unknown_terms_is_not_evaluated() -> None:
    assert summary(rights_of("<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p>")) == ("Bloomberg", "unknown", CNE, False, None, None)


def test_copy_carrying_the_holders_notice_is_in_copyright() -> None:
    rights = rights_of("<p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p>\n<p>© 2022 Bloomberg L.P. All Rights Reserved</p>")
    assert summary(rights) == ("Bloomberg", "unknown", InC, False, None, None)


def test_site_licence_does_not_license_a_copy() -> None:
    rights = rights_of("<p>[Source: By Jane Roe, Reuters, 08Jan22]</p>" + LICENCE.format("by"))
    assert summary(rights) == ("Reuters", "unknown", CNE, False, None, None)


def test_copy_under_the_holders_licence() -> None:
    # The Conversation's credit names no version: the registry records its CC BY-ND 4.0 terms.
    rights = rights_of("<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>")
    assert summary(rights) == ("The Conversation", "licence", CC_BY_ND, False, "CC-BY-ND-4.0", None)


def test_licence_named_on_the_credit_line_wins() -> None:
    rights = rights_of("<p>This article is republished from Grist under a Creative Commons licence, CC BY 4.0.</p>")
    assert summary(rights) == ("Grist", "licence", CC_BY, True, "CC-BY-4.0", None)


def test_licence_granted_on_a_permission_credit_is_the_originals() -> None:
    rights = rights_of("<p>Republished with permission of The Guardian under a Creative Commons licence, CC BY 4.0.</p>")
    assert summary(rights) == ("The Guardian", "licence", CC_BY, True, "CC-BY-4.0", None)


def test_copy_of_a_public_domain_original() -> None:
    rights = rights_of("<p>Source: Voice of America</p>")
    assert summary(rights) == (None, "public domain", PDM, True, "CC-PDM-1.0", None)


def test_holder_is_the_original_of_a_three_link_chain() -> None:
    rights = rights_of("<p>Source: Equipo Nizkor</p><p>[Source: Reuters, London, 14Mar23]</p>")
    assert (rights.holder, rights.basis) == ("Reuters", "unknown")


def test_a_line_in_the_text_naming_the_holder_outranks_the_publishers_permission() -> None:
    rights = rights_of(
        "<p>Excerpted from Superminds by Thomas W. Malone. Copyright © 2018 by Thomas W. Malone.</p>\n"
        f"<p>{BODY}</p>\n<p>Reprinted with permission of Little, Brown and Company.</p>"
    )
    assert (rights.holder, rights.basis) == ("Thomas W. Malone", "permission")


# --- The page's own text -------------------------------------------------------------------------------


def test_own_page_under_an_open_licence() -> None:
    rights = rights_of("<footer><p>© 2023 Harbour Watch</p></footer>\n" + LICENCE.format("by-sa"))
    assert summary(rights) == ("Harbour Watch", "licence", "https://creativecommons.org/licenses/by-sa/4.0/", True, "CC-BY-SA-4.0", None)


def test_own_page_under_a_non_commercial_licence_is_not_open() -> None:
    # No line names the licensor: the publisher is presumed, and said to be presumed.
    rights = rights_of(LICENCE.format("by-nc"))
    assert summary(rights) == (None, "licence", "https://creativecommons.org/licenses/by-nc/4.0/", False, "CC-BY-NC-4.0", "Harbour Watch")


def test_own_page_dedicated_to_the_public_domain() -> None:
    html = '<footer><a rel="license" href="https://creativecommons.org/publicdomain/zero/1.0/">CC0</a></footer>'
    assert summary(rights_of(html)) == (None, "public domain", "https://creativecommons.org/publicdomain/zero/1.0/", True, "CC0-1.0", None)


def test_own_copyright_prefers_the_sites_line_over_a_photo_credit() -> None:
    rights = rights_of("<p>Photo: © Shutterstock</p>\n<footer><p>© 2023 Harbour Watch. All rights reserved.</p></footer>")
    assert summary(rights) == ("Harbour Watch", "own copyright", InC, False, None, None)


def test_a_page_that_states_no_holder_says_so() -> None:
    rights = rights_of("")
    assert summary(rights) == (None, "unknown", CNE, False, None, "Harbour Watch")
    assert rights.presumed_why and "presumed" in rights.presumed_why


def test_the_holder_in_the_metadata_alone() -> None:
    html = f'<html><head><meta property="og:site_name" content="Harbour Watch"><meta name="copyright" content="Harbour Watch Verlag GmbH"></head><body><p>{BODY}</p></body></html>'
    rights = audit(html, "html").rights
    assert rights is not None and (rights.holder, rights.basis) == ("Harbour Watch Verlag GmbH", "own copyright")


# --- No combination contradicts itself -------------------------------------------------------------

_CREDITS = {
    "none": "",
    "copy": "<p>[Source: By Jane Roe, Reuters, 08Jan22]</p>",
    "three links": "<p>Source: Equipo Nizkor</p><p>[Source: Reuters, London, 14Mar23]</p>",
}
_LICENCES = {"none": "", "CC BY": LICENCE.format("by"), "CC BY-NC": LICENCE.format("by-nc"), "CC0": LICENCE.replace("licenses/{}/4.0", "publicdomain/zero/1.0")}
_BASES = {"none": "", "copyright": "<footer><p>© 2023 Harbour Watch</p></footer>", "fair use": (
    "<p>In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit to those who have "
    "expressed a prior interest in receiving the included information for research and educational purposes.</p>")}


@pytest.mark.parametrize("credit", sorted(_CREDITS))
@pytest.mark.parametrize("licence", sorted(_LICENCES))
@pytest.mark.parametrize("basis", sorted(_BASES))
def test_rights_never_contradict_themselves(credit: str, licence: str, basis: str) -> None:
    rights = rights_of(_CREDITS[credit] + "\n" + _BASES[basis] + "\n" + _LICENCES[licence])
    if rights.basis in ("licence", "public domain"):
        # A licence's own address, never a RightsStatements.org statement beside it.
        assert rights.license and (rights.statement is None or "creativecommons.org" in rights.statement), rights
        assert rights.openly_licensed == (rights.license.startswith(("CC-BY-4", "CC0", "CC-BY-SA", "CC-PDM"))), rights
    else:
        assert rights.statement in (InC, CNE) and rights.license is None and not rights.openly_licensed, rights
    if credit != "none":
        # A site's licence never licenses a copy; its holder is the credited original.
        assert rights.basis != "licence" and rights.holder == "Reuters", rights
    assert (rights.holder is None) == (rights.presumed_holder is not None or rights.basis == "public domain"), rights
    assert rights.basis != "fair-use claim" or rights.holder is not None


# --- The registry's licence terms are validated ----------------------------------------------------------


def test_publisher_licence_must_be_an_spdx_id(tmp_path: Path) -> None:
    (tmp_path / "extra.toml").write_text(
        '[[publisher]]\nname = "Example Wire"\naliases = []\nlegal_names = []\ndomains = []\nkind = "wire"\ncountry = "US"\n'
        'license = "Creative Commons"\n'
    )
    with pytest.raises(PackError, match="'license' must be an SPDX id"):
        load_packs([tmp_path])
