"""How a plain text names a site: the separators between the parts of a masthead, a site's
name or a page's title; how many closing lines a footer, a "published by" sentence or a
copyright line stands in; a name as whole words; and the words before a name that only
report to it ("… told Salon"). Shared by the readers of the page's own publisher
(publisher, masthead, self_reference)."""

from __future__ import annotations

import re

__all__ = ["ENDING_LINES", "MASTHEAD_SPLIT", "REPORTED_TO", "whole_name"]

# Between the parts of a masthead, a site name or a title: "Derechos | Equipo Nizkor", "Riverside
# County Library — Announcements", "… Jagdjahr 2020/2021 | MLUK".
# A slash with no space on either side joins a name's words ("Bündnis 90/Die Grünen", "CDU/CSU-Fraktion"):
# only a spaced one parts a name from its tagline or section.
MASTHEAD_SPLIT = re.compile(r"\s*[|·•]\s*|\s+/\s*|/\s+|\s[-–—]\s")

ENDING_LINES = 5  # a text's closing lines: its footer, a "published by" sentence, a copyright line

REPORTED_TO = re.compile(r"\b(?:told|tells|telling|to|with|by)\s+(?:the\s+)?$", re.I)


def whole_name(name: str) -> re.Pattern[str]:
    """A name as whole words, ignoring case."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
