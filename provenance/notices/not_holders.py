"""The tests that what follows a copyright sign names no holder of the page's text, though
it reads as a name. A widget's line: a site's software, theme or design credit, a
provider's or a data service's own line after its credit or label, an advertiser's under
its ad's label. No name at all: the footer's links, a tagline after a nameless sign, a
product's name marked in running text. A picture's credit by its shape: a photographer and
an agency. copyright.read_copyright asks these; the word lists are the packs'
(NoticeVocab), so a new language's credits are a pack entry, not code."""

from __future__ import annotations

import re

from ..packs import NoticeVocab
from ..registry import fold
from .holder import tagline
from .page import NoticePage

LABEL_REACH = 80  # characters before the sign: a label and a name ("Text und Fotos: Jane Roe")


def software_or_theme(holder: str, vocab: NoticeVocab) -> bool:
    """Whether a holder is a site's software, theme or widget (vocab.software_holders), a
    theme's name alone (an unedited demo footer: "© 2021 Soledad"), or names a theme or the
    CMS ("Flatsome Theme", "Newsmag - Premium WordPress Theme")."""
    return bool(
        (vocab.software_holders and vocab.software_holders.match(holder))
        or (vocab.theme_names and vocab.theme_names.fullmatch(holder))
        or _ends_with(vocab.theme_marks, holder)
    )


def _ends_with(marks: re.Pattern[str] | None, holder: str) -> bool:
    """Whether one of `marks` closes the holder ("Flatsome Theme", not "Theme Park Insider")."""
    if marks is None:
        return False
    end = len(holder.rstrip(" .,"))
    return any(m.end() == end for m in marks.finditer(holder))


# "site design / logo © 2020 Stack Exchange Inc; user contributions licensed under CC BY-SA":
# the line covers the site's design, not its pages' text.
_DESIGN_BEFORE = re.compile(r"\b(?:(?:site|web(?:site)?)\s*)?(?:design|logo|layout)(?:\s*(?:/|and|&|und|et|y)\s*(?:design|logo|layout))?\s*:?\s*$", re.I)


def design_credit(text: str, start: int) -> bool:
    """Whether a label before the sign says it covers the site's design or logo."""
    return _DESIGN_BEFORE.search(text, max(0, start - 40), start) is not None


def after_provider_credit(text: str, start: int, vocab: NoticeVocab) -> bool:
    """A provider's credit just before the sign: "Delivered by Example Mail © 2021 Example Mail
    Inc.", "Newsletter by Mailchimp © 2001–2021 Intuit Inc." (vocab.provider_credit)."""
    credit = vocab.provider_credit
    return credit is not None and credit.search(text, max(0, start - LABEL_REACH), start) is not None


_SPONSOR_ABOVE = 6  # lines: the label, the ad's headline, its teaser, its small print
_SPONSOR_BY = re.compile(r"^(?P<label>.+?)\s+(?:by|von|from|de|par|di|da|door|przez)\s+(?P<name>\S.{1,60})$", re.I)


def sponsored_by(page: NoticePage, index: int, holder: str) -> bool:
    """Under an ad's label naming the advertiser ("Paid Post by Example Motors", "Sponsored by
    Example Bank"), a sign naming that advertiser: the advertiser's, however long the ad."""
    lines = page.doc.lines
    first = fold(holder.split()[0]) if holder.split() else ""
    for i in range(index - 1, max(-1, index - _SPONSOR_ABOVE - 1), -1):
        if lines[i].zone != lines[index].zone:
            return False
        label = _SPONSOR_BY.match(lines[i].text.strip())
        if label is not None and label.group("label").lower().rstrip(" :") in page.packs.ad_labels:
            name = label.group("name").split()
            return bool(first) and fold(name[0]) == first
    return False


def after_service_label(text: str, start: int, vocab: NoticeVocab) -> bool:
    """A widget's data or service named just before the sign: "Kursdaten © 2021 …" (vocab.service_label)."""
    label = vocab.service_label
    return label is not None and label.search(text, max(0, start - LABEL_REACH), start) is not None


def links_only(holder: str, page: NoticePage) -> bool:
    """Whether what follows a nameless sign is only the footer's links: chrome words ("Home",
    "Privacy"), the packs' footer links ("Regulamin Polityka prywatności Kontakt") or its language
    menu ("English · Español"), not the site's name."""
    if page.names_the_site(holder):
        return False
    forms = page.vocab.holder_forms
    words = holder.lower().split()
    return all(w in page.packs.chrome_words for w in words) or (
        forms is not None and (forms.links_only.fullmatch(holder) is not None or forms.languages_only.fullmatch(holder) is not None)
    )


def product_mark(text: str, start: int, anchor: str, holder: str, page: NoticePage) -> bool:
    """A sign glued to the word before it, then prose: "The Modell© 2000 lamp was on display",
    "the SuperGrip© gloves". It marks a product's name in running text, not a copyright line;
    a footer's "Example Media© 2021" has no prose after it (the name before the sign is read)."""
    glued = start > 0 and text[start - 1].isalpha() and not anchor.startswith(("copyright", "copyleft", "copr"))
    return glued and (holder[:1].islower() or page_tagline(holder, page))


def page_tagline(phrase: str, page: NoticePage) -> bool:
    """A tagline after a nameless sign (holder.tagline), unless it is the site's own name
    ("© 2021 | Le Monde diplomatique" on its own site)."""
    forms = page.vocab.holder_forms
    return forms is not None and tagline(phrase, forms) and not page.names_the_site(phrase)


_BRACKETED = re.compile(r"^[^()]{2,60}\(([^()]{2,40})\)$")
_PERSON_SLASH = re.compile(r"^((?:[A-ZÀ-ÖØ-Þ][^\W\d_]+[\s-]+){1,2}[A-ZÀ-ÖØ-Þ][^\W\d_]+)\s*/\s*\S")


def credit_shape(holder: str, page: NoticePage) -> bool:
    """A picture's credit by its shape: a photographer and an agency in brackets ("Julia
    Steinbrecht (KNA)") or after a slash ("Lisa Niekel / Kopfarbyte"). A company's name is
    no photographer's ("Example Media GmbH / Example Group")."""
    bracketed = _BRACKETED.match(holder)
    if bracketed is not None:
        return page.packs.registry.agency(bracketed.group(1).strip()) is not None
    person = _PERSON_SLASH.match(holder)
    organisation = page.packs.credit_vocab.organisation_words
    return person is not None and not (organisation and organisation.search(person.group(1))) and page.packs.registry.lookup(person.group(1)) is None
