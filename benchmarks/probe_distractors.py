"""Probe: does the holder stay the page's when other notices stand beside its own?

    python benchmarks/probe_distractors.py [--bench ../shared/bench] [--misses] [--form NAME] [--half held-out]

On the tuning half (the held-out half is never read for misses; --half held-out prints its
figures only), for each labelled page that states
a holder and whose holder the audit reads right, another party's notice is written into the
page: a picture's credit in a figure inside the article, a caption's credit under its last
paragraph's picture, a map's or an embed's notice, a web designer's line in the footer. The page
is audited again and the probe prints, per form, how often `rights.holder` is still the page's.
A notice that takes over is a rule that tells the page's own line from others' only by the
pages it was tuned on. The places come from the real markup (probe_pages.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

from devpages import CHECKOUT, hand_labels, same_outlet
from probe_pages import Tally, half_argument, labelled_pages, probed_half, written_in

from provenance import AuditOptions, audit_document, default_packs


@dataclass(frozen=True)
class Form:
    """Another party's notice, as markup, and where it goes (probe_pages.written_in): before
    the article's last paragraph ("before-last") or last in the page's footer ("footer")."""

    name: str
    place: str
    html: str


FORMS = [
    Form("figure-credit", "before-last", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay at dawn. © 2024 Jane Roe</figcaption></figure>'),
    Form("figure-agency", "before-last", '<figure><img src="/pics/quay.jpg" alt=""><figcaption>The quay at dawn. Photo: © Reuters</figcaption></figure>'),
    Form("picture-then-credit", "before-last", '<div><img src="/pics/quay.jpg" alt="" width="800" height="500"><p>© 2024 Jane Roe</p></div>'),
    Form("embed-notice", "before-last", '<div class="embed"><p>Video: © 2024 Harbour Films Ltd. All rights reserved.</p></div>'),
    Form("map-footer", "footer", "<p>Map data © OpenStreetMap contributors</p>"),
    Form("designer-footer", "footer", "<p>Website design © 2024 Quayside Web Studio</p>"),
    Form("photos-footer", "footer", "<p>Photos: © Jane Roe</p>"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages where the holder changed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    half_argument(parser)
    args = parser.parse_args()
    half = probed_half(parser, args)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    tally = Tally()
    pages = 0
    for key, label, raw, page in labelled_pages(args.bench, hand_labels("holder"), half):
        if not label["holder"]:
            continue
        wanted = [label["holder"], *label.get("holder_also", [])]
        before = audit_document(page.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
        if before is None or not same_outlet(before.holder, wanted, packs.registry):
            continue  # the probe asks about pages the audit reads right as they are
        pages += 1
        for form in forms:
            written = written_in(page, form.html, form.place)
            if written is None:
                continue
            rights = audit_document(written.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
            holder = rights.holder if rights else None
            tally.record(form.name, same_outlet(holder, wanted, packs.registry), f"{key}: {before.holder!r} -> {holder!r}")
    title = f"other parties' notices written into {pages} {half}-half pages whose holder is read right; holder kept:"
    tally.print(title, [f.name for f in forms], args.misses, missed="holder changed on", total=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
