"""The shape of a rule pack: which sections it may hold, and what type every value in
them must be.

A pack is checked against these shapes before anything reads it, so that the reader
(packs._Builder) only ever sees the types it expects, and a wrong one is an error that
names the file, the entry and the problem ("rule ORG101: 'keywords[0]' must be a
non-empty string, not an integer (1)") instead of a traceback. The check follows the
shape, never the value, so a value nested however deeply costs one step.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SEVERITIES = ("error", "warning", "info")
CATEGORIES = ("chain", "notice", "date", "rights", "input")
ZONES = ("header", "body", "footer", "boilerplate")
NOTICE_KINDS = ("fair-use", "copyright", "license", "republication")
NOTICE_WORDS = (
    "discussion", "site", "rights_reserved", "holder_stops", "not_holders", "software_holders", "image_labels", "image_holders", "text_labels",
    "theme_names", "theme_marks", "provider_labels", "service_labels", "other_work_labels", "page_words", "text_credits",
    "quoting_words",
    # the holder cleaner's legal forms and makers' credits (notices/holder.py HolderForms)
    "legal_forms", "legal_forms_joining", "legal_forms_keeping_dot", "legal_forms_before_address", "legal_forms_before_quotes",
    "legal_forms_cjk", "by_after_name", "name_titles", "company_words", "group_words", "footer_links",
    "name_joiners", "language_names", "language_codes", "to_top_words", "founded_words", "street_words", "register_labels",
    "picture_labels", "placeholder_holders", "carried_items", "social_networks", "tagline_openers",
)
CREDIT_WORDS = (
    "by", "roles", "media", "not_names", "document_kinds", "phrase_starts", "about_headings", "organisation_words", "places", "editions",
    "written_by", "credentials", "outlet_words", "apparatus", "other_texts", "this_text",
    "data_sources", "data_words", "newsroom_words", "partner_words", "masthead_words", "masthead_leads", "masthead_marks",
    "outlet_parts", "byline_and", "byline_with",
)
CC_ELEMENTS = ("by", "nc", "nd", "sa")


class ShapeError(ValueError):
    """A value of the wrong type; `where` is its path inside the entry ('keywords[0]')."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(problem)
        self.where = where
        self.problem = problem


class Shape:
    """What a value must be; `check` raises ShapeError when it is not."""

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value: Any, where: str) -> None:
        raise NotImplementedError

    def wrong(self, value: Any, where: str) -> ShapeError:
        return ShapeError(where, f"must be {self.describe()}, not {describe_value(value)}")


@dataclass(frozen=True)
class Text(Shape):
    def describe(self) -> str:
        return "a non-empty string"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise self.wrong(value, where)


@dataclass(frozen=True)
class OneOf(Shape):
    choices: tuple[str, ...]

    def describe(self) -> str:
        return "one of " + ", ".join(self.choices)

    def check(self, value: Any, where: str) -> None:
        if value not in self.choices or not isinstance(value, str):
            raise self.wrong(value, where)


@dataclass(frozen=True)
class Flag(Shape):
    def describe(self) -> str:
        return "true or false"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, bool):
            raise self.wrong(value, where)


@dataclass(frozen=True)
class Number(Shape):
    """A finite number above `low` (or equal to it, `from_low`) and, when given, below
    `high`; `whole` for integers only."""

    low: float
    high: float = math.inf
    whole: bool = False
    from_low: bool = False

    def describe(self) -> str:
        below = f" and below {self.high:g}" if self.high < math.inf else ""
        low = f"of {self.low:g} or more" if self.from_low else f"above {self.low:g}"
        return f"{'a whole number' if self.whole else 'a number'} {low}{below}"

    def check(self, value: Any, where: str) -> None:
        kinds = (int,) if self.whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not math.isfinite(value):
            raise self.wrong(value, where)
        if not ((self.low <= value if self.from_low else self.low < value) and value < self.high):
            raise self.wrong(value, where)


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape
    length: int | None = None  # exactly this many items

    def describe(self) -> str:
        return f"a list of {self.length} items" if self.length is not None else "a list"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, list) or (self.length is not None and len(value) != self.length):
            raise self.wrong(value, where)
        for i, item in enumerate(value):
            self.item.check(item, f"{where}[{i}]")


@dataclass(frozen=True)
class Table(Shape):
    """A table with these keys and no others; `required` ones must be there."""

    fields: Mapping[str, Shape]
    required: frozenset[str] = frozenset()

    def describe(self) -> str:
        return "a table"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise self.wrong(value, where)
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise ShapeError(where, f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(self.fields))})")
        missing = sorted(self.required - set(value))
        if missing:
            raise ShapeError(where, f"missing required key '{missing[0]}'")
        for key, item in value.items():
            self.fields[key].check(item, _join(where, key))


@dataclass(frozen=True)
class MapOf(Shape):
    """A table whose keys are names the pack chooses (a language, a port code)."""

    value: Shape

    def describe(self) -> str:
        return "a table"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise self.wrong(value, where)
        for key, item in value.items():
            self.value.check(item, _join(where, key))


@dataclass(frozen=True)
class Scalar(Shape):
    """A string, number, boolean or date: free-form metadata nobody reads."""

    def describe(self) -> str:
        return "a string, number, boolean or date"

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, (str, int, float, bool, dt.date, dt.time)):
            raise self.wrong(value, where)


@dataclass(frozen=True)
class Section:
    """A pack section: one table, or an array of tables ([[rule]]) each named in errors
    by its `label` key when that is a string ("rule ORG101"), else by its index."""

    shape: Shape
    array: bool = False
    label: str | None = None
    label_quoted: bool = False


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def describe_value(value: Any) -> str:
    """What a wrong value is, in TOML's words, with a short look at it."""
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = repr(value) if len(value) <= 40 else repr(value[:40]) + "…"
        return f"a string ({shown})" if value.strip() else "an empty string"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) > 1 else ''}" if value else "an empty list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return f"a date or time ({value.isoformat()})"
    return type(value).__name__


TEXT = Text()
STRINGS = ListOf(TEXT)
SPELLINGS = ListOf(STRINGS)  # each item: every spelling of one month or weekday
PATTERN_ZONES = ListOf(OneOf(ZONES))
WEEKDAY_LISTS = ListOf(STRINGS, length=7)
# `numeric_years`: the first and last year a numeric date ("1400/01/01") is read in the calendar.
CALENDAR_MONTHS = Table(
    {"months": ListOf(STRINGS, length=12), "numeric_years": ListOf(Number(1, 3000, whole=True), length=2)},
    required=frozenset({"months"}),
)

SECTIONS: dict[str, Section] = {
    "pack": Section(MapOf(Scalar())),  # the pack's own name, version, notes: not read
    "months": Section(MapOf(ListOf(STRINGS, length=12))),
    "weekdays": Section(MapOf(Table({"names": WEEKDAY_LISTS, "abbreviations": WEEKDAY_LISTS, "written": WEEKDAY_LISTS}))),
    "weekday_mentions": Section(Table({"not_a_mention": STRINGS})),
    "yearless": Section(Table({"bracketed_weekdays": WEEKDAY_LISTS})),
    "numeric_dates": Section(Table({"day_first": STRINGS, "month_first": STRINGS})),
    "datelines": Section(
        Table({"not_page_date": STRINGS, "page_date_labels": STRINGS, "updated_labels": STRINGS,
               "updated_labels_after": STRINGS, "page_date_labels_after": STRINGS, "caption_labels": STRINGS})
    ),
    "calendars": Section(
        Table({
            "persian": CALENDAR_MONTHS,
            "hijri": CALENDAR_MONTHS,
            "japanese": Table({"eras": MapOf(Number(0, 3000, whole=True))}),  # era name -> the Gregorian year before its first
            "buddhist": Table({"offset": Number(0, 1000, whole=True)}, required=frozenset({"offset"})),
        })
    ),
    "date_meta": Section(
        Table({"keys": STRINGS, "role": OneOf(("published", "modified")), "weight": Number(0, from_low=True)}, required=frozenset({"keys", "role"})),
        array=True,
    ),
    "publisher": Section(
        Table(
            {
                "name": TEXT, "aliases": STRINGS, "legal_names": STRINGS, "domains": STRINGS, "kind": TEXT, "country": TEXT,
                "license": TEXT, "part_of": TEXT, "dateline_codes": STRINGS,
                "cased_codes": STRINGS, "role_codes": STRINGS,
            },
            required=frozenset({"name"}),
        ),
        array=True,
        label="name",
        label_quoted=True,
    ),
    "attribution": Section(
        Table(
            {
                "form": TEXT, "pattern": TEXT, "zones": PATTERN_ZONES, "known_only": Flag(), "closing": Flag(), "after_text": Flag(),
                "dateline_codes": Flag(), "declined": Flag(), "keywords": STRINGS, "line_chars": Number(1, 10_000, whole=True),
                "lines": Number(1, 21, whole=True, from_low=True),
            },
            required=frozenset({"form", "pattern"}),
        ),
        array=True,
    ),
    "notice": Section(
        Table(
            {
                "kind": OneOf(NOTICE_KINDS), "family": TEXT, "pattern": TEXT, "basis": TEXT, "purposes": STRINGS,
                "zones": PATTERN_ZONES, "keywords": STRINGS, "spdx": TEXT, "defaults": MapOf(TEXT), "names_site": Flag(),
                "lines": Number(1, 21, whole=True, from_low=True),
            },
            required=frozenset({"kind", "pattern"}),
        ),
        array=True,
    ),
    "rule": Section(
        Table(
            {
                "id": TEXT, "name": TEXT, "severity": OneOf(SEVERITIES), "category": OneOf(CATEGORIES), "summary": TEXT, "why": TEXT,
                "example": TEXT, "pattern": TEXT, "message": TEXT, "suggestion": TEXT, "zones": PATTERN_ZONES, "keywords": STRINGS,
            },
            required=frozenset({"id", "name", "severity", "category", "summary", "why", "example", "pattern", "message"}),
        ),
        array=True,
        label="id",
    ),
    "self_reference": Section(
        Table(
            {
                "form": TEXT, "pattern": TEXT, "keywords": STRINGS, "known_only": Flag(), "unknown_only": Flag(), "closing": Flag(),
                "repeat": Number(0, 10, whole=True), "late": Flag(), "pitch": Flag(), "outlet_like": Flag(), "outlet_only": Flag(),
                "first_mention": Flag(), "outlet_address": Flag(), "writer": Flag(),
            },
            required=frozenset({"form", "pattern"}),
        ),
        array=True,
    ),
    "zones": Section(Table({"chrome_words": STRINGS, "related_headings": STRINGS, "apparatus_headings": STRINGS, "ad_labels": STRINGS})),
    "notice_words": Section(
        Table({key: STRINGS for key in NOTICE_WORDS})
    ),
    "licence_words": Section(
        Table({
            "page_statement": STRINGS,
            "other_subjects": STRINGS,
            "licensor_before": STRINGS,
            "spdx_ports": STRINGS,
            "cc_elements": Table({code: STRINGS for code in CC_ELEMENTS}),
            "cc_ports": MapOf(STRINGS),  # port code -> its names
        })
    ),
    "credit_words": Section(Table({key: STRINGS for key in CREDIT_WORDS})),
}


def check_pack(data: dict[str, Any]) -> None:
    """Raise ShapeError, its `where` naming the entry, for the first value of the wrong shape."""
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ShapeError("", f"unknown section(s) {', '.join(unknown)} (sections: {', '.join(sorted(SECTIONS))})")
    for name, value in data.items():
        section = SECTIONS[name]
        if not section.array:
            _check_entry(section.shape, value, name)
            continue
        if not isinstance(value, list):
            raise ShapeError(name, f"must be an array of tables ([[{name}]]), not {describe_value(value)}")
        for i, entry in enumerate(value):
            _check_entry(section.shape, entry, entry_label(name, i, entry))


def entry_label(section: str, index: int, entry: Any) -> str:
    """How errors name an entry of an array section: "rule ORG101", "publisher 'X'", "notice[2]"."""
    spec = SECTIONS[section]
    label = entry.get(spec.label) if spec.label and isinstance(entry, dict) else None
    if isinstance(label, str) and label.strip():
        return f"{section} '{label}'" if spec.label_quoted else f"{section} {label}"
    return f"{section}[{index}]"


def _check_entry(shape: Shape, value: Any, entry: str) -> None:
    """Check one entry; a ShapeError's `where` becomes the entry, and the key inside it
    leads the problem ("'keywords[0]' must be ...")."""
    try:
        shape.check(value, "")
    except ShapeError as exc:
        problem = f"'{exc.where}' {exc.problem}" if exc.where else exc.problem
        raise ShapeError(entry, problem) from None
