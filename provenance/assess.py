"""Claims -> the resolved view a librarian reads: the republication chain and the rights.

The chain is ordered oldest first and ends with this document's own publisher; the
rights follow from it and from the notices (a copy belongs to its original publisher
unless a licence from that publisher says otherwise).
"""

from __future__ import annotations

from .model import Attribution, ChainLink, Claims, Notice, Rights
from .notices import page_licence

RIGHTS_STATEMENTS = {
    "InC": "http://rightsstatements.org/vocab/InC/1.0/",
    "NoC-US": "http://rightsstatements.org/vocab/NoC-US/1.0/",
    "CNE": "http://rightsstatements.org/vocab/CNE/1.0/",
}
# Licences that let anyone reuse, modify and sell copies: CC BY and BY-SA (no NC, no ND),
# the public-domain tools, the GNU FDL and the government open licences.
_OPEN_PREFIXES = ("CC-BY-SA", "CC0-", "CC-PDM-", "CC-PDDC", "GFDL-", "OGL-UK-", "OGL-Canada-", "DL-DE-", "etalab-")
_PUBLIC_DOMAIN = ("CC0-1.0", "CC-PDM-1.0", "CC-PDDC")


def is_open_licence(spdx: str | None) -> bool:
    if not spdx:
        return False
    if spdx.startswith(_OPEN_PREFIXES):
        return True
    return spdx == "CC-BY" or (spdx.startswith("CC-BY-") and spdx[len("CC-BY-"):][:1].isdigit())


def build_chain(claims: Claims) -> list[ChainLink]:
    own = claims.publisher.value if claims.publisher else None
    sources: list[Attribution] = []
    for attribution in claims.attributions:
        if attribution.publisher and attribution.publisher != own and all(a.publisher != attribution.publisher for a in sources):
            sources.append(attribution)
    # Oldest first: dated sources by date, undated ones keep the page's order after them.
    sources.sort(key=lambda a: _date_key(a))
    links = [
        ChainLink(
            role="original" if i == 0 else "intermediary",
            publisher=a.publisher,
            author=a.author,
            date=a.date.date if a.date else None,
            date_text=a.date.text if a.date else None,
            line=a.evidence.line,
        )
        for i, a in enumerate(sources)
    ]
    published = claims.published
    own_author = next((a.author for a in claims.attributions if a.publisher == own and a.author), None)
    links.append(
        ChainLink(
            role="republisher" if links else "original",
            publisher=own,
            author=own_author if not links else None,
            date=published.value.date if published else None,
            date_text=published.value.text if published else None,
            line=(claims.publisher.evidence.line if claims.publisher else None) or (published.evidence.line if published else None),
        )
    )
    return links


def _date_key(attribution: Attribution) -> tuple[bool, str]:
    date = attribution.date.date if attribution.date else None
    return (date is None, date.isoformat() if date else "")


def assess_rights(claims: Claims, chain: list[ChainLink]) -> Rights:
    is_copy = len(chain) > 1
    original = chain[0].publisher
    licence = page_licence(claims.notices)  # image credits and widgets do not license the page
    fair_use = any(n.kind == "fair-use" for n in claims.notices)
    permission = any(a.form == "reprinted-with-permission" for a in claims.attributions)
    copyright_notice = _own_copyright(claims.notices)
    if is_copy:
        licensed = _licence_from(licence, claims, original)
        if licensed:
            return Rights(original, "licence", RIGHTS_STATEMENTS["InC"], is_open_licence(licensed.license), licensed.license)
        if permission:
            return Rights(original, "permission", RIGHTS_STATEMENTS["InC"], False)
        if fair_use:
            return Rights(original, "fair-use claim", RIGHTS_STATEMENTS["InC"], False)
        return Rights(original, "unknown", RIGHTS_STATEMENTS["CNE"], False)
    if licence:
        spdx = licence.license
        basis = "public domain" if spdx in _PUBLIC_DOMAIN else "licence"
        holder = copyright_notice.holder if copyright_notice else original
        statement = RIGHTS_STATEMENTS["NoC-US"] if spdx == "CC-PDM-1.0" else RIGHTS_STATEMENTS["InC"]
        return Rights(holder, basis, statement, is_open_licence(spdx), spdx)
    if copyright_notice:
        return Rights(copyright_notice.holder, "own copyright", RIGHTS_STATEMENTS["InC"], False)
    return Rights(original, "unknown", RIGHTS_STATEMENTS["CNE"], False)


def _own_copyright(notices: list[Notice]) -> Notice | None:
    """The page's own copyright line: not an image's credit; the footer's when there is one."""
    lines = [n for n in notices if n.kind == "copyright" and n.scope == "page" and n.holder]
    with_year = [n for n in lines if n.year]
    if with_year:
        return with_year[-1]  # "© 2023 Example Media", usually the last, in the footer
    return lines[0] if lines else None


def _licence_from(licence: Notice | None, claims: Claims, original: str | None) -> Notice | None:
    """A licence covers a copy only when the copy says it is republished under it."""
    if licence is None:
        return None
    if any(a.form == "republished-under-licence" and a.publisher == original for a in claims.attributions):
        return licence
    return None
