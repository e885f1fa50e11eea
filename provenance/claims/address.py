"""Where a page lives: its own address, or, for a page a web archive saved, the archived
site's address and the capture's date (the page is that site's, not the archive's)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Archived, Document

# https://web.archive.org/web/20120216182711/http://www.stol.it/... (an "id_" or "im_" flag may follow the time)
_WAYBACK_URL = re.compile(r"^(?:https?:)?//(?:web\.)?archive\.org/web/(\d{4,14})(?:[a-z]{2}_)?/(.+)$", re.I)


def archived_capture(doc: Document) -> Archived | None:
    """The capture a page is, from its address or the archive's own script in the page."""
    for url in (doc.source.url, *(m.value for m in doc.meta("og:url")), *(m.value for m in doc.meta("link:canonical"))):
        m = _WAYBACK_URL.match(url or "")
        if m:
            return Archived("Internet Archive", _absolute(m.group(2)), _timestamp(m.group(1)))
    address = next((m.value for m in doc.meta("wayback:url")), None)
    if address:
        stamp = next((m.value for m in doc.meta("wayback:date")), "")
        return Archived("Internet Archive", _absolute(address), _timestamp(stamp))
    return None


def page_address(doc: Document, archived: Archived | None = None) -> str | None:
    """The page's own address: the archived one for a capture, else its record's URL, else
    its og:url (never its canonical link first: a copy points that at the original)."""
    if archived is not None:
        return archived.url
    return doc.source.url or next((m.value for m in doc.meta("og:url")), None)


def _absolute(url: str) -> str:
    return url if re.match(r"^[a-z][a-z0-9+.-]*://", url, re.I) else "http://" + url.lstrip("/")


def _timestamp(stamp: str) -> dt.date | None:
    try:
        return dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])) if len(stamp) >= 8 else None
    except ValueError:
        return None
