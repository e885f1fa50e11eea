"""The copyright holder a site states in its JSON-LD (issue 12), and the holder cleaner's
legal forms as pack data.

SEO plugins (Yoast, Rank Math and the like) write one @graph for every page: an
Organization, a WebSite, a WebPage, an Article, the author as a Person. The site's
copyrightHolder is the page's holder only where the page's own nodes name none; an
ImageObject's holder is the picture's, a Person node the author's, and neither is the
page's. The legal forms that tell where a company's name ends ("… S.p.A., Milano") are
entries of rules/notices.toml: a new form is a pack line and a fixture line here."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_attribution import BODY
from test_chain import audit
from test_notices import copyright_in

import provenance
from provenance.packs import PackError, load_packs
from provenance.report import document_entry

ORG = "https://harbour.example/#organization"
SITE = "https://harbour.example/#website"
PERSON = "https://harbour.example/#/schema/person/1"


def _graph(*, site: dict[str, Any] | None = None, article: dict[str, Any] | None = None,
           page: dict[str, Any] | None = None, extra: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A Yoast-shaped @graph: Organization, WebSite, WebPage, Article and the author's Person,
    with these properties added to the site's, the page's and the article's nodes."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": ORG, "name": "Harbour Watch Media Ltd", "url": "https://harbour.example/",
             "logo": {"@type": "ImageObject", "@id": "https://harbour.example/#logo", "url": "https://harbour.example/logo.png"}},
            {"@type": "WebSite", "@id": SITE, "url": "https://harbour.example/", "name": "Harbour Watch",
             "publisher": {"@id": ORG}, **(site or {})},
            {"@type": "WebPage", "@id": "https://harbour.example/quay/", "name": "Quay works begin",
             "isPartOf": {"@id": SITE}, **(page or {})},
            {"@type": "NewsArticle", "@id": "https://harbour.example/quay/#article", "headline": "Quay works begin",
             "author": {"@id": PERSON}, "publisher": {"@id": ORG}, "datePublished": "2021-05-03T08:00:00+00:00", **(article or {})},
            {"@type": "Person", "@id": PERSON, "name": "Jane Doe"},
            *(extra or []),
        ],
    }


def _entry(data: Any, footer: str = "") -> dict[str, Any]:
    head = '<script type="application/ld+json">' + json.dumps(data) + "</script>"
    html = f'<html><head><meta property="og:site_name" content="Harbour Watch">{head}</head><body>\n<p>{BODY}</p>\n{footer}\n</body></html>'
    return document_entry(audit(html, "html"))


def _meta_notices(entry: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return [(n["holder"], n["year"], n["where"]) for n in entry["notices"] if n["family"] == "copyright-meta"]


# --- The site's holder -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "holder",
    [
        {"@id": ORG},  # Yoast: a reference to the Organization node
        {"@id": "https://harbour.example#organization"},  # the same reference written without the slash
        ORG,  # the reference as a bare string
        {"@type": "Organization", "name": "Harbour Watch Media Ltd"},
        "Harbour Watch Media Ltd",
        [{"@id": ORG}],
    ],
)
def test_the_sites_holder_is_the_pages_where_the_page_names_none(holder: Any) -> None:
    entry = _entry(_graph(site={"copyrightHolder": holder, "copyrightYear": 2021}))
    assert entry["rights"]["holder"] == "Harbour Watch Media Ltd"
    assert entry["rights"]["holder_evidence"] == {"text": "Harbour Watch Media Ltd", "line": 1, "where": "JSON-LD site:copyrightHolder"}
    assert _meta_notices(entry) == [("Harbour Watch Media Ltd", "2021", "JSON-LD site:copyrightHolder")]


def test_a_relative_reference_is_resolved_in_its_graph() -> None:
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Quay Radio Ltd"},
        {"@type": "WebSite", "@id": "#site", "name": "Quay Radio", "copyrightHolder": {"@id": "#org"}},
        {"@type": "Article", "headline": "Quay works begin", "author": {"@type": "Person", "name": "Jane Doe"}},
    ]}
    entry = _entry(data)
    assert entry["rights"]["holder"] == "Quay Radio Ltd"
    assert entry["rights"]["holder_evidence"]["where"] == "JSON-LD site:copyrightHolder"


def test_an_organization_node_states_the_sites_holder_too() -> None:
    data = [
        {"@context": "https://schema.org", "@type": "Organization", "name": "Harbour Watch",
         "copyrightHolder": "Harbour Watch Verlag GmbH &amp; Co. KG", "copyrightYear": "2019"},
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quay works begin"},
    ]
    entry = _entry(data)
    # The plugin's HTML entity is read as the "&" it stands for.
    assert entry["rights"]["holder"] == "Harbour Watch Verlag GmbH & Co. KG"
    assert _meta_notices(entry) == [("Harbour Watch Verlag GmbH & Co. KG", "2019", "JSON-LD site:copyrightHolder")]


def test_the_articles_own_holder_comes_first() -> None:
    entry = _entry(_graph(site={"copyrightHolder": {"@id": ORG}, "copyrightYear": 2015},
                          article={"copyrightHolder": {"@id": PERSON}, "copyrightYear": 2021}))
    assert entry["rights"]["holder"] == "Jane Doe"
    assert _meta_notices(entry) == [("Jane Doe", "2021", "JSON-LD copyrightHolder")]


def test_the_web_pages_own_holder_comes_first() -> None:
    entry = _entry(_graph(site={"copyrightHolder": {"@id": ORG}}, page={"copyrightHolder": "Quay Photo Collective"}))
    assert entry["rights"]["holder"] == "Quay Photo Collective"
    assert _meta_notices(entry) == [("Quay Photo Collective", None, "JSON-LD page:copyrightHolder")]


def test_the_sites_holder_in_another_script_yields_to_the_articles() -> None:
    site = {"@context": "https://schema.org", "@type": "WebSite", "name": "Harbour Watch", "copyrightHolder": "Harbour Watch Media Ltd"}
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Quay", "copyrightHolder": "Jane Doe"}
    head = "".join('<script type="application/ld+json">' + json.dumps(d) + "</script>" for d in (site, article))
    html = f"<html><head>{head}</head><body>\n<p>{BODY}</p>\n</body></html>"
    entry = document_entry(audit(html, "html"))
    assert entry["rights"]["holder"] == "Jane Doe"
    assert [n["holder"] for n in entry["notices"] if n["family"] == "copyright-meta"] == ["Jane Doe"]


# --- Look-alikes that name no holder of the page ------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        # A picture's holder is the picture's: Yoast's primaryImageOfPage, a logo.
        {"@type": "ImageObject", "@id": "https://harbour.example/quay/#primaryimage", "url": "https://harbour.example/quay.jpg",
         "copyrightHolder": {"@type": "Organization", "name": "Getty Images"}, "copyrightYear": 2021},
        # The author's node is the author's, whatever it says about itself.
        {"@type": "Person", "@id": "https://harbour.example/#/schema/person/2", "name": "John Roe",
         "copyrightHolder": "John Roe"},
    ],
)
def test_a_picture_or_a_persons_node_names_no_holder(extra: dict[str, Any]) -> None:
    entry = _entry(_graph(extra=[extra]))
    assert entry["rights"]["holder"] is None
    assert _meta_notices(entry) == []


def test_an_unresolved_reference_names_nobody() -> None:
    entry = _entry(_graph(site={"copyrightHolder": {"@id": "#org"}}))  # no node has that @id
    assert entry["rights"]["holder"] is None
    assert _meta_notices(entry) == []


def test_the_authors_person_node_alone_is_no_holder() -> None:
    entry = _entry(_graph())
    assert entry["rights"]["holder"] is None
    assert entry["rights"]["presumed_holder"]["name"] == "Harbour Watch"


# --- Legal forms are pack data ------------------------------------------------------------------


def test_the_legal_forms_come_from_the_pack() -> None:
    forms = provenance.default_packs().notice_vocab.holder_forms
    assert forms is not None
    assert forms.place_after_form.sub(r"\1", "Example Media GmbH, München") == "Example Media GmbH"
    assert forms.form_before_quotes.match("ООО «Портовая газета»")
    assert not forms.form_before_quotes.match("ооо «Портовая газета»")  # written in capitals, and matched so
    assert forms.by_after_name.search("Liman Ajans tarafından tasarlandı")
    assert forms.by_after_name.search("港湾デザインによって制作")


def test_a_user_pack_adds_a_legal_form(tmp_path: Any) -> None:
    (tmp_path / "forms.toml").write_text('[notice_words]\nlegal_forms = ["ehf"]\n', encoding="utf-8")
    forms = load_packs([tmp_path]).notice_vocab.holder_forms
    assert forms is not None
    assert forms.place_after_form.sub(r"\1", "Höfn Miðlar ehf, Reykjavík") == "Höfn Miðlar ehf"
    default = provenance.default_packs().notice_vocab.holder_forms
    assert default is not None and default.place_after_form.sub(r"\1", "Höfn Miðlar ehf, Reykjavík") == "Höfn Miðlar ehf, Reykjavík"


def test_a_legal_form_that_is_not_a_word_list_is_refused(tmp_path: Any) -> None:
    (tmp_path / "forms.toml").write_text("[notice_words]\nlegal_forms = [1]\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"legal_forms\[0\]. must be a non-empty string"):
        load_packs([tmp_path])


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # The forms the packs knew before they were data: the behaviour is the same.
        ("© 2019 Qualisys GmbH, München", "Qualisys GmbH"),
        ("© 2021 Paul Parey Zeitschriftenverlag GmbH - WILD UND HUND", "Paul Parey Zeitschriftenverlag GmbH"),
        ("© 2021 Future US, Inc. 11 West 42nd Street", "Future US, Inc."),
        ("© 2021 Badischer Verlag GmbH & Co. KG", "Badischer Verlag GmbH & Co. KG"),
        ("© 2021 ООО «Портовая газета»", "ООО «Портовая газета»"),
    ],
)
def test_known_legal_forms_end_the_name(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert notice.holder == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # A place after the form's comma is not the name.
        ("© 2021 Example Editore S.p.A., Milano", "Example Editore S.p.A."),
        ("© 2021 Example Editore SpA, Milano", "Example Editore SpA"),
        ("© 2021 Example Media Sp. z o.o., Warszawa", "Example Media Sp. z o.o."),
        ("© 2021 Example Kiadó Kft., Budapest", "Example Kiadó Kft."),
        ("© 2021 Example Kiadó Zrt., Budapest", "Example Kiadó Zrt."),
        ("© 2021 Example Media s.r.o., Praha", "Example Media s.r.o."),
        ("© 2021 Example Mediji d.o.o., Zagreb", "Example Mediji d.o.o."),
        ("© 2021 Example Media A/S, København", "Example Media A/S"),
        ("© 2021 Example Media ApS, Aarhus", "Example Media ApS"),
        ("© 2021 Example Media AB, Stockholm", "Example Media AB"),
        ("© 2021 Example Media Oy, Helsinki", "Example Media Oy"),
        ("© 2021 Example Shimbun K.K., Tokyo", "Example Shimbun K.K."),
        ("© 2021 Example Media Lda., Lisboa", "Example Media Lda."),
        # A brand after the form's spaced dash is not the name.
        ("© 2021 Example Editore S.r.l. - HARBOUR NEWS", "Example Editore S.r.l."),
        ("© 2021 Example Media Oy - SATAMA", "Example Media Oy"),
        # An address after the form is not the name.
        ("© 2021 Example Editore S.p.A. Via Roma 12, Milano", "Example Editore S.p.A."),
        ("© 2021 Example Media Sp. z o.o. ul. Portowa 12, Gdańsk", "Example Media Sp. z o.o."),
        ("© 2021 Example Media AB Hamngatan 12, Stockholm", "Example Media AB"),
        # Look-alikes: a second company after the comma stays, a name that starts "Ab" is no form,
        # and "AS" (Norway's) is not a form the pack knows, "as" being an English word (the
        # place after the comma goes all the same: a known place is where a holder sits).
        ("© 2021 Example Media AB, Example Holding Oy", "Example Media AB, Example Holding Oy"),
        ("© 2021 Ab Fab Media, London", "Ab Fab Media"),
        ("© 2021 Example Media AS, Oslo", "Example Media AS"),
    ],
)
def test_more_countries_legal_forms_end_the_name(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year) == (holder, "2021")


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # A title's dot does not end the name.
        ("© 2021 Mag. Anna Berger", "Mag. Anna Berger"),
        ("© 2021 Dipl.-Ing. Anna Berger", "Dipl.-Ing. Anna Berger"),
        ("© 2021 Ing. Anna Berger", "Ing. Anna Berger"),
        ("© 2021 Dr. med. Anna Berger", "Dr. med. Anna Berger"),
        ("© 2021 Dr. rer. nat. Anna Berger", "Dr. rer. nat. Anna Berger"),
        ("© 2021 Univ.-Prof. Anna Berger", "Univ.-Prof. Anna Berger"),
        ("© 2021 Mme. Anne Dupont", "Mme. Anne Dupont"),
        ("© 2021 Dra. Ana García", "Dra. Ana García"),
        ("© 2021 Dott. Marco Rossi", "Dott. Marco Rossi"),
        ("© 2021 Rev. John Smith", "Rev. John Smith"),
        # and a sentence after the name still ends it.
        ("© 2021 Mag. Anna Berger. Termine nach Vereinbarung", "Mag. Anna Berger"),
        ("© 2021 Praxis Berger. Termine nach Vereinbarung", "Praxis Berger"),
    ],
)
def test_a_title_before_the_name_is_part_of_it(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year) == (holder, "2021")


# --- The work's copyrightNotice ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2021 Quayside Press Ltd. All rights reserved.", "Quayside Press Ltd."),
        ("Copyright 2020 Marta Lind", "Marta Lind"),
        # No sign: a reuse policy, not a statement of whose the text is.
        ("Content may not be reproduced without written permission.", None),
    ],
)
def test_an_articles_copyright_notice_states_its_holder_where_it_has_the_sign(notice: str, holder: str | None) -> None:
    entry = _entry(_graph(article={"copyrightNotice": notice}))
    assert entry["rights"]["holder"] == holder
    if holder is not None:
        assert entry["rights"]["holder_evidence"]["where"] == "JSON-LD copyrightNotice"
