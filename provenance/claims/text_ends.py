"""Where a text ends and what stands after it: the text's closing paragraphs and the few
lines under them, whether a line closes the text, sits between its paragraphs or in a list
of other stories under it, how many words a line holds, and an agency's sign-off under
the text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..model import Attribution, Document, Line
from ..notices.page import NoticePage, is_ad_label, is_related_heading
from ..packs import PatternSpec
from ..scan import evidence
from ..words import PARAGRAPH_WORDS, word_count, word_counts
from .bylines import Byline, byline_credits, parse_byline

_SIGNOFF_LONGEST = 20  # characters: an agency's sign-off line is its code, perhaps with a service's or an editor's

# A paragraph that closes a text is a real one: a caption ending "... pasado. EFE" or
# "... on Aug. 31, 2019. (AP)" is shorter.
_CLOSING_WORDS = 15
_SHORT_LAST = 3  # words: a short last paragraph's sentence and its tag ("Sie ermittelt. (dpa)")

# A writer's note in the author box under a text opens with the writer's name and goes on in
# lower case ("Jane Doe ist Redakteurin im Ressort Wirtschaft …", "Jane Doe covers the port"),
# where the same name stands alone on a short line above (the byline "Von Jane Doe", the box's
# own "Jane Doe"). It is no paragraph of the text: the sign-off above it still closes the text.
_NOTE_NAME = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[^\S\n]+(?:(?:de|da|di|del|van|von|der|den|la|le|du)[^\S\n]+)*[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
    r",?[^\S\n]+(?=[a-zà-ÿ])"
)
_NAME_LINE_WORDS = 6  # a byline's or an author box's line holding the writer's name


class TextEnds:
    """The lines where a text ends: its closing paragraphs (long, with no paragraph in the
    three lines below: a live blog's agency tags close its entries, not the page) and the
    few lines after them. Forms that only count there are tried there alone."""

    def __init__(
        self, doc: Document, end_headings: frozenset[str] = frozenset(), apparatus: re.Pattern[str] | None = None,
        by: re.Pattern[str] | None = None,
    ) -> None:
        self.doc = doc
        self.end_headings = end_headings  # "Read also", "Footnotes", "About the author": the text ends above
        self.apparatus = apparatus
        self.by = by  # a byline's first word ("Von", "By"): before the writer's name, a writer's note under the text is hers
        self._closing: list[int] | None = None

    def closing(self) -> list[int]:
        if self._closing is None:
            lines = self.doc.lines
            words = word_counts([line.text for line in lines])
            # The apparatus under a text ("More information: …", "Citation: …") is none of its paragraphs.
            paragraphs = [i for i, n in enumerate(words) if n >= PARAGRAPH_WORDS and not apparatus_line(lines[i].text, self.apparatus)]
            # A writer's note right under a long paragraph does not keep it from closing the text.
            paragraphs = [
                j for k, j in enumerate(paragraphs)
                if not (k and j - paragraphs[k - 1] <= 3 and words[paragraphs[k - 1]] >= _CLOSING_WORDS and writer_note(self.doc, j, self.by))
            ]
            # A closing paragraph is long, and the next paragraph is more than three lines on,
            # or below a "Read also" heading (the teasers under it are other stories) or one over
            # the text's own apparatus ("Footnotes", "About the author"), or in the site's footer.
            headings = [i for i, n in enumerate(words) if n <= 6 and is_related_heading(lines[i].text, self.end_headings)]
            following = [*paragraphs[1:], len(words) + 3]
            # A paragraph shorter than a closing one closes the text right under a long one of its
            # zone: in HTML, where a caption is told by its markup, not by its length (a plain text's
            # "… el 11 de febrero pasado. EFE" under the text may be a picture's).
            long_above = {
                i for i in paragraphs if self.doc.is_html and i and words[i - 1] >= _CLOSING_WORDS and lines[i - 1].zone == lines[i].zone
            }
            self._closing = [
                i for i, j in zip(paragraphs, following[: len(paragraphs)], strict=True)
                if (words[i] >= _CLOSING_WORDS or i in long_above)
                and (j - i > 3 or any(i < h < j for h in headings) or in_site_footer(self.doc, j, i))
            ]
        return self._closing

    def after(self) -> list[int]:
        """The few lines below a closing paragraph ("More information: ...", then
        "Provided by University of Example")."""
        return sorted({j for i in self.closing() for j in range(i + 1, min(len(self.doc.lines), i + 4))})

    def last_lines(self) -> list[int]:
        """The closing paragraphs, and in HTML a short last paragraph right under one in its zone
        (a sentence, too short to close a text alone: "Die Polizei ermittelt. (dpa)"); a plain
        text's short line there may be a caption, which only markup tells."""
        lines, found = self.doc.lines, []
        for i in self.closing():
            found.append(i)
            j = i + 1
            if self.doc.is_html and j < len(lines) and lines[j].zone == lines[i].zone and _SHORT_LAST <= word_count(lines[j].text) < PARAGRAPH_WORDS:
                found.append(j)
        return found

    def matches(self, spec: PatternSpec) -> Iterator[re.Match[str]]:
        doc = self.doc
        lines = self.last_lines() if spec.closing else self.after()
        for index in lines:
            start = doc.starts[index]
            m = spec.pattern.search(doc.text, start, start + len(doc.lines[index].text))
            if m is not None:
                yield m


def writer_note(doc: Document, index: int, by: re.Pattern[str] | None) -> bool:
    """Whether a line is a writer's note (see _NOTE_NAME): it opens with a name that a short line
    above holds alone, after a byline's word `by` ("Von Jane Doe") or before an outlet ("Jane Doe, dpa")."""
    m = _NOTE_NAME.match(doc.lines[index].text.lstrip())
    if m is None:
        return False
    name = m["name"]
    size = len(name.split())
    for line in _lines_holding(doc, name, index):
        text = line.text.strip(" \t|•·,;:")
        if len(text) > 80:
            continue
        words = len(text.split())
        if text == name or (text.startswith(name + ",") and words <= _NAME_LINE_WORDS):
            return True
        # "Von Jane Doe", not "About Estuary Birdwatch" over an issuer's paragraph
        if by is not None and text.endswith(" " + name) and words - size <= 2 and (b := by.match(text)) and text[b.end():].strip(" :") == name:
            return True
    return False


def _lines_holding(doc: Document, name: str, index: int) -> Iterator[Line]:
    """The lines above line `index` that hold `name`, each once, in order: found by searching
    the document's text, not by testing every line (a name holds no line break)."""
    text, starts, lines = doc.text, doc.starts, doc.lines
    end = starts[index]
    last = -1
    at = text.find(name, 0, end)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i != last:
            yield lines[i]
            last = i
        at = text.find(name, at + 1, end)


def paragraph_line(text: str, apparatus: re.Pattern[str] | None) -> bool:
    """Whether a line is a paragraph of the text (the plain-text zoner's length), not its apparatus."""
    return word_count(text) >= PARAGRAPH_WORDS and not apparatus_line(text, apparatus)


def apparatus_line(text: str, apparatus: re.Pattern[str] | None) -> bool:
    """Whether a line opens as the apparatus a science-news portal or a press office puts
    under a text ("More information: …", "Citation: … retrieved … from …", "Journal
    Reference: …", "This document is subject to copyright."): however long, no paragraph
    of the text, so a credit line among them ("Provided by X") still closes the text."""
    text = text.lstrip()
    return (apparatus is not None and apparatus.match(text) is not None) or _NOTICE_LINE.match(text) is not None


# A copyright notice under a text, however long ("Copyright 2023 Example Media Inc. All rights
# reserved. This material may not be published, broadcast, rewritten, or redistributed."): the
# sign and the year are the same in every language, so they are no pack's vocabulary.
_NOTICE_LINE = re.compile(r"(?:copyright\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d\b|©)|©\s*(?:(?:19|20)\d\d\b|[A-Z]))", re.IGNORECASE)


def after_text(
    doc: Document, index: int, ad_labels: frozenset[str] = frozenset(), apparatus: re.Pattern[str] | None = None, reach: int = 2,
    by: re.Pattern[str] | None = None, headings: frozenset[str] = frozenset(),
) -> bool:
    """Whether a line closes the text: a paragraph just above it (within `reach` lines), none
    in the lines below. An ad between them ("Anzeige", then its short teaser) stands outside
    the text, and the text's apparatus around it ("More information: …", "Citation: …") is no
    paragraph, nor is a teaser under a "Related" heading below it (`headings`: Packs.end_headings)."""

    def ad_label(i: int) -> bool:
        return is_ad_label(doc.lines[i], ad_labels)

    above: list[int] = []
    i = index - 1
    while i >= 0 and len(above) < reach:
        if not ad_label(i) and not (i > 0 and ad_label(i - 1) and not paragraph_line(doc.lines[i].text, apparatus)):
            above.append(i)
        i -= 1
    return any(paragraph_line(doc.lines[i].text, apparatus) for i in above) and not _text_goes_on(doc, index, apparatus, by, headings)


def _text_goes_on(doc: Document, index: int, apparatus: re.Pattern[str] | None, by: re.Pattern[str] | None, headings: frozenset[str]) -> bool:
    """Whether a paragraph of the text stands in the three lines under a line: not its apparatus,
    a writer's note, a line of the site's footer, nor anything under a heading the text ends above."""
    return any(
        paragraph_line(doc.lines[i].text, apparatus) and not writer_note(doc, i, by) and not in_site_footer(doc, i, index)
        for i in _below(doc, index, headings)
    )


def _below(doc: Document, index: int, headings: frozenset[str]) -> range:
    """The three lines under a line, or fewer: up to a heading the text ends above (Packs.end_headings):
    a "Related" heading, under which other stories are listed, or a "Footnotes" or "About the
    author" heading, under which the text's own apparatus stands."""
    end = min(len(doc.lines), index + 4)
    if headings:
        end = next((i for i in range(index + 1, end) if is_related_heading(doc.lines[i].text, headings)), end)
    return range(index + 1, end)


def mid_text(
    doc: Document, index: int, apparatus: re.Pattern[str] | None = None, by: re.Pattern[str] | None = None,
    headings: frozenset[str] = frozenset(),
) -> bool:
    """Whether a line sits between paragraphs of the text: a bare "Source: Bloomberg" there
    credits a chart or a figure, while a credit for the whole text stands above or below it
    (among the text's apparatus: "Source: X" over "Contact: …"). A teaser under a "Related"
    heading below it is another story's paragraph, not this text's."""
    before = any(paragraph_line(doc.lines[i].text, apparatus) for i in range(max(0, index - 3), index))
    return before and _text_goes_on(doc, index, apparatus, by, headings)


def in_site_footer(doc: Document, index: int, text_line: int) -> bool:
    """Whether the line at `index` stands in the site's footer element while `text_line` does
    not: the site's description there ("Bei uns wirst du fachkundig beraten …") is no paragraph
    of the text above it. Plain text is zoned footer by its lines' shape alone, so not there."""
    lines = doc.lines
    return doc.is_html and index < len(lines) and lines[index].zone == "footer" and lines[text_line].zone != "footer"


def bare_signoff(page: NoticePage, ends: TextEnds, taken: set[int]) -> list[tuple[int, Attribution]]:
    """An agency's code alone on the line under the text ("AFP", "(dpa)", "sda/kes"): its
    sign-off. Not a picture's credit (in a caption), and not when several entries of a live
    blog each end so: then the agencies are its sources, not the page's author."""
    doc, packs, hint = page.doc, page.packs, page.hint
    after = set(ends.after())
    lines = doc.lines

    def signoff(index: int) -> Byline | None:
        line = lines[index]
        if index == 0 or len(line.text) > _SIGNOFF_LONGEST + 4:  # most lines: told apart without building a string
            return None
        code = line.text.strip(" ()[]-–—")
        if len(code) > _SIGNOFF_LONGEST or " " in code.split("/")[0] or word_count(lines[index - 1].text) < PARAGRAPH_WORDS:
            return None
        # In plain text the last short line is zoned a footer by its shape alone.
        if line.zone != "body" and (doc.is_html or index not in after):
            return None
        signed = parse_byline(code, packs, hint)
        return signed if signed is not None and signed.agencies and not signed.authors else None

    # The lines under the text first (a few); only if one signs it off, every short line
    # under a paragraph: a live blog's entries each end so.
    if not any(signoff(index) for index in after):
        return []
    candidates = [(index, signed) for index in range(1, len(lines)) if (signed := signoff(index)) is not None]
    if len(candidates) != 1 or candidates[0][0] not in after or candidates[0][0] in taken:
        return []
    index, signed = candidates[0]
    line = lines[index]
    if page.in_caption(line):
        return []
    taken.add(index)
    return [(doc.starts[index], a) for a in byline_credits(signed, "agency-signoff", evidence(line), line.zone)]
