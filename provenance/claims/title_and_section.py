"""The page's title and its section, from its metadata or, failing that, from its lines."""

from __future__ import annotations

import re

from ..dates import first_date
from ..model import Claims, Document, Evidence, NamedClaim
from ..packs import Packs
from ..scan import evidence

_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def title(doc: Document, packs: Packs) -> NamedClaim | None:
    """The page's title: its metadata's (a <title> without the site's name after it), else the last
    header line that reads as one."""
    for key in ("og:title", "twitter:title", "jsonld:headline", "title"):
        for item in doc.meta(key):
            value = _SITE_SUFFIX.sub("", item.value) if key == "title" else item.value
            return NamedClaim(value, Evidence(item.value, item.line, item.where))
    header = [line for line in doc.lines if line.zone == "header"]
    candidates = [
        line for line in header
        if len(line.text.split()) >= 3 and "|" not in line.text and first_date(line.text, packs.vocab) is None
    ]
    if candidates:
        return NamedClaim(candidates[-1].text, evidence(candidates[-1]))
    return None


def section(doc: Document, packs: Packs, claims: Claims) -> NamedClaim | None:
    """The page's section: its metadata's, else the name an archive page sets above its
    republication footer."""
    for key in ("article:section", "jsonld:articlesection"):
        for item in doc.meta(key):
            return NamedClaim(item.value, Evidence(item.value, item.line, item.where))
    republication = next((n for n in claims.notices if n.kind == "republication"), None)
    if republication is None:
        return None
    # On archive pages the section name stands just above the republication footer.
    # Navigation lines nearby are already zoned boilerplate, so header and footer suffice.
    above = [line for line in doc.lines if line.number < (republication.evidence.line or 0) and line.zone != "body"]
    for line in reversed(above[-3:]):
        words = line.text.split()
        if line.zone != "boilerplate" and 1 <= len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha()):
            return NamedClaim(line.text, evidence(line))
    return None
