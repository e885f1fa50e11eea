"""The publishers registry: every outlet, agency and syndicate the packs list
(rules/agencies.toml, rules/publishers.toml, a user's packs), and how a credited name or a
host is looked up in it. The packs loader builds it (packs.py); credits, chains and rights
read it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = [
    "AGENCY_KINDS", "NAME_WORDS", "PUBLISHER_LICENSE", "SERVICE_PREFIX", "THE", "Publisher", "Registry", "fold", "fold_place", "host_labels",
    "known_publisher", "name_spellings", "normalise_name", "same_outlet", "same_site_hosts", "same_title", "title_words", "url_host",
]


@dataclass(frozen=True)
class Publisher:
    """One registry entry, as its pack gives it (the keys are documented in rules/agencies.toml)."""

    name: str
    aliases: tuple[str, ...]
    legal_names: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str
    country: str | None
    license: str | None = None  # SPDX id of the terms on which anyone may republish its articles
    part_of: str | None = None  # the registry publisher whose house it belongs to: a sister title credits its own house
    # Codes that name the agency only in a dateline's brackets, being words elsewhere: "(AA)", "(APP)"
    dateline_codes: tuple[str, ...] = ()
    # Codes that name the service in a dateline's brackets only as written, case included, and
    # before any name: "Wien (OTS) -" is APA's service, "Hamburg (ots) -" news aktuell's
    cased_codes: tuple[str, ...] = ()
    # Codes that name the agency only before a job title in a byline, being a word or a state's
    # code anywhere else: "By Jane Doe, PA Political Correspondent"
    role_codes: tuple[str, ...] = ()


NAME_WORDS = re.compile(r"[^\W_][\w'’.&-]*")  # the words of a name: "Agence France-Presse", "AT&T"

# Registry kinds credited the way agencies are, in datelines, bylines and sign-offs: a
# news agency writes the story it distributes, a syndicate distributes other outlets'
# stories, a press-release wire an issuer's release ("(ots)", "--(BUSINESS WIRE)--").
AGENCY_KINDS = frozenset({"wire", "syndicate", "press-release"})

# The licence ids a publisher's `license` may hold: Creative Commons, CC0, the Public Domain Mark.
PUBLISHER_LICENSE = re.compile(r"^(?:CC-BY(?:-NC)?(?:-ND|-SA)?-\d\.\d(?:-[A-Z]{2})?|CC0-1\.0|CC-PDM-1\.0)$")


@dataclass(frozen=True)
class Registry:
    """Every publisher, keyed by its normalised names and by its domains."""

    publishers: tuple[Publisher, ...]
    by_name: dict[str, Publisher]
    by_domain: dict[str, Publisher]
    phrase: re.Pattern[str] | None  # every name, alias and legal name, as whole phrases
    agency_starts: frozenset[str] = frozenset()  # the first word of every agency's name and alias
    by_dateline_code: dict[str, Publisher] = field(default_factory=dict)  # "aa" -> Anadolu: datelines only
    by_cased_code: dict[str, Publisher] = field(default_factory=dict)  # "OTS" -> APA-OTS: datelines only, as written
    by_role_code: dict[str, Publisher] = field(default_factory=dict)  # "pa" -> PA Media: before a job title only

    def lookup(self, text: str) -> Publisher | None:
        """The publisher a name, alias or legal name is, exactly (case and dots aside)."""
        return self.by_name.get(normalise_name(text))

    def holder_name(self, holder: str) -> str:
        """A copyright holder as a report should give it: a registry publisher's name or alias
        as its display name ("AP" is The Associated Press), and an agency's legal name too
        (the wire is the holder, whatever its company is called); but an outlet's legal
        name as written: the company is the holder, and one company often owns several
        titles ("Dow Jones & Company, Inc." holds Barron's as well as The Wall Street Journal)."""
        bare = THE.sub("", holder)
        known = self.lookup(holder) or self.lookup(bare)
        if known is None or known.kind in AGENCY_KINDS:
            return known.name if known else holder
        legal = {normalise_name(name) for name in known.legal_names}
        return holder if normalise_name(holder) in legal or normalise_name(bare) in legal else known.name

    def search(self, text: str) -> Publisher | None:
        """The first registry publisher named anywhere inside `text`."""
        if self.phrase is None:
            return None
        m = self.phrase.search(text)
        return self.by_name.get(normalise_name(m.group(0))) if m else None

    def agency(self, text: str) -> Publisher | None:
        """The news agency or syndicate a credit names exactly, if any."""
        found = self.lookup(text)
        return found if found is not None and found.kind in AGENCY_KINDS else None

    def dateline_agency(self, text: str) -> Publisher | None:
        """The agency a dateline's brackets name: by a name, or by a code that is a word
        anywhere else ("ANKARA (AA) -", "ISLAMABAD (APP):"); first by a code whose case tells
        one service from another ("Wien (OTS) -")."""
        cased = self.by_cased_code.get(" ".join(text.split())) if self.by_cased_code else None
        return cased or self.agency(text) or self.by_dateline_code.get(normalise_name(text))

    def role_agency(self, text: str) -> Publisher | None:
        """The agency a byline names before a writer's job title: by a name, or by a code
        that is a word or a state's code anywhere else ("PA Political Correspondent")."""
        return self.agency(text) or self.by_role_code.get(normalise_name(text))

    def names_agency(self, text: str) -> bool:
        """Whether a short text names an agency anywhere: runs of up to four words that
        start with an agency name's first word ("Associated Press", "Agence France-Presse")."""
        words = NAME_WORDS.findall(text)
        return any(
            self.agency(" ".join(words[start : start + length]))
            for start, word in enumerate(words)
            if normalise_name(word) in self.agency_starts
            for length in range(1, 5)
        )

    def same_house(self, a: str | None, b: str | None) -> bool:
        """Whether two registry publishers are one house: one is part of the other, or both
        of a third (Banyuetan and Xinhua)."""
        pa, pb = (self.lookup(a) if a else None), (self.lookup(b) if b else None)
        if pa is None or pb is None:
            return False
        return (pa.part_of or pa.name) == (pb.part_of or pb.name)

    def for_host(self, host: str) -> Publisher | None:
        host = host.lower().split(":")[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None


THE = re.compile(r"^the\s+", re.I)
_ABBREVIATED = re.compile(r"^(.{2,80}?)\s*[(（]([^()（）]{1,20})[)）]$")


def known_publisher(registry: Registry, text: str, declined: bool = False) -> Publisher | None:
    """An exact registry match for a credited name: a name, alias or legal name (with or
    without a leading 'the'), or a domain ("theguardian.com"). Never a search inside free
    text: that turns captions ("... pasado. EFE") into credits. `declined`: the name may stand in a
    grammatical case ("w Gazecie Wyborczej"), as a credit form that says so writes it."""
    text = text.strip(" .,;:-–—")
    found = registry.lookup(text) or registry.lookup(THE.sub("", text))
    short = _ABBREVIATED.match(text) if found is None else None
    if short is not None:
        # "وكالة الأنباء السعودية (واس)", "Agência Brasil (ABr)": the name, with its short form after it.
        found = registry.lookup(short.group(1))
        if found is not None and registry.dateline_agency(short.group(2)) not in (None, found):
            found = None  # two outlets: "Reuters (AFP)"
    if found is None and "." in text and " " not in text:
        found = registry.for_host(re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).split("/")[0])
    if found is None and _DECLINED.search(text):
        # German declines a title's adjectives after "in der", "im", "bei der": "erschien zuerst in der
        # Süddeutschen Zeitung", "in der Frankfurter Allgemeinen Zeitung", "der Neuen Zürcher Zeitung".
        found = registry.lookup(_DECLINED.sub(r"\1e ", text))
    if found is None and declined:
        # Only where a credit form writes the title in a case: elsewhere (a copyright holder, a
        # site's name, "Source: Marcy") a name stands as written, and undoing an ending would
        # make it another name ("Marcy" is no "Marca").
        found = _nominative(registry, text)
    return found


# Polish declines a title after "w", "na łamach", "z": "ukazał się pierwotnie w Gazecie Wyborczej",
# "w Rzeczpospolitej", "na łamach Tygodnika Powszechnego", "w Polityce". The case endings of nouns
# and adjectives, each with the nominative's ending to try in its place (longest first).
_CASE_ENDINGS = (
    ("iego", "i"), ("ego", "y"), ("cie", "ta"), ("dzie", "da"), ("ej", "a"), ("ym", "y"), ("im", "i"),
    ("ce", "ka"), ("ki", "ka"), ("ku", "k"), ("ka", "k"), ("y", "a"), ("u", ""),
)


def _nominative(registry: Registry, text: str) -> Publisher | None:
    """The registry outlet a declined title of at most three words names, each capitalised
    word tried as written and with its case ending undone."""
    words = text.split()
    if not 1 <= len(words) <= 3:
        return None
    choices = [
        [w, *(w[: -len(end)] + base for end, base in _CASE_ENDINGS if w[:1].isupper() and w.endswith(end) and len(w) > len(end) + 2)]
        for w in words
    ]
    for combination in itertools.product(*choices):
        found = registry.lookup(" ".join(combination))
        if found is not None:
            return found
    return None


# A capitalised word ending in "-en" before another word of the name: a declined German adjective.
_DECLINED = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]{2,})en\s+(?=[A-ZÄÖÜ])")


_NOT_ALNUM = re.compile(r"[\W_]+")
_NAME_SEPARATORS = re.compile(r"[\s.,]+")


def fold(text: str) -> str:
    """A phrase reduced to its letters and digits, lower case: how vocabulary entries are keyed."""
    return _NOT_ALNUM.sub("", text.lower())


def fold_place(name: str) -> str:
    """A place's name as the places vocabulary keys it: case, hyphens and spacing aside."""
    return " ".join(name.replace("-", " ").replace("’", "'").split()).casefold()


# Not words.LEADING_ARTICLE (no l'/de/het/o/a): dropping those too would make more names one outlet (same_outlet, title_words).
_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|los|las|il|lo)\s+", re.I)
_HOST_PARTS = re.compile(r"^(?:https?://)?(?:www\d?\.)?|(?:\.[a-z]{2,13}){1,2}(?:/.*)?$", re.I)


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two names are one outlet: equal canonical names, or the same words once a
    leading article and a host's www/TLD are dropped ("Die Weltwoche" and weltwoche.ch)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    x, y = bare_name(a), bare_name(b)
    return len(x) >= 4 and x == y


# An editor's initials after a slash ("Quelle: hessenschau.de/bb", "Quayside Gazette/jd").
_INITIALS_TAIL = re.compile(r"\s*/\s*[a-z]{1,4}\.?$")
_TITLE_WORDS = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*\.?")
_GENITIVE_ENDS = ("s", "es", "n", "en")  # German: "des Hafenblatts", "des Elbtaler Boten"
_MINOR_WORDS = frozenset({"of", "the", "and", "für", "fur", "der", "die", "das", "des", "de", "du", "la", "le", "del", "di", "et", "und", "y", "e"})


def same_title(a: str | None, b: str | None, editions: re.Pattern[str] | None) -> bool:
    """Whether two names are one title's, a publisher crediting its own edition, sister
    title or programme (a self-credit, not a copy):

    - the same outlet (same_outlet), once an editor's initials after a slash are dropped, or
      in the genitive ("des Hafenblatts", "des Elbtaler Boten");
    - one is the other and words naming an edition (`editions`, rules/attribution.toml):
      "Hafenblatt am Sonntag", "Quayside Gazette Weekend", "Hafenblatt Online";
    - one is the other's initials: "PAZ" and "Preußische Allgemeine Zeitung", "HVG" and
      "Harbour Valley Gazette";
    - both open with one brand in capitals: "KQTV News" and "KQTV This Morning".
    """
    if not a or not b:
        return False
    a, b = _INITIALS_TAIL.sub("", a.strip(" .")), _INITIALS_TAIL.sub("", b.strip(" ."))
    if same_outlet(a, b):
        return True
    x, y = bare_name(a), bare_name(b)
    if len(x) >= 4 and len(y) >= 4 and " " not in a.strip() + b.strip() and (x == y + "s" or y == x + "s"):
        return True  # "des Hafenblatts": a one-word title's genitive
    words_a, words_b = title_words(a), title_words(b)
    if not words_a or not words_b:
        return False
    if len(words_a) == len(words_b) > 1 and [fold(w) for w in words_a[:-1]] == [fold(w) for w in words_b[:-1]]:
        last_a, last_b = sorted((fold(words_a[-1]), fold(words_b[-1])), key=len)
        # "der Printausgabe des Elbtaler Boten", "des Elbtaler Anzeigers": a title's last word in the genitive;
        # not an English plural after a vowel ("Harbour Times" is not "Harbour Time").
        if len(last_a) >= 3 and last_b in {last_a + end for end in _GENITIVE_ENDS} and not (last_b == last_a + "s" and last_a[-1] in "aeiouy"):
            return True
    short, long = sorted((words_a, words_b), key=len)
    if len(short) < len(long) and [fold(w) for w in long[: len(short)]] == [fold(w) for w in short]:
        rest = " ".join(long[len(short) :])
        if len(fold(" ".join(short))) >= 4 and _editions_only(rest, editions):
            return True
    core_a, core_b = _without_edition(words_a, editions), _without_edition(words_b, editions)
    if _is_initials(core_a, core_b) or _is_initials(core_b, core_a):
        return True  # "FT Weekend" and "Financial Times"
    brand_a, brand_b = words_a[0], words_b[0]
    # Not two names in capitals throughout ("DAILY MAIL", "DAILY EXPRESS"): there a capital word is no brand.
    shouted = a.isupper() and b.isupper()
    return not shouted and len(brand_a) >= 3 and brand_a == brand_b and brand_a.isupper() and brand_a.isalpha() and len(words_a) + len(words_b) > 2


def _without_edition(words: list[str], editions: re.Pattern[str] | None) -> list[str]:
    """A title's words without the edition its last words name ("FT Weekend" -> ["FT"])."""
    for end in range(1, len(words)):
        if _editions_only(" ".join(words[end:]), editions):
            return words[:end]
    return words


def _editions_only(words: str, editions: re.Pattern[str] | None) -> bool:
    """Whether words name an edition, as one phrase or word by word: "Weekend", "This Morning",
    "Sunday edition", "Online Ausgabe"."""
    if editions is None:
        return False
    return editions.fullmatch(words) is not None or all(editions.fullmatch(w) for w in words.split())


def title_words(name: str) -> list[str]:
    """A title's words without its article or its address's parts: "The Exchange France" ->
    ["Exchange", "France"]."""
    return _TITLE_WORDS.findall(_ARTICLE.sub("", _HOST_PARTS.sub("", name) if " " not in name else name))


def initials(name: str) -> str:
    """The folded initials of a name of two words or more, its minor words aside
    ("Preußische Allgemeine Zeitung" -> "paz"); "" for a single word."""
    words = name.split()
    return fold(_first_letters(words)) if len(words) >= 2 else ""


def _first_letters(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS)


def _is_initials(acronym: list[str], words: list[str]) -> bool:
    """Whether `acronym` (one word of two to five capitals, dotted or not: "PAZ", "F.A.Z.")
    is the initials of `words`, its minor words aside."""
    if len(acronym) != 1:
        return False
    letters = acronym[0].replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha() and len(words) >= 2 and _first_letters(words) == letters


def bare_name(name: str) -> str:
    """A name as same_outlet compares it: folded, a leading article and a host's www and TLD dropped."""
    name = _ARTICLE.sub("", _HOST_PARTS.sub("", name.strip()) if " " not in name.strip() else name.strip())
    return fold(name)


# Arabic writes an alef with or without its hamza or madda ("أ ف ب" and "ا ف ب" are AFP): one letter in a name.
_BARE_ALEF = str.maketrans("أإآٱ", "اااا")


def normalise_name(text: str) -> str:
    # Called on every word of a credit (names_agency), most of them ASCII and one word: no
    # alef to translate (a dict lookup a character), and with no dot or comma str.split
    # collapses the same whitespace as the regex (str.isspace is the regex's \s).
    name = text.lower()
    if not name.isascii():
        name = name.translate(_BARE_ALEF)
    if "." in name or "," in name:
        return _NAME_SEPARATORS.sub(" ", name).strip()
    return " ".join(name.split())


def name_spellings(name: str) -> set[str]:
    """The ways a page may write a registry name that its normalised form takes as one
    (normalise_name): as listed, with bare alefs ("ا ف ب"), and, for a name of single letters,
    dotted ("أ.ف.ب", "د.ب.أ"). A keyword gate needs each literally."""
    spellings = {name, name.translate(_BARE_ALEF)}
    words = name.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):
        spellings |= {s.replace(" ", ".") for s in spellings}
    return spellings


# A host's service prefix, not part of the site's name: "www.", "m.", "amp.", "edition.".
SERVICE_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile|edition)\.")


def url_host(url: str | None) -> str:
    """The URL's host name, lower case; "" when it has none or is malformed ("http://[::1")."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower() if url else ""
    except ValueError:  # urlsplit raises for a bracketed host it cannot read
        return ""


def same_site_hosts(a: str, b: str) -> bool:
    """Hosts of one site: equal once "www." and the like are dropped, or one under the other."""
    a, b = SERVICE_PREFIX.sub("", a), SERVICE_PREFIX.sub("", b)
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def host_labels(host: str) -> list[str]:
    """A host's names, folded, its own name first: "www.polizeiticker.ch" -> ["polizeiticker"],
    "mluk.brandenburg.de" -> ["brandenburg", "mluk"]."""
    labels = SERVICE_PREFIX.sub("", host).split(".")
    if len(labels) < 2:
        return []
    return [fold(labels[-2])] + [fold(label) for label in reversed(labels[:-2]) if len(label) >= 3]
