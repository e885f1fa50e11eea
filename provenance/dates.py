"""Reading dates the way real pages write them.

dateutil alone misreads the forms archives use (`22Jan08` becomes 2008, `08Jan75` is
pivoted on today's clock, `fuzzy=True` invents dates from numbers), so the forms are
matched here with compiled patterns built from the vocabulary pack (rules/dates.toml),
and dateutil is used only for ISO 8601 timestamps in metadata.

Two-digit years are resolved against a century hint taken from the document's own
four-digit years, never the clock; with no hint, 00-69 are read as 20xx and 70-99 as
19xx (a fixed, documented pivot). Numeric dates that read two ways are ambiguous and
keep both readings.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from . import regex_cache
from .model import DateValue, lower_in_place
from .regexes import word_alternation

_FIXED_PIVOT = 70  # two-digit years below this are 20xx when the document gives no hint

# A century hint, or a function giving it: finding the hint reads the whole document,
# and only a two-digit year (08Jan22) needs it, so callers may defer that to first need.
CenturyHint = int | None | Callable[[], int | None]


def _alternation(words: list[str]) -> str:
    # Longest first, so "sept" wins over "sep" and "septembre" over both.
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # not set order


def _label_search(labels: list[str]) -> re.Pattern[str]:
    """Labels found anywhere in a text, each starting a word: "aktualisiert" is not found in
    "nichtaktualisiert". Han and kana labels have no word boundary ("最后更新时间")."""
    bounded = [w for w in labels if w and ord(w[0]) < 0x2E80]
    free = [w for w in labels if w and ord(w[0]) >= 0x2E80]
    parts = [rf"(?<!\w)(?:{_alternation(bounded)})"] if bounded else []
    parts += [f"(?:{_alternation(free)})"] if free else []
    return regex_cache.compile("|".join(parts), re.IGNORECASE)


# A clock time between a date and a label written after it: "18:40", "18時40分", "오후 6:40", "(10:12)".
_CLOCK_AFTER = r"\s*[(（]?\s*(?:(?:午前|午後|上午|下午|오전|오후)\s*)?(?:\d{1,2}\s*(?:[:：時时点點]\s*\d{2}\s*分?|[時时点點]))?\s*[)）]?\s*"


# What may stand between a label and its date: a colon, a preposition ("le", "am", "em").
_JUST_BEFORE = re.compile(r"[\s:：]*(?:[^\W\d_]{1,4}[\s:：]+)?")
_CLOSES = re.compile(r"[\d分日]\s*$")


def _after_pattern(labels: list[str]) -> re.Pattern[str]:
    """A label that closes its date's phrase: followed by nothing, a space or a separator, not
    by more of a word or a colon ("更新日：2025年…" labels the date after it)."""
    return regex_cache.compile(rf"{_CLOCK_AFTER}(?:{_alternation(labels)})(?=\s*$|\s*[|｜/・)）\]]|\s+[^:：])", re.IGNORECASE)


@dataclass(frozen=True)
class DateVocab:
    """Compiled month/weekday vocabulary and the patterns built on it."""

    month_by_name: dict[str, int]
    weekday_by_name: dict[str, int]  # full names: also bare mentions
    weekday_by_abbrev: dict[str, int]
    not_a_mention: frozenset[str]
    forward: re.Pattern[str]
    forward_unnamed: re.Pattern[str]  # the forward forms without a month's name
    weekday_word: re.Pattern[str]
    month_ahead: re.Pattern[str]  # "Jan. " just before a day number
    month_behind: re.Pattern[str]  # " de enero" just after a day number
    numeric_order: dict[str, bool]  # language tag ("fr", "en-gb") -> numeric dates are day first
    not_page_date: re.Pattern[str] | None  # words before a date that make it an event's ("Termin:")
    calendar_month: dict[str, tuple[str, int]]  # a Solar Hijri or Hijri month's name -> (calendar, month)
    calendar_years: dict[str, tuple[int, int]]  # "persian", "hijri" -> the years a numeric date is read in it
    eras: dict[str, int]  # a Japanese era's name -> the Gregorian year before its first
    era_date: re.Pattern[str] | None  # 令和3年3月5日
    buddhist_offset: int | None  # Thai solar years run this many ahead: 2564 is 2021
    page_date_label: re.Pattern[str] | None = None  # a line opening "Veröffentlicht: ", "Posted on ": the page's date follows
    published_word: re.Pattern[str] | None = None  # a page-date label anywhere before a date
    updated_word: re.Pattern[str] | None = None  # "Aktualisiert", "Mis à jour", "更新时间": the date after it is the last update
    updated_after: re.Pattern[str] | None = None  # "… 18:40 更新": an update label written after its date
    published_after: re.Pattern[str] | None = None  # "… 10:12 公開": a publication label written after its date
    caption_line: re.Pattern[str] | None = None  # a line opening "Abbildung 2:", "Fig. 3.", "Foto:": a picture's caption
    # A month and day with the weekday in brackets and no year, as portals print them ("3/9(木)
    # 18:45配信", "3월 9일(목)", "3月9日（星期四）"): groups m, d, w; the weekday's number by its name.
    yearless: re.Pattern[str] | None = None
    yearless_weekday: dict[str, int] = field(default_factory=dict)

    def _label_after(self, after: str) -> str | None:
        """"updated" or "published" where a label written after its date follows it, past a
        clock time ("2025年3月9日 18時40分 更新", "2025-03-05 10:12 发布"); None otherwise."""
        for role, pattern in (("updated", self.updated_after), ("published", self.published_after)):
            if pattern is not None and pattern.match(after):
                return role
        return None

    def is_update(self, before: str, after: str) -> bool:
        """Whether a date is the page's last update, by its labels: one just before it ("Mis à
        jour le 9 mars"), else one written after it ("18:40 更新"), else the nearest before it,
        so that "Mis à jour le 9 mars | Publié le 5 mars" dates the page the 5th."""
        nearest: tuple[str, int, int] | None = None
        for role, pattern in (("updated", self.updated_word), ("published", self.published_word)):
            found = list(pattern.finditer(before)) if pattern is not None else []
            if found and (nearest is None or found[-1].end() > nearest[2]):
                nearest = (role, found[-1].start(), found[-1].end())
        # Just before the date, unless it closes the date or time before it ("18:40 更新 2025-03-05 10:12 发布").
        if nearest is not None and _JUST_BEFORE.fullmatch(before, nearest[2]) and not _CLOSES.search(before, 0, nearest[1]):
            return nearest[0] == "updated"
        written_after = self._label_after(after)
        if written_after is not None:
            return written_after == "updated"
        return nearest is not None and nearest[0] == "updated"

    @classmethod
    def build(
        cls,
        months: dict[str, list[list[str]]],
        weekdays: dict[str, dict[str, list[list[str]]]],
        not_a_mention: list[str],
        numeric_order: dict[str, bool] | None = None,
        not_page_date: list[str] | None = None,
        *,
        calendar_months: dict[str, list[list[str]]] | None = None,
        calendar_years: dict[str, tuple[int, int]] | None = None,
        eras: dict[str, int] | None = None,
        buddhist_offset: int | None = None,
        page_date_labels: list[str] | None = None,
        updated_labels: list[str] | None = None,
        updated_labels_after: list[str] | None = None,
        caption_labels: list[str] | None = None,
        page_date_labels_after: list[str] | None = None,
        bracketed_weekdays: list[list[str]] | None = None,
    ) -> DateVocab:
        month_by_name: dict[str, int] = {}
        for spellings in months.values():
            for index, names in enumerate(spellings):
                for name in names:
                    month_by_name[name.lower()] = index + 1
        calendar_month = {
            name.lower(): (calendar, index + 1)
            for calendar, spellings in (calendar_months or {}).items()
            for index, names in enumerate(spellings)
            for name in names
            if name.lower() not in month_by_name
        }
        weekday_by_name: dict[str, int] = {}
        weekday_by_abbrev: dict[str, int] = {}
        for table in weekdays.values():
            for index, names in enumerate(table.get("names", [])):
                for name in names:
                    weekday_by_name[name.lower()] = index
            # Abbreviations, and names `written` only count beside a date, never as bare
            # mentions ("said Saturday"): the name is known, the news style is not.
            for index, names in enumerate([*table.get("abbreviations", []), *table.get("written", [])]):
                for name in names:
                    weekday_by_abbrev[name.lower()] = index % 7
        month = word_alternation(list(month_by_name) + list(calendar_month))
        # In the forward pattern a month is read as a word (or up to three: "tháng 3", "ربيع
        # الأول") and looked up afterwards (month_date): an alternation of a thousand names
        # in seventy languages, tried after every day number, cost more than the rest.
        named = r"[^\W\d_][^\s\d,،]*?(?:\s[^\s,،]+?){0,2}?"
        # A year beside a month's name: Gregorian, or Solar Hijri and Hijri (13xx, 14xx), or
        # Thai Buddhist era (24xx-26xx); month_date() tells them apart by the month.
        y4 = r"(?:1[89]|2[01]|1[34]|2[4-6])\d\d"
        # A Thai date may mark its era between the month and the year: "5 มีนาคม พ.ศ. 2564"
        # (the Buddhist era), "ค.ศ. 2021" (the Christian one); Thai news writes the Buddhist
        # year in two digits after a Thai month: "5 มี.ค. 64" (_forward_value reads 25xx).
        thai_short_year = r"(?<=[\u0E01-\u0E4E]\.\s)[4-7]\d(?=\D|$)"  # after "มี.ค." only, 2540-2579
        # Every form is matched forward from its first digit (scanning for digits is fast);
        # a month or weekday written before the digits is found by looking back.
        forms = {
            # A year 13xx or 14xx: a Solar Hijri or Hijri date written in numbers ("1400/01/01").
            # A dot may take a space after it, as Korean and Czech write dates ("2021. 3. 5.",
            # "5. 3. 2021"), the same after both parts.
            "iso": r"(?P<iso>(?P<iy>(?:19|20|13|14)\d\d)(?P<isep>[-/]|\.[ \xa0]?)(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d))(?![\d])",
            "cjk": r"(?P<cjk>(?P<jy>(?:19|20)\d\d)\s*[年년]\s*(?P<jm>[01]?\d)\s*[月월]\s*(?P<jd>[0-3]?\d)(?!\d)(?:\s*[日일])?)",
            "ymd": rf"(?P<ymd>(?P<y3>{y4})\.?\s+(?:m\.\s+|gada\s+)?"
                   rf"(?:(?P<m3>{named})\.?\s+(?P<d3>[0-3]?\d)|(?P<d4>[0-3]?\d)\.\s+(?P<m4>{named})\.?))(?![\d\w])",
            "dmy": rf"(?P<dmy>(?P<d1>[0-3]?\d)(?:(?:\.|º|°|er|st|nd|rd|th)\s*|\s+)(?:de\s+|of\s+)?"
                   rf"(?P<m1>{named})\.?[,،]?\s*(?:de\s+|del\s+|năm\s+|[,،]\s*|[พค]\.\s?ศ\.\s*)?(?P<y1>{y4}|{thai_short_year}))(?!\d)",
            "cmp": r"(?P<cmp>(?P<cd>[0-3]?\d)(?P<cm>[^\W\d_]{3})(?P<cy>\d\d(?:\d\d)?))(?![\w])",
            "num": r"(?P<num>(?P<n1>[0-3]?\d)(?P<nsep>[/-]|\.[ \xa0]?)(?P<n2>[0-3]?\d)(?P=nsep)(?P<n3>(?:19|20)?\d\d))(?![\d.]\d)",
            "dy": rf"(?P<dy>(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>{y4}))(?!\d)",
        }
        forward = regex_cache.compile("|".join(forms.values()), re.IGNORECASE)
        # Where a named-month form read a word that is no month ("8 hours ago 2021"), the
        # other forms are tried on the same digits.
        unnamed = regex_cache.compile("|".join(form for key, form in forms.items() if key not in ("ymd", "dmy")), re.IGNORECASE)
        # Matched against lower-cased text without IGNORECASE: a literal alternation is
        # then scanned by its first characters, many times faster over a whole page.
        weekday_word = regex_cache.compile(rf"{word_alternation(list(weekday_by_name))}(?![\w-])")
        month_ahead = regex_cache.compile(rf"(?:st|nd|rd|th)?\s+(?P<m>{month})\.?\s*\Z", re.IGNORECASE)
        month_behind = regex_cache.compile(rf"(?:\.|º|er)?\s+(?:de\s+)?(?P<m>{month})(?![\w])", re.IGNORECASE)
        return cls(
            month_by_name=month_by_name,
            weekday_by_name=weekday_by_name,
            weekday_by_abbrev=weekday_by_abbrev,
            not_a_mention=frozenset(p.lower() for p in not_a_mention),
            forward=forward,
            forward_unnamed=unnamed,
            weekday_word=weekday_word,
            month_ahead=month_ahead,
            month_behind=month_behind,
            numeric_order=dict(numeric_order or {}),
            not_page_date=regex_cache.compile(rf"(?<!\w)(?:{_alternation(not_page_date)})", re.IGNORECASE) if not_page_date else None,
            calendar_month=calendar_month,
            calendar_years=dict(calendar_years or {}),
            eras=dict(eras or {}),
            era_date=regex_cache.compile(
                # The era's first year is written 元 ("令和元年"); the Gregorian year may follow in brackets.
                rf"(?P<era>{_alternation(list(eras))})\s*(?P<y>\d{{1,2}}|元)\s*年\s*(?:[（(]\s*(?:19|20)\d\d\s*年?\s*[）)]\s*)?"
                r"(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
            ) if eras else None,
            buddhist_offset=buddhist_offset,
            # The label opens the line and the date follows it: "Posted on August 2, 2019", not
            # "This document has been published on ..." (another site's footer, copied along).
            page_date_label=regex_cache.compile(
                rf"^[^\w]*(?:{_alternation(page_date_labels)})\s*[:：]?\s*(?:on|am|le|el|em|il|op|den|the)?\s*$", re.IGNORECASE
            ) if page_date_labels else None,
            published_word=_label_search(page_date_labels) if page_date_labels else None,
            updated_word=_label_search(updated_labels) if updated_labels else None,
            updated_after=_after_pattern(updated_labels_after) if updated_labels_after else None,
            published_after=_after_pattern(page_date_labels_after) if page_date_labels_after else None,
            # The label opens the line, perhaps numbered, then a colon, a dot or a spaced dash: "Abb. 2:",
            # "Figure 3 — " (not "Bild-Zeitung").
            caption_line=regex_cache.compile(
                rf"^\W*(?:{_alternation(caption_labels)})(?:\s*\d+[a-z]?)?(?:\s*[:.：]|\s+[–—-]\s)", re.IGNORECASE
            ) if caption_labels else None,
            yearless=_yearless_pattern(bracketed_weekdays) if bracketed_weekdays else None,
            yearless_weekday={name: index for index, names in enumerate(bracketed_weekdays or []) for name in names},
        )

    def month_date(self, name: str, year: int, day: int) -> dt.date | None:
        """The Gregorian day a month's name, a year and a day make, in whichever calendar the
        month's name belongs to; None when they make none."""
        name = name.lower().rstrip(".")
        month = self.month_by_name.get(name)
        if month is not None:
            if self.buddhist_offset and 2400 <= year < 2700:
                year -= self.buddhist_offset
            return _make(year, month, day) if year >= 1800 else None
        found = self.calendar_month.get(name)
        if found is None or not 1300 <= year < 1500:
            return None
        return _converted(found[0], year, found[1], day)

    def numeric_calendar_date(self, year: int, month: int, day: int) -> dt.date | None:
        """The Gregorian day of a numeric date whose year is a Solar Hijri or Hijri one
        ("۱۴۰۰/۰۱/۰۱" on an Iranian site, "1442/07/21" on a Saudi one): the calendars' spans of
        years (calendars.toml numeric_years) do not overlap in the web's years, so the year
        tells the calendar. None for a year neither reads (a history's "1415-10-25")."""
        for calendar, (first, last) in self.calendar_years.items():
            if first <= year <= last:
                return _converted(calendar, year, month, day)
        return None

    def day_first(self, tags: list[str]) -> bool | None:
        """Whether numeric dates are day first on a page in these languages (BCP 47 tags,
        "en-GB" or "en_GB"): the first tag the pack settles, by its full form, then its
        language alone. None when none settles it: plain "en" is either order."""
        for tag in tags:
            tag = tag.strip().lower().replace("_", "-")
            found = self.numeric_order.get(tag)
            if found is None:
                found = self.numeric_order.get(tag.split("-")[0])
            if found is not None:
                return found
        return None

    def month_or_weekday(self, text: str) -> bool:
        """Whether a short text is a day's name, a month's, or one with a day number
        ("Monday", "November 19", "19. November"): a date written without its year."""
        words = [w.strip(".,") for w in text.lower().split()]
        named = [w for w in words if w in self.month_by_name or w in self.weekday_by_name]
        return bool(named) and all(w in named or w.rstrip("stndrh").isdigit() for w in words)

    def weekday_of(self, word: str | None) -> int | None:
        if not word:
            return None
        word = word.lower().rstrip(".")
        found = self.weekday_by_name.get(word)
        return found if found is not None else self.weekday_by_abbrev.get(word)


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: DateValue
    start: int
    end: int


def century_hint(years: list[int]) -> int | None:
    """The median of the document's own four-digit years: two-digit years resolve near it."""
    plausible = sorted(y for y in years if 1800 <= y <= 2199)
    return plausible[len(plausible) // 2] if plausible else None


def expand_year(two_digits: int, hint: int | None) -> int:
    """The year ending in `two_digits` nearest the hint; with no hint a fixed pivot
    (00-69 -> 20xx, 70-99 -> 19xx), never today's clock."""
    if hint is None:
        return (2000 if two_digits < _FIXED_PIVOT else 1900) + two_digits
    century = (hint // 100) * 100
    return min((century - 100, century, century + 100), key=lambda c: abs(c + two_digits - hint)) + two_digits


# Dates outside these years are ignored wherever they are read: no page date lies there,
# and the checks' day arithmetic (a day's time zone, a week of weekday mentions) must
# never leave the calendar (".NET's 0001-01-01 placeholder", "31.12.9999").
MIN_YEAR, MAX_YEAR = 1000, 9000


def in_calendar(date: dt.date) -> bool:
    return MIN_YEAR <= date.year <= MAX_YEAR


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of `spans` (sorted, non-overlapping)."""
    index = bisect_right(spans, (position, 1 << 62)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


# Where a date may start: a run of digits that does not continue a word, a number or a
# path ("A4", "1.5", "/2021"), one or two digits long (a day) or four before an ISO
# separator (every form starts so). Most runs in a page are not such, and the regex engine
# passes over them much faster than a Python loop could.
# Only a letter of an alphabet written with spaces stops a date from starting after it
# ("A4"); in Chinese and Japanese a date follows a word directly ("于2021年3月5日").
_DATE_START = re.compile(r"\d(?<![0-9A-Za-zÀ-ɏͰ-ϿЀ-ӿ_]\d)(?<![/.\-]\d)(?:\d?(?!\d)|\d\d\d(?=[-/.年년]|\s+m\.\s))")
# Decimal digits of other scripts, read as the digits they are: ٢٠٢١, ۱۴۰۰, ২০২১, २०२१, ๒๕๖๔, ２０２１.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
                0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_DIGITS = {zero + n: str(n) for zero in _DIGIT_ZEROS for n in range(10)}
def _ascii_digit(m: re.Match[str]) -> str:
    return _DIGITS[ord(m.group(0))]


_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS) + "]")


def _converted(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri or Hijri date, with the libraries made for it."""
    try:
        if calendar == "persian":
            from convertdate import persian

            return _make(*persian.to_gregorian(year, month, day))
        if calendar == "hijri":
            from hijridate import Hijri

            day_of = Hijri(year, month, day).to_gregorian()
            return _make(day_of.year, day_of.month, day_of.day)
    except (ValueError, OverflowError):
        return None  # a day the month does not have, or beyond the library's tables
    return None


def first_date(text: str, vocab: DateVocab, hint: CenturyHint = None) -> DateValue | None:
    """The first date written in a short text (a credit's date field), if any."""
    for found in find_dates(text, vocab, hint):
        return found.value
    return None


def find_dates(text: str, vocab: DateVocab, hint: CenturyHint = None, day_first: bool | None = None) -> Iterator[DateMatch]:
    """Every explicit date in `text` (day, month and year all present), in text order.
    `day_first` (from the page's language) settles numeric dates that read two ways."""
    original = text
    if not text.isascii() and _OTHER_DIGIT.search(text):
        # One character for one: offsets stay the same. A substitution calls back only where
        # such a digit is; str.translate looks up every character (2 s on a 10 MB text).
        text = _OTHER_DIGIT.sub(_ascii_digit, text)
    forward = vocab.forward
    cursor = 0
    for run in _DATE_START.finditer(text):
        start = run.start()
        if start < cursor:
            continue
        m = forward.match(text, start)
        if m is None:
            continue
        found = _forward_value(m, text, vocab, hint, day_first)
        if found is None and (m.group("dmy") or m.group("ymd")):
            m = vocab.forward_unnamed.match(text, start)
            found = _forward_value(m, text, vocab, hint, day_first) if m else None
        if found is not None:
            cursor = found.end
            if text is not original:  # the date as the page wrote it
                found = DateMatch(replace(found.value, text=original[found.start : found.end]), found.start, found.end)
            yield found
    if "年" in text:
        if vocab.era_date is not None:
            yield from _era_dates(text, original, vocab)
        yield from _numeral_dates(text)


def _era_dates(text: str, original: str, vocab: DateVocab) -> Iterator[DateMatch]:
    """Japanese era dates (令和3年3月5日), after the others: they start with the era's name."""
    assert vocab.era_date is not None
    for m in vocab.era_date.finditer(text):
        year = 1 if m.group("y") == "元" else int(m.group("y"))
        date = _make(vocab.eras[m.group("era")] + year, int(m.group("m")), int(m.group("d")))
        if date is not None:
            yield DateMatch(DateValue(date, original[m.start() : m.end()]), m.start(), m.end())


# A date in Chinese numerals, as official notices and some papers write it: the year digit by
# digit (二〇二一年), the month and day as numbers with tens (三月二十五日, 十二月三十一日).
_NUMERAL_DATE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})[^\S\n]*年[^\S\n]*(?P<m>[一二三四五六七八九十]{1,2})[^\S\n]*月"
    r"[^\S\n]*(?P<d>[一二三四五六七八九十]{1,3})[^\S\n]*[日号號]"
)


def _numeral_dates(text: str) -> Iterator[DateMatch]:
    """Dates in Chinese numerals (二〇二一年三月五日), after the others, as era dates are."""
    for m in _NUMERAL_DATE.finditer(text):
        year = int("".join(str(int(unicodedata.numeric(c))) for c in m.group("y")))
        date = _make(year, _numeral(m.group("m")), _numeral(m.group("d")))
        if date is not None:
            yield DateMatch(DateValue(date, m.group(0)), m.start(), m.end())


def _numeral(text: str) -> int:
    """A number under a hundred in Chinese numerals: 五 5, 十 10, 十二 12, 二十 20, 三十一 31
    (0 for a form no date writes, which _make refuses)."""
    tens, ten, units = text.partition("十")
    if not ten:
        return int(unicodedata.numeric(text)) if len(text) == 1 else 0
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return 0
    return (int(unicodedata.numeric(tens)) if tens else 1) * 10 + (int(unicodedata.numeric(units)) if units else 0)


@dataclass(frozen=True, slots=True)
class _Before:
    """The words written just before a date's digits: a month's name ("March 5, 2021") and
    a weekday before it ("Tuesday, 5 March 2021"), with where each starts."""

    start: int  # where the date's text then starts
    month: str | None = None
    weekday: int | None = None


_BLANK = re.compile(r"[^\S\n]")
_WORD = re.compile(r"\S+")
_OPENING = "([{\"'“„«‹"
_ARTICLES = frozenset({"the", "le", "el", "den", "der"})


def _words_before(text: str, lo: int, start: int) -> list[tuple[str, int]]:
    """The words on the date's line in text[lo:start], as (word, offset): none unless a
    blank separates the last of them from the digits."""
    if start <= lo or not _BLANK.match(text, start - 1):
        return []
    line = text.rfind("\n", lo, start) + 1
    return [(m.group(0), m.start()) for m in _WORD.finditer(text, max(lo, line), start)]


def _weekday(word: tuple[str, int] | None, vocab: DateVocab) -> tuple[int, int] | None:
    """(weekday, offset) when a word is a weekday of its own: a short abbreviation ("Do",
    "Sa") only with its "." or ","."""
    if word is None:
        return None
    token, at = word
    bare = token.lstrip(_OPENING)
    at += len(token) - len(bare)
    name = bare.rstrip(".,")
    if not name or (name.lower() not in vocab.weekday_by_name and len(name) <= 3 and name == bare):
        return None
    day = vocab.weekday_of(name)
    return (day, at) if day is not None else None


def _month_before(text: str, lo: int, start: int, vocab: DateVocab) -> _Before | None:
    """The month's name (of one to three words: "ربيع الأول", "tháng 3") just before the
    day in "March 5, 2021", and a weekday before that. Looked up word by word: a regex
    search over the window tried a thousand names at every position."""
    words = _words_before(text, lo, start)
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        token, at = words[-size]
        bare = token.lstrip(_OPENING)
        name = " ".join([bare] + [w for w, _ in words[len(words) - size + 1 :]]).rstrip(".").lower()
        if name in vocab.month_by_name or name in vocab.calendar_month:
            month_at = at + len(token) - len(bare)
            weekday = _weekday(words[-size - 1] if len(words) > size else None, vocab)
            return _Before(weekday[1] if weekday else month_at, name, weekday[0] if weekday else None)
    return None


def _weekday_before(text: str, lo: int, start: int, vocab: DateVocab) -> _Before | None:
    """A weekday just before a date that starts with its day ("Dienstag, 5. März 2021",
    "Tuesday the 5th of March 2021")."""
    words = _words_before(text, lo, start)
    if words and words[-1][0].lower() in _ARTICLES:
        words = words[:-1]
    weekday = _weekday(words[-1] if words else None, vocab)
    return _Before(weekday[1], weekday=weekday[0]) if weekday else None


def _forward_value(m: re.Match[str], text: str, vocab: DateVocab, hint: CenturyHint, day_first: bool | None) -> DateMatch | None:
    start, end = m.span()
    if m.group("iso"):
        iso_year, iso_month, iso_day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        date = _make(iso_year, iso_month, iso_day) if iso_year >= 1900 else vocab.numeric_calendar_date(iso_year, iso_month, iso_day)
        return DateMatch(DateValue(date, m.group(0)), start, end) if date else None
    if m.group("cjk"):
        date = _make(int(m.group("jy")), int(m.group("jm")), int(m.group("jd")))
        return DateMatch(DateValue(date, m.group(0)), start, end) if date else None
    if m.group("ymd"):
        day = m.group("d3") or m.group("d4")
        date = vocab.month_date(m.group("m3") or m.group("m4"), int(m.group("y3")), int(day))
        return DateMatch(DateValue(date, m.group(0)), start, end) if date else None
    if m.group("dmy"):
        year = int(m.group("y1"))
        if year < 100 and vocab.buddhist_offset:
            year += 2500  # "5 มี.ค. 64": two digits after a Thai month, the Buddhist era's 2564
        date = vocab.month_date(m.group("m1"), year, int(m.group("d1")))
        if date is None:
            return None
        before = _weekday_before(text, max(0, start - 24), start, vocab)
        if before is not None:
            start = before.start
        return DateMatch(DateValue(date, text[start:end], weekday=before.weekday if before else None), start, end)
    if m.group("cmp"):
        digits = m.group("cy")
        two = len(digits) == 2
        year = expand_year(int(digits), hint() if callable(hint) else hint) if two else int(digits)
        month = vocab.month_by_name.get(m.group("cm").lower())
        date = _make(year, month, int(m.group("cd"))) if month and m.group("cm").isalpha() else None
        return DateMatch(DateValue(date, m.group(0), two_digit_year=two), start, end) if date else None
    if m.group("dy"):
        before = _month_before(text, max(0, start - 40), start, vocab)
        date = vocab.month_date(before.month, int(m.group("y2")), int(m.group("d2"))) if before and before.month else None
        if before is None or date is None:
            return None
        return DateMatch(DateValue(date, text[before.start : end], weekday=before.weekday), before.start, end)
    value = _numeric_value(m, m.group(0), day_first)
    return DateMatch(value, start, end) if value else None


def _numeric_value(m: re.Match[str], text: str, day_first: bool | None = None) -> DateValue | None:
    a, b, year_text = int(m.group("n1")), int(m.group("n2")), m.group("n3")
    two = len(year_text) == 2
    if two and m.group("nsep") != "/":
        return None  # "12-05-19" and "1.2.19" are too often not dates at all
    year = expand_year(int(year_text), None) if two else int(year_text)
    day_first_date = _make(year, b, a)
    month_first_date = _make(year, a, b)
    if m.group("nsep").startswith(".") or month_first_date is None:
        # Dotted dates are day-first wherever they are written (de, fr, es, it, pt).
        return DateValue(day_first_date, text, two_digit_year=two) if day_first_date else None
    if day_first_date is None or day_first_date == month_first_date:
        return DateValue(month_first_date, text, two_digit_year=two)
    # Both readings are kept; the page's language, when it settles the order, picks one.
    settled = None if day_first is None else day_first_date if day_first else month_first_date
    return DateValue(settled, text, readings=(day_first_date, month_first_date), two_digit_year=two)


_ISO_TS = re.compile(r"^\s*(\d{4})-?(\d\d)-?(\d\d)")


def parse_metadata_date(value: str, vocab: DateVocab) -> DateValue | None:
    """A date from a metadata value: ISO 8601 first (the common case), then the text forms."""
    m = _ISO_TS.match(value)
    if m:
        date = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date:
            return DateValue(date, value.strip())
    for found in find_dates(value[:200], vocab):
        if found.value.date:
            return DateValue(found.value.date, value.strip(), weekday=found.value.weekday)
    return None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/_-]?([01]\d)[/_-]?([0-3]\d)(?:/|[_-]|\.html?|$)")


# A path segment that is a date written day first ("/meldungen/29-10-2021", "/news/05.03.2021-harbour"),
# as European CMSs name a post: separators required, so that a number run is no date. Read
# only where the order cannot be the other one (a day over 12): "03-05-2021" may be either.
_URL_DAY_FIRST = re.compile(r"/([0-3]\d)([-_.])([01]\d)\2((?:19|20)\d\d)(?:/|[_-]|\.html?|$)")


def date_in_url(url: str) -> DateValue | None:
    m = _URL_DATE.search(url)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _URL_DAY_FIRST.search(url)
        if m is None or int(m.group(1)) <= 12:
            return None
        year, month, day = int(m.group(4)), int(m.group(3)), int(m.group(1))
    date = _make(year, month, day)
    return DateValue(date, m.group(0).strip("/")) if date else None


def weekday_mentions(text: str, vocab: DateVocab, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """Bare weekday words outside explicit dates: (weekday, start, end)."""
    lowered = lower_in_place(text)  # offsets kept ("İ" lowers to two characters)
    for m in vocab.weekday_word.finditer(lowered):
        start = m.start()
        if (start and (lowered[start - 1].isalnum() or lowered[start - 1] == "-")) or inside(taken, start):
            continue
        window = lowered[max(0, start - 16) : m.end() + 16]
        if any(p in window for p in vocab.not_a_mention):
            continue
        yield vocab.weekday_by_name[m.group(0)], start, m.end()


_DAY = re.compile(r"(?<!\d)[0-3]?\d(?!\d)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a four-digit year of the web's time, alone


def _yearless_pattern(weekdays: list[list[str]]) -> re.Pattern[str]:
    """A month and day, then the weekday in brackets: "3/9(木)", "3月9日(木)", "3월 9일(목)",
    "3月9日（星期四）", "3/9（木曜日）"; the month first, as these scripts write it."""
    names = _alternation([name for names in weekdays for name in names])
    return regex_cache.compile(
        r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])\s*(?:/|月|월)\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:日|일)?\s*"
        rf"[(（]\s*(?:星期|周|週|礼拜|禮拜)?(?P<w>{names})(?:曜日?|요일)?\s*[)）]"
    )


def yearless_dates(text: str, vocab: DateVocab) -> Iterator[tuple[int, int, int, int, int]]:
    """Dates with no year but their weekday in brackets: (month, day, weekday, start, end)."""
    if vocab.yearless is None:
        return
    for m in vocab.yearless.finditer(text):
        yield int(m["m"]), int(m["d"]), vocab.yearless_weekday[m["w"]], m.start(), m.end()


def weekday_day_months(text: str, vocab: DateVocab) -> Iterator[tuple[int, int, int, int, int]]:
    """A weekday, then a day and month with no year: "Thursday, March 9", "Thu, Mar 9",
    "Donnerstag, 9. März", "jeudi 9 mars": (month, day, weekday, start, end)."""
    lowered = text.lower()
    for month, day, start, end in day_month_mentions(text, vocab, []):
        reach = max(0, start - _WEEKDAY_REACH)
        word = _LAST_WORD.search(lowered[reach:start].rstrip(" ,."))
        if word is None:
            continue
        weekday = vocab.weekday_by_name.get(word[0], vocab.weekday_by_abbrev.get(word[0]))
        if weekday is not None:
            yield month, day, weekday, reach + word.start(), end


_WEEKDAY_REACH = 16  # "mercredi " and a comma: the longest weekday name before its date, and its mark
_LAST_WORD = re.compile(r"[^\W\d_][\w-]*\Z")


def day_month_mentions(text: str, vocab: DateVocab, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, int]]:
    """Day-and-month mentions without a year ("Jan. 6", "6 de enero"): (month, day, start, end)."""
    for run in _DAY.finditer(text):
        start, end = run.span()
        day = int(run.group(0))
        if not 1 <= day <= 31 or inside(taken, start):
            continue
        ahead = vocab.month_ahead.search(text, max(0, start - 14), start)
        if ahead and not (ahead.start() and text[ahead.start() - 1].isalnum()):
            word = ahead.group("m")
            if word.islower() and word in ("may", "mar", "march", "august"):
                continue  # "you may 2 ..." is the English verb
            month = vocab.month_by_name.get(word.lower())
            if month is not None:  # a Gregorian month: another calendar's day is no weekday evidence
                yield month, day, ahead.start(), end
            continue
        behind = vocab.month_behind.match(text, end)
        month = vocab.month_by_name.get(behind.group("m").lower()) if behind else None
        if behind and month is not None:
            yield month, day, start, behind.end()


def weekday_name(index: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[index]


@dataclass(frozen=True, slots=True)
class Support:
    """How well a candidate date fits the body's weekday and day-month mentions."""

    candidate: dt.date
    weekdays_fit: int
    day_months_fit: int


def weekday_lag(candidate: dt.date, weekday: int) -> int:
    """Days back from `candidate` to the nearest day with that weekday (0..6)."""
    return (candidate.weekday() - weekday) % 7


def day_month_lag(candidate: dt.date, month: int, day: int) -> int | None:
    """Days back from `candidate` to the latest (month, day) on or before it."""
    for year in (candidate.year, candidate.year - 1):
        try:
            back = (candidate - dt.date(year, month, day)).days
        except ValueError:
            continue
        if back >= 0:
            return back
    return None


def support(candidate: dt.date, weekdays: list[int] | Counter[int], day_months: list[tuple[int, int]], window: int) -> Support:
    """In news style a bare weekday names a day in the week up to publication, most often
    the last two or three days; a date fits when each mention lands within `window`
    days before it. Day-month mentions fit when they fall in the month before it.

    `weekdays` may be counted already (a Counter): a check weighing every credit's date
    against the same mentions then costs seven steps a credit, not one a mention."""
    counts = weekdays if isinstance(weekdays, Counter) else Counter(weekdays)
    weekday_fit = sum(n for w, n in counts.items() if weekday_lag(candidate, w) <= window)
    lags = [day_month_lag(candidate, m, d) for m, d in day_months]
    day_month_fit = sum(1 for lag in lags if lag is not None and lag <= 31)
    return Support(candidate, weekday_fit, day_month_fit)
