"""The data model: what flows through one audit.

load -> Document -> Claims -> rules -> Finding -> report. Every stage hands the next
plain dataclasses; nothing here knows about parsing, rules or output formats.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:  # the link stage's types; model.py stays free of its imports
    from .link import CopyLink
    from .signature import TextSignature

Zone = Literal["header", "body", "footer", "boilerplate"]
HtmlParser = Literal["lexbor", "lxml"]  # which builder reads HTML (document.py)
Severity = Literal["error", "warning", "info"]
Category = Literal["chain", "notice", "date", "rights", "input"]

SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}


# --- Input -----------------------------------------------------------------------------

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` without lone surrogates, which no UTF-8 report can hold: a file name's
    undecodable byte (Python's surrogateescape) shown as \\xNN, any other (a JSON
    "\\ud800" escape) as U+FFFD."""
    if not _LONE_SURROGATE.search(text):
        return text

    def shown(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"

    return _LONE_SURROGATE.sub(shown, text)


def text_bytes(text: str) -> bytes:
    """A document given as text, as UTF-8; a lone surrogate (text cut out of UTF-16, a
    JSON "\\ud800") becomes U+FFFD, so that the rest still decodes as UTF-8 rather than
    the whole text being taken for another encoding."""
    return _LONE_SURROGATE.sub("\ufffd", text).encode("utf-8")



@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from: the file, and for a container (WARC, JSON Lines) the
    record inside it."""

    path: str
    url: str | None = None  # the target URI of a WARC record, a JSONL `url`
    sha256: str | None = None
    offset: int | None = None  # byte offset of a WARC record in its (compressed) file
    line: int | None = None  # line number of a JSON Lines record
    record_id: str | None = None  # WARC-Record-ID, or a JSONL `id`
    record_date: dt.date | None = None  # WARC-Date: when the page was captured
    within: int = 0  # the record's place among the documents of one gzip member (a whole file gzipped at once)

    def __post_init__(self) -> None:
        # Names and URLs come from outside (file systems, JSON escapes, WARC headers); one
        # that cannot be written as UTF-8 would stop the whole report, not just this entry.
        for name in ("path", "url", "record_id"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, valid_unicode(value))

    @property
    def key(self) -> str:
        """A stable name for the document within a run: the file, and the record in it."""
        if self.offset is not None:
            # Records of one gzip member share its offset: their place in it tells them apart.
            return f"{self.path}@{self.offset}" + (f"+{self.within}" if self.within else "")
        if self.line is not None:
            return f"{self.path}:{self.line}"
        return self.path


@dataclass(frozen=True, slots=True)
class RawInput:
    """Bytes as read, before decoding; `error` set when they could not be read."""

    source: Source
    data: bytes | None
    content_type: Literal["html", "text"] | None = None
    error: str | None = None
    charset: str | None = None  # declared outside the bytes: a WARC record's HTTP Content-Type

    @classmethod
    def too_large(cls, source: Source, size: int | None, limit: int, subject: str = "it") -> RawInput:
        what = f"{byte_size(size)} is" if size is not None else f"{subject} is"
        return cls(source, None, error=f"too large: {what} over the limit of {byte_size(limit)} (--max-bytes)")


def byte_size(count: int) -> str:
    """A size as --max-bytes takes it, in bytes, with binary units beside a large one:
    "100,000 bytes", "10,485,760 bytes (10 MiB)"."""
    exact = f"{count:,} bytes"
    for unit, size in (("GiB", 2**30), ("MiB", 2**20)):
        if count >= size:
            scaled = count / size
            return f"{exact} ({scaled:.3g} {unit})" if scaled < 1000 else f"{exact} ({scaled:,.0f} {unit})"
    return exact


# --- Document --------------------------------------------------------------------------

# The only character whose lower case is longer than itself ("İ": "i̇"), checked for every
# code point: kept as a letter that lowers to itself and starts no keyword, so that a
# lower-cased text keeps the offsets of its original (str.replace runs in C, faster than translate).
LONG_LOWER = "ª"  # stands in for "İ"


def lower_in_place(text: str) -> str:
    """`text` lower-cased with every character where it stood: "İ" becomes LONG_LOWER, as in
    Document.lowered, so that a keyword lowered so is found in the document's lowered text."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.replace("İ", LONG_LOWER).lower()


class LinePlacer(Protocol):
    """Finds the source lines of a document's text lines when asked (see Line)."""

    def number(self, index: int) -> int:
        """The source line of the document's `index`-th text line (0: not found)."""
        ...


class _ReadOnly:
    """Read-only slots, as a frozen dataclass's fields: the classes below set them through
    their slot descriptors, at half the cost of object.__setattr__ (a page makes hundreds)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Line(_ReadOnly):
    """One line of the document's normalised text: `text`, `number`, `zone`, read-only,
    compared and hashed by the three (as a frozen dataclass would be).

    `number` is the line in the input file (for HTML, the source line of the element
    the text starts in, or of the text itself), so that evidence points at something a
    person can open.

    A builder that has to search the source for each line's number (html_lexbor.py) makes
    its lines with `Line.placed_later`: a line's number is then found when something
    first reads it, and kept. Most lines are never cited as evidence. Equality compares
    the texts first, so that looking a line up among others does not place them all.
    """

    __slots__ = ("_index", "_number", "_placer", "text", "zone")
    text: str
    zone: Zone
    _number: int | None  # None until placed
    _placer: LinePlacer | None
    _index: int

    def __init__(self, text: str, number: int, zone: Zone = "body") -> None:
        # The class is read-only to everyone else: its slots are set through their own
        # descriptors, half the cost of object.__setattr__ (a page makes some 200 lines).
        # A numbered line leaves _placer and _index unset: they are read only while
        # _number is None.
        _SET_TEXT(self, text)
        _SET_ZONE(self, zone)
        _SET_NUMBER(self, number)

    @classmethod
    def placed_later(cls, text: str, zone: Zone, placer: LinePlacer, index: int) -> Line:
        """A line whose number `placer.number(index)` gives when first read."""
        line = cls.__new__(cls)
        _SET_TEXT(line, text)
        _SET_ZONE(line, zone)
        _SET_NUMBER(line, None)
        _SET_PLACER(line, placer)
        _SET_INDEX(line, index)
        return line

    @property
    def number(self) -> int:
        number = self._number
        if number is None:
            assert self._placer is not None  # a line is made with a number or a placer
            number = self._placer.number(self._index)
            object.__setattr__(self, "_number", number)
        return number

    def with_text(self, text: str) -> Line:
        """The same line with its text mended; its number is still the one the original
        text was placed by."""
        if self._number is None and self._placer is not None:
            return Line.placed_later(text, self.zone, self._placer, self._index)
        return Line(text, self.number, self.zone)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Line)
        return self is other or (self.text == other.text and self.zone == other.zone and self.number == other.number)

    def __hash__(self) -> int:
        return hash((self.text, self.number, self.zone))

    def __repr__(self) -> str:
        return f"Line(text={self.text!r}, number={self.number!r}, zone={self.zone!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a worker's result) with its placer, if still unplaced: the placer holds
        # the page's source, which costs less to send than placing every line would.
        if self._number is None:
            return (Line.placed_later, (self.text, self.zone, self._placer, self._index))
        return (Line, (self.text, self._number, self.zone))


_SET_TEXT, _SET_ZONE, _SET_NUMBER, _SET_PLACER, _SET_INDEX = (Line.__dict__[name].__set__ for name in ("text", "zone", "_number", "_placer", "_index"))


class ElementPlacer(Protocol):
    """Finds the source lines of a document's metadata elements when asked (see MetaItem)."""

    def line(self, index: int) -> int | None:
        """The source line of the `index`-th metadata element (None: not placed)."""
        ...


_UNPLACED: Any = object()  # a MetaItem's line not yet asked for (None is a line not found)


class MetaItem(_ReadOnly):
    """One piece of page metadata: a meta tag, a JSON-LD property, a <time>, the URL.
    `key` is e.g. "article:published_time", "jsonld:datepublished", "time", "url";
    `where` says how a person finds it ('meta[property="article:published_time"]');
    `line` is the source line of its element, None where it cannot be placed.

    Read-only, compared and hashed by the four, as a frozen dataclass would be. As with
    Line, a builder that searches the source for each element's line (html_lexbor.py)
    makes its items with `MetaItem.placed_later`: a page has some fifty metadata elements
    and the claims cite a few.
    """

    __slots__ = ("_index", "_line", "_placer", "key", "value", "where")
    key: str
    value: str
    where: str
    _line: int | None
    _placer: ElementPlacer | None
    _index: int

    def __init__(self, key: str, value: str, where: str, line: int | None = None) -> None:
        _META_SET["key"](self, key)
        _META_SET["value"](self, value)
        _META_SET["where"](self, where)
        _META_SET["_line"](self, line)

    @classmethod
    def placed_later(cls, key: str, value: str, where: str, placer: ElementPlacer, index: int) -> MetaItem:
        """An item whose line `placer.line(index)` gives when first read."""
        item = cls.__new__(cls)
        cls.__init__(item, key, value, where, _UNPLACED)
        _META_SET["_placer"](item, placer)
        _META_SET["_index"](item, index)
        return item

    @property
    def line(self) -> int | None:
        line = self._line
        if line is _UNPLACED:
            assert self._placer is not None
            line = self._placer.line(self._index)
            _META_SET["_line"](self, line)
        return line

    def with_value(self, value: str) -> MetaItem:
        """The same item with its value mended (its line is the element's still)."""
        if self._line is _UNPLACED:
            assert self._placer is not None
            return MetaItem.placed_later(self.key, value, self.where, self._placer, self._index)
        return MetaItem(self.key, value, self.where, self._line)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, MetaItem)
        return self is other or (
            (self.key, self.value, self.where) == (other.key, other.value, other.where) and self.line == other.line
        )

    def __hash__(self) -> int:
        return hash((self.key, self.value, self.where, self.line))

    def __repr__(self) -> str:
        return f"MetaItem(key={self.key!r}, value={self.value!r}, where={self.where!r}, line={self.line!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        if self._line is _UNPLACED:
            return (MetaItem.placed_later, (self.key, self.value, self.where, self._placer, self._index))
        return (MetaItem, (self.key, self.value, self.where, self._line))


_META_SET = {name: MetaItem.__dict__[name].__set__ for name in MetaItem.__slots__}


class Markup(Protocol):
    """The parsed page, for the few readers that need the markup around a notice (a
    licence link's ancestors, a caption). Its elements answer as lxml's do: `tag`, `get`,
    `itertext`, `getparent`, `iter`, `sourceline` (None where the line cannot be placed)."""

    def anchors(self) -> Iterator[Any]:
        """Every <a>, in document order."""
        ...

    def captions(self) -> Iterator[list[str]]:
        """The text of each <figure>, <figcaption> and element with a caption or image-credit
        class, in document order, split where its lines break."""
        ...

    def picture_credits(self) -> Iterator[list[str]]:
        """The text of the short blocks around a content picture that no caption element holds
        (markup.PICTURE_TEXT): its wrappers' and the block right after it, split where its lines break."""
        ...

    def enclosures(self) -> Iterator[tuple[str, list[str]]]:
        """The elements whose text is not the page's own (code, a quotation, a details value,
        a reader's comment, another party's block: markup.enclosure_of), each as its kind and
        its text split where its lines break, in document order."""
        ...

    def main_headings(self) -> list[str]:
        """The text of each <h1>, whitespace collapsed, in document order."""
        ...


@dataclass(slots=True)
class Document:
    """The normalised text (`text`: the lines joined by newlines) with its line map.

    Scanners run each pattern once over `text` and map a match back to its Line with
    `line_at`, which is much faster than searching line by line.
    """

    source: Source
    lines: list[Line]
    metadata: list[MetaItem] = field(default_factory=list)
    encoding: str = "utf-8"
    encoding_declared: bool = True
    is_html: bool = False
    tree: Markup | None = None  # the parsed page, for HTML input
    licence_links: list[Any] = field(default_factory=list)  # <a> elements whose rel or href may name a licence
    truncated: list[str] = field(default_factory=list)  # what of the markup was not read, and why (PRV911)
    text: str = field(init=False)
    lowered: str = field(init=False)  # text.lower(), for the packs' keyword gates
    starts: list[int] = field(init=False)  # offset in `text` where each line begins
    _by_key: dict[str, list[MetaItem]] | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts: list[int] = []
        offset = 0
        for line in self.lines:
            starts.append(offset)
            offset += len(line.text) + 1
        self.starts = starts
        self.text = "\n".join(line.text for line in self.lines)
        self.lowered = lower_in_place(self.text)

    def mentions_any(self, keywords: tuple[str, ...]) -> bool:
        """Whether any keyword occurs (always true with none): a cheap gate before a regex."""
        return not keywords or any(k in self.lowered for k in keywords)

    def line_at(self, offset: int) -> Line:
        return self.lines[bisect_right(self.starts, offset) - 1]

    def locate(self, start: int, end: int) -> tuple[Line, int, int]:
        """The line holding text[start:end], and the span's offsets within that line."""
        index = bisect_right(self.starts, start) - 1
        base = self.starts[index]
        line = self.lines[index]
        return line, start - base, min(end - base, len(line.text))

    def meta(self, key: str) -> list[MetaItem]:
        """The metadata items with this key, in page order (indexed on first use: the
        claims ask for some forty keys a page)."""
        if self._by_key is None:
            self._by_key = {}
            for item in self.metadata:
                self._by_key.setdefault(item.key, []).append(item)
        return self._by_key.get(key, [])


# --- Claims ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    line: int | None
    where: str = "text"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date read from text; `readings` holds every possible date when the
    written form is ambiguous (03/04/05), and `date` is then None unless the page's
    language settles the order (it is then one of the readings)."""

    date: dt.date | None
    text: str
    readings: tuple[dt.date, ...] = ()
    two_digit_year: bool = False
    weekday: int | None = None  # a weekday written beside the date (0 = Monday)


@dataclass(frozen=True, slots=True)
class DateClaim:
    value: DateValue
    role: Literal["published", "modified", "mention", "copyright", "source"]
    evidence: Evidence
    weight: float = 1.0  # how much the source is trusted for the page date


@dataclass(frozen=True, slots=True)
class DateDispute:
    """The page's metadata dates it one day and the date shown with its headline another
    (more than a day apart: a day is a time zone). `for_metadata` and `for_visible` say
    what else on the page fits each; `likely` is the date `published` follows."""

    metadata: DateClaim
    visible: DateClaim
    for_metadata: tuple[str, ...]
    for_visible: tuple[str, ...]

    @property
    def likely(self) -> dt.date:
        """The date with more reasons for it. With none for either, the date a reader sees
        wins (on the dev pages it was right in both such disputes); a tie between reasons
        is left to the metadata."""
        more_for_visible = len(self.for_visible) > len(self.for_metadata) or not self.for_metadata
        date = self.visible.value.date if more_for_visible else self.metadata.value.date
        assert date is not None  # a dispute is between two calendar dates
        return date


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A bare weekday in running text ("said in a statement Saturday")."""

    weekday: int
    evidence: Evidence
    phrase: str


@dataclass(frozen=True, slots=True)
class DayMonthMention:
    """A day and month without a year ("on Jan. 6")."""

    month: int
    day: int
    evidence: Evidence
    phrase: str


# The form of a credit saying the text holds an agency's material ("With inputs from PTI", "Mit
# Material von dpa", a byline "Le Monde avec AFP"): the page's own telling of the agency's story.
AGENCY_MATERIAL = "agency-material"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A credit naming where the text came from: a source line, a wire dateline, ..."""

    form: str
    publisher: str | None  # canonical name when the registry knows it
    publisher_text: str | None
    author: str | None
    place: str | None
    date: DateValue | None
    evidence: Evidence
    known: bool = False  # publisher found in the registry
    zone: Zone = "body"  # where the credit stands: a header credit is the page's own, above the copied text
    permission: bool = False  # the credit says the copy is made with the holder's permission
    publisher_kind: str | None = None  # the registry's kind ("wire", "archive", ...) when known
    license: str | None = None  # SPDX id of the licence the credit puts the copy under (see claims)


@dataclass(frozen=True, slots=True)
class Notice:
    kind: Literal["fair-use", "copyright", "license", "republication"]
    text: str
    evidence: Evidence
    family: str | None = None
    basis: str | None = None
    holder: str | None = None
    year: str | None = None
    license: str | None = None
    purposes: tuple[str, ...] = ()
    scope: str = "page"
    publisher: str | None = None
    date: DateValue | None = None
    # Not in the report: a copyright line inside the article's text (more of it follows) is
    # the article's own, as a book excerpt's "Copyright © 2018 by Jane Doe" is.
    within_text: bool = False
    # Not in the report either: a line just under the text, before the footer ("Copyright ©
    # 2023 KGO-TV." above "© 2023 ABC, Inc."); the article's own when a footer line follows it.
    closes_text: bool = False
    # Not in the report: the holder closes with a company's legal form ("Example Media Group
    # Ltd."), the fullest name a footer gives beside a line naming only the brand; and the
    # zone of the line (a sidebar's widget is no footer).
    names_company: bool = False
    zone: str = ""


@dataclass(frozen=True, slots=True)
class NamedClaim:
    """A claim that is just a value with evidence: title, section, own publisher."""

    value: str
    evidence: Evidence


@dataclass(slots=True)
class Claims:
    published: DateClaim | None = None
    dates: list[DateClaim] = field(default_factory=list)  # in the text; role "published": shown with the headline
    meta_dates: list[DateClaim] = field(default_factory=list)  # in metadata, document order
    dispute: DateDispute | None = None
    weekdays: list[WeekdayMention] = field(default_factory=list)
    day_months: list[DayMonthMention] = field(default_factory=list)
    title: NamedClaim | None = None
    section: NamedClaim | None = None
    publisher: NamedClaim | None = None
    archived: Archived | None = None
    author: NamedClaim | None = None  # the person the page names as its writer (metadata, byline)
    attributions: list[Attribution] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


# --- Resolved view ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChainLink:
    role: Literal["original", "intermediary", "republisher"]
    publisher: str | None
    author: str | None
    date: dt.date | None
    date_text: str | None
    line: int | None
    # Not in the report (its chain entries are a fixed contract); for rules' messages.
    place: str | None = None
    form: str | None = None  # the credit form, "republication-notice" for a copied footer, None for this page
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Rights:
    """Who holds the rights in the text and on what terms the page carries it.

    `holder` is only a holder the page states (a copyright line, a credit naming the
    original); where it states none it is None, and `presumed_holder` names the page's own
    publisher with `presumed_why`. `statement` is a RightsStatements.org URI, or, where a
    licence or public-domain tool applies, that licence's own URI (None when it has none).
    """

    holder: str | None
    basis: str
    statement: str | None
    openly_licensed: bool
    license: str | None = None  # SPDX id of the licence the basis rests on
    holder_evidence: Evidence | None = None  # where the page states the holder
    presumed_holder: str | None = None
    presumed_why: str | None = None


@dataclass(frozen=True, slots=True)
class Archived:
    """A page saved by a web archive (a Wayback Machine capture): the archived address and
    the capture's date. The page is the archived site's, not the archive's."""

    archive: str
    url: str
    date: dt.date | None


# --- Findings --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Related:
    line: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    category: Category
    severity: Severity
    message: str
    line: int | None
    evidence: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    # Not in the report: related lines left out for the limit (MAX_RELATED); the
    # report says how many, in the document's PRV910 finding.
    related_omitted: int = 0


@dataclass(slots=True)
class DocumentResult:
    """Everything the reporters render for one document."""

    source: Source
    status: Literal["audited", "failed"]
    error: str | None = None
    document: Document | None = None
    claims: Claims | None = None
    chain: list[ChainLink] = field(default_factory=list)
    rights: Rights | None = None
    findings: list[Finding] = field(default_factory=list)
    # --link: the worker's signature of the article text, and once the run is linked, the
    # documents this one copies and those copying it (None: the run did not link).
    signature: TextSignature | None = None
    copies: list[CopyLink] | None = None
    copied_by: list[CopyLink] | None = None


@dataclass(frozen=True, slots=True)
class RuleSelection:
    """Which rules run, and at what severity: from configuration and the command line.

    A code selects every rule it prefixes, as in ruff: "PRV3" is all the date rules.
    """

    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # (rule id, severity) overrides

    def enabled(self, rule: str) -> bool:
        chosen = not self.select or rule.startswith(self.select)
        return chosen and not (self.ignore and rule.startswith(self.ignore))

    def severity_of(self, rule: str, default: Severity) -> Severity:
        """The override whose code is the longest prefix of `rule` ("PRV302" beats "PRV3")."""
        matching = [(len(code), level) for code, level in self.severity if rule.startswith(code)]
        return max(matching)[1] if matching else default


DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a larger document fails rather than being audited
# What one document's report may list: a text repeated a thousand times would otherwise
# list every weekday mention under every credit (688 findings of 1,146 lines each in a
# 4 MB copy of the seed). What is left out is counted in a PRV910 finding.
MAX_FINDINGS = 200
MAX_RELATED = 20  # related lines a finding lists
MAX_NOTICES = 200

# Processor seconds one document may take before it fails (see watchdog.py). A news page
# takes milliseconds; 8 MB of text made of 800 real articles takes 7.4 s on this project's
# machine, so that a document under --max-bytes is not failed for its size alone.
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """What a run is told from outside: the reference date and rule options.

    Every field but `as_of`, `max_bytes`, `timeout` and `rules` is a rule option that
    configuration may set (`[tool.provenance.options]`).
    `as_of` None means: the record's capture date (WARC-Date) when it has one, else today.
    `timeout` None means no time limit (documents are then audited in this process when
    there is one job).
    """

    as_of: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT  # seconds a document may take (see watchdog.py)
    weekday_window: int = 2  # a bare weekday "fits" a date this many days before it, or on it
    # A credit line dated more than this many days before the page is reported (PRV309).
    # Dated credits on the dev pages ("Quelle: Financial Times, 24.3.2020") lag 0-10 days
    # behind the page, and the seed's source line 0 once its year slip is mended; the
    # longer lags there are a re-run that says so and a cited report. A month leaves room
    # for weekly digests and slow translations.
    max_source_lag_days: int = 30
    sign: bool = False  # compute each document's text signature, for --link
    parser: HtmlParser = "lxml"  # the HTML builder (--parser)
    rules: RuleSelection = field(default_factory=RuleSelection)
