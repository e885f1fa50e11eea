"""The rights holder as the page states it, cleaned (issue 12): the forms real footers
write, the names that are not the page's holder, the holder in the metadata or in a
licence statement, web-archive captures, and an honest "not stated"."""

from __future__ import annotations

import json

import pytest
from test_attribution import BODY
from test_chain import audit
from test_notices import copyright_in

from provenance.report import document_entry


@pytest.mark.parametrize(
    ("line", "holder", "year"),
    [
        ("©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization", "Poynter Institute", "2019"),
        ("Copyright by berkutschi skijumping © 2022.", "berkutschi skijumping", "2022"),
        ("Copyright © 2012 - 2022 since 2010 by C.Habermueller", "C.Habermueller", "2012 - 2022"),
        ("© 2019 Verlagsgesellschaft Madsack GmbH & Co. KG", "Verlagsgesellschaft Madsack GmbH & Co. KG", "2019"),
        ("© 2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.", "Capitol Hill Publishing Corp.", "2019"),
        ("© 2019 Zurek Design LLC — Read our fascinating story", "Zurek Design LLC", "2019"),
        ("Copyright © e-Eighteen.com Ltd All rights resderved.", "e-Eighteen.com Ltd", None),
        ("© 2019 Qualisys GmbH, D", "Qualisys GmbH", "2019"),
        ("ⓒ 2021 Harbour Gazette", "Harbour Gazette", "2021"),
        ("©\ufe0f 2021 Harbour Gazette", "Harbour Gazette", "2021"),
        ("(с) 2021 Портовая газета. Все права защищены.", "Портовая газета", "2021"),  # a Cyrillic с
        ("Copr. 2021 Harbour Gazette", "Harbour Gazette", "2021"),
        ("Copyright © 2021 新华网 版权所有", "新华网", "2021"),
        ("Copyright © 2021 The Yomiuri Shimbun. 無断転載を禁じます", "The Yomiuri Shimbun", "2021"),
        ("© 2021 Harbour Gazette. Todos os direitos reservados.", "Harbour Gazette", "2021"),
        ("© 2021 Harbour Gazette. Wszelkie prawa zastrzeżone.", "Harbour Gazette", "2021"),
    ],
)
def test_holder_is_cleaned_in_real_footer_forms(line: str, holder: str, year: str | None) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.year, notice.scope) == (holder, year, "page")


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # A name in a script without capitals is a name all the same.
        ("Copyright © 港湾新聞社 All rights reserved.", "港湾新聞社"),
        ("Copyright ⓒ 항구일보. All rights reserved.", "항구일보"),
        ("版权所有：海港日报社", "海港日报社"),
        ("著作権者：港湾新聞社", "港湾新聞社"),
        # "All rights reserved" in more languages ends the name.
        ("© 2021 हार्बर समाचार. सर्वाधिकार सुरक्षित।", "हार्बर समाचार"),
        ("© 2021 עיתון הנמל. כל הזכויות שמורות", "עיתון הנמל"),
        ("© 2021 ท่าเรือนิวส์ สงวนลิขสิทธิ์", "ท่าเรือนิวส์"),
        ("© 2021 Пристанищен вестник. Всички права запазени.", "Пристанищен вестник"),
        ("© 2021 Diari del Port. Tots els drets reservats.", "Diari del Port"),
        ("© 2021 Ostas. Visos teisės saugomos.", "Ostas"),
        # A trademark sign after the name is not part of it.
        ("©2021 Harbour Gazette®", "Harbour Gazette"),
    ],
)
def test_holder_in_every_script_and_reservation(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.scope) == (holder, "page")


@pytest.mark.parametrize(
    ("line", "holder"),
    [("Harbour Watch Kiadó Kft. ©", "Harbour Watch Kiadó Kft."), ("Přístav Média s.r.o. ©", "Přístav Média s.r.o.")],
)
def test_a_name_before_a_sign_that_ends_the_footers_line(line: str, holder: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert (notice.holder, notice.scope) == (holder, "page")


def test_a_name_before_a_sign_in_the_text_is_a_pictures_credit() -> None:
    assert all(n.scope != "page" for n in copyright_in(body="The harbour at dawn. Jane Doe ©"))


def test_a_tax_status_is_not_a_copyright_sign() -> None:
    assert copyright_in(footer="The harbour trust is a 501(c)(3) charity registered in the state.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Forum software by XenForo® © 2010-2020 XenForo Ltd.",
        "Powered by phpBB® Forum Software © phpBB Limited 2021",
        "Theme © 2021 MH Themes",
    ],
)
def test_software_and_theme_credits_are_site_chrome(line: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert notice.scope == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "© OpenStreetMap contributors",
        "© Mapbox © OpenStreetMap Improve this map",
        "© 2021 YouTube, LLC",
        "Stock quotes © 2021 Refinitiv",
        "Copyright © 2021 · Genesis Framework · WordPress · Log in",
    ],
)
def test_an_embedded_maps_players_or_datas_own_line_is_not_the_pages(line: str) -> None:
    assert all(n.scope != "page" for n in copyright_in(footer=line))


@pytest.mark.parametrize("line", ["Template by Quay Themes © 2021", "Video: © Reuters"])
def test_a_templates_or_a_videos_credit_names_no_holder_of_the_page(line: str) -> None:
    assert all(n.scope != "page" or n.holder is None for n in copyright_in(footer=line))


@pytest.mark.parametrize(
    "line",
    [
        "Choix de consentement © Copyright Harbour Gazette - La fréquentation de Harbour Gazette est certifiée",
        "Cookie settings | Do not sell my personal information © Harbour Gazette",
        "Cookie-Einstellungen © Hafenblick",
    ],
)
def test_a_consent_link_before_the_sign_is_the_footers_chrome_not_a_caption(line: str) -> None:
    (notice,) = copyright_in(footer=line)
    assert notice.scope == "page"
    assert notice.holder in ("Harbour Gazette", "Hafenblick")


def test_a_foundations_own_footer_is_its_line_not_a_software_credit() -> None:
    # A foundation's name is in the scripts' licence comments too, but those are never text.
    (notice,) = copyright_in(footer="© OpenJS Foundation and Harbour Project contributors. All rights reserved.")
    assert (notice.holder, notice.scope) == ("OpenJS Foundation and Harbour Project contributors", "page")


def test_holder_in_the_footers_next_element() -> None:
    (notice,) = copyright_in(footer="Copyright © 2000-2022\nBergportal GmbH")
    assert (notice.holder, notice.year) == ("Bergportal GmbH", "2000-2022")


def _rights(html_body: str, head: str = "", url: str | None = None) -> dict:
    html = f'<html><head><meta property="og:site_name" content="Harbour Watch">{head}</head><body>\n<p>{BODY}</p>\n{html_body}\n</body></html>'
    return document_entry(audit(html, "html", url=url))["rights"]


@pytest.mark.parametrize(
    ("footer", "url", "holder"),
    [
        ("<p>1997-2021 — Harbour Watch</p>", None, "Harbour Watch"),
        ("<p>Harbour Watch 2021</p><p>Datenschutz | Impressum | Kontakt</p>", None, "Harbour Watch"),
        ("<p>HW Harbour Watch Association 2021</p>", "https://www.hw.example/news/1", "HW Harbour Watch Association"),
        ("<p>2006 - 2012 harbourwatch.example - Recipes and more • Contact</p>", "https://lexikon.harbourwatch.example/a", "harbourwatch.example"),
    ],
)
def test_years_and_the_sites_own_name_in_the_footer_are_its_copyright_line(footer: str, url: str | None, holder: str) -> None:
    rights = _rights(f"<footer>{footer}</footer>", url=url)
    assert rights["holder"] == holder
    assert rights["holder_evidence"]["text"] in footer.replace("<p>", "").replace("</p>", "\n")


@pytest.mark.parametrize(
    "footer",
    [
        "<p>Harbour Cup 2020</p>",  # a name that is not the site's
        "<p>Harbour Watch Awards 2020</p><p>Harbour Watch Summit 2019</p>",  # a list of the site's events
    ],
)
def test_years_and_a_name_that_is_not_the_sites_alone_are_no_copyright_line(footer: str) -> None:
    assert _rights(f"<footer>{footer}</footer>")["holder"] is None


def test_years_and_the_sites_name_leave_their_line_to_a_notice_read_later() -> None:
    # The reservation-led form, read after the sign-less one, still reads the same line.
    footer = "<footer><p>Harbour Watch 2021 | Some rights reserved 2017-2021 by Harbour Media Trust</p></footer>"
    assert _rights(footer)["holder"] == "Harbour Media Trust"


def test_a_line_with_the_sign_outranks_years_and_the_sites_name() -> None:
    rights = _rights("<footer><p>Harbour Watch 2021</p><p>© 2021 Harbour Media Ltd</p></footer>")
    assert rights["holder"] == "Harbour Media Ltd"
    assert _rights("<p>Harbour Watch 2021</p>")["holder"] is None  # in the text, a heading


def test_a_page_that_states_no_holder_presumes_its_publisher_and_says_so() -> None:
    rights = _rights("")
    assert rights["holder"] is None and rights["holder_evidence"] is None
    assert rights["presumed_holder"]["name"] == "Harbour Watch" and "presumed" in rights["presumed_holder"]["why"]
    assert rights["statement"] == "http://rightsstatements.org/vocab/CNE/1.0/"


def test_stated_holder_carries_its_evidence() -> None:
    rights = _rights("<footer><p>© 2023 Harbour Watch Media Ltd. All rights reserved.</p></footer>")
    assert rights["holder"] == "Harbour Watch Media Ltd." and rights["presumed_holder"] is None
    assert rights["holder_evidence"]["text"] == "© 2023 Harbour Watch Media Ltd. All rights reserved."


def test_a_full_legal_name_beats_the_brand() -> None:
    rights = _rights("<footer><p>© 2021 Example Media Group, Inc.</p></footer>")
    assert rights["holder"] == "Example Media Group, Inc."


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="copyright" content="Harbour Watch Verlag GmbH">',
        '<meta name="DCTERMS.rightsHolder" content="Harbour Watch Verlag GmbH">',
        '<meta name="DC.rights.rightsHolder" content="Harbour Watch Verlag GmbH">',
        '<script type="application/ld+json">'
        + json.dumps({"@graph": [
            {"@type": "Organization", "@id": "https://harbour.example/#organization", "name": "Harbour Watch Verlag GmbH"},
            {"@type": "NewsArticle", "headline": "Quay", "copyrightHolder": {"@id": "https://harbour.example#organization"}},
        ]})
        + "</script>",
    ],
)
def test_holder_stated_only_in_the_metadata(head: str) -> None:
    assert _rights("", head)["holder"] == "Harbour Watch Verlag GmbH"


def test_licensor_named_by_the_licence_statement() -> None:
    rights = _rights(
        '<footer><p>Harbour Notes by Jane Doe is licensed under a <a rel="license" '
        'href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 International License</a>.</p></footer>'
    )
    assert (rights["holder"], rights["license"]) == ("Jane Doe", "CC-BY-4.0")
    assert rights["statement"] == "https://creativecommons.org/licenses/by/4.0/"


def test_image_and_theme_credits_are_never_the_holder() -> None:
    rights = _rights("<p>Foto: dpa-Bildfunk</p>\n<figure><figcaption>© Getty Images</figcaption></figure>\n<footer><p>Theme © 2021 MH Themes</p></footer>")
    assert rights["holder"] is None and rights["presumed_holder"]["name"] == "Harbour Watch"


# --- Web-archive captures ------------------------------------------------------------------------

CAPTURE = (
    "<html><head><title>Berlusconi vor Gericht - stol.it</title>"
    '<script>__wm.init("https://web.archive.org/web");__wm.wombat("http://www.stol.it/Artikel/Politik/berlusconi","20120216182711",'
    '"https://web.archive.org/","web","/_static/");</script></head><body>'
    '<div id="wm-ipp-base"><div id="wm-ipp">The Wayback Machine - Internet Archive · COLLECTED BY Organization: Internet Archive</div></div>'
    f"<p>{BODY}</p><footer><p>© 2012 Südtirol Online</p></footer></body></html>"
)


@pytest.mark.parametrize("url", [None, "https://web.archive.org/web/20120216182711/http://www.stol.it/Artikel/Politik/berlusconi"])
def test_a_wayback_capture_is_the_archived_sites_page(url: str | None) -> None:
    entry = document_entry(audit(CAPTURE, "html", url=url))
    assert entry["source"]["archived"]["archive"] == "Internet Archive"
    assert entry["source"]["archived"]["url"].startswith("http://www.stol.it") and entry["source"]["archived"]["date"] == "2012-02-16"
    assert entry["publisher"] == "stol.it"
    assert entry["rights"]["holder"] == "Südtirol Online"
    assert all("Internet Archive" not in str(link["publisher"]) for link in entry["chain"])
    assert all("Wayback" not in notice["text"] for notice in entry["notices"])


def test_an_ordinary_page_is_not_archived() -> None:
    entry = document_entry(audit(f"<html><body><p>{BODY}</p></body></html>", "html", url="https://www.stol.it/a"))
    assert entry["source"]["archived"] is None


@pytest.mark.parametrize(
    "line, holder",
    [
        ("© Evangelische Kirche A.u.H.B. in Österreich, Severin-Schreiber-Gasse 1+3, 1180 Wien, Telefon +43 59 1517 00", "Evangelische Kirche A.u.H.B. in Österreich"),
        ("© Harbour Weekly, info@harbour-weekly.example", "Harbour Weekly"),
        ("© 2021 Harbour Weekly, Tel. 0123 4567", "Harbour Weekly"),
        ("© 2021 Studio 54 Media, LLC", "Studio 54 Media, LLC"),
    ],
)
def test_an_address_or_contact_after_the_holder_is_cut(line: str, holder: str) -> None:
    assert [n.holder for n in copyright_in(footer=line)] == [holder]


@pytest.mark.parametrize(
    "line, holder",
    [
        ("© 2019 Harbour Business Media GmbH, München. Alle Rechte vorbehalten.", "Harbour Business Media GmbH"),
        ("© 2023 Quayside Verlag GmbH & Co. KG, Freiburg im Breisgau", "Quayside Verlag GmbH & Co. KG"),
        ("© 2021 Harbour Media GmbH, Quayside Group AG", "Harbour Media GmbH, Quayside Group AG"),  # two companies: both stay
        ("© HarbourNotes - Neben dem Hafen und dem Kai ein weiterer Dienst der KaiBlatt-Redaktion.", "HarbourNotes"),
        ("© 2021 Harbour Times - Local News", "Harbour Times - Local News"),  # a short part after the dash is the name's
        ("© Hafenblog-Archiv ist lizensiert unter CC BY-NC-ND 3.0 DE.", "Hafenblog-Archiv"),
        ("© Harbour Notes is licensed under a Creative Commons licence.", "Harbour Notes"),
        ("© 2021 Harbour Media Corporationthis link opens in a new tab", "Harbour Media Corporation"),  # screen-reader text
        ("Copyright © 2007 Free Harbour Foundation, Inc. <http://freeharbour.example/>", "Free Harbour Foundation, Inc."),  # a word that names no one, in a company's name
        ("© 2021 Harbour Tech Media GmbH - Content Management by QuayCMS", "Harbour Tech Media GmbH"),
        ("© 2021 Quayside Zeitschriftenverlag GmbH - HAFEN UND KAI", "Quayside Zeitschriftenverlag GmbH"),  # the brand after the company
    ],
)
def test_a_place_a_tagline_or_a_licence_sentence_after_the_holder_is_cut(line: str, holder: str) -> None:
    assert [n.holder for n in copyright_in(footer=line)] == [holder]


def test_years_before_the_holder_in_the_metadata_are_not_its_name() -> None:
    rights = _rights(f"<p>{BODY}</p>", head='<meta name="copyright" content="1999-2023, Quayside Verlag GmbH &amp; Co. KG, Freiburg im Breisgau">')
    assert rights["holder"] == "Quayside Verlag GmbH & Co. KG"


@pytest.mark.parametrize(
    "credit",
    [
        "© Jane Doe (KNA)",  # a photographer and an agency in brackets
        "© John Roe (Hafen-Bildarchiv)",  # a picture archive
    ],
)
def test_a_photographers_credit_by_its_shape_is_not_the_holder(credit: str) -> None:
    rights = _rights(f"<p>{BODY}</p><footer><p>{credit}</p></footer>")
    assert rights["holder"] is None


def test_a_credit_zoned_as_footer_between_paragraphs_of_the_text_is_a_pictures() -> None:
    # An element whose class names it "copyright" under a picture, with the text going on below it.
    body = f"<p>{BODY}</p><img src='a.jpg'><div class='copyright'>© Jane Doe</div><p>{BODY}</p>"
    assert _rights(body)["holder"] is None


@pytest.mark.parametrize(
    "line, holder, year",
    [
        ("2006-2021 Harbour Weekly All Rights Reserved.", "Harbour Weekly", "2006-2021"),
        ("2019 Quayside Verlag GmbH, alle Rechte vorbehalten", "Quayside Verlag GmbH", "2019"),
        ("Some rights reserved 2017-2023 by Harbour Newsfeed, a partnership of the Quayside Media Group.", "Harbour Newsfeed", "2017-2023"),
    ],
)
def test_a_copyright_line_without_the_sign_is_read_by_its_reservation(line: str, holder: str, year: str) -> None:
    assert [(n.holder, n.year, n.scope) for n in copyright_in(footer=line)] == [(holder, year, "page")]


@pytest.mark.parametrize("line", ["All rights reserved.", "In 2019 the council said all rights reserved by the old charter would lapse."])
def test_a_reservation_alone_or_in_a_sentence_names_no_holder(line: str) -> None:
    assert [n.holder for n in copyright_in(footer=line)] in ([], [None])


@pytest.mark.parametrize(
    "line, holder",
    [
        ("®/TM Harbour Mills © 2021", "Harbour Mills"),  # trademark signs before the name
        ("© 2007–16 CC BY-NC-SA 2.0 hafenblick | vpw | CMS Wordpress", "hafenblick"),  # a licence's name before it
        ("Copyright harbourblog 2014. harbourblog ist nicht verantwortlich für den Inhalt externer Links.", "harbourblog"),
    ],
)
def test_signs_a_licence_name_or_a_sentence_after_the_year_are_not_the_holder(line: str, holder: str) -> None:
    assert [n.holder for n in copyright_in(footer=line)] == [holder]


def test_a_photographer_and_an_agency_after_a_slash_is_a_pictures_credit() -> None:
    assert _rights(f"<p>{BODY}</p><aside><p>© Jane Doe / Hafenbild</p></aside>")["holder"] is None


def test_a_company_before_a_slash_is_still_a_holder() -> None:
    assert _rights(f"<p>{BODY}</p><footer><p>© Harbour Media GmbH / Quayside Group</p></footer>")["holder"] == "Harbour Media GmbH / Quayside Group"


def test_the_articles_own_line_under_the_text_wins_over_the_footers() -> None:
    body = (f"<article><p>{BODY}</p><p>{BODY}</p><p>Report a correction</p></article>"
            "<div class='copyright'>Copyright © 2023 KHBR-TV. All Rights Reserved.</div>"
            "<footer><p>Privacy</p><p>Copyright © 2023 Harbour Broadcasting, Inc., KHBR-TV Quayside. All Rights Reserved.</p></footer>")
    assert _rights(body)["holder"] == "KHBR-TV"


def test_the_sites_only_line_under_a_credited_copy_leaves_the_original_the_holder() -> None:
    body = (f"<article><p>{BODY}</p><p>{BODY}</p><p>This article first appeared in The Harbour Times.</p></article>"
            "<footer><p>© Jane Doe</p></footer>")
    assert _rights(body)["holder"] == "The Harbour Times"


@pytest.mark.parametrize("line", ["Copyright free images for the harbour gallery", "Copyright infringement notices go to our agent"])
def test_a_word_after_copyright_that_names_no_one_is_no_holder(line: str) -> None:
    assert [n.holder for n in copyright_in(footer=line)] in ([], [None])
