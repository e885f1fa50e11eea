"""The credits one match of a credit form makes: an outlet's credit, one per agency a
dateline names, an outlet and the agency or syndicate that carried its text, or a writer
alone; each with its publisher's name cut from the sentence around it (its issue, its
edition, the clause after it) and normalised by the registry, and the licence the credit
puts the copy under."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import CenturyHint, first_date
from ..model import Attribution, DateValue, Line
from ..packs import CreditVocab, Packs, PatternSpec
from ..registry import THE, Publisher, Registry, known_publisher
from ..scan import evidence
from .bylines import Byline, byline_credits
from .credit_parts import DOTTED_END, publisher_name, split_credit

# A capture holding a verb is a clause ("other editions of X are the property of Y"), not a name.
_CLAUSE = re.compile(r"\s(?:are|is|was|were|has|have|had|will|would|can|may|that|which)\s")  # lower case: "The May Report" is a name
_PERMISSION = re.compile(
    r"(?:with|by) (?:the )?(?:kind |express )?permission|con (?:el )?permiso|avec l'(?:aimable )?autorisation|mit (?:freundlicher )?genehmigung",
    re.I,
)
# A sentence credit's name runs on into the sentence in languages whose patterns have no stop
# word: "El Faro del Valle y se reproduce con permiso", "Talblick und wird hier …", "The Exchange
# unter einer Creative-Commons-Lizenz neu". A joining word before a lower-case word ends the name
# ("Harbour and Sea" and "Folha de S.Paulo" keep theirs).
_CONTINUATION = re.compile(
    r"\s+(?:y|e|et|und|and|unter|under|mit|with|con|com|sous|bajo|sob|sotto|avec|wo|where|donde|onde|où|as)\s+(?=[a-zà-öø-ÿ])"
)
# The issue and its date after an outlet's name, cut where the date's dot ends the capture:
# "the Northbay Courier print edition of Nov", "der Elbtaler Zeitung vom 13", "Harbour Times of 3".
_DAY = re.compile(r"\d{1,2}(?:\.|$)")
_ISSUE_TAIL = re.compile(
    r"\s+(?:(?:print|printed|online|weekend|sunday|daily)\s+)?(?P<issue>(?:edition|issue|ausgabe|édition|edición|edizione)\s+)?"
    r"(?:of|from|dated|on|vom|am|du|del)\s+(?P<date>[^\s,]+(?:\s+[^\s,]+){0,2})$",
    re.I,
)


def match_credits(
    spec: PatternSpec, m: re.Match[str], text: str, line: Line, packs: Packs, hint: CenturyHint, line_licences: dict[tuple[int | None, str], str]
) -> list[Attribution]:
    """The credits one match of a credit form makes: one, or one per agency a dateline
    names ("(efe-ansa)"), or an author alone ("(Reporting by Jane Doe; Editing by ...)")."""
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "agencies" in groups:
        if "date" in groups and "place" not in groups and not packs.vocab.month_or_weekday(groups["date"]):
            return []  # a date alone opens a dateline by its month ("Nov. 12 (UPI) --"); "Chapter 12 (Reuters)" is none
        date = first_date(groups.get("date", ""), packs.vocab, hint) or _partial_date(groups.get("date"))
        # "新华社记者 李明": a form may name the agency's writer too.
        writers = (groups["author"],) if "author" in groups else ()
        byline = Byline(_agency_parts(groups["agencies"], packs.registry, spec.dateline_codes), writers, groups.get("place"), date)
        if "publisher" not in groups:
            return byline_credits(byline, spec.kind, evidence(line), line.zone)
        media = packs.credit_vocab.media
        if not byline.agencies or (media and media.search(groups["publisher"])):
            return []  # "Image via Getty Images": no agency carried a text
        # "KVELLER via JTA —": the outlet wrote it, the agency carried it. The writer a form names
        # is the carrier's ("(워싱턴 AFP=연합뉴스) 김민지 기자 =": Yonhap's reporter who translated AFP's story).
        wrote = _attribution(spec, m, text, line, packs, hint, line_licences)
        wrote = wrote and replace(wrote, author=None)
        return ([wrote] if wrote else []) + byline_credits(byline, "via", evidence(line), line.zone)
    if "syndicate" in groups:
        # "© 2024 Jane Doe." / "Distributed by Quay Features Syndicate.": whose the text is, and the
        # syndicate that carried it, named by its organisation's shape (the pattern's) where the
        # registry does not know it.
        wrote = _attribution(spec, m, text, line, packs, hint, line_licences)
        if wrote is None:
            return []
        known = known_publisher(packs.registry, groups["syndicate"])
        carrier = Attribution(
            "via", known.name if known else groups["syndicate"], groups["syndicate"], None, None, None, evidence(line),
            known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
        )
        return [wrote, carrier]
    if "publisher" not in groups and "credit" not in groups:
        author = groups.get("author")
        return [Attribution(spec.kind, None, None, author, None, None, evidence(line), zone=line.zone)] if author else []
    found = _attribution(spec, m, text, line, packs, hint, line_licences)
    return [found] if found else []


def _agency_parts(text: str, registry: Registry, codes: bool = False) -> tuple[Publisher, ...]:
    """The agencies in a dateline's parentheses: "dpa", "Keystone-SDA", "dpa/lsw" (dpa's
    regional service), "efe-ansa" and "AFP/Reuters" (two agencies)."""
    agency = registry.dateline_agency if codes else registry.agency  # "(AA)" opens a story; "… gesprochen. Mehr" closing a teaser is a link
    whole = agency(text)
    if whole is not None:
        return (whole,)
    found = [agency(part) for part in _AGENCY_SPLIT.split(text)]
    return tuple(dict.fromkeys(p for p in found if p is not None))


# "dpa/lsw", "efe-ansa", "AFP, Reuters", and in words: "dpa und AFP", "AFP y Reuters", "AP and the Canadian Press".
_AGENCY_SPLIT = re.compile(r"\s*[/,+&]\s*|-|\s+(?:and|und|y|e|et)\s+(?:(?:the|la|l['’])\s*)?", re.IGNORECASE)


def _attribution(
    spec: PatternSpec, m: re.Match[str], text: str, line: Line, packs: Packs, hint: CenturyHint, line_licences: dict[tuple[int | None, str], str]
) -> Attribution | None:
    registry, vocab, credit_vocab = packs.registry, packs.vocab, packs.credit_vocab
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "credit" in groups:
        publisher_text, author, place, date = split_credit(groups["credit"], registry, vocab, hint, credit_vocab.by)
    else:
        publisher_text = publisher_name(text, m)
        cut = _CONTINUATION.search(publisher_text)
        if cut and publisher_text.lstrip()[:1] not in tuple("„“\"‚«"):
            publisher_text = publisher_text[: cut.start()]
        author, place = groups.get("author"), groups.get("place")
        date = first_date(groups.get("date", ""), vocab, hint) or _partial_date(groups.get("date"))
    kinds = credit_vocab.document_kinds
    kind = kinds.match(publisher_text.strip()) if kinds else None
    if kind is not None:  # "Pressemitteilung der Ökologischen Tierzucht": the publisher follows the kind of text
        publisher_text = _KIND_LINK.sub("", publisher_text.strip()[kind.end() :])
    quoted = publisher_text.strip()[:1] in tuple("„“\"‚«")  # a quoted name keeps its own spelling: „der Freitag“
    stripped = publisher_text.strip(" .,;:-–—„“”\"‚‘’«»")
    # A legal form's dotted letters keep their last dot: "Tierschutzverein Neuhafen e.V.", "Sp. z o.o.".
    if DOTTED_END.search(stripped) and publisher_text.rstrip(" ,;:-–—„“”\"‚‘’«»").endswith("."):
        stripped += "."
    publisher_text = stripped
    if publisher_text.count("«") > publisher_text.count("»"):
        publisher_text += "»"  # "Фонд «Городские проекты»": the closing quote of a name inside the name
    issue = _ISSUE_TAIL.search(publisher_text)
    # A day's number, or a month's name after an issue's word: "Friends of May" and "Channel of 1000 Voices" are names.
    if issue and (_DAY.match(issue["date"]) or (issue["issue"] and vocab.month_or_weekday(issue["date"]))):
        publisher_text = publisher_text[: issue.start()]  # the outlet, not its issue of a day
    # "the Harbour Times' weekend edition", "the Tribune's Morning Ferry newsletter": the
    # outlet's own edition or product names the outlet (the page's own, or the one it credits).
    owned = _POSSESSIVE.match(publisher_text)
    if owned and credit_vocab.editions and credit_vocab.editions.search(owned["product"].split()[-1]):
        publisher_text = owned["owner"]
    part = credit_vocab.outlet_parts.search(publisher_text) if credit_vocab.outlet_parts else None
    if part and part.group(0).islower() and THE.sub("", publisher_text[: part.start()].strip())[:1].isupper():
        publisher_text = THE.sub("", publisher_text[: part.start()])  # "the Riverkeeper Alliance blog": the alliance's
    if "publisher" in groups and _own_product_after(text, m, credit_vocab):
        return None  # "first appeared in The Morning Ferry, our daily newsletter": the site's own
    first_word = author.split()[0] if author else ""
    section_label = bool(first_word and credit_vocab.phrase_starts and credit_vocab.phrase_starts.fullmatch(first_word))
    if section_label:
        author = None  # "Im Wortlaut, Deutschlandfunk": a section's label in the author's place
    if not (quoted or _plausible_name(publisher_text)) or (spec.kind == "byline" and not (author or section_label)):
        return None  # a byline names a person: "The Economist - Home" is a masthead
    if first_date(publisher_text, vocab) or vocab.month_or_weekday(publisher_text):
        return None  # "First published on November 19": a date, not an outlet
    if _names_no_one(publisher_text, credit_vocab):
        return None  # "Read the full story here", "via GIPHY": a link's word, a picture's host
    known = known_publisher(registry, publisher_text, declined=spec.declined)
    return Attribution(
        form=spec.kind,
        publisher=known.name if known else publisher_text,
        publisher_text=publisher_text,
        author=author,
        place=place,
        date=date,
        evidence=evidence(line),
        zone=line.zone,
        known=known is not None,
        publisher_kind=known.kind if known else None,
        permission=spec.kind == "reprinted-with-permission" or bool(_PERMISSION.search(line.text)),
        license=_credited_licence(spec.kind, known, line, line_licences),
    )


_POSSESSIVE = re.compile(r"^(?P<owner>\S.{1,60}?)(?:['’]s|(?<=s)['’])\s+(?P<product>(?:\S+\s+){0,3}\S+)$")
_APPOSITIVE = re.compile(r"[^\S\n]*,[^\S\n]*(?P<words>[^.,;:()\n]{2,60})")


def _own_product_after(text: str, m: re.Match[str], vocab: CreditVocab) -> bool:
    """Whether the words after a credited name call it the site's own edition or product: ", our
    daily newsletter", ", unserem Wochenmagazin", ", notre supplément week-end" (not ", our partner")."""
    after = _APPOSITIVE.match(text, m.end("publisher"))
    if after is None or vocab.this_text is None or vocab.editions is None:
        return False
    words = after["words"].split()
    return (
        len(words) <= 4 and vocab.this_text.fullmatch(words[0]) is not None and vocab.editions.fullmatch(words[-1]) is not None
        and not (vocab.partner_words is not None and vocab.partner_words.search(after["words"]))
    )


def _credited_licence(form: str, known: Publisher | None, line: Line, line_licences: dict[tuple[int | None, str], str]) -> str | None:
    """The licence a credit puts the copy under: the one named on the credit's own line
    ("republished from X under a Creative Commons licence ... CC BY-ND 4.0"), else the
    registry's terms for X. A public-domain outlet's work needs no licence, whatever the form."""
    terms = known.license if known else None
    if terms and terms.startswith(("CC-PDM-", "CC0-")):
        return terms
    # "Republished with permission of X under a Creative Commons licence, CC BY 4.0": the
    # licence on the credit's own line is X's grant, whatever the form.
    on_line = line_licences.get((line.number, line.text))
    return on_line or (terms if form == "republished-under-licence" else None)


def _names_no_one(name: str, vocab: CreditVocab) -> bool:
    return bool((vocab.not_names and vocab.not_names.fullmatch(name)) or (vocab.media and vocab.media.search(name)))


_KIND_LINK = re.compile(r"^[\s:,-]*(?:(?:by|from|of|der|des|von|vom|de|du|des|de la|del|di|della)\s+)?(?:the\s+)?", re.I)


def _plausible_name(name: str) -> bool:
    if len(name) < 2 or _CLAUSE.search(f" {name} ") or not any(c.isalpha() for c in name):
        return False
    # A lower-case start is a site's own spelling only for one token ("coolimba", "grist.org");
    # running text writes "the Associated Press".
    name = THE.sub("", name)
    return not name[:1].islower() or " " not in name


def _partial_date(text: str | None) -> DateValue | None:
    """A date without a year ("Sept 28" in a wire dateline): kept as written, with no calendar date."""
    return DateValue(None, text) if text and any(c.isdigit() for c in text) else None
