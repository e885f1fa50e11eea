"""Probe: does the holder stay the page's when other notices stand beside its own?

    python benchmarks/probe_distractors.py [--bench ../shared/bench] [--misses] [--form NAME]

On the tuning half only (the held-out half is never read), for each labelled page that states
a holder and whose holder the audit reads right, another party's notice is written into the
page: a picture's credit in a figure inside the article, a caption's credit under its last
paragraph's picture, a map's or an embed's notice, a web designer's line in the footer. The page
is audited again and the probe prints, per form, how often `rights.holder` is still the page's.
A notice that takes over is a rule that tells the page's own line from others' only by the
pages it was tuned on. The places come from the real markup: the article is found as in
probe_transplant.py, the footer as in probe_footer.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from devpages import CHECKOUT, hand_labels, held_out, labelled_page, same_outlet
from lxml import etree
from probe_footer import page_footer
from probe_transplant import article_paragraphs

from provenance import AuditOptions, audit_document, default_packs


@dataclass(frozen=True)
class Form:
    """Another party's notice, as markup, and where it goes: before the article's last
    paragraph ("article") or at the end of the footer ("footer")."""

    name: str
    place: str
    html: str


FORMS = [
    Form("figure-credit", "article", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay at dawn. © 2024 Jane Roe</figcaption></figure>'),
    Form("figure-agency", "article", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay at dawn. Photo: © Reuters</figcaption></figure>'),
    Form("picture-then-credit", "article", '<div><img src="/pics/quay.jpg" alt="" width="800" height="500"><p>© 2024 Jane Roe</p></div>'),
    Form("embed-notice", "article", '<div class="embed"><p>Video: © 2024 Harbour Films Ltd. All rights reserved.</p></div>'),
    Form("map-footer", "footer", "<p>Map data © OpenStreetMap contributors</p>"),
    Form("designer-footer", "footer", "<p>Website design © 2024 Quayside Web Studio</p>"),
    Form("photos-footer", "footer", "<p>Photos: © Jane Roe</p>"),
]


def transplanted(page: str, form: Form) -> str | None:
    """The page, serialised by lxml, with the form's markup written in; None where it has no
    place for it."""
    if form.place == "article":
        found = article_paragraphs(page)
        if found is None:
            return None
        tree, _, last = found
        for element in reversed(lxml.html.fragments_fromstring(form.html)):
            last.addprevious(element)
    else:
        try:
            tree = lxml.html.fromstring(page).getroottree()
        except (etree.ParserError, ValueError):
            return None
        footer = page_footer(tree.getroot())
        if footer is None:
            return None
        for element in lxml.html.fragments_fromstring(form.html):
            footer.append(element)
    return etree.tostring(tree, method="html", encoding="unicode", doctype=tree.docinfo.doctype)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages where the holder changed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    args = parser.parse_args()
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    kept: dict[str, int] = defaultdict(int)
    changed: dict[str, list[str]] = defaultdict(list)
    pages = 0
    for key, label in sorted(hand_labels("holder").items()):
        if held_out(key.split("/", 1)[1]) or not label["holder"]:
            continue
        raw = labelled_page(args.bench, key, label.get("url"))
        try:
            page = (raw.data or b"").decode("utf-8")
        except UnicodeDecodeError:
            continue
        wanted = [label["holder"], *label.get("holder_also", [])]
        before = audit_document(page.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
        if before is None or not same_outlet(before.holder, wanted, packs.registry):
            continue  # the probe asks about pages the audit reads right as they are
        pages += 1
        for form in forms:
            written = transplanted(page, form)
            if written is None:
                continue
            rights = audit_document(written.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
            holder = rights.holder if rights else None
            if same_outlet(holder, wanted, packs.registry):
                kept[form.name] += 1
            else:
                changed[form.name].append(f"{key}: {before.holder!r} -> {holder!r}")
    print(f"other parties' notices written into {pages} tuning-half pages whose holder is read right; holder kept:")
    for form in forms:
        tried = kept[form.name] + len(changed[form.name])
        print(f"  {form.name:22} {kept[form.name]:>4}/{tried:<4} = {kept[form.name] / tried if tried else 0:.2f}")
    if args.misses:
        for form in forms:
            if changed[form.name]:
                print(f"\n{form.name}: holder changed on {len(changed[form.name])}")
                for miss in changed[form.name]:
                    print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
