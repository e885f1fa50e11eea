"""Probe: is a copyright line read as the holder on real pages' footers, in the forms real
footers use, or only in the footers of the pages the rules were tuned on?

    python benchmarks/probe_footer.py [--bench ../shared/bench] [--misses] [--form NAME] [--half held-out]

On the tuning half (the held-out half is never read for misses; --half held-out prints its
figures only), for each labelled page that states
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
from probe_pages import Tally, half_argument, labelled_pages, probed_half, written_in

from provenance import AuditOptions, audit_document, default_packs


@dataclass(frozen=True)
class Form:
    """A line written into a footer (as text, or as markup where it holds a tag), and the
    holder it states (None: a look-alike)."""

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
    Form("circled-c", "ⓒ 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("emoji-c", "©️ 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("copr", "Copr. 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("registered-sign", "® 2024 Harbour Media Group Ltd.", "Harbour Media Group Ltd."),
    Form("cyrillic-c", "(с) 2024 Северная пресса. Все права защищены.", "Северная пресса"),
    Form("hungarian-after", "Kikötő Kiadó Kft. © 2024 Minden jog fenntartva.", "Kikötő Kiadó Kft."),
    Form("italian-vat", "© 2024 Editrice Porto S.r.l. - Tutti i diritti riservati - P.IVA 01234567890", "Editrice Porto S.r.l."),
    Form("portuguese", "© 2024 Editora Porto Ltda. Todos os Direitos Reservados.", "Editora Porto Ltda."),
    Form("dutch", "© 2024 Mediahuis Noord B.V. Alle rechten voorbehouden.", "Mediahuis Noord B.V."),
    Form("polish", "© 2024 Wydawnictwo Port Sp. z o.o. Wszelkie prawa zastrzeżone.", "Wydawnictwo Port Sp. z o.o."),
    Form("issn", "© 2024 Harbour Media Group Ltd. ISSN 1234-5678", "Harbour Media Group Ltd."),
    Form("subsidiary-nameless", "© 2024 a Harbour Media plc subsidiary", "Harbour Media plc"),
    Form("marke-der", "© 2024 Nordlicht Rundschau – Eine Marke der Nordlicht Verlag GmbH", "Nordlicht Rundschau"),
    Form("design-by", "© 2024 Harbour Media Group Ltd. Design by Quayside Web Studio", "Harbour Media Group Ltd."),
    Form("chinese", "版权所有 © 2024 港湾传媒集团", "港湾传媒集团"),
    Form("japanese", "Copyright © 2024 株式会社港新聞社 All Rights Reserved.", "株式会社港新聞社"),
    Form("korean", "Copyright © 2024 항구신문. 무단 전재 및 재배포 금지", "항구신문"),
    Form("arabic", "حقوق النشر © 2024 مؤسسة الميناء", "مؤسسة الميناء"),
    Form("not-forum-software", "Forum software by XenForo® © 2010-2024 XenForo Ltd.", None),
    Form("not-phpbb", "Powered by phpBB® Forum Software © phpBB Limited", None),
    Form("not-nonprofit", "Harbour Trust is a 501(c)(3) nonprofit organization.", None),
    Form("not-theme", "WordPress Theme: Quay by MH Themes", None),
    Form("glued-links", '© 2024 Lakeside Gazette<a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a>', "Lakeside Gazette"),
    Form("spans", "<span>© 2024</span><span>Lakeside Gazette</span>", "Lakeside Gazette"),
    Form("next-element", "<p>©2024</p><p>Harbour Media Group Ltd.</p>", "Harbour Media Group Ltd."),
    Form("screen-reader", '© 2024 Lakeside Gazette <span class="sr-only">(opens in a new window)</span>', "Lakeside Gazette"),
    Form("hyphen-links", "Copyright © 2024 Lakeside Gazette - Imprint - Privacy", "Lakeside Gazette"),
    Form("plain-links", "© 2024 Lakeside Gazette. Terms & Conditions Privacy Policy Cookie Policy", "Lakeside Gazette"),
    Form("tagline-dash", "©2024 Lakeside Gazette – Das Magazin für Segler", "Lakeside Gazette"),
    Form("made-with", "© 2024 Lakeside Gazette. Made with ♥ in Hamburg", "Lakeside Gazette"),
    Form("not-responsible", "© 2024 Lakeside Gazette. All rights reserved. We are not responsible for the content of external sites.", "Lakeside Gazette"),
    Form("website-by", "© Lakeside Gazette 2024 | Website by Quayside Web Studio", "Lakeside Gazette"),
    Form("some-rights", "Copyright 2024 Lakeside Gazette, LLC. Some rights reserved.", "Lakeside Gazette, LLC."),
    Form("colon", "Copyright: Lakeside Gazette 2024", "Lakeside Gazette"),
    Form("powered-wordpress", "© 2024 Lakeside Gazette — Proudly powered by WordPress", "Lakeside Gazette"),
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
    half_argument(parser)
    args = parser.parse_args()
    half = probed_half(parser, args)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    forms = [f for f in FORMS if not args.form or f.name in args.form]
    tally = Tally()
    pages = 0
    for key, label, raw, page in labelled_pages(args.bench, hand_labels("holder"), half):
        if label["holder"]:
            continue
        before = audit_document(page.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
        if before is None or before.holder is not None:
            continue  # the probe asks about pages the audit reads right as they are
        pages += 1
        for form in forms:
            markup = form.text if form.text.startswith("<p>") else f"<p>{form.text if '<' in form.text else html.escape(form.text)}</p>"
            changed = written_in(page, markup, "footer")
            if changed is None:
                continue
            rights = audit_document(changed.encode(), path=key, url=raw.source.url, content_type="html", packs=packs, options=options).rights
            holder = rights.holder if rights else None
            right = holder is None if form.holder is None else same_outlet(holder, [form.holder], packs.registry)
            tally.record(form.name, right, f"{key}: {holder!r}")
    tally.print(f"footer lines written into {pages} {half}-half pages that state no holder; holder as meant:", [f.name for f in forms], args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
