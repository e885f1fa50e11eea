"""Probe: are credits found wherever a real page puts its article, or only where the dev pages do?

    python benchmarks/probe_transplant.py [--bench ../shared/bench] [--misses] [--form NAME ...] [--half held-out]

On the tuning half (the held-out half is never read for misses), each page labelled an original whose
audit gives no chain is turned into a copy: a credit in one of the forms real pages use (issue
10's list: bylines, datelines, source lines, end tags, in several languages) is written into
the page's own article, where such a credit stands: a byline before the article's first
paragraph, a dateline at the start of that paragraph, a source line after its last one, an
agency's tag at the end of its last sentence. The page is audited again: its chain should now
start at the credited publisher (and author, where the credit names one). Look-alikes (a photo
credit, "Reuters reported", a "first published" line) are written in the same places, and the
page should stay an original.

The renaming probe (probe_renamed.py) asks whether a credit is found under other names; this one
asks whether it is found under other pages' markup: a form that is found in a hand-written
fixture but not in a real article's markup points at a rule that holds only for the pages it
was tuned on. --misses lists, per form, the pages where it was not found.

With --half held-out the same forms are written into the held-out half's pages and only the
figures are printed: whether a fix made from the tuning half's misses holds on pages whose markup
nobody looked at.

The article's paragraphs are found without the audit, by lxml: the first `<p>` of 80 or more
characters outside scripts, navigation, footers and lists, in the element that holds the most
text in such paragraphs: the first and the last of them. The
pages are audited as lxml writes them back, the unchanged page too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from devpages import CHECKOUT, hand_labels, same_authors, same_outlet
from lxml import etree
from probe_pages import Tally, article_paragraphs, half_argument, labelled_pages, probed_half, serialised

from provenance import AuditOptions, audit_document, default_packs
from provenance.packs import Packs


@dataclass(frozen=True)
class Form:
    """A credit (or a look-alike) and where a page puts it."""

    name: str
    place: str  # before | lead | after | tail: a paragraph before the first, the first's start, a paragraph after the last, the last's end
    text: str
    original: str | None  # the chain's first publisher it should give; None: the page stays an original
    author: str | None = None


FORMS = [
    Form("byline-agency-alone", "before", "Associated Press", "Associated Press"),
    Form("byline-by-name-agency", "before", "By Jane Roe, Associated Press", "Associated Press", "Jane Roe"),
    Form("byline-pipe-code", "before", "By Jane Roe | AP", "Associated Press", "Jane Roe"),
    Form("byline-agency-writer", "before", "Jane Roe, AP Science Writer", "Associated Press", "Jane Roe"),
    Form("byline-two-authors", "before", "By Jane Roe and John Doe, Reuters", "Reuters", "Jane Roe and John Doe"),
    Form("byline-agency-city", "before", "Reuters, Berlin", "Reuters"),
    Form("byline-par", "before", "Par l'AFP", "Agence France-Presse"),
    Form("byline-por", "before", "Por Europa Press", "Europa Press"),
    Form("byline-von", "before", "Von Jane Roe, APA", "Austria Presse Agentur", "Jane Roe"),
    Form("byline-agency-date", "before", "AFP 03/02/2021", "Agence France-Presse"),
    Form("dateline-ap", "lead", "BERLIN (AP) — ", "Associated Press"),
    Form("dateline-reuters", "lead", "LONDON (Reuters) - ", "Reuters"),
    Form("dateline-dpa-region", "lead", "Hamburg (dpa/lno) – ", "Deutsche Presse-Agentur"),
    Form("dateline-country", "lead", "CARACAS, Venezuela (AP) — ", "Associated Press"),
    Form("dateline-mojibake", "lead", "BERLIN (AP) \u00e2\u20ac\u201d ", "Associated Press"),
    Form("dateline-ians", "lead", "New Delhi, March 5 (IANS) ", "Indo-Asian News Service"),
    Form("dateline-xinhua", "lead", "BEIJING, March 5 (Xinhua) -- ", "Xinhua"),
    Form("source-ians", "after", "Source: IANS", "Indo-Asian News Service"),
    Form("source-quelle-kna", "after", "Quelle: KNA", "Katholische Nachrichten-Agentur"),
    Form("source-fonte-lusa", "after", "Fonte: Lusa", "Lusa"),
    Form("source-fuente-ep", "after", "Fuente: Europa Press", "Europa Press"),
    Form("source-ria", "after", "Источник: РИА Новости", "RIA Novosti"),
    Form("source-originally", "after", "This article originally appeared on Lakeside Gazette.", "Lakeside Gazette"),
    Form("source-zuerst", "after", "Dieser Artikel erschien zuerst bei der Nordlicht Rundschau.", "Nordlicht Rundschau"),
    Form("source-republished", "after", "This story was republished from The Harbour Times with permission.", "The Harbour Times"),
    Form("source-bracket-line", "after", "[Source: By Jane Roe, Bloomberg, 08Jan21]", "Bloomberg", "Jane Roe"),
    Form("source-provided-by", "after", "Provided by University of Westmarch", "University of Westmarch"),
    Form("source-portal-provided", "before", "© Provided by The Independent", "The Independent"),
    Form("source-originalartikel", "after", "Originalartikel: The Guardian", "The Guardian"),
    Form("source-appeared-first", "after", "The post Harbour Works Begin appeared first on Lakeside Gazette.", "Lakeside Gazette"),
    Form("tail-dpa", "tail", " (dpa)", "Deutsche Presse-Agentur"),
    Form("tail-afp-agency-code", "tail", " (AFP)", "Agence France-Presse"),
    Form("tail-sda", "tail", " (sda)", "Schweizerische Depeschenagentur"),
    Form("material-inputs", "after", "With inputs from PTI", "Press Trust of India"),
    Form("material-contributing", "after", "Contributing: The Associated Press", "Associated Press"),
    Form("material-con", "after", "Con información de EFE", "Agencia EFE"),
    Form("material-avec", "after", "Avec AFP", "Agence France-Presse"),
    Form("material-tail-mit", "tail", " (Mit Material von dpa)", "Deutsche Presse-Agentur"),
    Form("material-desk-byline", "before", "Le Monde avec AFP", "Agence France-Presse"),
    Form("not-photo", "before", "Photo: Reuters", None),
    Form("not-foto", "after", "Foto: dpa", None),
    Form("not-ap-photo", "after", "(AP Photo/Jane Roe)", None),
    Form("not-cites", "after", "Reuters reported on Tuesday that the talks had stalled.", None),
    Form("not-according", "after", "The figures were first reported by the Associated Press, according to AFP.", None),
    Form("not-first-published", "after", "First published on 3 May 2021", None),
    Form("not-person-contributed", "after", "Jane Roe contributed to this report.", None),
    Form("not-no-agency-named", "after", "(With inputs from agencies)", None),
]

def own_byline(tree: etree._ElementTree, first: etree._Element, author: str | None) -> etree._Element | None:
    """The page's own byline: the largest element before the article's first paragraph whose
    text (under 150 characters) holds the author the audit reads (the byline's block, not the
    name's link in it); None without one."""
    if not author:
        return None
    found = None
    for el in tree.getroot().iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta", "html", "body"):
            continue
        text = " ".join(el.text_content().split())
        if author in text and len(text) < 150 and (found is None or len(text) > len(" ".join(found.text_content().split()))):
            found = el
    return found


def transplanted(page: str, form: Form, author: str | None = None) -> str | None:
    """The page, serialised by lxml, with the form written in; None where it has no article. A
    byline replaces the page's own (found by `author`, the author the audit reads) where there is
    one: a copy's agency byline stands where the page's staff byline stood, not over it."""
    found = article_paragraphs(page)
    if found is None:
        return None
    tree, first, last = found
    byline = own_byline(tree, first, author) if form.place == "before" and form.name.startswith("byline-") else None
    if byline is not None:
        for child in list(byline):
            byline.remove(child)
        byline.text = form.text
    elif form.place == "before":
        new = etree.Element("p")
        new.text = form.text
        first.addprevious(new)
    elif form.place == "after":
        new = etree.Element("p")
        new.text = form.text
        last.addnext(new)
    elif form.place == "lead":
        first.text = form.text + (first.text or "")
    elif len(last):
        last[-1].tail = (last[-1].tail or "") + form.text
    else:
        last.text = (last.text or "") + form.text
    return serialised(tree)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages where it was missed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    half_argument(parser)
    args = parser.parse_args()
    half = probed_half(parser, args)
    packs: Packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    tally = Tally()
    pages = 0
    for key, label, raw, page in labelled_pages(args.bench, hand_labels("kind"), half):
        if label.get("kind") != "original":
            continue
        found = article_paragraphs(page)
        if found is None:
            continue
        page = serialised(found[0])  # the base page as lxml writes it, as the changed ones are
        result = audit_document(page.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options)
        if len(result.chain) > 1:
            continue
        own = result.chain[0].publisher if result.chain else None
        author = result.chain[0].author if result.chain else None
        pages += 1
        for form in forms:
            if form.original and own and same_outlet(own, [form.original], packs.registry):
                continue  # an agency's own page
            changed = transplanted(page, form, author)
            if changed is None:
                continue
            chain = audit_document(changed.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).chain
            first = chain[0] if len(chain) > 1 else None
            if form.original is None:
                ok = first is None
            else:
                ok = first is not None and same_outlet(first.publisher, [form.original], packs.registry)
                ok = ok and (form.author is None or same_authors(first.author if first else None, form.author))
            tally.record(form.name, ok, f"{key}: {[(link.publisher, link.author) for link in chain]}")
    tally.print(f"forms written into {pages} {half}-half originals with no chain; found as meant:", [f.name for f in forms], args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
