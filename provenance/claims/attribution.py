"""Credits naming where a text came from: source lines, datelines, bylines, "originally
published by" and permission lines; each parsed into publisher, author, place and date,
with the publisher normalised by the registry."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..dates import CenturyHint, DateVocab, first_date
from ..model import Attribution, DateValue, Document, Evidence, Line, Notice
from ..notices.page import NoticePage, under_related
from ..packs import CreditVocab, Packs, PatternSpec
from ..registry import AGENCY_KINDS, THE, Publisher, Registry, known_publisher, same_outlet, same_title
from ..scan import KeywordGate, evidence, matches_near
from ..words import PARAGRAPH_WORDS
from .bylines import Byline, byline_credits, outlet_title, person_name
from .issuer import issuer_credits
from .metadata_credits import linked_source, metadata_credits
from .publisher import names_the_host
from .text_ends import TextEnds, after_text, bare_signoff, mid_text, paragraph_line, word_count

_BY = re.compile(r"^(?:by|por|par|von|di|de)\s+", re.I)
_CREDIT_SPLIT = re.compile(r",|;|\s[-–—|]\s")
# A credit part that is only the end of a company name ("Little, Brown and Company",
# "Agencia EFE, S.A.U."): it belongs with the part before it, not in the place.
_CORPORATE_END = re.compile(r"(?:^|\s)(?:inc|ltd|llc|l\.?\s?p|company|co|corp|corporation|gmbh|s\.?\s?a(?:\.?\s?u)?|ag|plc|limited)\.?$", re.I)
_CORPORATE_TAIL = re.compile(r",\s*(?:[^.,;:()\n]{1,40}?\s)?(?:Inc|Ltd|LLC|L\.P|Company|Co|Corp|Corporation|GmbH|S\.A\.U|S\.A|AG|PLC|Limited)\b\.?")
# Words a sentence credit puts before the outlet: "in German translation in the print edition of X".
_LEAD = re.compile(r"^(?:[a-z]+\s+translation\s+in\s+)?(?:(?:the\s+)?(?:[a-z]+\s+)?(?:edition|version|issue|website|pages)\s+of\s+)?", re.I)
# A capture holding a verb is a clause ("other editions of X are the property of Y"), not a name.
_CLAUSE = re.compile(r"\s(?:are|is|was|were|has|have|had|will|would|can|may|that|which)\s")  # lower case: "The May Report" is a name
_PLACE = re.compile(r"^[A-ZÁÉÍÓÚÑÇ][\w'’.-]*(?:\s+(?:de|del|la|el|of|am|upon|[A-ZÁÉÍÓÚÑÇ][\w'’.-]*)){0,3}$")
_PERMISSION = re.compile(
    r"(?:with|by) (?:the )?(?:kind |express )?permission|con (?:el )?permiso|avec l'(?:aimable )?autorisation|mit (?:freundlicher )?genehmigung",
    re.I,
)
# A writer's name after a label: two to four Chinese characters, or capitalised words ("Juan Pérez").
_LABELLED_WRITER = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[、，,\s][\u4e00-\u9fff·]{2,4}){0,3}|(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})")
_QUOTE_END = ("”", '"', "»", "“")
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


def attributions(
    page: NoticePage, notices: list[Notice], keywords: KeywordGate, bylines: list[tuple[int, Byline]], ends: TextEnds
) -> list[Attribution]:
    """Every credit in the document, in page order: the packs' credit forms, agency bylines
    by the headline, and credits in the metadata (first: they head the page). `page`: the
    document's one NoticePage, whose captions a dateline in a picture's caption is told by;
    `ends`: where its text ends (shared with the byline reader)."""
    doc, packs, hint = page.doc, page.packs, page.hint
    found: list[tuple[int, Attribution]] = [(-1, a) for a in metadata_credits(doc, packs, hint)]
    # One credit per line, keyed by the line's index: minified HTML puts many lines on one source line.
    taken: set[int] = set()
    # The first licence named on each line, looked up by every credit on it (one pass,
    # where each credit scanning every notice was quadratic on a page repeated many times).
    line_licences: dict[tuple[int | None, str], str] = {}
    for n in notices:
        if n.kind == "license" and n.license:
            line_licences.setdefault((n.evidence.line, n.evidence.text), n.license)
    for spec in packs.attributions:
        if not keywords.mentions_any(spec.keywords):
            continue
        for m in ends.matches(spec) if spec.closing or spec.after_text else matches_near(spec, doc, keywords):
            index = bisect_right(doc.starts, m.start()) - 1
            line = doc.lines[index]
            # One outlet's credit per line; a form naming only the writer shares its line with
            # it ("LONDON (Reuters) - … (Reporting by Jane Doe; Editing by John Roe)").
            writer_only = _names_writer_only(spec)
            if line.zone not in spec.zones or (index in taken and not writer_only):
                continue
            # "Name, Outlet" under a quotation is a testimonial ("... it just works." / Jane Doe, Forbes).
            if spec.kind == "byline" and index and doc.lines[index - 1].text.endswith(_QUOTE_END):
                continue
            if spec.kind == "source-label" and (
                mid_text(doc, index, packs.credit_vocab.apparatus) or under_related(doc, index, packs.related_headings)
            ):
                continue  # a source line between paragraphs or under a "Related" list is another item's (in a figure: below)
            if spec.kind == "syndicated-copyright" and line.zone == "footer" and doc.is_html:
                # A page's footer element is the site's ("© Its Parent Group" / "Distributed by …");
                # in plain text the closing lines are zoned footer by their shape alone.
                continue
            if spec.after_text and under_related(doc, index, packs.related_headings):
                continue  # a line of a "Related" list under the text credits another story
            if spec.kind in _SENTENCE_CREDITS and _about_another_text(doc, index, m, packs):
                continue
            if "link" in spec.pattern.groupindex:
                # "Source link", "originally published here": the words are a link's, and the link's
                # address names the original (a pattern can say no more than the words).
                credits = linked_source(doc, packs, line, m["link"], spec.kind, on_line=True)
            else:
                credits = _attributions(spec, m, doc.text, line, packs, hint, line_licences)
            # Under the text's last paragraph, "Quelle: TSV Bayer Dormagen" credits the text.
            closing = spec.kind == "source-label" and (
                after_text(doc, index, packs.ad_labels, packs.credit_vocab.apparatus) or _under_kept_note(doc, index, credits, packs)
            )
            named = m.group(0).split(":", 1)[-1]
            kinds = packs.credit_vocab.document_kinds
            kept = [
                a for a in credits
                if (
                    a.known or not spec.known_only
                    # "Quelle: Pressemitteilung X" names X as a credit would; "Source: Statistics Office, housing survey" does not.
                    or (closing and _name_like(a.publisher_text if kinds and kinds.match(named.strip()) else named, packs))
                    # "Mit freundlicher Genehmigung der Kontext:Wochenzeitung": an outlet's title, where the same
                    # line names a person as often ("Mit freundlicher Genehmigung von Anna Schmidt").
                    or (spec.kind == "reprinted-with-permission" and outlet_title(a.publisher_text or "", packs))
                )
                # "Bron: CBS" is the statistics office, whatever outlet the registry knows by the same letters.
                and not (spec.kind == "source-label" and _data_source(named.strip(), packs))
            ]
            if closing:
                # "Kaynak: AA" under a Turkish text: a code alone on the source line closing the text is
                # the agency's, as in a dateline (elsewhere the same letters are a word or a picture's credit).
                kept = [_coded_agency(a, packs.registry) for a in kept]
            if not kept and closing:
                # "Quelle: <a href=https://other.example/...>the original's headline</a>": the link names the outlet.
                kept = linked_source(doc, packs, line, m.group(0).split(":", 1)[-1].strip())
            # In a figure, a source line credits the item, a line under the text the picture, and a
            # dateline opens the caption ("(워싱턴 AFP=연합뉴스) …"): asked last, as the captions are a
            # walk of the tree, and most matches are turned away before.
            if kept and (spec.kind in ("source-label", "wire-dateline") or spec.after_text) and page.in_caption(line):
                continue
            if kept:
                found += [(m.start(), a) for a in kept]
                if not writer_only:
                    # A credit written over two lines ("© 2021 X." / "Distributed by Y.") takes both.
                    taken.update(range(index, bisect_right(doc.starts, max(m.start(), m.end() - 1))))
    for notice in notices:
        # "Copyright 2019 The Associated Press. All rights reserved." under a wire story, or
        # "(c) KNA": the agency's own line in the text (a site's footer covers the site).
        agency = packs.registry.agency(notice.holder) if notice.kind == "copyright" and notice.holder and notice.scope == "page" else None
        if agency is not None:
            at = _line_index(doc, notice.evidence)
            if at is not None and (doc.lines[at].zone == "body" or after_text(doc, at, packs.ad_labels, packs.credit_vocab.apparatus)) and at not in taken:
                credit = Attribution(
                    "agency-copyright", agency.name, notice.holder, None, None, None, notice.evidence,
                    known=True, zone="body", publisher_kind=agency.kind,
                )
                found.append((doc.starts[at], credit))
                taken.add(at)
    found += bare_signoff(page, ends, taken)
    found += issuer_credits(doc, packs, ends.closing(), taken)
    for index, byline in bylines:
        if index not in taken and not byline.agencies and byline.outlet and outlet_title(byline.outlet, packs):
            # "By Jane Doe, Ohio Capital Journal" (or "… • Harbour Herald"): another outlet's writer,
            # where it is not the site's own (extract_claims drops a self-credit).
            line = doc.lines[index]
            known = known_publisher(packs.registry, byline.outlet)
            found.append((doc.starts[index], Attribution(
                "byline", known.name if known else byline.outlet, byline.outlet, " and ".join(byline.authors) or None, None, None,
                evidence(line), known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
            )))
            taken.add(index)
        if index not in taken and byline.agencies:
            line = doc.lines[index]
            # "Jane Doe / CNN" names an outlet that is no agency: a byline, not an agency's.
            form = "agency-byline" if all(a.kind in AGENCY_KINDS for a in byline.agencies) else "byline"
            found += [(doc.starts[index], a) for a in byline_credits(byline, form, evidence(line), line.zone)]
            taken.add(index)
    found.sort(key=lambda pair: pair[0])  # page order
    return [a for _, a in found]


# The credit forms written as a sentence, which a story also writes about another text.
_SENTENCE_CREDITS = frozenset({"originally-published", "first-appeared"})
_SENTENCE_END = re.compile(r"[.!?]\s")


def _about_another_text(doc: Document, index: int, m: re.Match[str], packs: Packs) -> bool:
    """Whether a sentence credit tells of another text in the middle of the story: its sentence
    opens with another text's word ("The report was first published by Bloomberg on Tuesday,
    and …", "Her column, originally published by X, was shared …"), names nothing of this
    text before the outlet ("The article below …", "An earlier version of this story …"), and a
    paragraph of the text follows. A credit note for the page's text stands above or under it."""
    vocab = packs.credit_vocab
    if vocab.other_texts is None or "publisher" not in m.re.groupindex or m.start("publisher") < 0:
        return False
    text, at = doc.lines[index].text, m.start("publisher") - doc.starts[index]
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, at)), default=0)
    lead = text[start:at]
    if not vocab.other_texts.match(lead) or (vocab.this_text is not None and vocab.this_text.search(lead)):
        return False
    # A story's sentence runs on past the outlet; a note above the text is short: "The article
    # was originally published by X." over the story stays a credit.
    end = next((e.start() + 1 for e in _SENTENCE_END.finditer(text, at)), len(text))
    if word_count(text[start:end]) < PARAGRAPH_WORDS:
        return False
    return any(paragraph_line(doc.lines[i].text, vocab.apparatus) for i in range(index + 1, min(len(doc.lines), index + 4)))


def _under_kept_note(doc: Document, index: int, credits: list[Attribution], packs: Packs) -> bool:
    """Whether a source line on the page's last line closes the text over the note a copy keeps
    from the outlet it credits: "Jane Roe is a reporter for X." / "Source: X". The short lines
    between name that outlet; other short lines ("Noch ein Satz.") are the text's own, and the
    source line under them credits nothing of the text."""
    names = [a.publisher_text.casefold() for a in credits if a.publisher_text]
    if index != len(doc.lines) - 1 or not names or not after_text(doc, index, packs.ad_labels, packs.credit_vocab.apparatus, reach=4):
        return False
    between = [doc.lines[i].text.casefold() for i in range(max(0, index - 2), index) if word_count(doc.lines[i].text) < PARAGRAPH_WORDS]
    return any(name in line for name in names for line in between)


def _line_index(doc: Document, where: Evidence) -> int | None:
    """The index of the line a notice's evidence quotes."""
    # The text first: reading a line's number may have to place it in the source (html_lexbor.py).
    return next((i for i, line in enumerate(doc.lines) if line.text == where.text and line.number == where.line), None)


def _names_writer_only(spec: PatternSpec) -> bool:
    """Whether a credit form captures a writer and no outlet: "(Reporting by Jane Doe; …)"."""
    return not {"publisher", "credit", "agencies", "link"} & spec.pattern.groupindex.keys()


def _name_like(name: str | None, packs: Packs) -> bool:
    """A credited name, not a picture's or a statistic's source: a few words, capitalised,
    no media word ("Foto", "Grafik")."""
    media = packs.credit_vocab.media
    words = name.split() if name else []
    if not words or len(words) > 8 or (media and media.search(name)) or _data_source(name, packs):  # type: ignore[arg-type]
        return False
    # "TSV Bayer Dormagen", "Kapo BE"; not "National Statistics Office, regional housing survey".
    # A parent in brackets is part of the name: "House of Clio (Sony Music)".
    bare = [w.strip("()[]„“”\"'‘’") for w in words]
    return all(w[:1].isupper() or (len(w) <= 3 and w.isalpha()) for w in bare if w)


def _data_source(name: str, packs: Packs) -> bool:
    """Whether a source line names a statistic's source (rules/attribution.toml): one of
    data_sources alone, perhaps with its year or its table after it ("Eurostat", "INE,
    2021"), or a name holding one of data_words ("Statistisches Bundesamt", "Census Bureau")."""
    vocab = packs.credit_vocab
    if vocab.data_words is not None and vocab.data_words.search(name):
        return True
    return vocab.data_sources is not None and vocab.data_sources.fullmatch(_DATA_SOURCE_TAIL.split(name, 1)[0].strip()) is not None


_DATA_SOURCE_TAIL = re.compile(r"[,;(]")


def _coded_agency(credit: Attribution, registry: Registry) -> Attribution:
    """A credit naming an agency by its dateline code alone ("AA", "SPA"), as that agency."""
    agency = None if credit.known else registry.dateline_agency(credit.publisher_text or "")
    if agency is None:
        return credit
    return replace(credit, publisher=agency.name, known=True, publisher_kind=agency.kind)


def _attributions(
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


_AGENCY_SPLIT = re.compile(r"\s*[/,+&]\s*|-")


def _attribution(
    spec: PatternSpec, m: re.Match[str], text: str, line: Line, packs: Packs, hint: CenturyHint, line_licences: dict[tuple[int | None, str], str]
) -> Attribution | None:
    registry, vocab, credit_vocab = packs.registry, packs.vocab, packs.credit_vocab
    groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
    if "credit" in groups:
        publisher_text, author, place, date = _split_credit(groups["credit"], registry, vocab, hint, credit_vocab.by)
    else:
        publisher_text = _publisher_name(text, m)
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
    publisher_text = publisher_text.strip(" .,;:-–—„“”\"‚‘’«»")
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
    known = known_publisher(registry, publisher_text)
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


def _publisher_name(text: str, m: re.Match[str]) -> str:
    """The `publisher` group, completed when a company name runs on past a comma and
    without the words a sentence puts before the outlet."""
    name = m.group("publisher")
    tail = _CORPORATE_TAIL.match(text, m.end("publisher"))
    if tail:
        name += tail.group(0)
    return _LEAD.sub("", name.strip(), count=1)


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


def _merge_corporate(parts: list[str], registry: Registry) -> list[str]:
    """Rejoin a company name split at its comma: a bare suffix ("S.A.U.") always, a part
    ending in one ("Brown and Company") when it follows a single unknown word ("Little")."""
    merged: list[str] = []
    for part in parts:
        end = _CORPORATE_END.search(part)
        if merged and end and (
            end.start() == 0
            or (" " not in merged[-1] and not known_publisher(registry, merged[-1]) and not known_publisher(registry, part))
        ):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def _split_credit(
    credit: str, registry: Registry, vocab: DateVocab, hint: CenturyHint, by: re.Pattern[str] | None = None
) -> tuple[str, str | None, str | None, DateValue | None]:
    """'By AUTHOR, PUBLISHER, PLACE, DATE' in any subset, publisher found by the registry."""
    parts = _merge_corporate([p.strip() for p in _CREDIT_SPLIT.split(credit) if p.strip()], registry)
    date = None
    if parts:
        date = first_date(parts[-1], vocab, hint)
        if date is not None:
            parts.pop()
    author = None
    # The by-words of every language the packs know ("Av Anna Berg, TT", "Door Jan de Vries, ANP").
    first_by = ((by and by.match(parts[0])) or _BY.match(parts[0])) if parts else None
    if first_by:
        author = parts.pop(0)[first_by.end() :].strip(" :")
    if not parts:
        return "", author and person_name(author), None, date
    index = next((i for i, p in enumerate(parts) if known_publisher(registry, p)), 0)
    if author is None and index > 0:
        author = ", ".join(parts[:index])
    after = parts[index + 1 :]
    # The writer labelled after the publisher: "来源：新华社 | 作者：张三", "Fuente: EFE | Autor: Juan Pérez".
    for part in after if author is None and by else ():
        label = by.match(part)  # type: ignore[union-attr]
        writer = part[label.end() :].strip(" :：") if label else ""
        if _LABELLED_WRITER.fullmatch(writer):
            after.remove(part)
            author = writer
            break
    author = author and person_name(author)  # "By JANE DOE, Associated Press" names Jane Doe
    # After the publisher come places ("New York"); a description ("a nonprofit newsroom") is not one.
    place = ", ".join(p for p in after if _PLACE.match(p)) or None
    return parts[index], author, place, date


def platform_provider(doc: Document, packs: Packs, own: str, bylines: list[tuple[int, Byline]]) -> list[Attribution]:
    """On a platform's own page (an aggregator the registry lists: it writes nothing itself),
    the outlet its byline names beside the writer is the provider, and the text's original:
    "Story by Jane Doe • Harbour Herald" on msn.com. Elsewhere the same field names the site
    itself or a section ("By Jane Doe • Opinion")."""
    platform = packs.registry.lookup(own)
    if platform is None or platform.kind != "platform":
        return []
    for index, byline in bylines:
        if byline.outlet and not byline.agencies:
            line = doc.lines[index]
            known = known_publisher(packs.registry, byline.outlet)
            return [
                Attribution(
                    "byline", known.name if known else byline.outlet, byline.outlet, " and ".join(byline.authors) or None, byline.place,
                    byline.date, evidence(line), known=known is not None, zone=line.zone, publisher_kind=known.kind if known else None,
                )
            ]
    return []


def outlets_as_authors(author: str, outlets: list[str], host_labels: list[str], editions: re.Pattern[str] | None) -> str:
    """An author with the outlets taken out of it: a byline's part that names an outlet the page
    credits, or the page's own site, is no writer ("By Jane Doe, Harbour Herald" over
    "Republished with permission from the Harbour Herald"; "By Jane Doe, Quayside Gazette" on
    its own site). Only beside a writer: a name alone may be the writer's own site's ("Jane Doe"
    on janedoe.example)."""
    if " and " not in author:
        return author
    parts = author.split(" and ")
    kept = [
        p for p in parts
        if not (names_the_host(p, host_labels) or any(same_outlet(p, o) or same_title(p, o, editions) for o in outlets))
    ]
    return " and ".join(kept) if kept else author
