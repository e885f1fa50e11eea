"""Where a copyright line stands in the page, and so what it covers: inside the article's
text or closing it (the text's own notice), under an ad's label or in a list of other
sites' stories (theirs), or in an element that makes it another work's or a reader's (a
quotation, code, a comment). copyright.read_copyright asks these once a line reads as a
notice; they look at the lines around it and, for the few lines still in doubt, the tree."""

from __future__ import annotations

from ..model import Document, Line
from ..words import PARAGRAPH_WORDS, word_count
from .page import NoticePage, is_ad_label, under_related

# What a notice is where an element holds it (NoticePage.enclosure): in code, a quotation or a
# details list's value it is another work's, mentioned ("__copyright__ = …", a licence header
# in a <pre>, a <blockquote> of a book's copyright page, a tweet's embed, a book box's
# "<dt>Copyright</dt><dd>© 2020 Jane Roe</dd>", an infobox's or a shop's attributes table's
# "<tr><th>Copyright</th><td>© 1998 Example Pictures</td></tr>"). In a reader's comment or a
# forum signature it is the reader's, as a widget's is: the comments' zone (boilerplate, which
# a sidebar holding the site's own line shares) cannot tell them apart. In another party's
# block it is theirs: a native ad's, an RSS widget's (another site's feed), a map's attribution.
_ENCLOSED_SCOPE = {"code": "mention", "quote": "mention", "details": "mention", "user": "widget", "party": "widget"}


def held_scope(page: NoticePage, line: Line, start: int) -> str:
    """The scope of a notice the page would otherwise take as its own: "page", unless an
    element holds it (_ENCLOSED_SCOPE). Not asked of the footer's lines, where most pages'
    own line stands and none of these is (a map's or a provider's line there is read by its
    credit): the elements are read from the tree only for the few pages that need them."""
    if line.zone == "footer":
        return "page"
    kind = page.enclosure(line, start)
    if kind is None or (kind == "details" and line.zone == "header"):
        return "page"
    return _ENCLOSED_SCOPE.get(kind, "page")


_AD_LABEL_ABOVE = 2  # lines: the label, and the ad's own headline


def under_ad_label(page: NoticePage, index: int) -> bool:
    labels = page.packs.ad_labels
    lines = page.doc.lines
    return any(lines[i].zone == lines[index].zone and is_ad_label(lines[i], labels) for i in range(max(0, index - _AD_LABEL_ABOVE), index))


def in_teasers(page: NoticePage, index: int) -> bool:
    """In a list of other stories under its heading ("From around the web", "Read also"), no
    paragraph of the text between: a teaser's source line, another site's. Not in the footer,
    whose own line may follow its links' headings."""
    return page.doc.lines[index].zone != "footer" and under_related(page.doc, index, page.packs.related_headings, same_zone=True)


# Where a copyright line stands against the article's text, read from the paragraphs
# around it (lines of the text's zone, long enough to be prose), in lines.
_TEXT_AFTER, _TEXT_BEFORE, _TEXT_AROUND = 5, 3, 4


def _paragraphs(doc: Document, lines: range) -> bool:
    """Whether any of these lines is a paragraph of the text (in a script written without
    spaces, counted by its characters: "港湾局によると、…短くなった。")."""
    return any(doc.lines[i].zone == "body" and word_count(doc.lines[i].text) >= PARAGRAPH_WORDS for i in lines)


def within_text(doc: Document, index: int) -> bool:
    """Inside the text, more of it following: the article's own line (a book excerpt's),
    not the site's footer, which nothing but chrome follows."""
    return doc.lines[index].zone == "body" and _paragraphs(doc, range(index + 1, min(len(doc.lines), index + 1 + _TEXT_AFTER)))


def article_line(line: Line, start: int, anchor: str, page: NoticePage, holder: str = "") -> bool:
    """A line that is a copyright notice and nothing else, written out as an article's is:
    "Copyright 2021 Quay Radio. All rights reserved.", or short and bare: "© 2021 Jane Roe",
    "© Jane Roe 2021", "(c) 2021, The Example Post Writers Group" — not a quoted review's
    "“A triumph.” © 2021 The Guardian", which has words before the sign. (An embed's or a
    box's "© 2021 Instagram" is chrome, its picture's credit an image's: read before.)"""
    if line.text[:start].strip():
        return False
    reserved = page.vocab.rights_reserved
    if anchor.startswith("copyright") or bool(reserved and reserved.search(line.text)):
        return True
    words = len(holder.split())
    return 0 < words <= _BARE_NAME_WORDS and len(line.text.split()) <= words + _BARE_EXTRA_WORDS


_BARE_NAME_WORDS, _BARE_EXTRA_WORDS = 6, 3  # a name, and the sign and the year (two of them: "© 2019 – 2021")
_LABELLED_REACH = 12  # lines: a paragraph of the text above a line labelled as the text's ("All text © …")


def closes_text(doc: Document, index: int, is_article_line: bool = False, for_text: bool = False) -> bool:
    """Out of the text, just under its last lines: "Copyright © 2023 KGO-TV." under the
    story, before the footer's "© 2023 ABC, Inc., KGO-TV San Francisco"."""
    # A sidebar, a comment or a "related" box under the text is the site's chrome, not the
    # article's close: its sign ("Jane Doe © 2021: Great piece!") is a widget's.
    # Or the text's own last line, nothing of the text after it ("Copyright 2021 Quay Radio.
    # All rights reserved." as a story's last paragraph, the footer next).
    # Or a line of the text's zone a label says covers the text ("All text and images © 2021
    # Jane Roe"), below its paragraphs, though a recipe card stands between.
    zone = doc.lines[index].zone
    if for_text and zone == "body" and _paragraphs(doc, range(max(0, index - _LABELLED_REACH), index)):
        return True
    last_of_text = is_article_line and zone == "body" and _text_ends_after(doc, index)
    return (
        index > 0 and (zone not in ("body", "boilerplate") or last_of_text) and doc.lines[index - 1].zone == "body"
        and _paragraphs(doc, range(max(0, index - _TEXT_BEFORE), index))
    )


def _text_ends_after(doc: Document, index: int) -> bool:
    """Whether the text's zone ends within a few lines after this one, no paragraph between:
    the article's tags or share buttons may follow its own line ("© Jane Roe 2024" /
    "Shipping Ports" / the footer) as much as the footer may."""
    for i in range(index + 1, min(len(doc.lines), index + 1 + _TEXT_AFTER)):
        if doc.lines[i].zone != "body":
            return True
        if word_count(doc.lines[i].text) >= PARAGRAPH_WORDS:
            return False
    return False


def after_paragraph(doc: Document, index: int) -> bool:
    """A line of the text's zone with a paragraph of the text just above it."""
    return doc.lines[index].zone == "body" and _paragraphs(doc, range(max(0, index - _TEXT_BEFORE), index))


def text_goes_on(doc: Document, index: int) -> bool:
    """A line zoned as a footer between two paragraphs of the text: an element that names
    itself "copyright" under a picture, not the page's footer, which has none above it."""
    return (
        doc.lines[index].zone == "footer"
        and _paragraphs(doc, range(max(0, index - _TEXT_AROUND), index))
        and _paragraphs(doc, range(index + 1, min(len(doc.lines), index + 1 + _TEXT_AROUND)))
    )
