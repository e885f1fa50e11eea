"""Bylines that name an agency: "By Jane Doe, Associated Press", "Jane Doe, AP Science
Writer", "Reuters, Berlin", "Par l'AFP", "Von Jane Doe, APA", "AFP 03/02/2021",
"dpa/tmn", and the same in an author field of the metadata.

A byline is read as segments (split at commas, bars, slashes and dashes): an agency the
registry knows, optionally with a job title ("AP Science Writer", "dpa-Korrespondent")
or a date; person names before it (its authors); places after it. A line holding
anything else (a sentence, a photo credit, a teaser's headline) is not a byline. The
words (by-words, job titles, media words) are the pack's [credit_words].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import CenturyHint, find_dates, first_date
from ..model import AGENCY_MATERIAL, Attribution, DateValue, Evidence, Zone
from ..packs import Packs
from ..registry import AGENCY_KINDS, THE, Publisher

_BRACKETED_LAST = re.compile(r"(?<=\w)\s*\(([^()]{2,40})\)$")
# A name of a person or a place: capitalised words (ALL CAPS too, Latin, Cyrillic or Greek),
# initials, and the particles names carry ("Jane van der Berg", "Hassan al-Amin", "J. R. Doe").
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽЀ-ЯҐЄІЇΑ-Ω"
_NAME = re.compile(
    rf"(?:(?:[{_CAPITAL}][\w'’.-]*|[{_CAPITAL}]\.|(?:al|el|ad|ar|as|ash|at|az|ben|bin|abu|ibn)-[{_CAPITAL}][\w'’.-]*"
    r"|(?:van|von|der|den|de|da|del|della|di|du|la|le|al|el|bin|ibn|zu|ten|ter|y|dos|das)(?=\s))\s*){1,5}"
)
# In the scripts without capitals (Arabic, Hebrew) no case tells a name from a headline's
# words: two to four words are a name only after a by-word ("بقلم محمد علي - رويترز").
_CASELESS_NAME = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]+(?:\s+[\u0590-\u05ff\u0600-\u06ff]+){1,3}")
# An article, or "of" before an agency's name: "Par l'AFP", "Por João Silva, da Agência Brasil".
# Its own list, not words.LEADING_ARTICLE: "da", "do", "del", "du" are "of (the)" here, and "l'" takes no space ("l'AFP").
_ARTICLE = re.compile(r"^(?:l['’]|la\s+|le\s+|the\s+|die\s+|der\s+|el\s+|da\s+|do\s+|de\s+|del\s+|du\s+)", re.I)
_LONGEST = 140  # characters: a byline is a short line
_HYPHEN_WORDS = re.compile(r"[\s-]+")
_SERVICE_CODE = re.compile(r"[a-z]{2,4}")
_DIGIT = re.compile(r"\d")
# A web address as a byline writes a site's name: labels joined by dots, ending in a top-level
# domain in lower case ("Vegolosi.it", "Harbourtimes.com", "express.co.uk"); a person's initials
# ("J.R. Hartley") hold a space, and "St.John" ends in a capital.
_WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}")
# How long ago the story was posted, or how long it takes to read: a field of the byline block
# ("Story by Jane Doe • 2h", "By Jane Doe · 5 min read"), no one's name.
_POSTED = re.compile(
    r"(?:updated\s+)?\d{1,3}\s*(?:s|m|min|mins|h|hr|hrs|d|w|mo|y|std|tg)\.?(?:\s+ago)?"
    r"|(?:updated\s+)?\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?:\s+ago)?"
    r"|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|reading|lesezeit|lecture|lectura)",
    re.I,
)
# A state's or province's code after a city: "BRASÍLIA, DF (FOLHAPRESS)", "Austin, TX".
_REGION_CODE = re.compile(r"[A-Z]{2}")
# The separators of a byline block's fields: after one, a name is the outlet, not a co-writer
# ("Story by Jane Doe • Harbour Herald"); writers are joined by "and" or commas.
_FIELD_MARKS = frozenset("•·")
# After a by-word and a name, the separators before the outlet she wrote for: "By Jane Doe, Ohio Capital
# Journal", "By Jane Doe | Harbour Courier", "By Jane Doe – Harbour Courier", "By Jane Doe / Harbour Courier".
_OUTLET_MARKS = frozenset({",", "|", "-", "–", "—", "/"})


@dataclass(frozen=True, slots=True)
class Byline:
    agencies: tuple[Publisher, ...]
    authors: tuple[str, ...]
    place: str | None
    date: DateValue | None
    outlet: str | None = None  # a name after a field mark, not in the registry: "Story by Jane Doe • Harbour Herald"
    material: bool = False  # the site's desk telling the agencies' stories: "Le Monde avec AFP", "Redaktion mit dpa"


def byline_credits(byline: Byline, form: str, where: Evidence, zone: Zone) -> list[Attribution]:
    """One credit per agency a byline names, each with the byline's authors; a desk's byline
    with an agency ("Le Monde avec AFP") credits the agency's material, whatever the form."""
    author = " and ".join(byline.authors) or None
    form = AGENCY_MATERIAL if byline.material else form
    return [
        Attribution(
            form=form, publisher=agency.name, publisher_text=agency.name, author=author, place=byline.place, date=byline.date,
            evidence=where, known=True, zone=zone, publisher_kind=agency.kind,
        )
        for agency in byline.agencies
    ]


def parse_byline(text: str, packs: Packs, hint: CenturyHint = None, *, names_alone: bool = False, under_headline: bool = False) -> Byline | None:
    """The byline `text` is: the agencies it names and the people, or None when it is
    anything else (a sentence, a photo credit, a headline, another outlet's name).

    Without an agency, a line is a byline only when it starts with a by-word ("By Jane
    Doe", "Von Max Muster"); `names_alone` accepts bare names, for an author field of
    the metadata. "Staff", "Redaktion" and other job titles are no one's name. Right under
    the headline (`under_headline`) a name and an agency may stand with no separator, as two
    elements of a byline block read as one line: "Jane Doe The Associated Press".
    """
    vocab = packs.credit_vocab
    # "Par Jane Doe (AFP)": the agency in brackets after the name is one more segment.
    text = " ".join(text.split())
    if text.endswith(")"):  # the pattern's last character: most lines are spared the regex's try at every character
        text = _BRACKETED_LAST.sub(r", \1", text)
    text = text.strip(" -–—:()[]")
    if not text or len(text) > _LONGEST:
        return None
    by = vocab.by.match(text) if vocab.by else None
    if not by and not names_alone and not packs.registry.names_agency(text):
        return None  # neither a by-word nor an agency: most lines by a headline stop here
    if vocab.media and vocab.media.search(text):
        return None
    holders = packs.notice_vocab.image_holders
    if holders and holders.search(text) and packs.registry.agency(text) is None:
        # "Natalie Naccache | Bloomberg | Getty Images": a picture agency's credit. A news
        # agency's whole name that holds a picture agency's ("Keystone-SDA") is the agency.
        return None
    body = text[by.end() :].strip(" :") if by else text
    agencies: list[Publisher] = []
    authors: list[str] = []
    places: list[str] = []
    date: DateValue | None = None
    outlet: str | None = None
    # A date first, as a whole: its slashes and dots are not the byline's separators.
    written = next(find_dates(body, packs.vocab, hint), None) if _DIGIT.search(body) else None
    if written is not None:
        date = written.value
        tail = body[written.end :]
        # After a date a byline block runs on with its time and buttons ("By Jane Doe 8 January
        # 2020, 3:51 pm 11 Edit"): dropped, unless an agency stands there ("…, 5 May 2021, Reuters").
        if (by and written.start > 0 and not packs.registry.names_agency(tail)) or _CLOCK_TAIL.fullmatch(tail):
            tail = ""  # or only the time it was posted: "dpa 05.03.2021, 09:30 Uhr", "Lusa 05/03/2021 10:32"
        body = f"{_without_date_label(body[: written.start], packs)} {tail}".strip(" ,|-–—·•")
        if body.endswith(")"):  # "Par Jane Doe (AFP) Publié le …": the bracket closed the name's part
            body = _BRACKETED_LAST.sub(r", \1", body)
    parts = vocab.byline_segments.split(body)  # segment, separator, segment, ... (the pack's "and" and "with" words)
    desk = _desk_with_agencies(parts, packs) if not by or body[:1].isupper() else None
    if desk:
        return Byline(desk, (), None, date, material=True)
    for at in range(0, len(parts), 2):
        segment = parts[at].strip(" .")
        if authors and segment[:1].islower():
            word, _, rest = segment.partition(" ")
            segment = rest.strip() if word in vocab.byline_with else segment  # a bracket's "(avec John Roe)" after the name
        if not segment:
            continue
        if authors and segment[:1].islower() and parts[at - 1].strip().lower() in vocab.byline_with:
            break  # "By Jane Doe with additional reporting by John Roe": the writer's byline has ended
        agency, rest = _agency_with_role(segment, packs)
        if agency is None and (by or under_headline or segment.split()[0].isupper()):
            # "By JANE DOE Associated Press", or a name and an agency in two elements read
            # as one line ("By Jane Doe" + "Associated Press"): the name, then the agency.
            named, agency = _name_for_outlet(segment, packs) if by else ("", None)  # "By Jane Doe for The Guardian"
            if agency is None:
                named, agency = _name_then_agency(segment, packs, outlets=bool(by))
            if agency is not None:
                authors += [_person(part) for part in _CAPITAL_AND.split(named)]  # "JANE DOE AND JOHN ROE FOR …": two writers
        if agency is not None:
            if authors and parts[at - 1].strip() == "/" and not by:
                return None  # "Jane Doe/AP", "Noah Berger / AP": a photographer's credit ("By Jane Doe / AFP" is a byline)
            if agency not in agencies:
                agencies.append(agency)
            if rest:
                date = date or first_date(rest, packs.vocab, hint)
            continue
        found = first_date(segment, packs.vocab, hint) if _DIGIT.search(segment) else None
        if found is not None and len(found.text) >= len(segment) - 4:
            date = date or found
            continue
        if _SERVICE_CODE.fullmatch(segment) or _POSTED.fullmatch(segment):
            continue  # an editor's initials or an agency's service ("det/dpa", "dpa/lsw", "erb/ots"), or "• 2h"
        if authors and parts[at - 1].strip() == "," and vocab.credentials and vocab.credentials.fullmatch(segment):
            continue  # "Jane Doe, MS, RDN": her degrees, not a place or a second writer
        if _REGION_CODE.fullmatch(segment) and parts[at - 1].strip() == "," and not packs.registry.lookup(segment):
            # A state's code after a city: the city is where the text was filed, not a writer ("By Jane
            # Doe, Austin, TX"; with no by-word, an agency's dateline: "BRASÍLIA, DF (FOLHAPRESS)").
            # After a by-word and one name alone, the code alone is the place: "By Jane Doe, NY".
            places.append(f"{authors.pop()}, {segment}" if len(authors) > (1 if by or names_alone else 0) else segment)
            continue
        known = packs.registry.lookup(segment)
        mark = parts[at - 1].strip()
        if known is not None and authors and (mark in _OUTLET_MARKS or mark in _FIELD_MARKS) and news_outlet(segment, packs):
            # "By Jane Doe • The Washington Post", "Jane Doe, The Guardian" in an author field: the
            # writer, then the news outlet she wrote for, as an agency stands there.
            outlet = outlet or segment
            continue
        if (by or (names_alone and not authors)) and _WEB_ADDRESS.fullmatch(segment):
            # "di Vegolosi.it", "By Jane Doe, Harbourtimes.com": a site's address, no writer; after
            # a writer's name, the outlet she wrote for. An author field that opens with an address
            # ("Example.it") names the site: no writer.
            if not by:
                return None
            if authors and mark in _OUTLET_MARKS:
                outlet = outlet or segment
            continue
        if not (_NAME.fullmatch(segment) or (by and _CASELESS_NAME.fullmatch(segment))) or known is not None:
            return None  # a sentence, or another outlet: not a byline
        if _role(segment, packs) or (vocab.not_names and vocab.not_names.fullmatch(segment)):
            if authors and mark in _OUTLET_MARKS and (by or names_alone):
                outlet = outlet or _outlet_with_role(segment, packs)  # "By Jane Doe, Harbour Chronicle Staff Writer"
            continue  # "Staff Writer", "Jerusalem Post Staff", "No Author": no person
        if agencies or vocab.is_place(segment) or (outlet and mark == ","):
            # "By Jane Doe, Washington", "By Jane Doe, Harbour Chronicle, Harbourtown, Calif.": where she
            # wrote from, not a second author
            places.append(segment)
            continue
        if authors and (mark in _FIELD_MARKS or ((by or names_alone) and mark in _OUTLET_MARKS and outlet_title(segment, packs))):
            # "Story by Jane Doe • Harbour Herald", "By Jane Doe, Ohio Capital Journal", "By Jane Doe | Harbour
            # Courier": an outlet, no co-writer
            outlet = outlet or segment
            continue
        authors.append(_person(segment))
    if not agencies and not (authors and (by or names_alone)):
        return None
    return Byline(tuple(agencies), tuple(authors), ", ".join(places) or None, date, outlet)


def _desk_with_agencies(parts: list[str], packs: Packs) -> tuple[Publisher, ...]:
    """The agencies of a byline that names the site's desk and them, no writer: "Le Monde avec
    AFP", "La rédaction avec l'AFP et Reuters", "Redaktion mit dpa" (a news outlet the registry
    knows, or a desk that is no one's name, then a "with" word and agencies only). None for a
    writer's byline: "Jane Doe with AFP" is AFP's writer's."""
    vocab = packs.credit_vocab
    if len(parts) < 3 or parts[1].strip().lower() not in vocab.byline_with:
        return ()
    desk = parts[0].strip(" .")
    known = packs.registry.lookup(desk)
    if not ((known is not None and known.kind not in AGENCY_KINDS) or (vocab.not_names and vocab.not_names.fullmatch(desk))):
        return ()
    agencies: list[Publisher] = []
    for at in range(2, len(parts), 2):  # each segment after the "with" an agency: "AFP et Reuters", "AFP, dpa"
        agency = packs.registry.agency(_ARTICLE.sub("", parts[at].strip(" .")))
        if agency is None:
            return ()  # "Le Monde avec Jane Doe": a writer, or anything else
        agencies.append(agency)
    return tuple(dict.fromkeys(agencies))


# The clock time after a byline block's date, with its preposition, unit and zone: ", 09:30 Uhr",
# " à 09h30", " 9:30 AM ET", " kl. 09.30".
_CLOCK_TAIL = re.compile(
    r"[\s,|·•-]*(?:at|à|um|a las|às|alle|ore|om|kl\.?|o)?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|h|[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:gmt|utc|cet|cest|et|est|edt|pt|pst|pdt|bst|ist|msk|jst|kst|wib))?\s*",
    re.I,
)
# After a date's label, before its date: a preposition, and a clock time and a weekday where the
# time comes first ("Updated 10:32 AM EST, Fri March 5, 2021", "Posted: Fri 10:32 AM, Mar 05, 2021").
_AFTER_DATE_LABEL = re.compile(
    r"\s*[:：]?\s*(?:on|am|le|el|em|il|op|den|the|de|at)?\s*"
    r"(?:[^\W\d_]{2,10}\.?,?\s+)?"  # a weekday before the time
    r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:gmt|utc|cet|cest|et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|ist|msk|jst|kst|wib))?\s*,?\s*)?"
    r"(?:[^\W\d_]{2,10}\.?,?\s*)?",  # a weekday after it
    re.I,
)


def _without_date_label(head: str, packs: Packs) -> str:
    """What stands before a byline block's date, without the label that dates the page: "AFP
    Publié le" -> "AFP", "Reuters · Updated" -> "Reuters ·". The label names no one."""
    vocab = packs.vocab
    for label in (vocab.published_word, vocab.updated_word):
        found = list(label.finditer(head)) if label is not None else []
        if found and _AFTER_DATE_LABEL.fullmatch(head, found[-1].end()):
            return head[: found[-1].start()]
    return head


_AFFILIATION = re.compile(r"^(.{3,60}?)(?:,|\s[-–—|]\s)\s*(\S.{1,60})$")


def writer_with_affiliation(text: str, packs: Packs, hint: CenturyHint = None) -> Byline | None:
    """A byline naming the writer and, after a comma or a dash, where she works or what she
    is, in words no byline reader knows: "By Jane Doe, University of Example", "by Jane Doe,
    Senior Fellow at the Example Institute". The writer, with no outlet: the affiliation is
    no publisher (a credit line elsewhere on the page says whose text it is). Only after a
    by-word, and only a person's full name before the comma."""
    vocab = packs.credit_vocab
    text = " ".join(text.split())
    by = vocab.by.match(text) if vocab.by else None
    m = _AFFILIATION.match(text[by.end() :].strip(" :")) if by else None
    if m is None or not m.group(2)[:1].isupper() or (_DIGIT.search(m.group(2)) and first_date(m.group(2), packs.vocab, hint)):
        return None
    named = parse_byline(m.group(1), packs, hint, names_alone=True)
    if named is None or named.agencies or named.place or named.date or not named.authors:
        return None
    if any(len(author.split()) < 2 or packs.registry.lookup(author) for author in named.authors):
        return None  # "By Staff, …", "By Reuters, …": no person's full name
    # "By Jake Zuckerman, Ohio Capital Journal": an outlet's title, not where she works or what
    # she is, names the outlet she wrote for (the page's own one is told apart later).
    outlet = m.group(2).strip(" .")
    return Byline((), named.authors, None, None, outlet if outlet_title(outlet, packs) else None)


_SLASH = re.compile(r"^([^/]{3,60}?)\s*/\s*([^/]{2,50})$")
_SLASH_LONGEST = 90  # characters: a name, a slash, an outlet and perhaps a date
_TIME = re.compile(r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?", re.I)


def slash_byline(text: str, packs: Packs, hint: CenturyHint = None) -> Byline | None:
    """A byline written "Jane Doe / CNN" or "Jane Doe/Reuters": a person's name, a slash and
    an outlet the registry knows (of any kind), perhaps with the date (and time) after it.

    The same shape is a photographer's credit ("Noah Berger / AP"), so the caller reads it
    only in the byline block under a headline, away from captions and photo labels; here a
    line naming a picture, a picture agency or a media word ("Photo: Jane Doe / CNN",
    "Jane Doe/CNN via Getty Images", "(AP Photo/Jane Doe)") is never one.
    """
    text = " ".join(text.split()).strip()
    if "/" not in text or len(text) > _SLASH_LONGEST:
        return None
    date: DateValue | None = None
    # The date after the byline, on its line ("Jane Doe / CNN March 5, 2024 3:45 PM", "… | 05/03/2024"):
    # read as a whole first (its slashes are no separator), then cut off with the time after it.
    written = next(find_dates(text, packs.vocab, hint), None) if _DIGIT.search(text) else None
    if written is not None:
        if _TIME.sub("", text[written.end :]).strip(" .,|·•-–—"):
            return None  # words after the date: a sentence or a teaser, not a byline
        date = written.value
        text = text[: written.start].rstrip(" ,|·•-–—")
    vocab, holders, labels = packs.credit_vocab, packs.notice_vocab.image_holders, packs.notice_vocab.image_labels
    if (vocab.media and vocab.media.search(text)) or (holders and holders.search(text)) or (labels and labels.search(text)):
        return None
    m = _SLASH.match(text)
    if m is None:
        return None
    outlet = packs.registry.lookup(m.group(2).strip(" .")) or packs.registry.lookup(_ARTICLE.sub("", m.group(2).strip(" .")))
    if outlet is None:
        return None  # "Jane Doe / Harbour Weekly": an unknown name after a slash may be anything
    place = m.group(1).strip(" ,")
    if vocab.is_place(place):
        return Byline((outlet,), (), place, date)  # "Hong Kong / Reuters": filed from there, by no one named
    named = parse_byline(m.group(1), packs, hint, names_alone=True)
    if named is None or named.agencies or not named.authors or named.place or named.date:
        return None
    if any(len(author.split()) < 2 for author in named.authors):
        return None  # a person has a given name and a surname: "Opinion / The Guardian" is a section's label
    if any(packs.registry.lookup(author) for author in named.authors):
        return None  # "CNN / Reuters": two outlets, no writer
    return Byline((outlet,), named.authors, None, date)


# A word of an outlet's title: capitalised (or a number, "Rue89"), or a title's minor word ("Folha de Pernambuco").
_TITLE_WORD = re.compile(
    rf"[{_CAPITAL}0-9][\w'’.:&-]*|of|the|and|for|on|de|do|da|dos|das|del|della|dello|di|du|des|la|le|les|el|y|e|et|und|van|von|der|den|het|am|an|im"
)


def outlet_title(name: str, packs: Packs) -> bool:
    """Whether a name the registry need not know reads as a news outlet's title: capitalised
    words closing with an outlet's word ("Ohio Capital Journal", "Leeuwarder Courant",
    "Kreiszeitung Syke" has it in a compound) or opening with one ("Folha de Pernambuco", "El
    Periódico del Ebro"); no job title ("Harbour Times Staff", "Business News"), no
    organisation ("University News Service")."""
    vocab = packs.credit_vocab
    words = _ARTICLE.sub("", name.strip()).split()
    if not words or len(words) > 6 or not all(_TITLE_WORD.fullmatch(w) for w in words) or not words[-1][:1].isupper():
        return False
    if _role(name, packs):
        return False
    if (vocab.not_names and vocab.not_names.fullmatch(name)) or (vocab.organisation_words and vocab.organisation_words.search(name)):
        return False
    ends, leads = vocab.outlet_words, vocab.masthead_leads
    return bool((ends and any(ends.search(w) for w in words)) or (leads and leads.match(words[0]) and len(words) > 1))


def _role(text: str, packs: Packs) -> bool:
    """Whether a text ends in a job title ("Science Writer", "National Political Writer",
    "Korrespondent"): a few words, the last of them a role."""
    roles = packs.credit_vocab.roles
    if roles is None or len(text.split()) > 5:
        return False
    # The last role word must close the text: in "News Reporter" the first match is "News".
    return any(found.end() == len(text) for found in roles.finditer(text))


def _outlet_with_role(segment: str, packs: Packs) -> str | None:
    """The news outlet the registry knows before a writer's job title there: "The Washington
    Post" in "The Washington Post Staff Writer", "Chicago Tribune" in "Chicago Tribune
    Columnist"; None where the words before the title are no outlet's ("Senior Staff Writer").
    An outlet's title the registry does not know is no credit here: "Harbour Times Staff" is
    as often the site's own newsroom under another form of its name."""
    words = segment.split()
    for cut in range(1, len(words)):
        head, title = " ".join(words[:cut]), " ".join(words[cut:])
        if _role(title, packs) or (packs.credit_vocab.not_names and packs.credit_vocab.not_names.fullmatch(title)):
            if news_outlet(head, packs):
                return head
    return None


def _agency_with_role(segment: str, packs: Packs) -> tuple[Publisher | None, str]:
    """An agency segment ("AFP", "l'AFP", "AP Science Writer", "dpa-Korrespondent",
    "Reuters 12 May 2021"): the agency and what follows it, when that is a job title
    or a date; else (None, "")."""
    registry = packs.registry
    segment = _ARTICLE.sub("", segment)
    whole = registry.agency(segment)
    if whole is not None:
        return whole, ""
    words = _HYPHEN_WORDS.split(segment)
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        # "PA Political Correspondent": a code that is an agency's only before a job title.
        agency = registry.agency(" ".join(words[:cut])) or (registry.role_agency(" ".join(words[:cut])) if _role(rest, packs) else None)
        if agency is None:
            continue
        if _role(rest, packs) or (_DIGIT.search(rest) and first_date(rest, packs.vocab) is not None):
            return agency, rest
        return None, ""
    # "Redazione ANSA", "Redacción EFE": the agency's desk, its job title first.
    for cut in range(1, min(len(words), 3)):
        if _role(" ".join(words[:cut]), packs):
            agency = registry.agency(" ".join(words[cut:]))
            if agency is not None:
                return agency, " ".join(words[:cut])
    # "Repórter da Agência Brasil", "Reporter for The Associated Press", "corrispondente dell'ANSA":
    # a job title, then the agency the writer works for.
    linked = _ROLE_OF_AGENCY.match(segment)
    if linked is not None and _role(linked.group(1), packs):
        agency = registry.agency(linked.group(2))
        if agency is not None:
            return agency, linked.group(1)
    return None, ""


_ROLE_OF_AGENCY = re.compile(
    r"^(.{3,40}?)\s+(?:(?:for|of|at|with|da|do|de|del|der|des|di|della|du|von|bei|dla|för)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?|dell['’]\s*|d['’]\s*)(\S.{1,40})$",
    re.I,
)


# Outlets a byline may name beside its writer: the news outlets, not an archive, a platform or a licence.
_BYLINE_OUTLETS = frozenset({*AGENCY_KINDS, "newspaper", "magazine", "broadcaster", "digital", "nonprofit"})


def outlet_under(byline: Byline, below: str, packs: Packs) -> Byline | None:
    """The byline with the outlet that the line under it is nothing but the name of, in a
    byline block: a news outlet the registry knows ("The Washington Post"); else None. Not a
    name that only reads as an outlet's title: alone on a line under a name, "Next Post" is
    a link to the next article and "News Reporter" the writer's job. An agency alone is read
    as a byline already; an archive, a platform or a licence is no outlet."""
    name = " ".join(below.split()).strip(" .")
    if not name or len(name) > _OUTLET_LINE_LONGEST or _DIGIT.search(name):
        return None
    found = news_outlet(name, packs)
    return Byline((found,), byline.authors, byline.place, byline.date) if found is not None else None


_OUTLET_LINE_LONGEST = 60  # characters: an outlet's name alone


def _name_then_agency(segment: str, packs: Packs, outlets: bool = False) -> tuple[str, Publisher | None]:
    """A person's name (two words or more) and an agency's after it, with no separator
    between: ("JANE DOE", Associated Press) from "JANE DOE Associated Press" or "JANE DOE AP
    Business Writer"; else ("", None).
    With `outlets` (after a by-word), any news outlet the registry knows: "By Jane Doe The
    Washington Post"."""
    words = segment.split()
    registry = packs.registry
    for cut in range(2, len(words)):
        tail = " ".join(words[cut:])
        if tail.islower():
            continue  # a word of a sentence, not an agency's name as written
        # The agency, or the agency and the writer's job there ("JANE DOE AP Business Writer").
        agency = registry.agency(tail) or _agency_with_role(tail, packs)[0]
        if agency is None and outlets:
            agency = news_outlet(tail, packs)
        name = " ".join(words[:cut])
        if agency is not None and _NAME.fullmatch(name) and not packs.registry.lookup(name):
            return name, agency
    return "", None


_CAPITAL_AND = re.compile(r"\s+AND\s+")  # the "and" of two names in capitals (a small one splits the segments)
# "for" the outlet, or "of" it ("By Jane Doe of The Washington Post"): the registry's outlets only.
_FOR = re.compile(r"^(?P<name>.{3,60}?)\s+(?:for|für|pour|para|per|of)\s+(?P<outlet>\S.{1,60})$", re.I)


def _name_for_outlet(segment: str, packs: Packs) -> tuple[str, Publisher | None]:
    """A person's name and the news outlet she wrote the text for, after a by-word: ("Jane
    Doe", The Guardian) from "Jane Doe for The Guardian"; else ("", None). The registry's news
    outlets only: "for Harbour University" or "for the first time" names no outlet."""
    m = _FOR.match(segment)
    if m is None or not _NAME.fullmatch(m["name"]) or packs.registry.lookup(m["name"]):
        return "", None
    found = news_outlet(m["outlet"].strip(" ."), packs)
    return (m["name"], found) if found is not None else ("", None)


def news_outlet(name: str, packs: Packs) -> Publisher | None:
    """The news outlet the registry knows by this name, with or without its article ("The
    Guardian", "Guardian"); None for an unknown name, an archive, a platform or a licence."""
    found = packs.registry.lookup(name) or packs.registry.lookup(THE.sub("", name))
    return found if found is not None and found.kind in _BYLINE_OUTLETS else None


def person_name(name: str) -> str:
    """A name as a catalogue writes it: "TOM KRISHER" -> "Tom Krisher", "JANE DOE AND
    JOHN ROE" -> "Jane Doe and John Roe"; mixed case kept."""
    return " and ".join(_person(part) for part in re.split(r"\s+(?i:and)\s+", name))


def _person(name: str) -> str:
    """A name as a catalogue writes it: "TOM KRISHER" -> "Tom Krisher"; mixed case kept."""
    return name.title() if name.isupper() and len(name) > 3 else name
