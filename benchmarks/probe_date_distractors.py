"""Probe: does the page's date stay its own when other dates stand around the article?

    python benchmarks/probe_date_distractors.py [--bench ../shared/bench] [--misses] [--form NAME] [--half held-out]

Issue 11 names the wrong dates a page carries: the masthead's "today", a related list's dates,
readers' comments, a caption's event date, the footer's years. On the tuning half (the
held-out half is never read for misses; --half held-out prints its figures only), for each labelled page whose `published` date the audit reads
right, one such date is written into the page's real markup (the masthead's date first in
<body>; a caption before the article's last paragraph; a related list, a comment or a footer
line after the article, found as in probe_pages.py), the page is audited again, and the
probe prints, per form, how often `published` is still the labelled date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from devpages import CHECKOUT, load_pages
from probe_pages import Tally, half_argument, in_half, probed_half, written_in

from provenance import AuditOptions, audit_document, default_packs
from provenance.model import DocumentResult


@dataclass(frozen=True)
class Form:
    """Another date, as markup, and where it goes (probe_pages.written_in): "top" (first in
    <body>), "before-last" (before the article's last paragraph), "after-article", "footer"."""

    name: str
    place: str
    html: str


FORMS = [
    Form("masthead-today", "top", "<div class=\"topbar\"><p>Thursday, 3 December 2026</p></div>"),
    Form("masthead-today-de", "top", "<div class=\"topbar\"><p>Donnerstag, 3. Dezember 2026</p></div>"),
    Form("caption-event", "before-last", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay on 4 July 2018.</figcaption></figure>'),
    Form("related-times", "after-article", '<aside><h3>Related</h3><ul><li><a href="/news/old-quay">The old quay closes</a> '
         '<time datetime="2019-05-01T08:00:00Z">1 May 2019</time></li></ul></aside>'),
    Form("comment", "after-article", '<div class="comments"><div class="comment"><p>Jane Roe on 12 June 2020 at 10:14</p>'
         "<p>Thank you for this article.</p></div></div>"),
    Form("footer-years", "footer", "<p>© 2009–2026 Harbour Media Group Ltd.</p>"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages whose date changed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    half_argument(parser)
    args = parser.parse_args()
    half = probed_half(parser, args)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 12, 3))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    tally = Tally()
    pages = 0
    for bench in ("dates-dev", "news-dev"):
        labels, raws = load_pages(args.bench / bench)
        for raw in raws:
            name = raw.source.path
            if not in_half(name, half):
                continue
            try:
                page = (raw.data or b"").decode("utf-8")
            except UnicodeDecodeError:
                continue
            url = raw.source.url
            before = published(audit_document(page.encode(), path=name, url=url, content_type="html", packs=packs, options=options))
            if before is None or before.isoformat() != labels[name]["date"]:
                continue  # the probe asks about pages the audit dates right as they are
            pages += 1
            for form in forms:
                written = written_in(page, form.html, form.place)
                if written is None:
                    continue
                now = published(audit_document(written.encode(), path=name, url=url, content_type="html", packs=packs, options=options))
                tally.record(form.name, now == before, f"{bench}/{name}: {before} -> {now}")
    title = f"other dates written into {pages} {half}-half pages dated right; date kept:"
    tally.print(title, [f.name for f in forms], args.misses, missed="date changed on", total=False)
    return 0


def published(result: DocumentResult) -> dt.date | None:
    return result.claims.published.value.date if result.claims and result.claims.published else None


if __name__ == "__main__":
    sys.exit(main())
