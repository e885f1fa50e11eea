"""Probe: does the page's date stay its own when other dates stand around the article?

    python benchmarks/probe_date_distractors.py [--bench ../shared/bench] [--misses] [--form NAME]

Issue 11 names the wrong dates a page carries: the masthead's "today", a related list's dates,
readers' comments, a caption's event date, the footer's years. On the tuning half only (the
held-out half is never read), for each labelled page whose `published` date the audit reads
right, one such date is written into the page's real markup (the masthead's date first in
<body>; a caption before the article's last paragraph; a related list, a comment or a footer
line after the article, found as in probe_transplant.py), the page is audited again, and the
probe prints, per form, how often `published` is still the labelled date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from devpages import CHECKOUT, held_out, load_pages
from lxml import etree
from probe_footer import page_footer
from probe_transplant import article_paragraphs

from provenance import AuditOptions, audit_document, default_packs


@dataclass(frozen=True)
class Form:
    """Another date, as markup, and where it goes: "top" (first in <body>), "caption" (before
    the article's last paragraph), "after" (after the article's last paragraph's parent), "footer"."""

    name: str
    place: str
    html: str


FORMS = [
    Form("masthead-today", "top", "<div class=\"topbar\"><p>Thursday, 3 December 2026</p></div>"),
    Form("masthead-today-de", "top", "<div class=\"topbar\"><p>Donnerstag, 3. Dezember 2026</p></div>"),
    Form("caption-event", "caption", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay on 4 July 2018.</figcaption></figure>'),
    Form("related-times", "after", '<aside><h3>Related</h3><ul><li><a href="/news/old-quay">The old quay closes</a> '
         '<time datetime="2019-05-01T08:00:00Z">1 May 2019</time></li></ul></aside>'),
    Form("comment", "after", '<div class="comments"><div class="comment"><p>Jane Roe on 12 June 2020 at 10:14</p>'
         "<p>Thank you for this article.</p></div></div>"),
    Form("footer-years", "footer", "<p>© 2009–2026 Harbour Media Group Ltd.</p>"),
]


def transplanted(page: str, form: Form) -> str | None:
    """The page, serialised by lxml, with the form's markup written in; None where it has no
    place for it."""
    found = article_paragraphs(page)
    if found is None:
        return None
    tree, _, last = found
    root = tree.getroot()
    elements = lxml.html.fragments_fromstring(form.html)
    if form.place == "top":
        body = next(root.iter("body"), None)
        if body is None:
            return None
        for element in reversed(elements):
            body.insert(0, element)
    elif form.place == "caption":
        for element in elements:
            last.addprevious(element)
    elif form.place == "after":
        holder = last.getparent()
        if holder is None:
            return None
        for element in reversed(elements):
            holder.addnext(element)
    else:
        footer = page_footer(root)
        if footer is None:
            return None
        for element in elements:
            footer.append(element)
    return etree.tostring(tree, method="html", encoding="unicode", doctype=tree.docinfo.doctype)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages whose date changed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    args = parser.parse_args()
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 12, 3))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    kept: dict[str, int] = defaultdict(int)
    changed: dict[str, list[str]] = defaultdict(list)
    pages = 0
    for bench in ("dates-dev", "news-dev"):
        labels, raws = load_pages(args.bench / bench)
        for raw in raws:
            name = raw.source.path
            if held_out(name):
                continue
            try:
                page = (raw.data or b"").decode("utf-8")
            except UnicodeDecodeError:
                continue
            wanted = labels[name]["date"]
            url = raw.source.url
            result = audit_document(page.encode(), path=name, url=url, content_type="html", packs=packs, options=options)
            before = result.claims.published.value.date if result.claims and result.claims.published else None
            if before is None or before.isoformat() != wanted:
                continue  # the probe asks about pages the audit dates right as they are
            pages += 1
            for form in forms:
                written = transplanted(page, form)
                if written is None:
                    continue
                again = audit_document(written.encode(), path=name, url=url, content_type="html", packs=packs, options=options)
                now = again.claims.published.value.date if again.claims and again.claims.published else None
                if now == before:
                    kept[form.name] += 1
                else:
                    changed[form.name].append(f"{bench}/{name}: {before} -> {now}")
    print(f"other dates written into {pages} tuning-half pages dated right; date kept:")
    for form in forms:
        tried = kept[form.name] + len(changed[form.name])
        print(f"  {form.name:22} {kept[form.name]:>4}/{tried:<4} = {kept[form.name] / tried if tried else 0:.2f}")
    if args.misses:
        for form in forms:
            if changed[form.name]:
                print(f"\n{form.name}: date changed on {len(changed[form.name])}")
                for miss in changed[form.name]:
                    print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
