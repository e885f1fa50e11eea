"""The issuer of a press release, named by the boilerplate that closes it.

A press release ends with a paragraph about the body that issued it, under a heading of
its own: "About Example Robotics" / "Example Robotics is a leading maker of ...", "Über den
NÖ Jagdverband" / "Der NÖ Jagdverband ist die Interessenvertretung ...". A portal, a trade
site or a club that posts the release keeps that boilerplate, and so names whose text it
is even where it prints no source line. The issuer's own site names itself there, and the
self-credit check drops it as it drops any credit to the page's own publisher.

Three things must hold, so that an author's bio ("About Jane Doe" / "Jane is our
science editor") or a site's "About us" box is never read as one:
- the heading is short and is "About" (in the languages of the pack) and a name;
- the next line is a paragraph that opens with that name (after an article);
- the name, or the paragraph's first sentence, has an organisation's mark: a word in
  capitals ("NÖ", "LBV"), a legal form, or a word of the pack's `organisation_words`
  ("GmbH", "association", "founded", "Mitglieder").
"""

from __future__ import annotations

import re

from ..model import Attribution, Document
from ..packs import Packs
from ..scan import evidence
from ..words import ARTICLES

_FORM = "press-release-about"
_HEADING_WORDS = 8  # a heading, not a sentence
_PARAGRAPH_WORDS = 12
_LOOK_BACK = 12  # lines above a closing paragraph where the heading may stand
# Also den/dem/des, the German article in other cases: after "Über" a name is in one ("Über den NÖ Jagdverband"); a masthead keeps them ("Des Moines Register").
_ARTICLE = re.compile(rf"^(?:{ARTICLES}|den|dem|des)\s+", re.I)
_CAPITALS = re.compile(r"\b[A-ZÄÖÜÀ-Þ]{2,}\b")
_FIRST_SENTENCE = 300  # characters of the paragraph searched for an organisation's word


def issuer_credits(doc: Document, packs: Packs, closing: list[int], taken: set[int]) -> list[tuple[int, Attribution]]:
    """The 'About X' boilerplate above one of the text's closing paragraphs, as a credit
    to X, keyed by its position in the text."""
    about = packs.credit_vocab.about_headings
    if about is None or not closing:
        return []
    lines = doc.lines
    seen: set[int] = set()  # closing paragraphs' look-back ranges overlap
    for end in closing:
        for index in range(max(0, end - _LOOK_BACK), end):
            if index in seen or index in taken:
                continue
            seen.add(index)
            line = lines[index]
            if line.zone != "body":
                continue
            heading = line.text.strip().rstrip(" :")
            m = about.match(heading)
            if m is None or len(heading.split()) > _HEADING_WORDS:
                continue
            name = _ARTICLE.sub("", heading[m.end() :].strip(), count=1)
            paragraph = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
            if not name or len(paragraph.split()) < _PARAGRAPH_WORDS or not _opens_with(paragraph, name):
                continue
            if not _organisation(name, paragraph, packs):
                continue
            known = packs.registry.lookup(name)
            credit = Attribution(
                _FORM, known.name if known else name, name, None, None, None, evidence(line),
                known=known is not None, zone="body", publisher_kind=known.kind if known else None,
            )
            taken.add(index)
            return [(doc.starts[index], credit)]  # one issuer per release
    return []


def _opens_with(paragraph: str, name: str) -> bool:
    """Whether the paragraph's subject is the name: "Der NÖ Jagdverband ist ..."."""
    body = _ARTICLE.sub("", paragraph, count=1)
    return body.lower().startswith(name.lower()) and not body[len(name) : len(name) + 1].isalnum()


def _organisation(name: str, paragraph: str, packs: Packs) -> bool:
    words = packs.credit_vocab.organisation_words
    if _CAPITALS.search(name) or packs.registry.lookup(name) is not None:
        return True
    return words is not None and bool(words.search(name) or words.search(paragraph[:_FIRST_SENTENCE]))
