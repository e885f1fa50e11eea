"""Claims and chain -> the rights a librarian can act on: the holder as the page states
it (or an honest "not stated", with the publisher as a named presumption), the basis on
which the page carries the text, and the statement to catalogue it under.

A copy belongs to its original publisher, as its credit states, unless a line inside the
text names another holder (a book excerpt's author). The page's own licence never
licenses a copy: a site cannot grant rights it does not hold. RightsStatements.org
statements are for works that no licence covers; where a licence or a public-domain tool
applies, the statement is that licence's own address.
"""

from __future__ import annotations

import re

from .model import AGENCY_MATERIAL, ChainLink, Claims, Evidence, Notice, Rights
from .notices import page_licence
from .registry import same_outlet
from .words import ARTICLES

RIGHTS_STATEMENTS = {
    "InC": "http://rightsstatements.org/vocab/InC/1.0/",
    "NoC-US": "http://rightsstatements.org/vocab/NoC-US/1.0/",
    "CNE": "http://rightsstatements.org/vocab/CNE/1.0/",
}
# Licences that let anyone reuse, modify and sell copies: CC BY and BY-SA (no NC, no ND),
# the public-domain tools, the GNU FDL and the government open licences.
_OPEN_PREFIXES = ("CC-BY-SA", "CC0-", "CC-PDM-", "CC-PDDC", "GFDL-", "OGL-UK-", "OGL-Canada-", "DL-DE-", "etalab-")
_PUBLIC_DOMAIN = ("CC0-", "CC-PDM-", "CC-PDDC")
_PRESUMED = "the page states no rights holder; its publisher is presumed to hold the rights"


def is_open_licence(spdx: str | None) -> bool:
    if not spdx:
        return False
    if spdx.startswith(_OPEN_PREFIXES):
        return True
    return spdx == "CC-BY" or (spdx.startswith("CC-BY-") and spdx[len("CC-BY-"):][:1].isdigit())


_CC = re.compile(r"^CC-((?:BY)(?:-NC)?(?:-ND|-SA)?)-(\d\.\d)(?:-([A-Z]{2,3}))?$")
_FIXED_URIS = {
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-PDM-1.0": "https://creativecommons.org/publicdomain/mark/1.0/",
    "GFDL-1.3": "https://www.gnu.org/licenses/fdl-1.3.html",
    "GFDL-1.2": "https://www.gnu.org/licenses/old-licenses/fdl-1.2.html",
    "OGL-UK-3.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    "OGL-UK-2.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/",
    "DL-DE-BY-2.0": "https://www.govdata.de/dl-de/by-2-0",
    "DL-DE-ZERO-2.0": "https://www.govdata.de/dl-de/zero-2-0",
}


def licence_uri(spdx: str | None) -> str | None:
    """The address of a licence or public-domain tool, for the rights statement field:
    CC-BY-SA-4.0 -> https://creativecommons.org/licenses/by-sa/4.0/; None when unknown."""
    if not spdx:
        return None
    fixed = _FIXED_URIS.get(spdx.replace("-only", "").replace("-or-later", ""))
    if fixed:
        return fixed
    m = _CC.match(spdx)
    if not m:
        return None
    port = f"{m.group(3).lower()}/" if m.group(3) else ""
    return f"https://creativecommons.org/licenses/{m.group(1).lower()}/{m.group(2)}/{port}"


# Credits that do not make the page a copy whose rights are the original's: a press release
# known only by its "About X" paragraph, and a text built on an agency's material ("With inputs
# from PTI"), which the page tells in its own words under its own notice.
_INFERRED_ONLY = frozenset({"press-release-about", AGENCY_MATERIAL})


def assess_rights(claims: Claims, chain: list[ChainLink]) -> Rights:
    """Who holds the rights in this text, and on what basis this page carries it."""
    # A press release known only by its closing "About X" paragraph names its issuer, but no
    # credit states whose the copy is: the page's own line still states the holder.
    if len(chain) > 1 and not all(link.form in _INFERRED_ONLY for link in chain[:-1]):
        return _copy_rights(claims, chain)
    own = chain[-1].publisher
    licence = page_licence(claims.notices)  # image credits, widgets and mentions do not license the page
    notice = _stated_holder(claims, own)
    if licence:
        # No copyright line: the licence's own statement may name its licensor.
        stated = notice or (licence if licence.holder else None)
        return _licensed(stated.holder if stated else None, stated.evidence if stated else None, licence.license, own)
    if notice:
        return Rights(notice.holder, "own copyright", RIGHTS_STATEMENTS["InC"], False, holder_evidence=notice.evidence)
    return _presumed(Rights(None, "unknown", RIGHTS_STATEMENTS["CNE"], False), own)


def _copy_rights(claims: Claims, chain: list[ChainLink]) -> Rights:
    original = chain[0]
    # The credit's own line may state the text's holder: "Copyright © 2018 by Jane Doe.
    # Reprinted by permission of Quay Books." is the author's text, the publisher's permission.
    inside = _within_text(claims) or next((n for n in _copyright_notices(claims) if _same_line(n.evidence, original.evidence)), None)
    # The page's own copyright line may name the original's company: "Citylab.com © 2019 The
    # Atlantic Monthly Group" under "This article originally appeared on The Atlantic" states the
    # holder, where the credit names only the outlet.
    inside = inside or next((n for n in _copyright_notices(claims) if _names_company_of(n.holder, original.publisher)), None)
    # A line in the text naming its holder outranks the credit: a book excerpt's author
    # holds the copyright the publisher's permission covers.
    holder, evidence = (inside.holder, inside.evidence) if inside else (original.publisher, original.evidence)
    originals = [link.publisher for link in chain if link.role == "original"]
    credited = [a for a in claims.attributions if any(same_outlet(a.publisher, link.publisher) for link in chain[:-1])]
    grant = next(
        (a for a in credited if (a.license or a.form == "republished-under-licence") and any(same_outlet(a.publisher, o) for o in originals)),
        None,
    )
    if grant is not None:
        page = page_licence(claims.notices)
        return _licensed(holder, evidence, grant.license or (page.license if page else None), None)
    if any(a.permission for a in credited):
        return Rights(holder, "permission", RIGHTS_STATEMENTS["InC"], False, holder_evidence=evidence)
    if any(n.kind == "fair-use" for n in claims.notices):
        return Rights(holder, "fair-use claim", RIGHTS_STATEMENTS["InC"], False, holder_evidence=evidence)
    # The copy's terms are unknown; its status is known when the holder's own notice is on it.
    held = any(n.kind == "copyright" and n.scope == "page" and same_outlet(n.holder, holder) for n in claims.notices)
    return Rights(holder, "unknown", RIGHTS_STATEMENTS["InC" if held else "CNE"], False, holder_evidence=evidence)


_ARTICLE = re.compile(rf"^(?:{ARTICLES})\s+", re.I)  # the shared list of leading articles (words.py)


def _names_company_of(holder: str | None, outlet: str | None) -> bool:
    """Whether a copyright holder is the outlet, or a company named after it: the outlet's
    words open the holder's ("The Atlantic Monthly Group" for The Atlantic, "Harbour Herald
    Media Ltd" for the Harbour Herald). A name of one word keeps its article: "Atlantic
    Records" is not The Atlantic's."""
    if not holder or not outlet:
        return False
    if same_outlet(holder, outlet):
        return True
    name, company = _ARTICLE.sub("", outlet).casefold().split(), _ARTICLE.sub("", holder).casefold().split()
    if len(name) < 2:
        name, company = outlet.casefold().split(), holder.casefold().split()
    return len(" ".join(name)) >= 4 and len(company) > len(name) and company[: len(name)] == name


def _same_line(one: Evidence, other: Evidence | None) -> bool:
    return other is not None and one.where == other.where == "text" and one.line == other.line and one.text == other.text


def _licensed(holder: str | None, evidence: Evidence | None, spdx: str | None, own: str | None) -> Rights:
    """Rights carried under a licence, whose own address is the statement: none held when
    it is a public-domain tool; the publisher presumed the licensor when no one is named."""
    statement = licence_uri(spdx)
    if spdx and spdx.startswith(_PUBLIC_DOMAIN):
        return Rights(None, "public domain", statement, True, spdx)
    rights = Rights(holder, "licence", statement, is_open_licence(spdx), spdx, holder_evidence=evidence)
    return rights if holder else _presumed(rights, own)


def _presumed(rights: Rights, own: str | None) -> Rights:
    if own is None:
        return rights
    return Rights(
        rights.holder, rights.basis, rights.statement, rights.openly_licensed, rights.license,
        presumed_holder=own, presumed_why=_PRESUMED,
    )


def _copyright_notices(claims: Claims) -> list[Notice]:
    """The page's copyright lines and metadata naming a holder; an image's credit
    ("(c) Shutterstock") never counts."""
    return [n for n in claims.notices if n.kind == "copyright" and n.scope == "page" and n.holder]


def _within_text(claims: Claims) -> Notice | None:
    """The article's own copyright line: one inside its text, or one closing it above a
    footer line that names another holder (the site's); or the article's own metadata
    naming a wire agency (copyright.meta_copyrights), wherever the footer's line stands."""
    notices = _copyright_notices(claims)
    for at, notice in enumerate(notices):
        if notice.within_text:
            return notice
        later = notices[at + 1 :] if notice.evidence.where == "text" else notices
        if notice.closes_text and any(n.evidence.where == "text" and not same_outlet(n.holder, notice.holder) for n in later):
            return notice
    return None


def _stated_holder(claims: Claims, own: str | None) -> Notice | None:
    """The holder the page states for its own text: a copyright line inside the text, else
    the site's line naming the publisher, else the last with a year, else the last (the
    footer's), else the metadata's (<meta name="copyright">, rightsHolder). A line naming a
    company by its legal form is the fuller statement beside one naming only a brand in the
    same part of the page: "© 2021 Example Times" and "© 2021 Example Media Group Ltd." in a
    footer make the company the holder; a sidebar's "© 2021 Weather data: Example Weather Inc." does not."""
    notices = _copyright_notices(claims)
    inside = _within_text(claims)
    if inside is not None:
        return inside
    lines = [n for n in notices if n.evidence.where == "text"]
    dated = [n for n in lines if n.year]
    fallback = dated[-1] if dated else lines[-1] if lines else None
    named = next((n for n in lines if same_outlet(n.holder, own)), fallback)
    if named is not None and not named.names_company:
        brand = named
        named = next((n for n in reversed(lines) if n.names_company and n.zone == brand.zone and not same_outlet(n.holder, brand.holder)), brand)
    return named or next(iter(n for n in notices if n.evidence.where != "text"), None)
