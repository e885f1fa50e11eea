"""The site's name in a plain text's masthead: the lines above the text, naming a registry
outlet, a name the page gives again in its closing lines, or a newspaper's title as its
masthead or a breadcrumb prints it."""

from __future__ import annotations

import re

from ..dates import first_date
from ..model import Document, Evidence, Line, NamedClaim
from ..packs import Packs
from ..registry import AGENCY_KINDS
from ..scan import evidence
from ..words import LEADING_ARTICLE
from .names_in_text import ENDING_LINES, MASTHEAD_SPLIT, REPORTED_TO, whole_name


def masthead_publisher(doc: Document, packs: Packs, credited: set[str | None]) -> NamedClaim | None:
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
    ending = [line for line in doc.lines[-ENDING_LINES:] if line not in top]
    for line in top:
        for index, part in enumerate(MASTHEAD_SPLIT.split(line.text)):
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
        named = whole_name(part)
        if any(
            other.zone == "body" and any(not REPORTED_TO.search(other.text[: m.start()]) for m in named.finditer(other.text))
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


def _named_again(name: str, lines: list[Line]) -> Line | None:
    """The first line naming `name` as whole words, ignoring case, in a statement of who
    publishes the page, or alone on its line."""
    pattern = whole_name(name)
    for line in lines:
        if pattern.search(line.text) and (_PUBLISHER_STATEMENT.search(line.text) or len(line.text.split()) <= len(name.split()) + 2):
            return line
    return None
