"""What a document says about itself: its own publisher, its title and its section."""

from __future__ import annotations

import re

from ..dates import first_date
from ..model import Claims, Document, Evidence, Line, NamedClaim
from ..packs import Packs
from ..registry import AGENCY_KINDS, SERVICE_PREFIX, Publisher, Registry, fold, host_labels, initials, known_publisher, same_outlet, title_words, url_host
from ..scan import evidence
from ..words import LEADING_ARTICLE
from .address import page_address

_PUBLISHER_META = (
    "og:site_name", "jsonld:publisher", "jsonld:page:publisher", "application-name", "publisher", "dc.publisher", "dcterms.publisher",
)
_URLISH = re.compile(r"^(?:https?:|@)", re.I)  # a profile link or handle, not a name
_MASTHEAD_SPLIT = re.compile(r"\s*[|/·•]\s*|\s[-–—]\s")


def own_publisher(doc: Document, packs: Packs, claims: Claims) -> NamedClaim | None:
    """Who publishes this page, from what the page says about itself, strongest first:

    1. a registry outlet named in the metadata (og:site_name, JSON-LD publisher, ...);
    2. the registry outlet whose own domain serves the page (reuters.com's og:site_name is "U.S.");
    3. other metadata, as written;
    4. the republication footer ("This document has been published ... by X");
    5. a registry outlet owning the host only as a parent domain or as a web archive
       (economictimes.indiatimes.com is not The Times of India; a Wayback capture is the
       archived site's page);
    6. in a plain-text page: a masthead naming a registry outlet, or a masthead name the
       page names again at its end ("Example Observer — weekly digest" ... "© 2022 Example
       Observer"), or a copyright line closing the page, or a line the site writes about
       itself ("Subscribe to NJ.com's newsletters": rules/self-references.toml), which
       outranks the record's address only when it names that address's site;
    7. the title's suffix where it spells the host ("… | MLUK" on mluk.brandenburg.de), else
       the bare host name.
    """
    registry = packs.registry
    headlines = {fold(item.value) for key in ("og:title", "twitter:title", "jsonld:headline", "title") for item in doc.meta(key)}
    # A site name that is the page's headline is a CMS filling the field with the title.
    named = [
        item for key in _PUBLISHER_META for item in doc.meta(key)
        if not _URLISH.match(item.value) and fold(item.value) not in headlines
    ]
    # A syndicated copy's canonical link names the original's URL, so it comes last; a web
    # archive's capture is the archived site's page.
    url = page_address(doc, claims.archived) or next((m.value for m in doc.meta("link:canonical")), None)
    host = url_host(url)
    by_host = registry.for_host(host) if host else None
    own_domain = by_host is not None and by_host.kind != "archive" and SERVICE_PREFIX.sub("", host) in by_host.domains
    credited = {a.publisher for a in claims.attributions}
    if host and credited:
        # Metadata naming the credited source on another host is the original's, kept by a copy.
        named = [item for item in named if not _credited_elsewhere(registry, item.value, credited, by_host)]
    for item in named:
        known = known_publisher(registry, item.value)
        # The host outranks metadata naming another outlet.
        if known and (not own_domain or known is by_host):
            return NamedClaim(known.name, Evidence(item.value, item.line, item.where))
    if own_domain and by_host:
        return NamedClaim(by_host.name, Evidence(url or host, None, "url"))
    if named:
        item = named[0]
        return NamedClaim(_site_part(item.value, host), Evidence(item.value, item.line, item.where))
    for notice in claims.notices:
        # A footer naming an outlet the page credits as its source was copied with that
        # outlet's page ("Source: Equipo Nizkor" above Nizkor's own footer).
        if notice.kind == "republication" and notice.publisher and notice.publisher not in credited:
            return NamedClaim(notice.publisher, notice.evidence)
    if by_host:
        return NamedClaim(by_host.name, Evidence(url or host, None, "url"))
    # Plain text only: in HTML the site's name is in its metadata, and a header line naming
    # an outlet is more often a photo credit or a link.
    masthead = None if doc.is_html else _masthead(doc, packs, credited)
    if masthead:
        return masthead
    # A line the site writes about itself outranks the record's address only where it names
    # that address's site ("Subscribe to The Points Guy …" on thepointsguy.com); a station's
    # call sign or a sister title on another host leaves the host the publisher.
    itself = None if doc.is_html else _self_reference(doc, packs, credited, claims.author.value if claims.author else None)
    if itself and (not host or names_the_host(itself.value, host_labels(host))):
        return itself
    closing = None if doc.is_html else _closing_copyright(doc, registry, claims, credited)
    if closing:
        return closing
    if host:
        return _title_site(doc, host) or NamedClaim(SERVICE_PREFIX.sub("", host), Evidence(url or host, None, "url"))
    return None


def page_host_labels(doc: Document, claims: Claims) -> list[str]:
    """The names in the page's own address, folded ("mdr.de" -> ["mdr"])."""
    return host_labels(url_host(page_address(doc, claims.archived)))


def names_the_host(name: str | None, labels: list[str]) -> bool:
    """Whether a credited name is the page's own site by its address (`labels`, from
    page_host_labels): "Quelle: THW" on thw.de, "Quelle: MDR THÜRINGEN" on mdr.de. The
    registry cannot know every site, and a short name is not the same outlet as another
    short name, but it is its own host's. So is a title whose initials are the host's name
    (an author "Preußische Allgemeine Zeitung" on paz.de): three letters at least."""
    if not name or not labels:
        return False
    first = name.split()[0]
    if fold(name) in labels or (len(first) >= 3 and first.isupper() and fold(first) in labels):
        return True
    letters = initials(name)
    return len(letters) >= 3 and letters in labels


# "NJ Advance Media for NJ.com", "Harbour Newsroom für hafenblatt.de": a newsroom or content
# company writing for a site, as the site's own bylines name it.
_WRITING_FOR = re.compile(r"\s(?:for|für|pour|para|per)\s+(?:the\s+)?(?P<site>\S.*)$", re.I)


def writes_for_the_site(name: str | None, own: str, labels: list[str]) -> bool:
    """Whether a credited name is a newsroom writing for the page's own site ("NJ Advance Media
    for NJ.com" on NJ.com): the site's own work, not another outlet's."""
    m = _WRITING_FOR.search(name) if name else None
    return m is not None and (same_outlet(m.group("site"), own) or names_the_host(m.group("site"), labels))


def _title_site(doc: Document, host: str) -> NamedClaim | None:
    """The site's name as the page title's suffix spells its host ("… Jagdjahr 2020/2021 |
    MLUK" on mluk.brandenburg.de): better than the bare host when the metadata names none."""
    for item in doc.meta("title"):
        parts = [p.strip() for p in _MASTHEAD_SPLIT.split(item.value) if p.strip()]
        for part in parts[1:]:
            folded = fold(part)
            if len(folded) >= 3 and any(folded == label or (len(folded) >= 5 and folded in label) for label in host_labels(host)):
                return NamedClaim(part, Evidence(item.value, item.line, f"{item.where}, naming the host"))
    return None


def _site_part(name: str, host: str) -> str:
    """The part of a site name that names the site: a site name often carries a tagline
    ("polizeiticker.ch - Meldungen und Warnungen von der Polizei", "au Webポータル|最新の
    ニュースをお届け！"). The part that spells the host's name, else the first part with
    letters. A name that is only the host's label ("cleveland" on cleveland.com) is the host."""
    labels = host_labels(host)
    if labels and " " not in name.strip() and fold(name) == labels[0]:
        return SERVICE_PREFIX.sub("", host)  # "cleveland", not "Harbour Gazette" on harbourgazette.com
    parts = [p.strip() for p in _MASTHEAD_SPLIT.split(name) if p.strip()]
    if len(parts) < 2:
        return name
    for label in labels:  # the site's own name first, then a subdomain's ("MLUK" on mluk.brandenburg.de)
        for part in parts:
            folded = fold(part)
            if len(folded) >= 3 and (folded in label or label in folded):
                return part
    return next((p for p in parts if any(c.isalpha() for c in p)), name)


def _credited_elsewhere(registry: Registry, value: str, credited: set[str | None], by_host: Publisher | None) -> bool:
    known = known_publisher(registry, value)
    return known is not None and known.name in credited and known is not by_host


def _masthead(doc: Document, packs: Packs, credited: set[str | None]) -> NamedClaim | None:
    """The site's name in the lines above the text ("Derechos | Equipo Nizkor", "Riverside
    County Library — Announcements"): a registry outlet, or a name the page gives again in
    its last lines ("... is published by the Riverside County Library", "© 2022 Example
    Observer"), which a headline never is. A name the page credits as its source is the
    original's, not the site's."""
    top: list[Line] = []
    for line in doc.lines:
        if line.zone == "body":
            break
        top.append(line)
    registry = packs.registry
    byline = packs.credit_vocab.by
    ending = [line for line in doc.lines[-_ENDING_LINES:] if line not in top]
    for line in top:
        for index, part in enumerate(_MASTHEAD_SPLIT.split(line.text)):
            if not 2 <= len(part) <= 60:
                continue
            if byline and byline.match(part):
                continue  # a byline ("By Jane Doe"), named again in a book excerpt's credit, is no masthead
            known = registry.lookup(part)
            # A masthead leads with its name ("Reuters | World News"); an agency after a name is
            # a picture's or a story's credit ("Photo by Jane Doe/AP").
            if known and known.name not in credited and not (index and known.kind in AGENCY_KINDS):
                return NamedClaim(known.name, evidence(line))
            again = _named_again(part, ending) if _masthead_name(part) and part not in credited else None
            if again is not None:
                return NamedClaim(part, Evidence(line.text, line.number, f"masthead, named again on line {again.number}"))
        title = _newspaper_masthead(doc, packs, line, credited)
        if title:
            return NamedClaim(title, Evidence(line.text, line.number, "masthead"))
    return None


# A masthead's or a breadcrumb's separators: "Quayside Examiner · 20 November 2026", "Home › Quayside Examiner › Local".
# "»" between spaces only: it quotes a name too ("Газета «Правда»").
_TOP_SPLIT = re.compile(r"\s*[|/·•›]\s*|\s[-–—>»]\s")
_BREADCRUMB = re.compile(r"›|\s[>»]\s")


def _newspaper_masthead(doc: Document, packs: Packs, line: Line, credited: set[str | None]) -> str | None:
    """A newspaper's name leading a line above the text, as its masthead or a breadcrumb
    prints it ("The Quayside Examiner | Local news since 1887", "QUAYSIDE EXAMINER — Sunday
    edition", "Quayside Examiner · 20 November 2026", "Home › Hafener Tageblatt › Lokales"),
    though the text never names it again (issue 18). A masthead alone looks like a headline
    ("Example Observer — weekly digest"), so the line must say it is one: an edition, a
    founding, a date or a year beside the name (credit_words.masthead_marks), or a
    breadcrumb's arrows. The name is a title (a title's word ends or begins it, written as a
    title: credit_words.masthead_words, masthead_leads). A page title ends with its site as
    often as with an author or a platform, so only the line's first part counts, or a
    breadcrumb's second; and a name the story names is its subject ("Staff at the Pinewood
    Courier walked out"), not its publisher."""
    vocab = packs.credit_vocab
    if vocab.masthead_words is None or vocab.masthead_leads is None:
        return None
    parts = [p.strip() for p in _TOP_SPLIT.split(line.text)]
    if len(parts) < 2:
        return None
    crumbs = len(parts) > 2 and bool(_BREADCRUMB.search(line.text)) and len(parts[0].split()) <= 3
    candidates = [parts[0], parts[1]] if crumbs else [parts[0]]
    for part in candidates:
        rest = " ".join(p for p in parts if p is not part)
        marked = crumbs or _YEAR.search(rest) or (vocab.masthead_marks and vocab.masthead_marks.search(rest)) or first_date(rest, packs.vocab)
        if not marked or (vocab.by and vocab.by.match(part)) or "," in part:
            continue  # a byline naming the writer's paper is a credit, kept by a copy too
        if not (_masthead_name(part) and 2 <= len(part) <= 60 and len(part.split()) <= 5) or part in credited:
            continue
        if not _newspaper_title(part, vocab.masthead_words, vocab.masthead_leads) or packs.registry.names_agency(part):
            continue
        named = _whole_name(part)
        if any(
            other.zone == "body" and any(not _REPORTED_TO.search(other.text[: m.start()]) for m in named.finditer(other.text))
            for other in doc.lines
        ):
            continue
        return part
    return None


_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def _newspaper_title(name: str, endings: re.Pattern[str], leads: re.Pattern[str]) -> bool:
    """Whether a name is written as a newspaper's title: a title's word ends it, or leads it
    (after an article: "El Faro de Bahía"), something besides that word names it, and its
    words are capitalised ("Pinewood Courier", "CORRIERE DELLA DARSENA") but for the title's
    word itself ("Портовый вестник") and a title's particles ("Corriere della Darsena"). A
    headline in a sentence's case is no title ("Talks end at Pinewood Courier")."""
    tokens = LEADING_ARTICLE.sub("", name).split()
    if not tokens:
        return False
    last, first = endings.search(tokens[-1]), leads.match(tokens[0])
    ends = last is not None and last.end() == len(tokens[-1]) and (len(tokens) > 1 or last.start() > 0)
    begins = first is not None and first.end() == len(tokens[0]) and len(tokens) > 1
    if not (ends or begins):
        return False
    if name.isupper():
        return True
    return all(
        not token[:1].islower() or token in _TITLE_PARTICLES or endings.fullmatch(token) or leads.fullmatch(token) for token in tokens
    )


_TITLE_PARTICLES = frozenset(
    "of de del della dello delle dei degli di da do dos das du des la le el los las van von der den het and und et y e i och w z na".split()
)


_ENDING_LINES = 5  # a text's closing lines: its footer, a "published by" sentence, a copyright line


def _masthead_name(part: str) -> bool:
    """A name as a masthead writes it: a few words, capitalised (or in a script without
    case: "港湾新報", "صحيفة الميناء"), no sentence, and no kicker before a colon
    ("Leseprobe: Das perfekte Dinner" is a teaser's headline)."""
    words = part.split()
    return (
        1 <= len(words) <= 6 and words[0][:1].isalpha() and not words[0][:1].islower() and not part.endswith((".", "!", "?", ":"))
        and ": " not in part and any(c.isalpha() for c in part)
    )


# How a closing line names its publisher: a copyright line, a "published by" sentence. A
# headline or a section name is named again in the text's own sentences too, so a mention
# alone proves nothing (trafilatura's text starts with the headline).
_PUBLISHER_STATEMENT = re.compile(
    r"©|\(c\)|\bcopyright\b|publish|publica|veröffentlich|herausgegeben|publié|édité|editado|edited by|produced by|a publication of", re.I
)


def _whole_name(name: str) -> re.Pattern[str]:
    """A name as whole words, ignoring case."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)


def _named_again(name: str, lines: list[Line]) -> Line | None:
    """The first line naming `name` as whole words, ignoring case, in a statement of who
    publishes the page, or alone on its line."""
    pattern = _whole_name(name)
    for line in lines:
        if pattern.search(line.text) and (_PUBLISHER_STATEMENT.search(line.text) or len(line.text.split()) <= len(name.split()) + 2):
            return line
    return None


def _closing_copyright(doc: Document, registry: Registry, claims: Claims, credited: set[str | None]) -> NamedClaim | None:
    """The holder of a copyright line among a plain-text page's last lines ("© 2022 Example
    Observer"), unless it is an agency's line or names a credited source: those cover the
    copied text, not the page."""
    last = {line.number for line in doc.lines[-_ENDING_LINES:]}
    author = fold(claims.author.value) if claims.author else None
    for notice in claims.notices:
        holder = notice.holder
        if notice.kind != "copyright" or notice.scope != "page" or not holder or notice.evidence.line not in last:
            continue
        # The writer's own line ("By Jane Doe" … "© 2026 Jane Doe") covers a column or an
        # excerpt, not the site; an agency's name in the holder ("© dpa-infocom, dpa:…",
        # "© 2026 Polska Agencja Prasowa S.A.") makes it the wire's line (issue 18).
        if author and fold(holder) == author:
            continue
        if not any(registry.agency(part) for part in _HOLDER_PARTS.split(holder)) and not any(same_outlet(holder, name) for name in credited):
            return NamedClaim(holder, Evidence(notice.evidence.text, notice.evidence.line, "copyright line"))
    return None


_HOLDER_PARTS = re.compile(r"\s*[,/:]\s*")  # "dpa-infocom, dpa:261120-99-…": each part may be an agency's name


def _self_reference(doc: Document, packs: Packs, credited: set[str | None], author: str | None = None) -> NamedClaim | None:
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
    for m in _whole_name(name).finditer(text, 0, at):
        if not _REPORTED_TO.search(text, max(0, m.start() - 20), m.start()):
            return True
    return False


_REPORTED_TO = re.compile(r"\b(?:told|tells|telling|to|with|by)\s+(?:the\s+)?$", re.I)


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
    return all(author is not None and _whole_name(person.strip()).search(author) for person in people)


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
    named = _whole_name(name)
    if at * 2 < len(text) or named.search(text, 0, at):
        return False
    end = text.find("\n", at)
    after = text[end + 1 :] if end >= 0 else ""
    return all(len(line.split()) < _PROSE_WORDS or named.search(line) for line in after.splitlines())


_SITE_ADDRESS = re.compile(r"\w\.[a-z]{2,6}$", re.I)  # "Polygraph.info", "Moneycontrol.com": a name that is its site's address


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def title(doc: Document, packs: Packs) -> NamedClaim | None:
    for key in ("og:title", "twitter:title", "jsonld:headline", "title"):
        for item in doc.meta(key):
            value = _SITE_SUFFIX.sub("", item.value) if key == "title" else item.value
            return NamedClaim(value, Evidence(item.value, item.line, item.where))
    header = [line for line in doc.lines if line.zone == "header"]
    candidates = [
        line for line in header
        if len(line.text.split()) >= 3 and "|" not in line.text and first_date(line.text, packs.vocab) is None
    ]
    if candidates:
        return NamedClaim(candidates[-1].text, evidence(candidates[-1]))
    return None


def section(doc: Document, packs: Packs, claims: Claims) -> NamedClaim | None:
    for key in ("article:section", "jsonld:articlesection"):
        for item in doc.meta(key):
            return NamedClaim(item.value, Evidence(item.value, item.line, item.where))
    republication = next((n for n in claims.notices if n.kind == "republication"), None)
    if republication is None:
        return None
    # On archive pages the section name stands just above the republication footer.
    # Navigation lines nearby are already zoned boilerplate, so header and footer suffice.
    above = [line for line in doc.lines if line.number < (republication.evidence.line or 0) and line.zone != "body"]
    for line in reversed(above[-3:]):
        words = line.text.split()
        if line.zone != "boilerplate" and 1 <= len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha()):
            return NamedClaim(line.text, evidence(line))
    return None
