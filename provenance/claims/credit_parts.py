"""Splitting a credit into its parts: a comma-separated credit ("By AUTHOR, PUBLISHER, PLACE,
DATE" in any subset), a company name that runs on past its comma ("Little, Brown and Company",
"Agencia EFE, S.A.U."), the places after the publisher, a writer labelled after it, and the
words a sentence puts before the outlet."""

from __future__ import annotations

import re

from ..dates import CenturyHint, DateVocab, first_date
from ..model import DateValue
from ..registry import Registry, known_publisher
from .bylines import person_name

_BY = re.compile(r"^(?:by|por|par|von|di|de)\s+", re.I)
_CREDIT_SPLIT = re.compile(r",|;|\s[-–—|]\s")
# A credit part that is only the end of a company name ("Little, Brown and Company",
# "Agencia EFE, S.A.U."): it belongs with the part before it, not in the place.
_CORPORATE_END = re.compile(r"(?:^|\s)(?:inc|ltd|llc|l\.?\s?p|company|co|corp|corporation|gmbh|s\.?\s?a(?:\.?\s?u)?|ag|plc|limited)\.?$", re.I)
_CORPORATE_TAIL = re.compile(r",\s*(?:[^.,;:()\n]{1,40}?\s)?(?:Inc|Ltd|LLC|L\.P|Company|Co|Corp|Corporation|GmbH|S\.A\.U|S\.A|AG|PLC|Limited)\b\.?")
# A legal form's words after an abbreviation's dot: "Co. KG", "Sp. z o.o.", "Pvt. Ltd.", "Pty. Ltd.".
_ABBREVIATED_FORM_WORDS = frozenset({"Co", "Sp", "Pvt", "Pty", "Bros", "Corp", "Mfg", "Intl"})
_ABBREVIATED_FORM_RUN = re.compile(r"\.(?:[^\S\n]+(?:KGaA|KG|OHG|z[^\S\n]+o\.[^\S\n]?o|Ltd|Limited|Inc|LLC|GmbH|AG|[jk])(?![^\W\d_])\.?)+")
# Dotted letters closing a name, their last dot left out: "e.V", "Sp. z o.o", "s.r.o".
DOTTED_END = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")
# Words a sentence credit puts before the outlet: "in German translation in the print edition of X".
_LEAD = re.compile(r"^(?:[a-z]+\s+translation\s+in\s+)?(?:(?:the\s+)?(?:[a-z]+\s+)?(?:edition|version|issue|website|pages)\s+of\s+)?", re.I)
_PLACE = re.compile(r"^[A-ZÁÉÍÓÚÑÇ][\w'’.-]*(?:\s+(?:de|del|la|el|of|am|upon|[A-ZÁÉÍÓÚÑÇ][\w'’.-]*)){0,3}$")
# A writer's name after a label: two to four Chinese characters, or capitalised words ("Juan Pérez").
_LABELLED_WRITER = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[、，,\s][\u4e00-\u9fff·]{2,4}){0,3}|(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})")


def publisher_name(text: str, m: re.Match[str]) -> str:
    """The `publisher` group, completed when a company name runs on past a comma and
    without the words a sentence puts before the outlet."""
    name = m.group("publisher")
    end = m.end("publisher")
    # The capture stops at a dot and a space, which a legal form holds: "GmbH & Co. KG", "Sp. z o.o.",
    # "Example Media Pvt. Ltd.", "Tierschutzverein Neuhafen e.V.".
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    run = _ABBREVIATED_FORM_RUN.match(text, end) if last in _ABBREVIATED_FORM_WORDS else None
    if run:
        name, end = name + run.group(0), run.end()
    elif DOTTED_END.search(name) and text.startswith(".", end):
        name, end = name + ".", end + 1
    tail = _CORPORATE_TAIL.match(text, end)
    if tail:
        name += tail.group(0)
    return _LEAD.sub("", name.strip(), count=1)


def _merge_corporate(parts: list[str], registry: Registry) -> list[str]:
    """Rejoin a company name split at its comma: a bare suffix ("S.A.U.") always, a part
    ending in one ("Brown and Company") when it follows a single unknown word ("Little")."""
    merged: list[str] = []
    for part in parts:
        end = _CORPORATE_END.search(part)
        if merged and end and (
            end.start() == 0
            or (" " not in merged[-1] and not known_publisher(registry, merged[-1]) and not known_publisher(registry, part))
        ):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def split_credit(
    credit: str, registry: Registry, vocab: DateVocab, hint: CenturyHint, by: re.Pattern[str] | None = None
) -> tuple[str, str | None, str | None, DateValue | None]:
    """'By AUTHOR, PUBLISHER, PLACE, DATE' in any subset, publisher found by the registry."""
    parts = _merge_corporate([p.strip() for p in _CREDIT_SPLIT.split(credit) if p.strip()], registry)
    date = None
    if parts:
        date = first_date(parts[-1], vocab, hint)
        if date is not None:
            parts.pop()
    author = None
    # The by-words of every language the packs know ("Av Anna Berg, TT", "Door Jan de Vries, ANP").
    first_by = ((by and by.match(parts[0])) or _BY.match(parts[0])) if parts else None
    if first_by:
        author = parts.pop(0)[first_by.end() :].strip(" :")
    if not parts:
        return "", author and person_name(author), None, date
    index = next((i for i, p in enumerate(parts) if known_publisher(registry, p)), 0)
    if author is None and index > 0:
        author = ", ".join(parts[:index])
    after = parts[index + 1 :]
    # The writer labelled after the publisher: "来源：新华社 | 作者：张三", "Fuente: EFE | Autor: Juan Pérez".
    for part in after if author is None and by else ():
        label = by.match(part)  # type: ignore[union-attr]
        writer = part[label.end() :].strip(" :：") if label else ""
        if _LABELLED_WRITER.fullmatch(writer):
            after.remove(part)
            author = writer
            break
    author = author and person_name(author)  # "By JANE DOE, Associated Press" names Jane Doe
    # After the publisher come places ("New York"); a description ("a nonprofit newsroom") is not one.
    place = ", ".join(p for p in after if _PLACE.match(p)) or None
    return parts[index], author, place, date
