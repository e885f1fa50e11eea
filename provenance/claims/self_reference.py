"""A line where a plain text names its site as the site names itself: its newsletter, its
app, its disclosure, its staff (rules/self-references.toml), with the tests that tell the
house's own line from a story's subject, a quotation, a credited source or an agency."""

from __future__ import annotations

import re

from ..model import Document, Evidence, NamedClaim
from ..packs import Packs
from ..registry import AGENCY_KINDS, SERVICE_PREFIX, Publisher, Registry, fold, same_outlet, title_words
from ..words import LEADING_ARTICLE
from .names_in_text import REPORTED_TO, whole_name


def self_reference(doc: Document, packs: Packs, credited: set[str | None], author: str | None = None) -> NamedClaim | None:
    """The first line where a plain text names its site as the site names itself: its
    newsletter, its app, its disclosure, its staff (rules/self-references.toml). A form
    that also cites other outlets ("told X") counts only a name it gives `repeat` times,
    with `known_only` only a registry outlet or a site's address, and with `closing` only a
    name the text's closing prose introduces ("Die Konrad-Adenauer-Stiftung ist …"), and
    with `writer` only a line naming the text's `author` where it names a person."""
    # doc.lowered is text.lower() but where an "İ" was kept in place (see Document).
    lowered = doc.lowered if "İ" not in doc.text else doc.text.lower()
    found: list[tuple[int, NamedClaim]] = []
    for spec in packs.self_references:
        if spec.keywords and not any(k in lowered for k in spec.keywords):
            continue
        first: dict[str, int] = {}
        counts: dict[str, int] = {}
        for m in spec.pattern.finditer(doc.text):
            # A pattern of several forms names its site in "publisher" or, in its other forms
            # (a regex names a group once), in "publisher2", "publisher3", ...
            group = next(k for k, v in m.groupdict().items() if v and k.startswith("publisher"))
            name = m.group(group).strip(" .,;:'’«»„“”\"")
            not_names = packs.credit_vocab.not_names
            if not_names and not_names.fullmatch(name):  # "The company has reached out …" names no one
                continue
            known = packs.registry.lookup(name) or _newsroom_of(packs.registry, name, packs.credit_vocab.newsroom_words) or _outlet_at(packs.registry, name)
            name = known.name if known else name
            if name in credited or any(same_outlet(name, c) or _edition_of(name, c) for c in credited) or (known and known.kind in AGENCY_KINDS):
                continue
            if _inside_quotation(doc.text, m.start()):
                continue  # someone's words in the story: '"Visit us at pineelectric.example," the co-op said'
            # An agency's service is the agency's ("Jane Doe, Reuters TV, London."), a credit.
            if known is None and packs.registry.names_agency(name):
                continue
            if spec.known_only and known is None and not _SITE_ADDRESS.search(name):
                continue
            if spec.outlet_like and known is None and not _reads_as_outlet(name, packs) and _named_before(doc.text, name, m.start(group)):
                continue  # a body the story is about, pitching itself: "Download the Harbour Transit app"
            if spec.outlet_only and known is None and (not _reads_as_outlet(name, packs) or _only_an_outlet_word(name, packs)):
                continue  # a menu's or a banner's line names any page's words as well: "Sign in to Comment", "Redaktion Online"
            if spec.outlet_address and known is None and not _address_reads_as_outlet(name, packs):
                continue  # a reader writes to a university, a council or a company at its own address as often: "jroe@harbourlibrary.example"
            if spec.writer and not _names_the_writer(m, author):
                continue  # "Email Jane Roe at jroe@…" is anyone's address but under her own text
            if spec.first_mention and _named_before(doc.text, m.group(group).strip(" .,;:'’«»„“”\""), m.start(group)):
                continue  # a page telling of a paper's coverage names the paper before: "The Harbour Herald wrote about us …"
            if spec.unknown_only and known is not None:
                continue
            if spec.closing and not _introduced_late(doc.text, m.start(group), m.group(group).strip()):
                continue
            if spec.late and m.start(group) * 2 < len(doc.text):
                continue
            if spec.pitch and not _PITCH_OPENING.search(doc.text, doc.text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue
            first.setdefault(name, m.start(group))
            counts[name] = counts.get(name, 0) + 1
        named = [name for name in first if counts[name] >= spec.repeat]
        if named:
            name = min(named, key=first.__getitem__)
            line, _, _ = doc.locate(first[name], first[name] + len(name))
            found.append((first[name], NamedClaim(name, Evidence(line.text, line.number, f"self-reference ({spec.kind})"))))
    return min(found, key=lambda pair: pair[0])[1] if found else None


# What stands before a pitch to the reader on its line (`pitch` in rules/self-references.toml):
# nothing, a sentence's end, "please", "you can" … "Residents can follow the co-op on Facebook"
# sends them to someone else's page.
_PITCH_OPENING = re.compile(
    r"(?:^|[.!?:;…—–]|\s-|,|\bplease|\byou\s+can(?:\s+also)?|\bbe\s+sure\s+to|\bdon['’]t\s+forget\s+to|"
    r"\bmake\s+sure\s+(?:to|you)|\b(?:click|tap)\s+here\s+to)\s*(?:(?:also|now|and)\s+)?$",
    re.I | re.M,
)


def _edition_of(name: str, credited: str | None) -> bool:
    """Whether a name is a credited outlet's edition or service: "The Exchange France" after
    a credit to (the) Exchange; a copy keeps its source's pitch for its national newsletter."""
    if not credited:
        return False
    words, source = [fold(w) for w in title_words(name)], [fold(w) for w in title_words(credited)]
    return 0 < len(source) < len(words) and words[: len(source)] == source


def _inside_quotation(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation on its line: after an odd number of quotation
    marks, whichever pair a page uses ('"…"', '“…”', '„…“', '«…»', and mixed: '"…”')."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return sum(before.count(mark) for mark in '"“”„«»') % 2 == 1


def _named_before(text: str, name: str, at: int) -> bool:
    """Whether the text names `name` before `at` (whole words, ignoring case) other than as
    the house's own reporting does ("… told Salon"): the story's subject is named so."""
    for m in whole_name(name).finditer(text, 0, at):
        if not REPORTED_TO.search(text, max(0, m.start() - 20), m.start()):
            return True
    return False



def _reads_as_outlet(name: str, packs: Packs) -> bool:
    """Whether a name the registry does not know reads as an outlet's: a title's word
    ("Harbour Courier", "Hafenblatt", "BorgoNews"), a number ("Przykład24", "Pine 7 News")
    or a site's address. A pitch naming anything else ("Download the Harbour Transit app",
    "Sign up for The Week's newsletters") is the house's only where the story has not
    named it before: a body the story is about pitches itself in it, the house does not."""
    words = packs.credit_vocab.outlet_words
    return bool((words and words.search(name)) or any(c.isdigit() for c in name) or _SITE_ADDRESS.search(name))


def _names_the_writer(m: re.Match[str], author: str | None) -> bool:
    """Whether the people a match names (its `person` groups) are the text's author, by its
    byline ("By Jane Roe" … "Email Jane Roe at jroe@…"); a match naming no one passes."""
    people = [v for k, v in m.groupdict().items() if k.startswith("person") and v]
    return all(author is not None and whole_name(person.strip()).search(author) for person in people)


def _outlet_at(registry: Registry, name: str) -> Publisher | None:
    """The registry outlet whose domain a name is ("nytimes.com", from a writer's address
    "jroe@nytimes.com" or a site's "Visit us at …"): the outlet, not its address as written."""
    return registry.for_host(name.lower()) if _ADDRESS.fullmatch(name) else None


_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}", re.I)


def _address_reads_as_outlet(address: str, packs: Packs) -> bool:
    """Whether an address the registry does not know reads as an outlet's by its own name: a
    label ending in an outlet's word ("harbourherald.example", "hafenpost.example",
    "gavan-media.example"), not a university's, a council's or a company's ("harbour-uni.example",
    "cityhall.example"). Unlike _reads_as_outlet, an address alone is no outlet's title."""
    words = packs.credit_vocab.outlet_words
    labels = SERVICE_PREFIX.sub("", address.lower()).split(".")[:-1]
    return words is not None and any(words.search(label) for label in labels)


def _only_an_outlet_word(name: str, packs: Packs) -> bool:
    """Whether a name is nothing but an outlet's word ("News", "Online", "the Radio"): a desk's
    or a section's name ("Redaktion Online", "Report by the News staff"), not a title."""
    words = packs.credit_vocab.outlet_words
    return words is not None and words.fullmatch(LEADING_ARTICLE.sub("", name).strip()) is not None


def _newsroom_of(registry: Registry, name: str, newsroom_words: re.Pattern[str] | None) -> Publisher | None:
    """The registry outlet a name is, once newsroom words (rules/attribution.toml) are dropped
    from its end: "KBS World Radio News" is KBS World's."""
    outlet = newsroom_words.sub("", name) if newsroom_words else name
    return registry.lookup(outlet) if outlet != name and len(outlet) >= 2 else None


_PROSE_WORDS = 10  # a line of this many words is the text going on, not a footer's address or link


def _introduced_late(text: str, at: int, name: str) -> bool:
    """Whether a name at `at` is named the first time in the text's closing prose: a site's
    description of itself follows its text (only its address, its links, a comment box's
    short lines after it), while news about an organisation names it before it describes
    it, or goes on after, and an encyclopedia defines its subject at the top."""
    named = whole_name(name)
    if at * 2 < len(text) or named.search(text, 0, at):
        return False
    end = text.find("\n", at)
    after = text[end + 1 :] if end >= 0 else ""
    return all(len(line.split()) < _PROSE_WORDS or named.search(line) for line in after.splitlines())


_SITE_ADDRESS = re.compile(r"\w\.[a-z]{2,6}$", re.I)  # "Polygraph.info", "Moneycontrol.com": a name that is its site's address
