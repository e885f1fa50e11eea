"""Probe: is a copyright line read as the holder on real pages' footers, in the forms real
footers use, or only in the footers of the pages the rules were tuned on?

    python benchmarks/probe_footer.py [--bench ../shared/bench] [--misses] [--form NAME]

On the tuning half only (the held-out half is never read), for each labelled page that states
no holder and for which the audit says so, a copyright line (or a look-alike) is written into
the page's own footer: the last <footer> element outside an <article>, else the last element
(not a script or a template) whose class or id says footer, else a new <footer> at the end of
<body>. The page is audited again, and the probe prints, per form, how often `rights.holder` is
then the line's holder (for a look-alike: still none). Each page's own footer links, scripts and widgets stay around the line, so a
miss is a footer shape the holder reader does not cut right, or a footer it does not reach;
or the probe's: a page with no <footer> whose last element classed footer is a cookie banner's.
Pages not written in UTF-8 are left out (a line inserted in UTF-8 would be mojibake there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import sys
from dataclasses import dataclass
from pathlib import Path

from devpages import CHECKOUT, hand_labels, same_outlet
from probe_pages import Tally, labelled_pages, written_in

from provenance import AuditOptions, audit_document, default_packs


@dataclass(frozen=True)
class Form:
    """A line written into a footer, and the holder it states (None: a look-alike)."""

    name: str
    text: str
    holder: str | None


FORMS = [
    Form("sign-year-name", "© 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("word-sign-year-reserved", "Copyright © 2024 Harbour Media Group Ltd. All Rights Reserved.", "Harbour Media Group Ltd."),
    Form("name-year", "© Harbour Media Group 2024", "Harbour Media Group"),
    Form("range", "© 2009–2024 Nordlicht Verlag GmbH", "Nordlicht Verlag GmbH"),
    Form("c-in-brackets", "(c) 2024 Riverbend Community Library", "Riverbend Community Library"),
    Form("links-after", "© 2024 Lakeside Gazette | Privacy Policy | Terms of Use | Contact", "Lakeside Gazette"),
    Form("german", "© 2024 Nordlicht Verlag GmbH – Alle Rechte vorbehalten", "Nordlicht Verlag GmbH"),
    Form("french", "© 2024 Éditions du Quai SAS. Tous droits réservés.", "Éditions du Quai SAS"),
    Form("spanish", "Copyright © 2024 Fundación Río Claro. Todos los derechos reservados.", "Fundación Río Claro"),
    Form("name-comma-year", "Copyright © Bayview Times Inc., 2024", "Bayview Times Inc."),
    Form("person", "© 2024 Jane Roe", "Jane Roe"),
    Form("word-dashes", "© Copyright 2024 - Harbour Media Group Ltd - All rights reserved", "Harbour Media Group Ltd"),
    Form("word-no-sign", "Copyright 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("by-builder", "© 2024 by Harbour Media Group. Proudly created with Wix.com", "Harbour Media Group"),
    Form("registered", "© 2024 Harbour Media Group Ltd. Registered in England and Wales No. 1234567.", "Harbour Media Group Ltd."),
    Form("name-sign-year", "Harbour Media Group Ltd. © 2024", "Harbour Media Group Ltd."),
    Form("address", "© 2024 Harbour Media Group Ltd, 11 Quay Street, Bristol BS1 4DJ", "Harbour Media Group Ltd"),
    Form("german-links", "©2024 Nordlicht Verlag GmbH · Impressum · Datenschutz", "Nordlicht Verlag GmbH"),
    Form("german-all-content", "Alle Inhalte © 2024 Nordlicht Verlag GmbH", "Nordlicht Verlag GmbH"),
    Form("german-address", "© Nordlicht Verlag GmbH, Hafenstraße 5, 20457 Hamburg", "Nordlicht Verlag GmbH"),
    Form("powered-by", "Copyright © 2024 Harbour Media Group Ltd. Powered by WordPress", "Harbour Media Group Ltd."),
    Form("theme-by", "© 2024 Harbour Media Group Ltd. Theme by MH Themes", "Harbour Media Group Ltd."),
    Form("not-reserved-alone", "All rights reserved.", None),
    Form("not-policy-link", "Copyright Policy", None),
    Form("not-map", "Map data © OpenStreetMap contributors", None),
    Form("not-photo", "Photos: © Jane Roe", None),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list, per form, the pages where it was missed")
    parser.add_argument("--form", action="append", help="only these forms (by name)")
    args = parser.parse_args()
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    tally = Tally()
    pages = 0
    for key, label, raw, page in labelled_pages(args.bench, hand_labels("holder")):
        if label["holder"]:
            continue
        before = audit_document(page.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
        if before is None or before.holder is not None:
            continue  # the probe asks about pages the audit reads right as they are
        pages += 1
        for form in forms:
            changed = written_in(page, f"<p>{html.escape(form.text)}</p>", "footer")
            if changed is None:
                continue
            rights = audit_document(changed.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
            holder = rights.holder if rights else None
            right = holder is None if form.holder is None else same_outlet(holder, [form.holder], packs.registry)
            tally.record(form.name, right, f"{key}: {holder!r}")
    tally.print(f"footer lines written into {pages} tuning-half pages that state no holder; holder as meant:", [f.name for f in forms], args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
