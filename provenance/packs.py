"""Rule packs: the declarative half of the rules (rules/*.toml).

A pack is data: vocabularies, the publisher registry, attribution and notice patterns,
and pattern rules. Packs are validated when loaded; an error names the file, the entry
and the problem. Nothing in a pack is executed: patterns are compiled as regular
expressions and nothing else.
"""

from __future__ import annotations

import re
import string
import sys
import warnings
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from . import regex_cache
from .dates import DateVocab
from .files import open_error, open_regular
from .model import lower_in_place
from .pack_shapes import CATEGORIES, CC_ELEMENTS, CREDIT_WORDS, NOTICE_WORDS, SEVERITIES, ZONES, ShapeError, check_pack
from .patterns import compile_user_pattern, is_verbose
from .printable import printable
from .regexes import phrase_alternation
from .registry import AGENCY_KINDS, NAME_WORDS, PUBLISHER_LICENSE, Publisher, Registry, fold, fold_place, name_spellings, normalise_name

if TYPE_CHECKING:  # notices/ imports this module: the builder is imported where it is called
    from .notices.holder import HolderForms

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["CATEGORIES", "SEVERITIES", "ZONES", "PackError", "Packs", "load_packs"]

RULE_ID = re.compile(r"^[A-Z]{2,8}\d{3}$")
RULE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class PackError(ValueError):
    """A rule pack that cannot be used; the message says where and why, on one line
    (a key or a name from the pack may hold a line break or an escape sequence)."""

    def __init__(self, message: str) -> None:
        super().__init__(printable(message))


# What `{agency}` stands for in an attribution pattern: a name of up to four words, which
# the registry then accepts as an agency or not.
_AGENCY_TOKEN = r"[^\W\d_][\w.&'’-]*(?:\s[^\W\d_][\w.&'’-]*){0,3}?"

# How a text names a site in rules/self-references.toml. `{name}`: capitalised words in the
# scripts the packs read, joined by small words ("Times of Israel", "Gazzetta del Borgo"),
# never taking a possessive's "'s" ("the Valley Ledger's newsletter"), or a name in quotes
# («Гавань Медиа», „Hafenblatt“), which may be in any case. `{the}`: an article, or a
# preposition fused with one, in lower case, which stands before a name and is not part of
# it ("Follow the Valley Ledger", "Newsletter der Beispiel Zeitung", "l'app del Corriere").
_NAME_CAPITAL = "A-Z0-9À-ÖØ-ÞА-ЯЁΑ-ΩŁŚŻŹĆŃĘĄŠČŘŽĎŤŇĽŐŰĞİŞ"
# A dot only inside a word ("NJ.com", "U.S"): a sentence's full stop ends the name, as a line's end does.
_NAME_WORD = rf"(?-i:[{_NAME_CAPITAL}](?:[\w&-]|\.(?=\w)|['’](?![sS]\b))*)"
_NAME_WORDS = (
    rf"(?:«[^»\n]{{2,40}}»|„[^“”\n]{{2,40}}[“”]|{_NAME_WORD}"
    rf"(?:[^\S\n]+(?:(?:of|the|and|&|for|de|del|della|di|do|da|du|des|la|le|el|der|van|von|y|e|et|und)[^\S\n]+){{0,2}}{_NAME_WORD}){{0,5}}"
)
_SELF_REFERENCE_FIELDS = {
    # The fewest words the pattern's context allows; `{longest_name}` the most, for a
    # pattern whose context after the name is only "a lowercase word" or the line's end.
    "{name}": _NAME_WORDS + "?)",
    "{longest_name}": _NAME_WORDS + ")",
    # A person's name: two to four capitalised words, a particle between them ("Jane Roe",
    # "Łucja M. Nowak", "Anna de Vries", "Ali bin Omar").
    "{person}": (
        rf"(?-i:[{_NAME_CAPITAL}][\w'’.-]+)(?:[^\S\n]+(?-i:(?:de|van|von|der|den|da|di|del|della|dos|du|la|le|bin|ibn|al|el)[^\S\n]+)?"
        rf"(?-i:[{_NAME_CAPITAL}][\w'’.-]+)){{1,3}}"
    ),
    # A newsroom's mailbox, not a person's: tips@, letters@, redaktion@ …
    "{mailbox}": (
        r"(?:tips|newstips|news|newsroom|letters|editor|editors|desk|sports|metro|city|"
        r"redaktion|redaction|redaccion|redacción|redazione|redactie|leserbriefe|info)@"
    ),
    "{the}": (
        r"(?:(?-i:the|THE|der|die|das|dem|den|des|le|la|les|el|los|las|il|lo|gli|o|a|os|as|do|da|dos|das|het|de|du|del|della|"
        r"dello|al|au|aux|zur|zum|im|am|vom|beim|na|no)\s+|(?-i:l|d|dell|all|dall|nell|sull)['’])?"
    ),
}

@dataclass(frozen=True)
class PatternSpec:
    """An attribution or notice pattern."""

    kind: str  # attribution form, or notice kind
    pattern: re.Pattern[str]
    family: str | None = None
    basis: str | None = None
    purposes: tuple[str, ...] = ()
    zones: tuple[str, ...] = ZONES
    known_only: bool = False  # keep a match only when the registry knows the publisher
    unknown_only: bool = False  # keep a match only when the registry does not know the publisher
    closing: bool = False  # keep a match only in the text's closing paragraph (a sign-off)
    after_text: bool = False  # keep a match only on a line just after the text's last paragraph
    repeat: int = 1  # keep a name only when the pattern names it this many times in the document
    late: bool = False  # keep a match only in the text's second half (a note on the author after the story)
    outlet_like: bool = False  # keep a name the registry does not know only where it reads as an outlet's title
    outlet_only: bool = False  # keep a name the registry does not know only where it reads as an outlet's title, named before or not
    pitch: bool = False  # keep a match only where it opens a sentence or follows "please", "you can" (a pitch to the reader)
    first_mention: bool = False  # keep a name only where the text names it the first time (its own reporting, "told X", aside)
    outlet_address: bool = False  # keep an address the registry does not know only where its own name reads as an outlet's
    writer: bool = False  # keep a match naming a person (its `person` groups) only where the person is the text's author
    names_site: bool = False  # keep a copyright line only when its holder names the page's own site
    dateline_codes: bool = False  # the agencies' dateline codes count in this credit form's brackets
    declined: bool = False  # the form writes a title in a grammatical case (Polish "w Gazecie Wyborczej"): undo it to look it up
    keywords: tuple[str, ...] = ()  # the pattern is tried only on text holding one of these
    # With no keywords: the pattern is tried only on lines of its zones at most this long
    # (a pattern of whole short lines: a byline). None: on the whole text.
    line_chars: int | None = None
    # With keywords: a match holds one and spans at most this many lines, so the pattern is
    # tried on the lines around each keyword instead of WINDOW characters either side.
    lines: int | None = None
    spdx: str | None = None  # licence id template, e.g. "OGL-UK-{version}.0"; none: built from CC groups
    defaults: tuple[tuple[str, str], ...] = ()  # values for template fields the match left empty


@dataclass(frozen=True)
class NoticeVocab:
    """Word lists the notice and licence readers use besides their patterns (see the packs).

    Each list is compiled to one case-insensitive regex of whole phrases; None when empty.
    """

    discussion: re.Pattern[str] | None = None  # before a fair-use notice: it is quoted or discussed
    site: re.Pattern[str] | None = None  # in a fair-use notice: it covers the whole site
    rights_reserved: re.Pattern[str] | None = None  # "All rights reserved", "Tous droits réservés", ...
    holder_stops: re.Pattern[str] | None = None  # where a copyright holder's name ends
    not_holders: re.Pattern[str] | None = None  # "Copyright law", "Copyright notice": not a holder
    software_holders: re.Pattern[str] | None = None  # a site's software, theme or analytics: "XenForo Ltd."
    licensor_before: re.Pattern[str] | None = None  # after a licensor's name: "is licensed under"
    image_labels: re.Pattern[str] | None = None  # "Foto:", "Photo credit": an image credit follows
    text_labels: re.Pattern[str] | None = None  # "Text:", "Text und Fotos:": the text's own holder follows
    theme_names: re.Pattern[str] | None = None  # a theme's name as the whole holder: an unedited demo footer's "© 2021 Soledad"
    placeholders: re.Pattern[str] | None = None  # a template's placeholder as the whole holder: "© 2024 Company Name"
    theme_marks: re.Pattern[str] | None = None  # words that make a holder a theme's or a CMS's: "Flatsome Theme", "WordPress"
    image_holders: re.Pattern[str] | None = None  # picture agencies and photo hosts
    # A provider's credit just before a sign, its name between: "Delivered by Example Mail ©",
    # "Newsletter by Mailchimp ©", "powered by Borlabs Cookie ©" (the sign is the provider's).
    provider_credit: re.Pattern[str] | None = None
    # A widget's data or service named just before a sign: "Kursdaten © 2021 …", "Rates © …",
    # "Podcast hosting © …" (the sign is the service's).
    service_label: re.Pattern[str] | None = None
    # A picture named alone before a sign, opening its line or a footer's segment: "Video © 2021 …",
    # "Images © 2021 …" (the sign is the picture's credit, not the page's notice).
    picture_label: re.Pattern[str] | None = None
    # Before a sign on its line, what makes it another work's notice: a source adapted ("Adapted
    # from … © 2019 …"), a book's details ("352 pages", "ISBN"), a product's part ("Box: © 2020 …").
    other_work: re.Pattern[str] | None = None
    carried_items: re.Pattern[str] | None = None  # "Associated Press articles:" before a sign (mentions.py)
    # In a sentence before a sign, words that make it the text's own credit: "Reprinted by permission …, © 2019 …".
    text_credits: re.Pattern[str] | None = None
    # A verb saying what a thing reads or what someone said, just before a sign in the text: "The
    # tag on the box said: © 1998 Acme", "Auf dem Etikett steht: © …" (the notice is that thing's).
    quoting: re.Pattern[str] | None = None
    page_statement: re.Pattern[str] | None = None  # applies a licence to this page or site
    other_subjects: re.Pattern[str] | None = None  # a sentence's subject that is not the page: "The photo is licensed under"
    cc_element: re.Pattern[str] | None = None  # one Creative Commons licence element, any language
    cc_codes: dict[str, str] = field(default_factory=dict)  # folded element phrase -> BY, NC, ND or SA
    cc_port: re.Pattern[str] | None = None  # a jurisdiction named after a CC version
    port_codes: dict[str, str] = field(default_factory=dict)  # folded port name -> code ("" = international)
    places: frozenset[str] = frozenset()  # the credit words' places, folded (fold_place): "DuMont, Köln" ends at the comma
    spdx_ports: frozenset[str] = frozenset()  # the ported CC licences the SPDX list has ids for
    holder_forms: HolderForms | None = None  # the holder cleaner's rules built from the legal forms; None: no forms known


def _byline_segments_regex(joiners: list[str], with_words: list[str]) -> re.Pattern[str]:
    """A byline's separators, captured for re.split: marks, spaced dashes, "&", and the pack's
    "and" and "with" words between spaces ("By Jane Doe with John Roe", "Par Jane Doe et John Roe")."""
    # Longest first, and in one order in every process (set order is not): the pattern is the
    # same text each time, so its compiled program is found again (regex_cache).
    words = "|".join(re.escape(w) for w in sorted({*joiners, *with_words}, key=lambda w: (-len(w), w)))
    between = rf"|\s+(?:{words})\s+" if words else ""
    return regex_cache.compile(rf"(\s*(?:[,|;·•/]|\s[-–—]\s{between}|&)\s*)")


_BYLINE_MARKS = _byline_segments_regex([], [])  # a byline's separators with no pack loaded: the marks alone


@dataclass(frozen=True)
class CreditVocab:
    """Words the byline reader needs besides the registry (rules/attribution.toml
    [credit_words]); each list compiled to one case-insensitive regex of whole phrases."""

    by: re.Pattern[str] | None = None  # a byline's first word: "By", "Von", "Par", "Af"
    roles: re.Pattern[str] | None = None  # a job title after a name or an agency: "Science Writer"
    media: re.Pattern[str] | None = None  # a credit for a picture or a video: "Photo", "Foto", "Video"
    not_names: re.Pattern[str] | None = None  # author-field placeholders: "No Author", "admin"
    outlet_words: re.Pattern[str] | None = None  # the words ending an outlet's title: "Courier", "Zeitung", "Hafenblatt"
    credentials: re.Pattern[str] | None = None  # degrees and licences after a writer's name: "MD", "PhD", "RDN"
    document_kinds: re.Pattern[str] | None = None  # what was copied, before its publisher: "Pressemitteilung", "Press release"
    phrase_starts: re.Pattern[str] | None = None  # words that open a phrase, never a name: "Im", "The"
    about_headings: re.Pattern[str] | None = None  # a press release's closing heading: "About", "Über"
    organisation_words: re.Pattern[str] | None = None  # marks of an organisation: "GmbH", "founded"
    written_by: re.Pattern[str] | None = None  # a metadata label over the author's name: Yoast's twitter:label1 "Written by"
    editions: re.Pattern[str] | None = None  # an edition or programme after a title's name: "am Sonntag", "Weekend", "This Morning"
    apparatus: re.Pattern[str] | None = None  # what opens a line of the apparatus under a text: "More information:", "Citation:"
    other_texts: re.Pattern[str] | None = None  # a sentence's first word naming another text: "The (report)", "Her (column)"
    this_text: re.Pattern[str] | None = None  # words naming the page's own text: "this", "our", "dieser", "below"
    data_sources: re.Pattern[str] | None = None  # a statistic's source, no text's: "Eurostat", "INE", "World Bank"
    data_words: re.Pattern[str] | None = None  # words in a statistic's source's name: "Statistics", "Census", "Umfrage" (see _word_parts_regex)
    newsroom_words: re.Pattern[str] | None = None  # a newsroom's or programme's words ending an outlet's name: "KBS World Radio News"
    outlet_parts: re.Pattern[str] | None = None  # a part of a body named after it in lower case: "the Example Alliance blog", "… news office"
    partner_words: re.Pattern[str] | None = None  # another outlet's product, not the site's own: "our partner newsletter" (see _word_parts_regex)
    masthead_words: re.Pattern[str] | None = None  # the words ending a newspaper's title, no section's: "Examiner", "Tageblatt"
    masthead_leads: re.Pattern[str] | None = None  # the words leading a newspaper's title: "Corriere", "Folha", "Báo"
    masthead_marks: re.Pattern[str] | None = None  # a masthead's words beside its title: "Sunday edition", "since 1887" (see _word_parts_regex)
    # A byline's separators, marks and the "and" and "with" words (_byline_segments_regex); the "with"
    # words, lower case, which also open a bracket's segment ("avec John Roe" from "(avec John Roe)").
    byline_segments: re.Pattern[str] = _BYLINE_MARKS
    byline_with: frozenset[str] = frozenset()
    # Cities, whose names look like a person's ("New York", "Hong Kong"), folded (see is_place):
    # five thousand names, which a set holds at no cost where compiled as a regex they added 0.2-0.6 s to every start-up.
    places: frozenset[str] = frozenset()

    def is_place(self, name: str) -> bool:
        """Whether `name` is a known place, its case, hyphens and spacing aside."""
        return bool(self.places) and fold_place(name) in self.places


@dataclass(frozen=True)
class RuleDoc:
    """What every rule carries, whether it is a pattern in a pack or Python logic."""

    id: str
    name: str
    severity: str
    category: str
    summary: str
    why: str
    example: str
    origin: str  # the pack file or Python module that defines it


@dataclass(frozen=True)
class PatternRule:
    doc: RuleDoc
    pattern: re.Pattern[str]
    message: str
    suggestion: str | None
    zones: tuple[str, ...]
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Packs:
    vocab: DateVocab
    registry: Registry
    date_meta: dict[str, tuple[str, float]]  # metadata key -> (role, weight)
    attributions: tuple[PatternSpec, ...]
    notices: tuple[PatternSpec, ...]
    pattern_rules: tuple[PatternRule, ...]
    chrome_words: frozenset[str]
    related_headings: frozenset[str] = frozenset()  # "Read also", "Lesen Sie auch": what follows is other stories
    # The headings the text ends above: related_headings, and those over its own apparatus ("Footnotes", "About the author").
    end_headings: frozenset[str] = frozenset()
    ad_labels: frozenset[str] = frozenset()  # "Anzeige", "Advertisement": the line labels an ad, not the text
    notice_vocab: NoticeVocab = NoticeVocab()
    credit_vocab: CreditVocab = CreditVocab()
    keywords: tuple[str, ...] = ()  # every keyword gating a notice or attribution pattern, sorted
    self_references: tuple[PatternSpec, ...] = ()  # how a text names its own publisher: "Subscribe to X's newsletters"


def wrap_tolerant(source: str, verbose: bool | None = None) -> str:
    """A pattern whose literal spaces also match a line break.

    Notices are often hard-wrapped (plain-text mail, `<br>` in HTML), and the document's
    text joins its lines with "\n" and collapses runs of spaces, so a space in a pattern
    becomes one whitespace character: quantifiers after it keep their meaning. Spaces in
    character classes, escaped spaces and verbose patterns are left alone.
    """
    if " " not in source or (verbose if verbose is not None else regex_cache.compile(source).flags & re.VERBOSE):
        return source
    out: list[str] = []
    class_start = -1  # where the open character class's items begin, or -1 outside one
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if class_start >= 0:
            # A ']' first in the class ('[]' or '[^]') is literal, not its end.
            if char == "]" and i > class_start:
                class_start = -1
        elif char == "[":
            class_start = i + 2 if source[i + 1 : i + 2] == "^" else i + 1
        elif char == " ":
            char = r"\s"
        out.append(char)
        i += 1
    return "".join(out)


def _sentence_subjects(phrases: list[str]) -> re.Pattern[str] | None:
    """The phrases as a sentence's subject, then its verb within three words: "The photo is
    licensed under …", "Die Bilder stehen unter …" (not "all content, including photos, is …")."""
    if not phrases:
        return None
    verbs = r"(?:is|are|was|were|ist|sind|steht|stehen|wird|werden|est|sont|es|son|está|están|è|sono|zijn)"
    gap = r"(?:(?!(?:and|und|sowie|et|y|e|or|oder|ou|o|plus|as)\b)[^\W\d_]+\s+){0,3}?"  # no "and the texts" between
    return regex_cache.compile(rf"(?:^|[.!?:]\s+|\(\s*)(?:{phrase_alternation(phrases)})\s+{gap}{verbs}\b", re.IGNORECASE)


def _word_endings_regex(words: list[str]) -> re.Pattern[str] | None:
    """One regex finding any of the words where a word ends, alone or closing a compound:
    "Courier", "Hafenblatt" (blatt), "BorgoNews" (news)."""
    if not words:
        return None
    return regex_cache.compile(rf"(?:{_longest_first(words)})(?![^\W\d_])", re.IGNORECASE)


def _longest_first(words: list[str]) -> str:
    """The words as a literal alternation, longest first (so that "Radio News" wins over "News")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# The credit word lists not compiled as whole phrases (phrases_regex), each by its own builder.
_CREDIT_WORDS_OWN_FORM = frozenset(
    {"places", "outlet_words", "data_words", "newsroom_words", "partner_words", "masthead_words", "masthead_leads", "masthead_marks",
     "outlet_parts", "byline_and", "byline_with"}
)


def _word_parts_regex(words: list[str]) -> re.Pattern[str] | None:
    """One regex finding any of the words as the pack writes it: "data" a whole word, "*daten"
    ending one ("Wetterdaten"), "statisti*" starting one, "*umfrage*" anywhere in one."""
    if not words:
        return None
    parts = []
    for word in sorted(words, key=len, reverse=True):
        core = re.escape(word.strip("*"))
        parts.append(("" if word.startswith("*") else r"(?<!\w)") + core + ("" if word.endswith("*") else r"(?!\w)"))
    return regex_cache.compile("|".join(parts), re.IGNORECASE)


def _trailing_words_regex(words: list[str]) -> re.Pattern[str] | None:
    """One regex finding a run of the words at the end of a name: "KBS World Radio News" ends
    with two ("Radio News")."""
    if not words:
        return None
    return regex_cache.compile(rf"(?:\s+(?:{_longest_first(words)}))+$", re.IGNORECASE)


def _credit_before_sign(labels: list[str]) -> re.Pattern[str] | None:
    """A label, then a name of one to four words, at the end of what stands before a sign."""
    if not labels:
        return None
    return regex_cache.compile(rf"{phrase_alternation(labels)}\s+[^\s|·•]+(?:\s+[^\s|·•]+){{0,3}}\s*$", re.IGNORECASE)


def _label_before_sign(labels: list[str]) -> re.Pattern[str] | None:
    """A label, and maybe a colon, at the end of what stands before a sign."""
    return regex_cache.compile(rf"{phrase_alternation(labels)}\s*:?\s*$", re.IGNORECASE) if labels else None


def _label_opening_sign(labels: list[str]) -> re.Pattern[str] | None:
    """A label alone, and maybe a colon, before a sign: all that stands before it on its line or
    after a separator ("Video © …", "… | Images © …"), not a word ending a name ("Harbour Video ©")."""
    return regex_cache.compile(rf"(?:^|[|·•]\s*){phrase_alternation(labels)}\s*:?\s*$", re.IGNORECASE) if labels else None


def _items_before_sign(items: list[str]) -> re.Pattern[str] | None:
    """A name and a kind of item, and a colon, all that stands before a sign on its line or
    after a separator or a sentence's end: "Associated Press articles: Copyright © …" (the
    name in group "name", asked of the registry by mentions.py)."""
    if not items:
        return None
    return regex_cache.compile(rf"(?:^|[|·•.]\s*)(?P<name>[^\W\d_][^:|·•.]{{0,48}}?)\s+{phrase_alternation(items)}\s*:\s*$", re.IGNORECASE)


def _other_work(labels: list[str], page_words: list[str]) -> re.Pattern[str] | None:
    """One of the labels, or a number of pages ("352 pages", "240 S."), anywhere in the text searched."""
    parts = ([phrase_alternation(labels)] if labels else []) + ([rf"(?<!\d)\d{{2,4}}\s*{phrase_alternation(page_words)}"] if page_words else [])
    return regex_cache.compile("|".join(parts), re.IGNORECASE) if parts else None


def phrases_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One regex matching any of the phrases as whole words; spaces and hyphens are loose."""
    if not phrases:
        return None
    return regex_cache.compile(phrase_alternation(phrases), re.IGNORECASE)


def builtin_pack_dir() -> Path:
    """The packs shipped in the wheel, or rules/ beside the package in a checkout."""
    packaged = Path(str(resources.files("provenance"))) / "_packs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def load_packs(extra_dirs: list[Path] | None = None, python_rule_ids: set[str] | None = None) -> Packs:
    """Load the built-in packs, then each extra directory's, validating every file."""
    files = sorted(builtin_pack_dir().glob("*.toml"))
    if not files:
        raise PackError(f"no rule packs found in {builtin_pack_dir()}")
    builtin = len(files)
    for directory in extra_dirs or []:
        if not directory.is_dir():
            raise PackError(f"{directory}: --rules must name a directory of .toml packs")
        found = sorted(directory.glob("*.toml"))
        if not found:
            raise PackError(f"{directory}: no .toml rule packs in this directory")
        files.extend(found)
    builder = _Builder(set(python_rule_ids or ()), user_files=set(files[builtin:]))
    for path in files:
        builder.add(path, read_pack(path))
    packs = builder.build()
    regex_cache.save()  # the programs of patterns compiled for the first time, for the next start
    return packs


def read_pack(path: Path) -> dict[str, Any]:
    """A pack file's tables, every value checked against the pack's shape (pack_shapes)."""
    try:
        with open_regular(path) as handle:  # a FIFO named house.toml would block the run forever
            data = tomllib.loads(handle.read().decode("utf-8"))
    except OSError as exc:
        raise PackError(f"{path}: {open_error(exc)}") from None
    except UnicodeDecodeError as exc:
        raise PackError(f"{path}: cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:  # the TOML reader recurses once per level of nesting
        raise PackError(f"{path}: not valid TOML: arrays or tables nested too deeply") from None
    try:
        check_pack(data)
    except ShapeError as exc:
        raise PackError(f"{path}: {exc.where}: {exc.problem}" if exc.where else f"{path}: {exc.problem}") from None
    return data


# The word lists of a pack's [datelines] table, each passed to DateVocab.build by its name.
_DATELINE_LISTS = (
    "not_page_date", "page_date_labels", "updated_labels", "updated_labels_after", "page_date_labels_after", "caption_labels",
)


class _Builder:
    """Accumulates validated sections across pack files."""

    def __init__(self, taken_ids: set[str], user_files: set[Path] | None = None) -> None:
        self.user_files = user_files or set()  # their patterns run under a timeout (patterns.py)
        self.months: dict[str, list[list[str]]] = {}
        self.calendar_months: dict[str, list[list[str]]] = {}  # "persian", "hijri" -> 12 lists of spellings
        self.calendar_years: dict[str, tuple[int, int]] = {}  # "persian", "hijri" -> the years a numeric date is read in it
        self.eras: dict[str, int] = {}  # Japanese era name -> offset to the Gregorian year
        self.buddhist_offset: int | None = None
        self.weekdays: dict[str, dict[str, list[list[str]]]] = {}
        self.not_a_mention: list[str] = []
        self.bracketed_weekdays: list[list[str]] = []
        self.numeric_order: dict[str, bool] = {}  # language tag -> day first
        self.datelines: dict[str, list[str]] = {key: [] for key in _DATELINE_LISTS}  # word lists, lower case
        self.date_meta: dict[str, tuple[str, float]] = {}
        self.publishers: list[Publisher] = []
        self.publisher_files: list[Path] = []  # the pack each publisher came from, for errors
        self.attributions: list[tuple[Path, str, str, PatternSpec]] = []  # compiled in build(), which expands {agency}
        self.credit_words: dict[str, list[str]] = {key: [] for key in CREDIT_WORDS}
        self.self_references: list[PatternSpec] = []
        self.notices: list[tuple[Path, str, str, PatternSpec]] = []  # compiled in build(), which expands {cc-element} and {cc-port}
        self.words: dict[str, list[str]] = {key: [] for key in (*NOTICE_WORDS, "page_statement", "other_subjects", "licensor_before", "spdx_ports")}
        self.cc_elements: dict[str, list[str]] = {code: [] for code in CC_ELEMENTS}
        self.cc_ports: dict[str, list[str]] = {}
        self.rules: list[PatternRule] = []
        self.chrome_words: set[str] = set()
        self.related_headings: set[str] = set()
        self.apparatus_headings: set[str] = set()
        self.ad_labels: set[str] = set()
        self.taken_ids = taken_ids

    # -- helpers ---------------------------------------------------------------------

    def fail(self, path: Path, where: str, problem: str) -> PackError:
        return PackError(f"{path}: {where}: {problem}")

    def _regex(self, path: Path, where: str, source: str, wrap: bool = False) -> re.Pattern[str]:
        if path in self.user_files:
            try:
                return compile_user_pattern(wrap_tolerant(source, is_verbose(source)) if wrap else source, f"{path.name}: {where}")
            except regex.error as exc:
                raise self.fail(path, where, f"'pattern' is not a valid regular expression: {exc}") from None
            except OverflowError:
                raise self.fail(path, where, "'pattern' is not a valid regular expression: a repeat count is too large") from None
            except RecursionError:
                raise self.fail(path, where, "'pattern' is not a valid regular expression: groups nested too deeply") from None
        try:
            with warnings.catch_warnings():  # "possible nested set" and the like: a warning would break the one-line error
                warnings.simplefilter("ignore")
                return regex_cache.compile(wrap_tolerant(source) if wrap else source, re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise self.fail(path, where, f"'pattern' is not a valid regular expression: {exc}") from None
        except OverflowError:  # a{4294967296}: a repeat count past what the engine can hold
            raise self.fail(path, where, "'pattern' is not a valid regular expression: a repeat count is too large") from None
        except RecursionError:  # the regex parser recurses once per nested group
            raise self.fail(path, where, "'pattern' is not a valid regular expression: groups nested too deeply") from None

    def _lines(self, path: Path, where: str, entry: dict[str, Any]) -> int | None:
        if "lines" in entry and not entry.get("keywords"):
            raise self.fail(path, where, "'lines' needs 'keywords': it bounds the search around each keyword")
        return entry.get("lines")

    def _keywords(self, path: Path, where: str, entry: dict[str, Any]) -> tuple[str, ...]:
        words = entry.get("keywords", [])
        if any(w != w.lower() for w in words):
            raise self.fail(path, where, "'keywords' must be lower case (they are matched against lower-cased text)")
        return tuple(words)

    # -- sections: `data` has the shape pack_shapes.check_pack checked; what is left to check is meaning

    def add(self, path: Path, data: dict[str, Any]) -> None:
        self.months.update(data.get("months", {}))
        self._calendars(data.get("calendars", {}))
        for lang, table in data.get("weekdays", {}).items():
            self.weekdays[lang] = {key: table.get(key, []) for key in ("names", "abbreviations", "written")}
        self.not_a_mention += data.get("weekday_mentions", {}).get("not_a_mention", [])
        self.bracketed_weekdays = data.get("yearless", {}).get("bracketed_weekdays", self.bracketed_weekdays)
        numeric = data.get("numeric_dates", {})
        for key, day_first in (("day_first", True), ("month_first", False)):
            for tag in numeric.get(key, []):
                if not re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", tag):
                    raise self.fail(path, "numeric_dates", f"'{tag}' is not a lower-case language tag such as 'fr' or 'en-gb'")
                self.numeric_order[tag] = day_first
        datelines = data.get("datelines", {})
        for key, words in self.datelines.items():
            words += [w.lower() for w in datelines.get(key, [])]
        for entry in data.get("date_meta", []):
            for key in entry["keys"]:
                self.date_meta[key.lower()] = (entry["role"], float(entry.get("weight", 1.0)))
        for entry in data.get("publisher", []):
            self._publisher(path, entry)
        for i, entry in enumerate(data.get("attribution", [])):
            self._attribution(path, f"attribution[{i}]", entry)
        for i, entry in enumerate(data.get("self_reference", [])):
            self._self_reference(path, f"self_reference[{i}]", entry)
        for i, entry in enumerate(data.get("notice", [])):
            self._notice(path, f"notice[{i}]", entry)
        for entry in data.get("rule", []):
            self._rule(path, entry)
        for key, words in data.get("notice_words", {}).items():
            self.words[key] += words
        self._licence_words(path, data.get("licence_words", {}))
        for key, words in data.get("credit_words", {}).items():
            self.credit_words[key] += words
        zones = data.get("zones", {})
        self.chrome_words |= {w.lower() for w in zones.get("chrome_words", [])}
        self.related_headings |= {w.lower() for w in zones.get("related_headings", [])}
        self.apparatus_headings |= {w.lower() for w in zones.get("apparatus_headings", [])}
        self.ad_labels |= {w.lower() for w in zones.get("ad_labels", [])}

    def _calendars(self, table: dict[str, Any]) -> None:
        for name in ("persian", "hijri"):
            if name in table:
                self.calendar_months[name] = table[name]["months"]
                if "numeric_years" in table[name]:
                    first, last = table[name]["numeric_years"]
                    self.calendar_years[name] = (first, last)
        self.eras.update(table.get("japanese", {}).get("eras", {}))
        if "buddhist" in table:
            self.buddhist_offset = table["buddhist"]["offset"]

    def _publisher(self, path: Path, entry: dict[str, Any]) -> None:
        name = entry["name"]
        license = entry.get("license")
        if license is not None and not PUBLISHER_LICENSE.match(license):
            raise self.fail(
                path, f"publisher '{name}'", f"'license' must be an SPDX id such as CC-BY-4.0, CC-BY-NC-ND-3.0, CC0-1.0 or CC-PDM-1.0 (got {license!r})"
            )
        self.publisher_files.append(path)
        self.publishers.append(
            Publisher(
                name=name,
                aliases=tuple(entry.get("aliases", [])),
                legal_names=tuple(entry.get("legal_names", [])),
                domains=tuple(d.lower() for d in entry.get("domains", [])),
                kind=entry.get("kind", "unknown"),
                country=entry.get("country"),
                license=license,
                part_of=entry.get("part_of"),
                dateline_codes=tuple(entry.get("dateline_codes", [])),
                cased_codes=tuple(entry.get("cased_codes", [])),
                role_codes=tuple(entry.get("role_codes", [])),
            )
        )

    def _attribution(self, path: Path, where: str, entry: dict[str, Any]) -> None:
        source = entry["pattern"]
        pattern = self._regex(path, where, source.replace("{agency}", "x"))  # report a bad pattern now, with its file
        if not {"publisher", "credit", "agencies", "author", "link"} & set(pattern.groupindex):
            raise self.fail(
                path, where, "'pattern' must capture a (?P<publisher>...), (?P<credit>...), (?P<agencies>...), (?P<author>...) or (?P<link>...) group"
            )
        spec = PatternSpec(
            entry["form"], pattern,
            zones=tuple(entry.get("zones", ZONES)),
            known_only=entry.get("known_only", False), closing=entry.get("closing", False), after_text=entry.get("after_text", False),
            dateline_codes=entry.get("dateline_codes", False), declined=entry.get("declined", False),
            keywords=self._keywords(path, where, entry), line_chars=entry.get("line_chars"),
            lines=self._lines(path, where, entry),
        )
        self.attributions.append((path, where, source, spec))

    def _self_reference(self, path: Path, where: str, entry: dict[str, Any]) -> None:
        source = entry["pattern"]
        for field_name, grammar in _SELF_REFERENCE_FIELDS.items():
            source = source.replace(field_name, grammar)
        pattern = self._regex(path, where, source)
        if "publisher" not in pattern.groupindex:
            raise self.fail(path, where, "'pattern' must capture a (?P<publisher>...) group")
        if entry.get("known_only") and entry.get("unknown_only"):
            raise self.fail(path, where, "'known_only' and 'unknown_only' cannot both be set")
        self.self_references.append(
            PatternSpec(
                entry["form"], pattern, known_only=entry.get("known_only", False), unknown_only=entry.get("unknown_only", False),
                closing=entry.get("closing", False), repeat=entry.get("repeat", 1), late=entry.get("late", False),
                pitch=entry.get("pitch", False), outlet_like=entry.get("outlet_like", False), outlet_only=entry.get("outlet_only", False),
                first_mention=entry.get("first_mention", False), outlet_address=entry.get("outlet_address", False),
                writer=entry.get("writer", False),
                keywords=self._keywords(path, where, entry),
            )
        )

    def _licence_words(self, path: Path, table: dict[str, Any]) -> None:
        for key in ("page_statement", "other_subjects", "licensor_before", "spdx_ports"):
            self.words[key] += table.get(key, [])
        for code, names in table.get("cc_elements", {}).items():
            self.cc_elements[code] += names
        for code, names in table.get("cc_ports", {}).items():
            if not re.fullmatch(r"[a-z]{2,3}|international", code):
                raise self.fail(path, f"licence_words.cc_ports.{code}", "key must be a port code (de, at, igo) or 'international'")
            self.cc_ports.setdefault(code, []).extend(names)

    def _spdx_template(self, path: Path, where: str, template: str, names: set[str]) -> None:
        """A template is data: only plain {name} fields that the pattern's named groups or
        `defaults` fill (no attribute or index access, no format specs)."""
        try:
            fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(template) if name is not None]
        except ValueError as exc:
            raise self.fail(path, where, f"'spdx' is not a valid template: {exc}") from None
        for name, spec, conversion in fields:
            if not name.isidentifier() or spec or conversion:
                raise self.fail(path, where, f"'spdx' fields must be plain names like {{version}}, not {{{name}}}")
            if name not in names:
                raise self.fail(path, where, f"'spdx' field {{{name}}} is neither a named group of the pattern nor in 'defaults'")
        if not re.fullmatch(r"[A-Za-z0-9.+{}-]+", template):
            raise self.fail(path, where, f"'spdx' must look like an SPDX id (letters, digits, '.', '-', '+'), not {template!r}")

    def _notice(self, path: Path, where: str, entry: dict[str, Any]) -> None:
        kind, spdx, defaults = entry["kind"], entry.get("spdx"), entry.get("defaults", {})
        if spdx is not None and kind != "license":
            raise self.fail(path, where, "'spdx' is only for kind = \"license\"")
        if entry.get("names_site") and kind != "copyright":
            raise self.fail(path, where, "'names_site' is only for kind = \"copyright\"")
        source = entry["pattern"]
        compiled = self._regex(path, where, source)  # report a bad pattern now, with its file
        if spdx is not None:
            self._spdx_template(path, where, spdx, set(compiled.groupindex) | set(defaults))
        spec = PatternSpec(
            kind=kind,
            pattern=regex_cache.compile(""),  # compiled in build(), once every vocabulary is loaded
            family=entry.get("family"),
            basis=entry.get("basis"),
            purposes=tuple(entry.get("purposes", [])),
            zones=tuple(entry.get("zones", ZONES)),
            keywords=self._keywords(path, where, entry),
            lines=self._lines(path, where, entry),
            spdx=spdx,
            defaults=tuple(sorted(defaults.items())),
            names_site=bool(entry.get("names_site", False)),
        )
        self.notices.append((path, where, source, spec))

    def _notice_specs(self) -> tuple[PatternSpec, ...]:
        expansions = {
            "{cc-element}": phrase_alternation([n for names in self.cc_elements.values() for n in names] or ["by"]),
            "{cc-port}": phrase_alternation([n for names in self.cc_ports.values() for n in names] or ["international"]),
        }
        specs = []
        for path, where, source, spec in self.notices:
            for placeholder, alternation in expansions.items():
                source = source.replace(placeholder, alternation)
            specs.append(replace(spec, pattern=self._regex(path, where, source, wrap=True)))
        return tuple(specs)

    def _agency_names(self) -> list[str]:
        """Every agency's names, and its dateline codes, in each spelling a page may write
        (name_spellings): `{agency}` in a keyword gates on them all."""
        return sorted(
            {s for p in self.publishers if p.kind in AGENCY_KINDS for n in (p.name, *p.aliases, *p.dateline_codes, *p.cased_codes) for s in name_spellings(n)}
        )

    def _attribution_specs(self) -> tuple[PatternSpec, ...]:
        """The attribution patterns with `{agency}` read as a name the registry decides on
        (so a new agency is a registry entry, not a pattern edit: the pattern takes a name
        there, and the auditor keeps it only when the registry knows the agency); a keyword
        holding `{agency}` becomes one keyword per name of every agency and syndicate."""
        names = self._agency_names()
        specs = []
        for path, where, source, spec in self.attributions:
            keywords = tuple(
                # Lowered as the document is ("İHA" is found in its lowered text, see model.lower_in_place).
                dict.fromkeys(k.replace("{agency}", lower_in_place(n)) for k in spec.keywords for n in (names if "{agency}" in k else [""]))
            )
            specs.append(replace(spec, pattern=self._regex(path, where, source.replace("{agency}", _AGENCY_TOKEN)), keywords=keywords))
        return tuple(specs)

    def _notice_vocab(self, places: frozenset[str]) -> NoticeVocab:
        from .notices.holder import holder_forms  # here, not at the top: notices/ imports this module

        words = self.words
        return NoticeVocab(
            discussion=phrases_regex(words["discussion"]),
            site=phrases_regex(words["site"]),
            rights_reserved=phrases_regex(words["rights_reserved"]),
            # A holder's name ends where its rights reservation begins, in any language.
            holder_stops=phrases_regex(words["holder_stops"] + words["rights_reserved"]),
            not_holders=phrases_regex(words["not_holders"]),
            software_holders=phrases_regex(words["software_holders"]),
            licensor_before=phrases_regex(words["licensor_before"]),
            image_labels=phrases_regex(words["image_labels"]),
            text_labels=phrases_regex(words["text_labels"]),
            theme_names=phrases_regex(words["theme_names"]),
            placeholders=phrases_regex(words["placeholder_holders"]),
            theme_marks=phrases_regex(words["theme_marks"]),
            image_holders=phrases_regex(words["image_holders"]),
            provider_credit=_credit_before_sign(words["provider_labels"]),
            service_label=_label_before_sign(words["service_labels"]),
            picture_label=_label_opening_sign(words["picture_labels"]),
            other_work=_other_work(words["other_work_labels"], words["page_words"]),
            carried_items=_items_before_sign(words["carried_items"]),
            text_credits=phrases_regex(words["text_credits"]),
            quoting=_label_before_sign(words["quoting_words"]),
            page_statement=phrases_regex(words["page_statement"]),
            other_subjects=_sentence_subjects(words["other_subjects"]),
            cc_element=phrases_regex([n for names in self.cc_elements.values() for n in names]),
            cc_codes={fold(n): code.upper() for code, names in self.cc_elements.items() for n in names},
            cc_port=phrases_regex([n for names in self.cc_ports.values() for n in names]),
            port_codes={fold(n): ("" if code == "international" else code.upper()) for code, names in self.cc_ports.items() for n in names},
            spdx_ports=frozenset(words["spdx_ports"]),
            places=places,
            holder_forms=holder_forms(
                legal_forms=words["legal_forms"], joining=words["legal_forms_joining"], keeping_dot=words["legal_forms_keeping_dot"],
                before_address=words["legal_forms_before_address"], before_quotes=words["legal_forms_before_quotes"],
                cjk=words["legal_forms_cjk"], by_after_name=words["by_after_name"], titles=words["name_titles"],
                company_words=words["company_words"], group_words=words["group_words"], footer_links=words["footer_links"],
                name_joiners=words["name_joiners"], language_names=words["language_names"], language_codes=words["language_codes"],
                to_top_words=words["to_top_words"], founded_words=words["founded_words"],
                street_words=words["street_words"], register_labels=words["register_labels"],
                social_networks=words["social_networks"], tagline_openers=words["tagline_openers"],
            ),
        )

    def _rule(self, path: Path, entry: dict[str, Any]) -> None:
        rule_id = entry["id"]
        where = f"rule {rule_id}"
        if not RULE_ID.match(rule_id):
            raise self.fail(path, where, "'id' must be letters then three digits, e.g. PRV250 or ORG101")
        if rule_id in self.taken_ids:
            raise self.fail(path, where, "this id is already used by another rule")
        self.taken_ids.add(rule_id)
        if not RULE_NAME.match(entry["name"]):
            raise self.fail(path, where, "'name' must be kebab-case, e.g. wire-service-restriction")
        doc = RuleDoc(
            id=rule_id, name=entry["name"], severity=entry["severity"], category=entry["category"],
            summary=entry["summary"], why=entry["why"], example=entry["example"], origin=str(path),
        )
        self.rules.append(
            PatternRule(
                doc=doc,
                pattern=self._regex(path, where, entry["pattern"], wrap=True),
                message=entry["message"],
                suggestion=entry.get("suggestion"),
                zones=tuple(entry.get("zones", ZONES)),
                keywords=self._keywords(path, where, entry),
            )
        )

    def build(self) -> Packs:
        if not self.months:
            raise PackError("no month vocabulary loaded (rules/dates.toml is missing or empty)")
        by_name: dict[str, Publisher] = {}
        by_domain: dict[str, Publisher] = {}
        by_code: dict[str, Publisher] = {}
        by_cased_code: dict[str, Publisher] = {}
        by_role_code: dict[str, Publisher] = {}
        for publisher, path in zip(self.publishers, self.publisher_files, strict=True):
            # One credit must name one outlet: a name or domain listed twice would make the
            # registry's answer depend on which pack loaded last.
            for name in (publisher.name, *publisher.aliases, *publisher.legal_names):
                other = by_name.setdefault(normalise_name(name), publisher)
                if other is not publisher:
                    raise self.fail(path, f"publisher '{publisher.name}'", f"the name {name!r} is already listed under '{other.name}'")
            # Each kind of code names one agency, as a name does.
            for kind, codes, table, key in (
                ("dateline code", publisher.dateline_codes, by_code, normalise_name),
                ("cased code", publisher.cased_codes, by_cased_code, lambda code: " ".join(code.split())),
                ("role code", publisher.role_codes, by_role_code, normalise_name),
            ):
                for code in codes:
                    other = table.setdefault(key(code), publisher)
                    if other is not publisher:
                        raise self.fail(path, f"publisher '{publisher.name}'", f"the {kind} {code!r} is already listed under '{other.name}'")
            for domain in publisher.domains:
                other = by_domain.setdefault(domain, publisher)
                if other is not publisher:
                    raise self.fail(path, f"publisher '{publisher.name}'", f"the domain {domain!r} is already listed under '{other.name}'")
        for publisher, path in zip(self.publishers, self.publisher_files, strict=True):
            for code in publisher.dateline_codes:  # a code stands in for a name only where no name is spelt so
                named = by_name.get(normalise_name(code))
                if named is not None:
                    raise self.fail(path, f"publisher '{publisher.name}'", f"the dateline code {code!r} is already a name of '{named.name}'")
            house = by_name.get(normalise_name(publisher.part_of)) if publisher.part_of else None
            if publisher.part_of and (house is None or house is publisher or house.part_of):
                problem = f"'part_of' must name another registry publisher that is part of none (got {publisher.part_of!r})"
                raise self.fail(path, f"publisher '{publisher.name}'", problem)
        names = sorted({n for p in self.publishers for n in (p.name, *p.aliases, *p.legal_names)}, key=lambda n: (-len(n), n))
        phrase = (
            regex_cache.compile(r"(?<![\w])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![\w])", re.IGNORECASE)
            if names
            else None
        )
        attributions, notices = self._attribution_specs(), self._notice_specs()
        # Cities, folded: the credit reader tells a place from a name by them, the holder cleaner a place after a name.
        places = frozenset(fold_place(name) for name in self.credit_words["places"])
        return Packs(
            vocab=DateVocab.build(
                self.months, self.weekdays, self.not_a_mention, self.numeric_order, self.datelines["not_page_date"],
                calendar_months=self.calendar_months, calendar_years=self.calendar_years, eras=self.eras, buddhist_offset=self.buddhist_offset,
                **{key: self.datelines[key] for key in _DATELINE_LISTS if key != "not_page_date"},
                bracketed_weekdays=self.bracketed_weekdays,
            ),
            registry=Registry(
                tuple(self.publishers), by_name, by_domain, phrase,
                frozenset(normalise_name(NAME_WORDS.findall(name)[0]) for name in self._agency_names() if NAME_WORDS.findall(name)),
                by_code,
                by_cased_code,
                by_role_code,
            ),
            date_meta=self.date_meta,
            attributions=attributions,
            notices=notices,
            pattern_rules=tuple(self.rules),
            chrome_words=frozenset(self.chrome_words),
            related_headings=frozenset(self.related_headings),
            end_headings=frozenset(self.related_headings | self.apparatus_headings),
            ad_labels=frozenset(self.ad_labels),
            notice_vocab=self._notice_vocab(places),
            credit_vocab=CreditVocab(
                **{key: phrases_regex(self.credit_words[key]) for key in CREDIT_WORDS if key not in _CREDIT_WORDS_OWN_FORM},
                outlet_words=_word_endings_regex(self.credit_words["outlet_words"]),
                masthead_words=_word_endings_regex(self.credit_words["masthead_words"]),
                masthead_leads=_word_endings_regex(self.credit_words["masthead_leads"]),
                masthead_marks=_word_parts_regex(self.credit_words["masthead_marks"]),
                data_words=_word_parts_regex(self.credit_words["data_words"]),
                newsroom_words=_trailing_words_regex(self.credit_words["newsroom_words"]),
                outlet_parts=_trailing_words_regex(self.credit_words["outlet_parts"]),
                partner_words=_word_parts_regex(self.credit_words["partner_words"]),
                byline_segments=_byline_segments_regex(self.credit_words["byline_and"], self.credit_words["byline_with"]),
                byline_with=frozenset(word.lower() for word in self.credit_words["byline_with"]),
                places=places,
            ),
            keywords=tuple(sorted({k for spec in (*notices, *attributions) for k in spec.keywords})),
            self_references=tuple(self.self_references),
        )
