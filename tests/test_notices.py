"""Notices: fair-use claims, copyright statements and licences, read from small documents."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pytest

import provenance
from provenance.model import Notice
from provenance.packs import Packs, wrap_tolerant

AS_OF = dt.date(2026, 11, 24)


@lru_cache(maxsize=1)
def packs() -> Packs:
    return provenance.default_packs()


def notices(text: str, content_type: str = "text", kind: str | None = None) -> list[Notice]:
    result = provenance.audit_document(
        text, path="doc." + ("html" if content_type == "html" else "txt"), content_type=content_type,
        packs=packs(), options=provenance.AuditOptions(as_of=AS_OF),
    )
    assert result.status == "audited", result.error
    assert result.claims is not None
    return [n for n in result.claims.notices if kind is None or n.kind == kind]


# --- Patterns tolerate a line break where they have a space ----------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a b", r"a\sb"),
        (r"a\ b", r"a\ b"),  # an escaped space stays a space
        ("[a b]c d", r"[a b]c\sd"),  # inside a class it stays a space
        ("[]a ]x y", r"[]a ]x\sy"),  # a ']' first in a class is literal
        ("[^] ]x y", r"[^] ]x\sy"),
        ("a ?b", r"a\s?b"),  # the quantifier still applies to one character
        ("(?x)a b", "(?x)a b"),  # verbose patterns ignore spaces anyway
        ("(?ix)a b", "(?ix)a b"),  # verbose among other flags
        (r"[^\[] a", r"[^\[]\sa"),  # an escaped '[' inside a class does not keep it open
    ],
)
def test_wrap_tolerant(source: str, expected: str) -> None:
    assert wrap_tolerant(source) == expected
    re.compile(wrap_tolerant(source))


def test_br_wrapped_fair_use_notice_evidence_is_the_whole_sentence() -> None:
    html = (
        "<html><body><h1>Fair use</h1><p>In accordance with Title 17 U.S.C. Section 107,<br>\n"
        "this material is distributed without profit<br>\nto those who have expressed a prior interest<br>\n"
        "in receiving the included information for<br>\nresearch and educational purposes.</p></body></html>"
    )
    (notice,) = notices(html, "html", kind="fair-use")
    assert notice.evidence.line == 1
    assert notice.text == (
        "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit to those who "
        "have expressed a prior interest in receiving the included information for research and educational purposes."
    )
    assert set(notice.purposes) == {"research", "education", "non-profit"}


# --- Fair use: families, basis, purposes, reach ---------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"


def fixture_notices(name: str, kind: str) -> list[Notice]:
    path = FIXTURES / name
    text = "\n".join(
        line for line in path.read_text(encoding="utf-8").split("\n")
        if not re.match(r"^\s*(?:#|<!--)\s*(?:ruleid|ok)\s*:", line)
    )
    return notices(text, "html" if path.suffix == ".html" else "text", kind=kind)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PRV201-canonical-block.txt", [
            ("canonical-block", "17 U.S.C. § 107", (), "site"),
            ("title-17-sentence", "17 U.S.C. § 107", ("research", "education", "non-profit"), "page"),
        ]),
        ("PRV201-spanish-notices.txt", [
            ("canonical-block", "17 U.S.C. § 107", (), "site"),
            ("title-17-sentence", "17 U.S.C. § 107", ("research", "education", "non-profit"), "page"),
            ("takedown", None, (), "site"),
        ]),
        ("PRV201-french-notices.html", [
            ("canonical-block", "17 U.S.C. § 107", (), "site"),
            ("title-17-sentence", "17 U.S.C. § 107", ("research", "education", "non-profit"), "page"),
            ("takedown", None, (), "page"),
        ]),
        ("PRV201-per-article.txt", [("per-article", "17 U.S.C. § 107", ("education", "non-profit"), "page")]),
        ("PRV201-per-article-translated.txt", [
            ("per-article", "17 U.S.C. § 107", ("education", "non-profit"), "page"),
            ("per-article", "17 U.S.C. § 107", ("education", "non-profit"), "page"),
        ]),
        ("PRV201-copyright-act-1976-translated.txt", [
            ("copyright-act-1976", "Copyright Act 1976, section 107", ("research", "education", "criticism and comment", "news reporting"), "page"),
            ("copyright-act-1976", "Copyright Act 1976, section 107", ("research", "education", "criticism and comment"), "page"),
        ]),
        ("PRV201-paraphrase-statute.txt", [("paraphrase", "17 U.S.C. § 107", ("research", "education"), "site")]),
        ("PRV201-takedown.txt", [("takedown", None, (), "site")]),
        ("PRV201-paraphrase-translated.html", [
            ("paraphrase", "17 U.S.C. § 107", ("research", "education"), "site"),
            ("canonical-block", "17 U.S.C. § 107", (), "page"),
            ("paraphrase", "17 U.S.C. § 107", ("research", "education"), "site"),
            ("canonical-block", "17 U.S.C. § 107", (), "page"),
        ]),
    ],
)
def test_fair_use_notice_families(name: str, expected: list[tuple]) -> None:
    found = fixture_notices(name, "fair-use")
    assert [(n.family, n.basis, n.purposes, n.scope) for n in found] == expected


@pytest.mark.parametrize(
    "name",
    ["PRV201-ok-guide-quotes-notice.txt", "PRV201-ok-library-guide.txt", "PRV201-ok-statute-in-article.txt",
     "PRV201-ok-guia-uso-justo.txt", "PRV201-ok-droit-auteur-guide.html"],
)
def test_pages_discussing_fair_use_hold_no_notice(name: str) -> None:
    assert fixture_notices(name, "fair-use") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Sites often say "this site contains copyrighted material the use of which has not always been specifically authorized by the copyright owner".',
        "A typical footer reads: In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.",
        "Anything posted under the fair use doctrine can still be taken down.",
        "«Este sitio contiene material protegido por derechos de autor cuyo uso no siempre ha sido autorizado por el titular de los derechos de autor», dice el aviso.",
    ],
)
def test_quoted_or_discussed_notice_is_not_a_claim(sentence: str) -> None:
    text = f"Fair use explained\n\n{sentence}\n\nThe library can help with questions about reuse.\n"
    assert notices(text, kind="fair-use") == []


def test_seed_title_17_footer_is_one_notice_for_this_page() -> None:
    text = (
        "Kazakhstan news\n\nThis document has been published on 08Jan22 by the Equipo Nizkor and Derechos Human Rights. "
        "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit to those who have "
        "expressed a prior interest in receiving the included information for research and educational purposes.\n"
    )
    (notice,) = notices(text, kind="fair-use")
    assert notice.text.startswith("In accordance with Title 17") and notice.scope == "page"


# --- Copyright lines: holder, year, page or image ------------------------------------------

_ARTICLE = (
    "Harbour Works Begin\n\n"
    "Work on the new harbour wall began on Monday after two years of delays, and the council expects the first "
    "section to be finished before the winter storms arrive on the coast.\n\n"
    "{body}\n\n"
    "Residents said they were relieved that the project had finally started, though some worried about the noise "
    "from the pile drivers during the summer months.\n\n"
    "{footer}\n"
)


def copyright_in(body: str = "", footer: str = "") -> list[Notice]:
    return notices(_ARTICLE.format(body=body or "More pictures from the harbour follow.", footer=footer), kind="copyright")


@pytest.mark.parametrize(
    ("line", "holder", "year"),
    [
        ("© 2022 Bloomberg L.P. All Rights Reserved", "Bloomberg", "2022"),
        ("Copyright (c) 2023 Example Media Group Close", "Example Media Group", "2023"),
        ("© 2019 Equipo Nizkor - Derechos Human Rights | Privacy Policy | Contact", "Equipo Nizkor / Derechos Human Rights", "2019"),
        ("© Equipo Nizkor - Derechos Human Rights 2021", "Equipo Nizkor / Derechos Human Rights", "2021"),
        ("© 2010-2018 Delius Klasing Verlag", "Delius Klasing Verlag", "2010-2018"),
        ("© 2007–16 Harbour Gazette", "Harbour Gazette", "2007–16"),
        ("© SWR 2021", "SWR", "2021"),
        ("Copyright © 2019 Salon.com, LLC. Reproduction of material from any pages without permission is prohibited.", "Salon.com, LLC.", "2019"),
        ("© 2010 by Dr. Phillip W. Brunst | Impressum | Kontakt | Login", "Dr. Phillip W. Brunst", "2010"),
        ("© Copyright 2018 | STEINHAU | Alle Rechte beim Autoren", "STEINHAU", "2018"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "Associated Press", "2023"),
        ("© 2023 Powered by Minute Media - Alle Rechte vorbehalten", "Minute Media", "2023"),
        ("COPYRIGHT 2023 Pinkstinks Germany e. V.", "Pinkstinks Germany e. V.", "2023"),
    ],
)
def test_copyright_holder_is_cleaned(line: str, holder: str, year: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year, notice.scope) == (holder, year, "page")


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Infringement Notification",
        "IN NO EVENT WILL ANY COPYRIGHT HOLDER BE LIABLE TO YOU FOR DAMAGES.",
        "The court weighed (a) the purpose, (b) the nature and (c) The amount of the work used.",
        "Questions about copyright law go to the library.",
    ],
)
def test_copyright_words_that_are_not_notices(line: str) -> None:
    assert copyright_in(footer=line) == []


@pytest.mark.parametrize(
    ("body", "holder"),
    [
        ("(c) Shutterstock", "Shutterstock"),
        ("The new wall seen from the ferry © Reuters", "Reuters"),
        ("Photo: Reuters", "Reuters"),
        ("Foto: Felipe Tofani / Flickr", "Felipe Tofani / Flickr"),
        ("Crédit photo : AFP", "Agence France-Presse"),
        ("© Getty Images / Maddie Meyer", "Getty Images / Maddie Meyer"),
    ],
)
def test_image_credits_are_scoped_to_the_image(body: str, holder: str) -> None:
    found = copyright_in(body=body, footer="© 2024 Harbour Gazette. All rights reserved.")
    assert [(n.holder, n.scope) for n in found] == [(holder, "image"), ("Harbour Gazette", "page")]


def test_image_credit_does_not_make_the_rights_holder() -> None:
    result = provenance.audit_document(
        _ARTICLE.format(body="© Shutterstock", footer="Harbour Gazette, weekly since 1901"), path="doc.txt",
        content_type="text", packs=packs(), options=provenance.AuditOptions(as_of=AS_OF),
    )
    assert result.rights is not None
    assert result.rights.holder != "Shutterstock" and result.rights.basis == "unknown"


# --- Licences: SPDX ids, where found, scope -------------------------------------------------


def page(body: str = "", footer: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour Works Begin</title>{head}</head><body>\n"
        "<article><h1>Harbour Works Begin</h1>\n"
        "<p>Work on the new harbour wall began on Monday after two years of delays, and the council expects the first "
        "section to be finished before the winter storms arrive.</p>\n"
        f"{body}\n</article>\n<footer>{footer}</footer>\n</body></html>"
    )


def licences(html: str) -> list[tuple[str | None, str, str]]:
    return [(n.license, n.evidence.where, n.scope) for n in notices(html, "html", kind="license")]


@pytest.mark.parametrize(
    ("href", "spdx"),
    [
        ("https://creativecommons.org/licenses/by-sa/4.0/", "CC-BY-SA-4.0"),
        ("http://creativecommons.org/licenses/by-sa/3.0/de/", "CC-BY-SA-3.0-DE"),  # SPDX has this port
        ("http://creativecommons.org/licenses/by/3.0/deed.de", "CC-BY-3.0"),  # a German deed, not a port
        ("http://creativecommons.org/licenses/by-nc-nd/2.0/de/", "CC-BY-NC-ND-2.0"),  # SPDX has no 2.0 DE port
        ("https://creativecommons.org/licenses/by-nc-sa/2.0/fr/deed.fr", "CC-BY-NC-SA-2.0-FR"),
        ("http://creativecommons.org/licenses/by-nd-nc/1.0/", "CC-BY-NC-ND-1.0"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
        ("https://creativecommons.org/publicdomain/mark/1.0/", "CC-PDM-1.0"),
        ("https://web.archive.org/web/2016/http://creativecommons.org/licenses/by-nc/3.0/de/", "CC-BY-NC-3.0-DE"),
        ("https://www.gnu.org/licenses/fdl-1.3.html", "GFDL-1.3-or-later"),
        ("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "OGL-UK-3.0"),
    ],
)
def test_rel_license_link(href: str, spdx: str) -> None:
    html = page(footer=f'<p>This work is licensed under <a rel="license" href="{href}">a licence</a>.</p>')
    assert (spdx, 'a[rel="license"]', "page") in licences(html)


def test_licence_in_meta_tag_and_json_ld() -> None:
    head = (
        '<meta name="license" content="CC BY-NC 4.0">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour Works Begin",'
        ' "license": "https://creativecommons.org/licenses/by/4.0/"}</script>'
    )
    found = licences(page(head=head))
    assert ("CC-BY-NC-4.0", 'meta[name="license"]', "page") in found
    assert ("CC-BY-4.0", "JSON-LD license", "page") in found


def test_footer_link_without_rel() -> None:
    html = page(footer='<p>© 2024 Harbour Gazette · <a href="https://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND 4.0</a></p>')
    assert ("CC-BY-ND-4.0", "a[href]", "page") in licences(html)


@pytest.mark.parametrize(
    ("text", "spdx"),
    [
        ("This work is licensed under a Creative Commons Attribution 4.0 International License.", "CC-BY-4.0"),
        ("Texts on this site: CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0"),
        ("Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International Lizenz.", "CC-BY-SA-4.0"),
        ("Dieses Blog steht unter einer Creative Commons Namensnennung 3.0 Österreich Lizenz.", "CC-BY-3.0-AT"),
        ("Alle Inhalte stehen unter CC BY-SA 3.0 DE.", "CC-BY-SA-3.0-DE"),
        ("Esta obra está bajo una Licencia Creative Commons Atribución-NoComercial-CompartirIgual 4.0 Internacional.", "CC-BY-NC-SA-4.0"),
        ("Ce site est mis à disposition selon les termes de la Licence Creative Commons Attribution - Pas d'Utilisation Commerciale - Pas de Modification 4.0 International.", "CC-BY-NC-ND-4.0"),
        ("Alle Inhalte dieses Blogs stehen unter der Lizenz CC BY-SA 4.0 (Creative Commons Namensnennung und Weitergabe unter gleichen Bedingungen 4.0 International).", "CC-BY-SA-4.0"),
        ("All content on this site: Creative Commons BY-SA.", "CC-BY-SA"),  # no version stated: none invented
        ("This site's content is dedicated to the public domain under CC0 1.0 Universal.", "CC0-1.0"),
        ("Content is available under the GNU Free Documentation License, Version 1.2 or any later version.", "GFDL-1.2-or-later"),
        ("Content is available under the GNU Free Documentation License 1.3.", "GFDL-1.3-only"),
        ("All content is available under the Open Government Licence v3.0, except where otherwise stated.", "OGL-UK-3.0"),
        ("This site's content is available under the Open Government Licence – Canada.", "OGL-Canada-2.0"),
    ],
)
def test_licence_text_forms(text: str, spdx: str) -> None:
    assert licences(page(footer=f"<p>{text}</p>")) == [(spdx, "text", "page")]


@pytest.mark.parametrize(
    ("body", "scope"),
    [
        # a caption's licence covers the picture
        ('<figure><img src="w.jpg"><figcaption>The wall at dawn. Foto: Jane Roe, '
         '<a rel="license" href="https://creativecommons.org/licenses/by-sa/2.0/">CC BY-SA 2.0</a></figcaption></figure>', "image"),
        ("<p>Cider and Ice. Foto: CC-BY-NC 2.0 David Merrigan</p>", "image"),
        ("<p>Andreas Schwarzkopf [CC BY-SA 4.0], via Wikimedia Commons</p>", "image"),
        # a sidebar widget's licence covers the widget
        ('<aside class="widget"><p>Logo by Jonathas Mello, CC BY</p></aside>', "widget"),
        # named in the article's running text: a mention, not the page's terms
        ("<p>On video sites you can choose between the standard licence and the most liberal one, CC BY 4.0, which "
         "lets anyone reuse the film as long as the author is credited.</p>", "mention"),
    ],
)
def test_licence_scope(body: str, scope: str) -> None:
    found = licences(page(body=body))
    assert found and {s for _, _, s in found} == {scope}, found


def test_sidebar_statement_about_the_blog_is_the_page_licence() -> None:
    html = page(body='<aside class="sidebar widget"><p>Ein Hundetagebuch von Donald Townsend steht unter einer '
                     'Creative Commons Namensnennung 3.0 Unported Lizenz.</p></aside>')
    assert licences(html) == [("CC-BY-3.0", "text", "page")]


def rights_of(html: str) -> provenance.model.Rights:
    result = provenance.audit_document(html, path="doc.html", content_type="html", packs=packs(),
                                       options=provenance.AuditOptions(as_of=AS_OF))
    assert result.rights is not None
    return result.rights


def test_image_licence_is_not_the_page_licence() -> None:
    rights = rights_of(page(body="<p>Foto: Jane Roe, CC BY-SA 4.0</p>", footer="<p>© 2024 Harbour Gazette</p>"))
    assert (rights.license, rights.holder, rights.basis, rights.openly_licensed) == (None, "Harbour Gazette", "own copyright", False)


def test_page_licence_prefers_the_declared_link_and_its_version() -> None:
    footer = ('<p>Texts: CC BY-SA. <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Licence</a> '
              '© 2024 Harbour Gazette</p>')
    rights = rights_of(page(body="<p>Foto: Jane Roe, CC BY-NC 2.0</p>", footer=footer))
    assert (rights.license, rights.basis, rights.openly_licensed) == ("CC-BY-SA-4.0", "licence", True)


@pytest.mark.parametrize(
    ("spdx", "is_open"),
    [("CC-BY-4.0", True), ("CC-BY-SA-3.0-DE", True), ("CC-BY", True), ("CC-BY-NC-4.0", False), ("CC-BY-ND-4.0", False),
     ("CC0-1.0", True), ("CC-PDM-1.0", True), ("GFDL-1.3-or-later", True), ("OGL-UK-3.0", True), (None, False)],
)
def test_open_licences(spdx: str | None, is_open: bool) -> None:
    from provenance.rights import is_open_licence

    assert is_open_licence(spdx) is is_open


def test_sidebar_licence_badge_without_text_is_the_page_licence() -> None:
    html = page(body='<aside class="widget widget_sp_image"><a href="http://creativecommons.org/licenses/by/3.0/deed.de">'
                     '<img src="https://i.creativecommons.org/l/by/3.0/88x31.png" alt="CC-BY" width="88" height="31"></a></aside>')
    assert licences(html) == [("CC-BY-3.0", "a[href]", "page")]


def test_a_body_class_naming_captions_does_not_make_every_link_an_image_credit() -> None:
    html = page(footer='<p><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="x.png" alt="Creative Commons License"></a></p>')
    html = html.replace("<body>", '<body class="single wp-featherlight-captions">')
    assert licences(html) == [("CC-BY-SA-4.0", "a[href]", "page")]


def test_bare_licence_link_in_a_menu_is_the_site_licence() -> None:
    html = page(body='<aside class="widget"><ul><li><a href="/legal/privacy">Privacy</a></li>'
                     '<li><a href="/legal/creative-commons">CC-BY-SA 3.0</a></li></ul></aside>')
    assert licences(html) == [("CC-BY-SA-3.0", "text", "page")]


def test_licence_text_takes_the_scope_of_its_link() -> None:
    html = page(body='<aside class="widget teaser"><div class="field-image-teaser-license">'
                     '<a href="https://creativecommons.org/licenses/by/4.0/legalcode.de">cc-by 4.0</a></div></aside>')
    assert {scope for _, _, scope in licences(html)} == {"image"}


@pytest.mark.parametrize(
    ("footer", "spdx"),
    [
        # the link's port refines the text's licence
        ('<p>© 2007–16 <a href="http://creativecommons.org/licenses/by-nc-sa/2.0/de/">CC BY-NC-SA 2.0</a> Harbour Gazette</p>', "CC-BY-NC-SA-2.0-DE"),
        # a link to the unported licence is not refined by a text naming a port
        ('<p>This site is licensed as <a rel="license" href="https://creativecommons.org/licenses/by/3.0/deed.de">'
         'Creative Commons Namensnennung 3.0 DE Lizenz</a></p>', "CC-BY-3.0"),
        # a licence named without a version takes the linked version
        ('<p>LICENSED UNDER <a href="http://creativecommons.org/licenses/by-nc-nd/4.0/legalcode">CC BY NC ND</a></p>', "CC-BY-NC-ND-4.0"),
    ],
)
def test_page_licence_merges_less_precise_names(footer: str, spdx: str) -> None:
    assert rights_of(page(footer=footer)).license == spdx


def test_photos_only_licence_is_not_the_page_licence() -> None:
    html = page(footer='<p>All photos on this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a>.</p>')
    assert rights_of(html).license is None


@pytest.mark.parametrize(
    ("line", "holder", "year", "scope"),
    [
        ("2018 © Jagd Österreich | Datenschutzerklärung | Impressum", "Jagd Österreich", "2018", "page"),
        ("Alpines Lebensgefühl © Österreich Werbung", "Österreich Werbung", None, "image"),
        ("Impressum | Kontakt © Harbour Gazette", "Harbour Gazette", None, "page"),
    ],
)
def test_text_before_the_copyright_sign(line: str, holder: str, year: str | None, scope: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year, notice.scope) == (holder, year, scope)


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("©News Group Newspapers Limited in England No. 679215 Registered office: 1 London Bridge Street, London", "News Group Newspapers Limited"),
        ("© 2020 Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY", "Future US, Inc."),
        ("© Landwirtschaftsverlag GmbH, Hülsebrockstraße 2-8, 48165 Münster", "Landwirtschaftsverlag GmbH"),
        ("© 2022 Sportnews - IT00853870210", "Sportnews"),
        # The company holds the rights; the quoted name after it is its paper's title.
        ("© Schaub Medien AG «Volksstimme»", "Schaub Medien AG"),
    ],
)
def test_holder_stops_before_an_address_or_register_number(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert notice.holder == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # Footer links glued to the name with no space, many times over; a brand's own capitals stay.
        ("© 2022 Harbour GazetteJahres-AboSchnupper-AboMediadatenImpressumKontakt", "Harbour Gazette"),
        ("© 2022 ProSiebenSat.1 Media SE", "ProSiebenSat.1 Media SE"),
        # A segment that is only the reservation, then the name; a theme's credit after it or instead of it.
        ("©2019 | ALL RIGHTS RESERVED | HARBOUR KITCHEN — Cookely Theme by WPZOOM", "HARBOUR KITCHEN"),
        ("Copyright © 2021 | WordPress Theme von MH Themes", None),
        ("© 2016 Theme Blass by 1000ff", None),
        # A version number, a CJK link after a Latin name, years with no name.
        ("© Harbour Nachrichten 2.6411", "Harbour Nachrichten"),
        ("©2023 Baidu 使用百度前必读 百科协议", "Baidu"),
        ("Copyright © 2001-2009", None),
        # After "Derechos Reservados." a new sentence (a trademark statement) names no holder.
        ("©2020 Derechos Reservados. harbourtech es una marca registrada de Capital Digital S.A. de C.V.", None),
        ("© Harbour Permanente - Termes et conditions", "Harbour Permanente"),
        ("© harbourideas.fr - Toute reproduction interdite sans autorisation", "harbourideas.fr"),
        ("©RIPRODUZIONE RISERVATA", None),
        # Only the parent named, and a sentence glued on without a space.
        ("© 2023 a Reach plc subsidiary", "Reach plc"),
        ("© 2021 Harbour News Network.A Warner Media Company.All Rights Reserved.", "Harbour News Network"),
        ("© 2021 DoSchu.Com", "DoSchu.Com"),
        ("Copyright @ 2023 harbournews", "harbournews"),
        # An epithet in quotes before the name, the site's address in brackets after it.
        ("저작권자 ⓒ '항구 소식 전문가그룹' 항구미디어(www.hangumedia.co.kr), 무단전재 및 재배포금지", "항구미디어"),
    ],
)
def test_holder_is_cut_from_what_a_footer_glues_to_it(line: str, holder: str | None) -> None:
    holders = [n.holder for n in copyright_in(footer=line)]
    if holder:
        assert holders == [holder]
    else:
        assert not any(holders)


def test_a_credit_with_an_image_label_after_the_sign_is_a_pictures_and_a_captions_date_is_not_the_notices_year() -> None:
    (labelled,) = copyright_in(body="© Bild: WERK/Christian Houdek")
    assert (labelled.holder, labelled.scope) == ("WERK/Christian Houdek", "image")
    (caption,) = copyright_in(body="Slogan on a shutter on the Champs-Élysées - Paris - 16 March 2019 © E.B")
    assert (caption.year, caption.scope) == (None, "image")
    (dated,) = copyright_in(body="©Harbour Institute Zürich, 21. Jan. 2015")
    assert (dated.holder, dated.year) == ("Harbour Institute Zürich", "2015")


def test_copyright_heading_does_not_take_the_next_line_as_holder() -> None:
    assert copyright_in(footer="Copyright\nThis work is licensed under a Creative Commons Attribution 4.0 License.") == []


@pytest.mark.parametrize(
    ("line", "holder", "year", "scope"),
    [
        ("Deutschlandradio © 2009-2020", "Deutschlandradio", "2009-2020", "page"),
        ('© 2006-2019 ООО "Видавництво Медіа Дім". Все права защищены. Правила пользования сайтом', 'ООО "Видавництво Медіа Дім"', "2006-2019", "page"),
        ("Alle Inhalte sind urheberrechtlich geschützt © Crain Communications GmbH.", "Crain Communications GmbH", None, "page"),
    ],
)
def test_more_copyright_line_forms(line: str, holder: str, year: str | None, scope: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year, notice.scope) == (holder, year, scope)


def test_two_notices_on_one_minified_source_line_are_both_read() -> None:
    # Minified HTML: the caption's credit and the page's own notice share source line 1.
    html = (
        "<html><body><article><p>Long story text about the harbour, the water company and its dividends "
        "over five years.</p></article><figure><img src=x.jpg><figcaption>Harbour at dawn. © Reuters"
        "</figcaption></figure><footer><p>© 2021 Example Media Ltd. All rights reserved.</p></footer></body></html>"
    )
    result = provenance.audit_document(html, content_type="html", packs=packs())
    found = [(n.kind, n.holder, n.scope) for n in result.claims.notices]
    assert found == [("copyright", "Reuters", "image"), ("copyright", "Example Media Ltd.", "page")]
    assert (result.rights.holder, result.rights.basis) == ("Example Media Ltd.", "own copyright")


def test_a_line_covering_the_sites_design_or_a_picture_pools_credit_holds_no_text() -> None:
    (design,) = copyright_in(footer="site design / logo © 2020 Harbour Exchange Inc; user contributions licensed under cc by-sa 4.0")
    assert (design.holder, design.scope) == ("Harbour Exchange Inc", "widget")
    (pool,) = copyright_in(footer="© 2022 Harbour Content Pool")
    assert pool.scope == "image"
