"""Probe: do the answers follow the names, or only the names the dev pages use?

    python benchmarks/probe_renamed.py [--bench ../shared/bench] [--misses] [--by-name] [--half held-out]

On the tuning half (the held-out half is never read for misses; --half held-out prints its
figures only), for each labelled page whose answer
is right, the answer's name is replaced throughout the raw page by other names of its kind, and
the page is audited again: the answer should be the new name. Four probes:

- holder: the rights holder (not an agency: see the next) renamed to companies of other legal
  forms, a person, a town, a library, names in other scripts;
- agency: a copy's original agency renamed to other agencies of the registry (its name for a
  long form, its code for a short one, in datelines, bylines and source lines alike);
- outlet: a copy's original outlet (not an agency) renamed to outlets no registry knows;
- author: the original's author renamed to writers with other names.

A rename that the audit does not follow points at a rule that holds for one name's shape (a
footer cut that relies on a legal form, a credit read only for a known outlet): the class to
fix, with a fixture, on pages nobody tuned on. Pages not written in UTF-8 are left out: a
name inserted in UTF-8 would be mojibake there. --misses lists the renames not followed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from collections import defaultdict
from pathlib import Path

from devpages import CHECKOUT, hand_labels, labelled_page, same_authors, same_outlet
from probe_pages import half_argument, in_half, probed_half

from provenance import AuditOptions, audit_document, default_packs
from provenance.model import DocumentResult
from provenance.packs import Packs
from provenance.registry import AGENCY_KINDS

HOLDERS = [
    "Harbour Media Group Ltd", "Éditions du Quai SAS", "Nordlicht Verlag GmbH & Co. KG", "Fundación Río Claro", "Jane Roe",
    "Lakeside Gazette", "Wydawnictwo Port Sp. z o.o.", "KDX Holdings", "Stadt Neuhafen", "Riverbend Community Library",
    "Mediahuis Noord B.V.", "株式会社港新聞社", "Северная пресса", "Bayview Times Inc.",
]
AGENCIES = [
    "Reuters", "Agence France-Presse", "Deutsche Presse-Agentur", "Agencia EFE", "ANSA", "Xinhua", "Kyodo News",
    "Press Trust of India", "Europa Press", "Lusa", "Austria Presse Agentur", "Katholische Nachrichten-Agentur",
    "Australian Associated Press", "The Canadian Press", "Anadolu Agency", "Belga", "NTB", "Associated Press",
]
OUTLETS = ["Lakeside Gazette", "The Harbour Times", "Nordlicht Rundschau", "El Diario del Puerto", "Quayside Review", "Riverbend Post"]
AUTHORS = ["Jane Roe", "Marta Kowalczyk", "Jean-Luc Fontaine", "Aisha Rahman", "Tomás Ó Briain"]
_LATIN = re.compile(r"[A-Za-z][A-Za-z .&'-]*")


class Probe:
    """One probe's count of renames tried and followed, and the ones not followed."""

    def __init__(self) -> None:
        self.tried = 0
        self.followed = 0
        self.misses: list[str] = []
        self.by_name: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # new name: [followed, tried]

    def record(self, followed: bool, what: str, new: str = "") -> None:
        self.tried += 1
        self.followed += followed
        self.by_name[new][0] += followed
        self.by_name[new][1] += 1
        if not followed:
            self.misses.append(what)


def renamed(page: str, names: list[str], new: str, escape: bool = False) -> str | None:
    """The page with each of `names` (whole words) replaced by `new`, and the names in capitals
    ("By JANE DOE") by it in capitals; None where none occurs."""
    found = sorted({n for n in names if n and n in page}, key=len, reverse=True)
    if not found:
        return None
    for names_now, new_now in ((found, new), ([n.upper() for n in found if n.upper() != n], new.upper())):
        if names_now:
            pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names_now)) + r")(?!\w)")
            plain, written = new_now, html.escape(new_now, quote=False)

            def name_for(m: re.Match[str], plain: str = plain, written: str = written) -> str:
                return written if escape and "&" in m.group(0) else plain  # "&amp;" for "&amp;"

            page = pattern.sub(name_for, page)
    return page


def audit(page: str, key: str, url: str | None, packs: Packs, options: AuditOptions) -> DocumentResult:
    return audit_document(page.encode(), path=key, url=url, content_type="html", packs=packs, options=options)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=CHECKOUT.parent / "shared" / "bench")
    parser.add_argument("--misses", action="store_true", help="list the renames the audit did not follow")
    parser.add_argument("--by-name", action="store_true", help="the figures by the new name too (a figure, so also on the held-out half)")
    half_argument(parser)
    args = parser.parse_args()
    half = probed_half(parser, args)
    packs = default_packs()
    options = AuditOptions(as_of=dt.date(2026, 1, 1))
    registry = packs.registry
    probes: dict[str, Probe] = defaultdict(Probe)
    labels = hand_labels("own") | hand_labels("holder")
    for key, label in sorted(labels.items()):
        if not in_half(key.split("/", 1)[1], half):
            continue
        raw = labelled_page(args.bench, key, label.get("url"))
        try:
            page = (raw.data or b"").decode("utf-8")
        except UnicodeDecodeError:
            continue
        url = raw.source.url
        result = audit(page, key, url, packs, options)
        holder = result.rights.holder if result.rights else None
        holder_agency = holder is not None and (known := registry.lookup(holder)) is not None and known.kind in AGENCY_KINDS
        # An agency's holder comes from its code as often as its name ("(AP)"): the agency probe renames both.
        if label.get("holder") and holder and not holder_agency and same_outlet(holder, [label["holder"], *label.get("holder_also", [])], registry):
            for new in HOLDERS:
                changed = renamed(page, [holder, label["holder"], html.escape(holder, quote=False)], new, escape=True)
                if changed is not None:
                    found = audit(changed, key, url, packs, options).rights
                    now = found.holder if found else None
                    followed = now is not None and (now == new or same_outlet(now, [new], registry))
                    probes["holder"].record(followed, f"{key}: {holder!r} -> {new!r}: {now!r}", new)
        chain = result.chain
        if label.get("copy") is not True or len(chain) < 2 or not chain[0].publisher:
            continue
        original = registry.lookup(chain[0].publisher)
        if original is not None and original.kind in AGENCY_KINDS:
            forms = [original.name, *original.legal_names, *(a for a in original.aliases if _LATIN.fullmatch(a))]
            pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(set(forms), key=len, reverse=True))) + r")(?!\w)")
            for name in AGENCIES:
                target = registry.lookup(name)
                if target is None or target.name == original.name:
                    continue
                codes = sorted((a for a in target.aliases if _LATIN.fullmatch(a) and a.upper() == a and len(a) <= 6), key=len)
                short = codes[0] if codes else target.name
                long_name = target.name

                def agency_name(m: re.Match[str], code: str = short, name: str = long_name) -> str:
                    return code if len(m.group(0)) <= 6 else name  # a code for a code, a name for a name

                changed = pattern.sub(agency_name, page)
                if changed != page:
                    links = audit(changed, key, url, packs, options).chain
                    miss = f"{key}: {original.name} -> {target.name}: {links[0].publisher if links else None}"
                    probes["agency"].record(len(links) > 1 and links[0].publisher == target.name, miss, target.name)
        elif original is None or original.kind not in AGENCY_KINDS:
            for new in OUTLETS:
                changed = renamed(page, [chain[0].publisher, label.get("original") or ""], new)
                if changed is not None:
                    links = audit(changed, key, url, packs, options).chain
                    miss = f"{key}: {chain[0].publisher!r} -> {new!r}: {[link.publisher for link in links]}"
                    probes["outlet"].record(len(links) > 1 and same_outlet(links[0].publisher, [new], registry), miss, new)
        author = chain[0].author
        if author and label.get("author") and same_authors(author, label["author"]):
            for new in AUTHORS:
                changed = renamed(page, [author], new)
                if changed is not None:
                    links = audit(changed, key, url, packs, options).chain
                    miss = f"{key}: {author!r} -> {new!r}: {links[0].author if links else None!r}"
                    probes["author"].record(len(links) > 1 and links[0].author == new, miss, new)
    print(f"renames the audit followed ({half} half)")
    for name in ("holder", "agency", "outlet", "author"):
        probe = probes[name]
        share = f"{probe.followed / probe.tried:.3f}" if probe.tried else "-"
        print(f"  {name:8} {probe.followed:>6}/{probe.tried:<6} = {share}")
        if args.by_name:
            for new, (followed, tried) in sorted(probe.by_name.items()):
                print(f"      {new:32} {followed:>4}/{tried:<4}")
    if args.misses:
        for name, probe in probes.items():
            print(f"\n{name}: not followed ({len(probe.misses)})")
            for miss in probe.misses:
                print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
