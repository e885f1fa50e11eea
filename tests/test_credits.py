"""Credits in the forms real pages use (issue 10): agencies as bylines, datelines of any
registry agency, sign-offs, source lines in many languages, credits in the metadata; and
the look-alikes that credit nothing (photo credits, "Reuters reported", teasers)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_attribution import BODY, claims_of, packs

import provenance
from provenance.claims.bylines import parse_byline
from provenance.model import DocumentResult

HEADLINE = "Harbour authority reopens the northern quay after repairs"
STORY = (
    "The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
    "as rail connections inland reopened after repairs to a flood-damaged bridge.\n\n"
    "About 14 vessels were waiting at anchor on Thursday, down from more than 30 at the peak in July, "
    "according to the authority's weekly bulletin.\n"
)


def credits(text: str, content_type: str = "text", url: str | None = None) -> list[tuple]:
    return [(a.form, a.publisher, a.author) for a in claims_of(text, content_type, url).attributions]


def chain(result: DocumentResult) -> list[tuple]:
    return [(link.role, link.publisher, link.author) for link in result.chain]


def audit(text: str, content_type: str = "text", url: str | None = None) -> DocumentResult:
    return provenance.audit_document(
        text, path="mem", url=url, content_type=content_type, packs=packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24))
    )


# --- The agency is the byline ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "byline, publishers, authors, place",
    [
        ("Associated Press", ["Associated Press"], (), None),
        ("By Jane Doe, Associated Press", ["Associated Press"], ("Jane Doe",), None),
        ("Written by Jane Doe, Associated Press", ["Associated Press"], ("Jane Doe",), None),
        ("Story by Jane Doe • Associated Press", ["Associated Press"], ("Jane Doe",), None),
        ("Geschrieben von Jane Doe, dpa", ["Deutsche Presse-Agentur"], ("Jane Doe",), None),
        ("Keystone-SDA", ["Keystone-SDA"], (), None),  # a news agency's name holding a picture agency's
        ("By Jane Doe | AP", ["Associated Press"], ("Jane Doe",), None),
        ("Jane Doe, AP Science Writer", ["Associated Press"], ("Jane Doe",), None),
        ("By STEVE PEOPLES, AP National Political Writer", ["Associated Press"], ("Steve Peoples",), None),
        ("Reuters, Berlin", ["Reuters"], (), "Berlin"),
        ("Reuters 12 May 2021", ["Reuters"], (), None),
        ("By Jane Doe and John Roe, Reuters", ["Reuters"], ("Jane Doe", "John Roe"), None),
        ("Par l'AFP", ["Agence France-Presse"], (), None),
        ("AFP 03/02/2021", ["Agence France-Presse"], (), None),
        ("dpa/tmn", ["Deutsche Presse-Agentur"], (), None),
        ("Von: det/dpa", ["Deutsche Presse-Agentur"], (), None),
        ("Por Europa Press", ["Europa Press"], (), None),
        ("Von Jane Doe, APA", ["Austria Presse Agentur"], ("Jane Doe",), None),
        ("Af NTB", ["NTB"], (), None),
        ("AFP/Reuters", ["Agence France-Presse", "Reuters"], (), None),
        ("Par Jane Doe (AFP)", ["Agence France-Presse"], ("Jane Doe",), None),
        ("Jane Doe (EFE)", ["Agencia EFE"], ("Jane Doe",), None),
    ],
)
def test_agency_byline(byline: str, publishers: list[str], authors: tuple, place: str | None) -> None:
    found = parse_byline(byline, packs())
    assert found is not None
    assert ([a.name for a in found.agencies], found.authors, found.place) == (publishers, authors, place)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AP", "Foto: dpa", "AP Photo/Jane Doe", "Jane Doe (Photographer)", "AA", "By MAP", "Lynne Sladky/Associated Press", "Noah Berger / AP",
        "Natalie Naccache | Bloomberg | Getty Images", "Reuters reported on Monday", "according to AFP",
        "By JERUSALEM POST STAFF", "Video: Reuters", "The Associated Press contributed to this report.",
    ],
)
def test_not_an_agency_byline(line: str) -> None:
    found = parse_byline(line, packs())
    assert found is None or not found.agencies


def test_byline_under_the_headline_makes_the_agency_the_original() -> None:
    result = audit(f"{HEADLINE}\n\nBy JANE DOE, AP Science Writer\n\n{STORY}")
    assert chain(result)[0] == ("original", "Associated Press", "Jane Doe")
    assert [f.rule for f in result.findings if f.rule == "PRV101"] == ["PRV101"]


def test_a_byline_broken_over_two_lines_is_read_as_one() -> None:
    result = audit(f"{HEADLINE}\n\nBy ANDREW DALTON\nAP Entertainment Writer\n\n{STORY}")
    assert chain(result)[0] == ("original", "Associated Press", "Andrew Dalton")


def _page(body: str, head: str = "", site: str = "Quayside Gazette") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} - {site}</title>'
        f'<meta property="og:site_name" content="{site}">{head}</head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}</article></body></html>"
    )


def test_teaser_bylines_after_the_articles_own_byline_credit_nothing() -> None:
    html = _page(
        "<p>By Harbour Staff</p><p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
        "<div><h3>Ferry fares to rise in spring</h3><p>By REUTERS</p><h3>Dock strike called off</h3><p>AFP</p></div>"
    )
    assert len(audit(html, "html").chain) == 1


# --- Datelines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "dateline, publishers",
    [
        ("CIUDAD DE MÉXICO, México (AP) —", ["Associated Press"]),
        ("(Reuters) -", ["Reuters"]),
        ("Stuttgart (dpa/lsw) –", ["Deutsche Presse-Agentur"]),
        ("Bern (sda) –", ["Keystone-SDA"]),
        ("(efe-ansa).-", ["Agencia EFE", "ANSA"]),
        ("(ANSA) -", ["ANSA"]),
        ("BEIJING, Nov 20 (Xinhua) --", ["Xinhua"]),
        ("Kyiv, Ukraine (AP) â€”", ["Associated Press"]),  # the dash mis-decoded: mended before reading
        ("Kyiv (AP) â", ["Associated Press"]),  # the dash's other bytes lost
        ("Lisboa, 12 nov 2021 (Lusa) -", ["Lusa"]),  # a date with its year
        ("Budapest, 2021. november 12. (MTI) -", ["MTI"]),  # the year first
        ("New Delhi [India], Nov 12 (ANI):", ["Asian News International"]),  # the country in brackets
        ("КИЇВ (Укрінформ) -", ["Ukrinform"]),  # a place in Cyrillic capitals
        ("МОСКВА, 12 ноя — РИА Новости.", ["RIA Novosti"]),  # the agency after a dash, Russian style
        ("MOSCOW, November 12. /TASS/.", ["TASS"]),  # between slashes
        ("新华社北京11月12日电", ["Xinhua"]),
        ("(서울=연합뉴스)", ["Yonhap News Agency"]),
        ("【ワシントン共同】", ["Kyodo News"]),
        ("ANKARA (AA) -", ["Anadolu Agency"]),  # a code that is a word anywhere but in a dateline
        ("ISLAMABAD, Nov 12 (APP):", ["Associated Press of Pakistan"]),
    ],
)
def test_dateline_of_any_registry_agency(dateline: str, publishers: list[str]) -> None:
    found = claims_of(f"{BODY}\n{dateline} The port authority said the queue of ships waiting to berth had shortened again.\n")
    assert [(a.form, a.publisher) for a in found.attributions] == [("wire-dateline", p) for p in publishers]


def test_a_dateline_code_closing_a_teaser_is_a_link_not_a_signoff() -> None:
    # "Mehr" is the Mehr News Agency's code in a dateline, and German for "more" under a teaser.
    teaser = (
        "Der Hafenverein steckt in der Winterpause tief im Keller der Tabelle. Platz 15, knapp vor den Abstiegsplätzen. "
        "Der Sender hat mit dem Sportdirektor über die Lage des Vereins gesprochen. Mehr"
    )
    assert credits(f"{BODY}\n{teaser}\n") == []


def test_dateline_without_a_dash_after_a_place() -> None:
    found = credits(f"{BODY}\nNew Delhi, Nov 20 (IANS) The port authority said the queue of ships had shortened again.\n")
    assert found == [("wire-dateline", "Indo-Asian News Service", None)]


def test_outlet_via_agency_is_a_three_link_chain() -> None:
    result = audit(f"{HEADLINE}\n\nKVELLER via JTA — {STORY}")
    assert chain(result)[:2] == [("original", "KVELLER", None), ("intermediary", "Jewish Telegraphic Agency", None)]


# --- Sign-offs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "closing, publisher",
    [
        ("Die Verwaltung will die Pläne im Frühjahr im Gemeinderat vorstellen und danach die Bürger anhören. (dpa)", "Deutsche Presse-Agentur"),
        ("Später kündigte der Manager dann doch sein Erscheinen bei der Versammlung am Donnerstag an. (dpa/gem)", "Deutsche Presse-Agentur"),
        ("Le produit est très toxique pour les insectes, les oiseaux et les animaux aquatiques selon l'office. (ats/nxp)", "Keystone-SDA"),
        ("Nearly 150 Indians returned home broke on Wednesday after being deported for entering the country illegally. PTI", "Press Trust of India"),
        # after a quotation, closed as German, Danish and English close one
        ("Der Sprecher sagte am Abend: „Wir werden die Anlage im Frühjahr wieder öffnen und die Gäste informieren.“ (dpa)", "Deutsche Presse-Agentur"),
        ("Borgmesteren sagde: »Vi åbner havnen igen til foråret, og vi informerer borgerne om planerne.« (Ritzau)", "Ritzau"),
        ("The minister said the harbour would reopen in spring, 'once the northern quay is repaired and tested.’ PTI", "Press Trust of India"),
    ],
)
def test_agency_signoff_closing_the_text(closing: str, publisher: str) -> None:
    assert credits(f"{BODY}\n{closing}\n") == [("agency-signoff", publisher, None)]


@pytest.mark.parametrize(
    "caption",
    ["An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)", "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE"],
)
def test_a_caption_ending_in_an_agency_is_not_a_signoff(caption: str) -> None:
    assert credits(f"{BODY}\n{caption}\n") == []


def test_agency_tags_closing_a_live_blogs_entries_are_not_the_pages_credit() -> None:
    entries = "\n".join(
        f"Entry {n}: the ministry said that the talks with the union about the new rest periods would continue next week. (Reuters)"
        for n in range(3)
    )
    assert credits(f"{BODY}\n{entries}\n{BODY}") == []


def test_reporting_signoff_names_the_originals_author() -> None:
    text = f"{HEADLINE}\n\n{STORY}\nLONDON (Reuters) - More text follows about the quay and the repairs to it.\n(Reporting by Jane Doe in London; Editing by John Roe)\n"
    assert chain(audit(text))[0] == ("original", "Reuters", "Jane Doe")


# --- Source lines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Source: IANS", "Indo-Asian News Service"),
        ("Quelle: KNA", "Katholische Nachrichten-Agentur"),
        ("Quelle: APA", "Austria Presse Agentur"),
        ("Fonte: Lusa", "Lusa"),
        ("Fuente: Europa Press", "Europa Press"),
        ("Источник: РИА Новости", "RIA Novosti"),
        ("Originalartikel: The Guardian", "The Guardian"),
    ],
)
def test_source_label_in_many_languages(line: str, publisher: str) -> None:
    assert credits(f"{BODY}\n{line}\n") == [("source-label", publisher, None)]


def test_unknown_source_under_the_last_paragraph_credits_the_text() -> None:
    assert credits(f"{BODY}\nQuelle der Polizeimeldung: Kantonspolizei Bern\n") == [("source-label", "Kantonspolizei Bern", None)]
    assert credits(f"{BODY}\nQuellen:\nDie Welt\n") == []  # a reference list, not a credit


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Dieser Beitrag ist am 1. Juni 2017 in der Wochenzeitung „der Freitag“ erschienen.", "der Freitag"),
        ("Der Artikel erschien zuerst bei Telepolis.", "Telepolis"),
        ("Cet article a été initialement publié dans Le Monde.", "Le Monde"),
        ("Este artículo fue publicado originalmente en El País.", "El País"),
        ("Questo articolo è stato pubblicato originariamente su Il Post.", "Il Post"),
        ("Dit artikel verscheen eerder in NRC.", "NRC"),
        ("This article originally appeared on Grist.", "Grist"),
        ("First published in The Atlantic.", "The Atlantic"),
        ("Provided by University of Example", "University of Example"),
        ("© Provided by The Independent", "The Independent"),
        ("This report by The Canadian Press was first published Nov. 12, 2021.", "The Canadian Press"),
        ("Ce texte de La Presse Canadienne a été publié pour la première fois le 12 novembre 2021.", "The Canadian Press"),
        ("Cet article est republié à partir de The Conversation sous licence Creative Commons.", "The Conversation"),
    ],
)
def test_originally_published_in_many_languages(line: str, publisher: str) -> None:
    found = credits(f"{BODY}\n{line}\n")
    assert [p for _, p, _ in found] == [publisher]


def test_portal_names_the_source_above_a_link_to_the_original() -> None:
    assert credits(f"{BODY}\nTBS NEWS DIG\n元記事を読む\n") == [("original-link", "TBS NEWS DIG", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "First published on November 19, 2019",
        "The virus first appeared in Wuhan late in 2019, officials said.",
        "The style first appeared in the 1990s and spread from there to the coast.",
        "Dieser Artikel wurde erstmals am 25. März 2020 in der Rubrik Geschichten veröffentlicht.",
        "Reuters reported on Monday that the talks had stalled over the rest periods.",
        "The figures were confirmed to AFP by a spokesman for the harbour board.",
    ],
)
def test_not_a_credit(sentence: str) -> None:
    assert credits(f"{BODY}\n{sentence}\n") == []


def test_agency_copyright_line_under_the_story_credits_the_agency() -> None:
    text = f"{HEADLINE}\n\n{STORY}\nCopyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n"
    assert chain(audit(text))[0][:2] == ("original", "Associated Press")


# --- Credits in the metadata ----------------------------------------------------------------------

def _jsonld(**fields: object) -> str:
    return '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", **fields}) + "</script>"


def test_agency_author_in_jsonld_on_a_newspaper_site() -> None:
    html = _page("<p>" + STORY + "</p>", _jsonld(author=[{"@type": "Person", "name": "By TOM KRISHER, AP Auto Writer"}], publisher={"name": "Associated Press"}), "Connecticut Post")
    result = audit(html, "html", url="https://www.ctpost.com/news/article/x.php")
    assert chain(result) == [("original", "Associated Press", "Tom Krisher"), ("republisher", "Connecticut Post", None)]


def test_agency_as_jsonld_publisher_on_another_site() -> None:
    result = audit(_page("<p>" + STORY + "</p>", _jsonld(publisher={"name": "Reuters"})), "html", url="https://gazette.example/quay")
    assert chain(result)[0][:2] == ("original", "Reuters")


def test_agency_site_reporting_its_own_story_is_an_original() -> None:
    html = _page("<p>LONDON (Reuters) - " + STORY + "</p>", _jsonld(publisher={"name": "Reuters"}), "Reuters")
    assert chain(audit(html, "html", url="https://www.reuters.com/world/quay"))[0][:2] == ("original", "Reuters")
    assert len(audit(html, "html", url="https://www.reuters.com/world/quay").chain) == 1


def test_original_source_meta_and_a_canonical_link_to_another_outlet() -> None:
    source = _page("<p>" + STORY + "</p>", '<meta name="original-source" content="https://www.theguardian.com/world/quay">')
    assert chain(audit(source, "html", url="https://gazette.example/quay"))[0][:2] == ("original", "The Guardian")
    canonical = _page("<p>" + STORY + "</p>", '<link rel="canonical" href="https://www.theguardian.com/world/quay">')
    assert chain(audit(canonical, "html", url="https://gazette.example/quay"))[0][:2] == ("original", "The Guardian")
    own = _page("<p>" + STORY + "</p>", '<link rel="canonical" href="https://amp.gazette.example/quay">')
    assert len(audit(own, "html", url="https://gazette.example/quay").chain) == 1


def test_og_url_kept_from_another_outlet_names_the_original() -> None:
    # A copy that kept the original's Open Graph tags names the original's address in og:url:
    # the page is that outlet's article served from another site, as a canonical link says.
    head = '<meta property="og:url" content="https://www.theguardian.com/world/quay"><meta property="og:site_name" content="The Guardian">'
    result = audit(_page("<p>" + STORY + "</p>", head, "The Guardian"), "html", url="https://gazette.example/quay")
    assert chain(result)[0][:2] == ("original", "The Guardian")
    assert chain(result)[-1][0] == "republisher" and chain(result)[-1][1] != "The Guardian"
    # The site's own other host, or a platform the registry knows, is no original.
    own = _page("<p>" + STORY + "</p>", '<meta property="og:url" content="https://m.gazette.example/quay">')
    assert len(audit(own, "html", url="https://gazette.example/quay").chain) == 1
    on_its_own_site = _page("<p>" + STORY + "</p>", head, "The Guardian")
    assert len(audit(on_its_own_site, "html", url="https://www.theguardian.com/world/quay").chain) == 1


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ('<meta name="author" content="The Guardian">', None),
        ('<meta property="og:author" content="The Guardian">', None),
        ('<meta property="article:author" content="Jane Doe, The Guardian">', "Jane Doe"),
        ('<meta name="parsely-author" content="Jane Doe | The Guardian">', "Jane Doe"),
    ],
)
def test_a_news_outlet_in_the_author_field_of_another_site_is_the_original(head: str, author: str | None) -> None:
    result = audit(_page("<p>" + STORY + "</p>", head), "html", url="https://gazette.example/quay")
    assert chain(result)[0] == ("original", "The Guardian", author)
    assert chain(result)[-1][:2] == ("republisher", "Quayside Gazette")


def test_a_news_outlet_as_json_ld_source_organization_is_the_original() -> None:
    jsonld = '<script type="application/ld+json">{"@type":"NewsArticle","sourceOrganization":{"@type":"Organization","name":"The Guardian"}}</script>'
    assert chain(audit(_page("<p>" + STORY + "</p>", jsonld), "html", url="https://gazette.example/quay"))[0][:2] == ("original", "The Guardian")
    own = _page("<p>" + STORY + "</p>", jsonld, "The Guardian")
    assert len(audit(own, "html", url="https://www.theguardian.com/world/quay").chain) == 1


def test_an_author_fields_outlet_is_no_credit_on_its_own_site_nor_beside_a_credit_in_the_text() -> None:
    # The site's own brand as its author: no chain, whatever host serves the national edition.
    own = _page("<p>" + STORY + "</p>", '<meta name="author" content="The Guardian">', "The Guardian")
    assert len(audit(own, "html", url="https://guardian-edition.example/quay").chain) == 1
    # The text's own credit line is the evidence a reader can see, not the field.
    credited = _page("<p>" + STORY + "</p><p>This story originally appeared in The Guardian.</p>", '<meta name="author" content="The Guardian">')
    first = audit(credited, "html", url="https://gazette.example/quay").chain[0]
    assert first.publisher == "The Guardian" and first.evidence is not None and first.evidence.where == "text"


def test_an_author_field_naming_a_writer_and_her_outlet_names_the_writer() -> None:
    # "Jane Doe, Harbour Herald": the outlet is no second writer (unknown outlets give no credit
    # from a field a CMS fills: only the registry's do).
    result = audit(_page("<p>" + STORY + "</p>", '<meta name="author" content="Jane Doe, Harbour Herald">'), "html", url="https://gazette.example/quay")
    assert result.claims.author is not None and result.claims.author.value == "Jane Doe"
    assert len(result.chain) == 1


def test_photo_credits_and_citations_give_no_chain() -> None:
    html = _page(
        "<p>By Jane Doe</p><figure><img src='q.jpg'><figcaption>The quay at dawn. (AP Photo/John Roe)</figcaption></figure>"
        "<p>Foto: dpa</p><p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
        "<p>Reuters reported on Monday that the talks had stalled over the rest periods at the quay.</p>"
        "<p>A spokesman for the board told AFP that the repairs had cost more than expected this year.</p>"
    )
    result = audit(html, "html", url="https://gazette.example/quay")
    assert len(result.chain) == 1
    assert result.chain[0].author == "Jane Doe"


@pytest.mark.parametrize(
    "line, form, publisher",
    [
        ("The post Harbour Works Begin appeared first on Quayside Gazette.", "first-appeared", "Quayside Gazette"),
        ("Read the full story at The Guardian", "read-more-at", "The Guardian"),
        ("Weiterlesen auf Zeit Online", "read-more-at", "Die Zeit"),
        ("via The Verge", "via-line", "The Verge"),
        ("This story was reported by The Associated Press.", "reported-by", "Associated Press"),
        ("dpa:211103-99-849261/2", "agency-item-id", "Deutsche Presse-Agentur"),
        ("Der Beitrag erschien im Original auf netzpolitik.org.", "originally-published", "netzpolitik.org"),
    ],
)
def test_more_credit_forms_under_the_text(line: str, form: str, publisher: str) -> None:
    assert credits(f"{BODY}\n{line}\n") == [(form, publisher, None)]


@pytest.mark.parametrize("line", ["Read the full story here.", "via GIPHY", "Source: here", "Continue reading at the link"])
def test_a_links_word_or_a_pictures_host_credits_no_one(line: str) -> None:
    assert credits(f"{BODY}\n{line}\n") == []


@pytest.mark.parametrize("line, publisher", [("AFP", "Agence France-Presse"), ("(dpa)", "Deutsche Presse-Agentur"), ("sda/kes", "Keystone-SDA"), ("— AP", "Associated Press")])
def test_an_agencys_code_alone_under_the_text_is_its_signoff(line: str, publisher: str) -> None:
    # A long text: its last line is far from where a byline stands, under the headline.
    assert credits(f"{BODY}\n{STORY}\n{STORY}\n{STORY}\n{line}\n") == [("agency-signoff", publisher, None)]


def test_codes_under_each_entry_of_a_live_blog_credit_nothing() -> None:
    entry = "The ministry said the talks with the union about the new rest periods would continue next week at the port.\n"
    assert credits(f"{BODY}\n{entry}Reuters\n\n\n\n{entry}AFP\n") == []


def test_an_agency_credit_in_a_caption_under_the_text_is_the_pictures() -> None:
    html = _page("<p>" + STORY.replace("\n\n", "</p><p>") + "</p><figure><img src='q.jpg'><figcaption>Reuters</figcaption></figure>")
    assert len(audit(html, "html", url="https://gazette.example/quay").chain) == 1


def test_a_signoff_above_a_read_also_list_still_closes_the_text() -> None:
    teasers = "\n".join(
        f"EXKLUSIV - Der Hafen von {town} plant neue Liegeplätze für Containerschiffe und sucht dafür private Investoren"
        for town in ("Kiel", "Emden", "Rostock")
    )
    text = f"{BODY}\n{STORY}\n{STORY}\nDie Gespräche sollen am Montag im Ministerium fortgesetzt werden, sagte ein Sprecher der Behörde am Abend. (dpa/gem)\nLesen Sie auch:\n{teasers}\n"
    assert credits(text) == [("agency-signoff", "Deutsche Presse-Agentur", None)]
    # Without the heading, the long lines below are paragraphs of the text: no sign-off closes it.
    assert credits(text.replace("Lesen Sie auch:\n", "")) == []


@pytest.mark.parametrize("label", ["Quelle:", "Source:", "Fuente:"])
def test_a_source_named_only_by_its_link_credits_the_links_site(label: str) -> None:
    link = f'<p><a href="https://www.harbour-ledger.example/2021/quay">{label} Harbour authority reopens the northern quay</a></p>'
    result = audit(_page("<p>" + STORY.replace("\n\n", "</p><p>") + "</p>" + link), "html", url="https://gazette.example/quay")
    assert chain(result) == [("original", "harbour-ledger.example", None), ("republisher", "Quayside Gazette", None)]
    assert result.chain[0].evidence is not None and result.chain[0].evidence.where == 'a[href*="www.harbour-ledger.example"]'


@pytest.mark.parametrize(
    "href", ["https://gazette.example/archive/quay", "https://www.youtube.com/watch?v=abc", "/archive/quay"],
)
def test_a_source_link_to_the_same_site_or_a_platform_credits_no_one(href: str) -> None:
    link = f'<p><a href="{href}">Quelle: Harbour authority reopens the northern quay</a></p>'
    result = audit(_page("<p>" + STORY.replace("\n\n", "</p><p>") + "</p>" + link), "html", url="https://gazette.example/quay")
    assert len(result.chain) == 1


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报", "河北日报"),
        ("2021-03-05 10:20 来源：人民网 作者：张三", "People's Daily"),
        ("2021年3月5日 出典：共同通信", "Kyodo News"),
    ],
)
def test_a_source_in_the_line_under_a_chinese_or_japanese_headline(line: str, publisher: str) -> None:
    assert [(a.form, a.publisher) for a in claims_of(f"{line}\n{BODY}").attributions] == [("source-label", publisher)]


@pytest.mark.parametrize("line", ["图片来源：视觉中国", "数据来源：国家统计局", "来源：本站", "2021-03-05 来源：网络"])
def test_a_pictures_or_a_statistics_source_or_this_site_credits_no_one(line: str) -> None:
    assert claims_of(f"{line}\n{BODY}").attributions == []


def test_a_credit_to_a_sister_title_of_the_same_house_is_a_self_credit() -> None:
    page = _page("<p>2020-02-18 来源：半月谈</p><p>" + STORY.replace("\n\n", "</p><p>") + "</p>", site="新华网")
    assert len(audit(page, "html", url="http://www.xinhuanet.com/2020-02/18/c_1125597921.htm").chain) == 1
    # The same credit on another house's site is a copy of the magazine's text.
    other = audit(_page("<p>2020-02-18 来源：半月谈</p><p>" + STORY.replace("\n\n", "</p><p>") + "</p>", site="人民网"), "html")
    assert [link.publisher for link in other.chain] == ["Banyuetan", "People's Daily"]


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Quelle: Pressemitteilung Ökologische Tierzucht", "Ökologische Tierzucht"),
        ("Source: press release by the Harbour Authority", "Harbour Authority"),
        ("Fuente: comunicado de prensa de Puertos del Estado", "Puertos del Estado"),
    ],
)
def test_the_kind_of_text_a_credit_names_is_not_part_of_its_publisher(line: str, publisher: str) -> None:
    assert credits(f"{BODY}\n{line}\n") == [("source-label", publisher, None)]


@pytest.mark.parametrize("line", ["Quelle: Pressemitteilung", "Source: National Statistics Office, regional housing survey"])
def test_a_kind_of_text_alone_or_a_statistics_source_credits_no_one(line: str) -> None:
    assert credits(f"{BODY}\n{line}\n") == []


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("We publish below the statement of the Harbour Workers' Union.", "Harbour Workers' Union"),
        ("Nous relayons ci-dessous le communiqué de Libérons-Les.", "Libérons-Les"),
        ("Reproducimos a continuación el comunicado de la CGT.", "CGT"),
        ("Di seguito pubblichiamo il comunicato della FIOM.", "FIOM"),
        # Mid-paragraph, after the site's own sentence introducing it.
        ("The dockers have been on strike for a month. We publish below the statement of the Harbour Workers' Union.", "Harbour Workers' Union"),
    ],
)
def test_a_statement_the_site_relays_is_its_authors_text(line: str, publisher: str) -> None:
    result = audit(f"{HEADLINE}\n\n{line}\n\n{STORY}")
    assert chain(result)[0] == ("original", publisher, None)
    assert result.chain[0].form == "statement-of"


@pytest.mark.parametrize(
    "line", ["We publish below the full text, which runs long.", "We publish here the statement of our own board.", "Below we print the letter in full."],
)
def test_a_site_publishing_its_own_text_relays_no_one(line: str) -> None:
    assert len(audit(f"{HEADLINE}\n\n{line}\n\n{STORY}").chain) == 1


@pytest.mark.parametrize("line, publisher", [("PM DJV/fh", "DJV"), ("(PM BUND)", "BUND")])
def test_a_press_releases_signoff_under_the_text_names_its_issuer(line: str, publisher: str) -> None:
    result = audit(f"{HEADLINE}\n\n{STORY}{line}\n")
    assert chain(result)[0] == ("original", publisher, None)
    assert result.chain[0].form == "press-release-signoff"


@pytest.mark.parametrize("line", ["PM Vereine, red", "Die PM kam spät."])
def test_a_press_release_of_no_one_body_credits_no_one(line: str) -> None:
    assert len(audit(f"{HEADLINE}\n\n{STORY}{line}\n").chain) == 1


def test_an_ad_between_the_text_and_its_source_line_leaves_the_line_closing_the_text() -> None:
    source = "Quelle: House of Harbour (Example Music)"
    assert credits(f"{BODY}\n{source}\n") == [("source-label", "House of Harbour (Example Music)", None)]
    with_ad = f"{BODY}\nAnzeige\nTipp: Hören Sie das Album auf Ihrem Lautsprecher\n{source}\n"
    assert credits(with_ad) == [("source-label", "House of Harbour (Example Music)", None)]
    # Without the ad label, the short line is the text's and the source line sits under it alone.
    assert credits(f"{BODY}\nTipp: Hören Sie das Album auf Ihrem Lautsprecher\nNoch ein Satz.\n{source}\n") == []


# --- Bylines as pages print them ---------------------------------------------------------------

@pytest.mark.parametrize(
    "line, authors",
    [
        ("By Jane Doe 8 January 2020, 3:51 pm 11 Edit", ("Jane Doe",)),
        ("Von Max Muster 12.03.2021 um 14:05 Uhr | 3 Kommentare", ("Max Muster",)),
    ],
)
def test_a_bylines_time_and_buttons_after_its_date_are_not_names(line: str, authors: tuple) -> None:
    found = parse_byline(line, packs())
    assert found is not None and found.authors == authors and found.date is not None


def test_an_agency_after_a_bylines_date_still_counts() -> None:
    found = parse_byline("By Jane Doe, 5 May 2021, Reuters", packs())
    assert found is not None and [a.name for a in found.agencies] == ["Reuters"] and found.authors == ("Jane Doe",)


def test_the_byline_by_the_articles_headline_when_a_sticky_bar_prints_it_first() -> None:
    bar = f"<div class='sticky'><span>{HEADLINE}</span>" + "".join(f"<a href='/s{n}'>Section {n}</a>" for n in range(20)) + "</div>"
    body = f"<p>By Jane Doe 8 January 2020, 3:51 pm 11 Edit</p><p>KVELLER via JTA — {STORY}</p>"
    html = _page(body).replace("<article>", bar + "<article>")
    assert chain(audit(html, "html"))[0] == ("original", "KVELLER", "Jane Doe")


def test_a_sections_label_in_the_authors_place_names_no_author() -> None:
    found = credits(f"{HEADLINE}\nIm Wortlaut, Deutschlandfunk, 02. November 2021\n{STORY}")
    assert found == [("byline", "Deutschlandradio", None)]


# --- A press release's issuer, named by its closing boilerplate ----------------------------------

RELEASE = (
    "The association said on Tuesday that volunteers had counted more birds at the estuary this winter than in any "
    "year since the count began, and asked walkers to keep their dogs on a lead near the feeding grounds."
)


@pytest.mark.parametrize(
    "heading, paragraph, publisher",
    [
        ("About Estuary Birdwatch", "Estuary Birdwatch is a charity founded in 1987 by volunteers who count and protect "
         "the birds of the northern estuaries; it has 12,000 members.", "Estuary Birdwatch"),
        ("Über den NÖ Vogelschutzbund", "Der NÖ Vogelschutzbund ist die Interessenvertretung der rund 5.400 Vogelfreunde "
         "in Niederösterreich und setzt sich für den Schutz der Brutgebiete ein.", "NÖ Vogelschutzbund"),
        ("À propos de Quaycraft", "Quaycraft est une entreprise fondée à Nantes en 1998 qui construit des pontons "
         "flottants pour les ports de plaisance de la façade atlantique.", "Quaycraft"),
        ("About Harbourline Robotics GmbH", "Harbourline Robotics GmbH builds the cranes that unload container ships in "
         "twelve ports of the North Sea and employs 300 people.", "Harbourline Robotics GmbH"),
    ],
)
def test_a_press_releases_about_paragraph_names_its_issuer(heading: str, paragraph: str, publisher: str) -> None:
    html = _page(f"<p>{RELEASE}</p><p>{RELEASE}</p><h3>{heading}</h3><p>{paragraph}</p>")
    assert chain(audit(html, "html"))[0] == ("original", publisher, None)
    assert [a.form for a in claims_of(html, "html").attributions] == ["press-release-about"]


@pytest.mark.parametrize(
    "heading, paragraph",
    [
        # An author's bio: the paragraph opens with a first name, and a person has no organisation's marks.
        ("About Jane Doe", "Jane is our science editor and has written about harbours, tides and the birds of "
         "the estuary for twenty years from her home by the sea."),
        ("About Jane Doe", "Jane Doe has written about harbours, tides and the birds of the estuary for twenty "
         "years from her home by the sea, and walks there every morning."),
        ("About us", "Us and our readers have followed the harbour for twenty years, and we will go on "
         "doing so as long as there are ships to write about."),
    ],
)
def test_an_authors_bio_or_an_about_us_box_names_no_issuer(heading: str, paragraph: str) -> None:
    html = _page(f"<p>{RELEASE}</p><p>{RELEASE}</p><h3>{heading}</h3><p>{paragraph}</p>")
    assert len(audit(html, "html").chain) == 1


def test_a_press_release_on_its_issuers_own_site_is_an_original() -> None:
    paragraph = ("Estuary Birdwatch is a charity founded in 1987 by volunteers who count and protect the birds of the "
                 "northern estuaries; it has 12,000 members.")
    html = _page(f"<p>{RELEASE}</p><p>{RELEASE}</p><h3>About Estuary Birdwatch</h3><p>{paragraph}</p>", site="Estuary Birdwatch")
    assert chain(audit(html, "html", url="https://www.estuarybirdwatch.org/news/count")) == [("original", "Estuary Birdwatch", None)]


def test_a_german_celebrity_agencys_name_alone_under_the_text_is_its_signoff() -> None:
    assert credits(f"{BODY}\nSpotOnNews\n") == [("agency-signoff", "spot on news", None)]


def test_a_press_release_known_by_its_boilerplate_leaves_the_holder_the_page_states() -> None:
    paragraph = ("Estuary Birdwatch is a charity founded in 1987 by volunteers who count and protect the birds of the "
                 "northern estuaries; it has 12,000 members.")
    html = _page(f"<p>{RELEASE}</p><p>{RELEASE}</p><h3>About Estuary Birdwatch</h3><p>{paragraph}</p>").replace(
        "</article>", "</article><footer><p>© 2021 Quayside Gazette Ltd</p></footer>"
    )
    result = audit(html, "html")
    assert chain(result)[0] == ("original", "Estuary Birdwatch", None)
    assert (result.rights.holder, result.rights.basis) == ("Quayside Gazette Ltd", "own copyright")


def test_the_byline_over_a_relayed_statement_is_the_posters_not_the_statements_author() -> None:
    body = "<p>By Jane Doe</p><p>We publish below the statement of the Harbour Workers' Union.</p><p>" + STORY.replace("\n\n", "</p><p>") + "</p>"
    result = audit(_page(body), "html")
    assert chain(result)[0] == ("original", "Harbour Workers' Union", None)


def test_a_portals_provided_by_line_credits_the_source_and_is_not_the_portals_name() -> None:
    assert chain(audit(f"{HEADLINE}\n\n{STORY}\n© Provided by The Independent\n")) == [
        ("original", "The Independent", None), ("republisher", None, None),
    ]


@pytest.mark.parametrize(
    "byline, publisher, author",
    [("By Jane Doe / AFP", "Agence France-Presse", "Jane Doe"), ("Texto: Agencia EFE", "Agencia EFE", None)],
)
def test_a_byline_with_a_slash_or_a_text_label(byline: str, publisher: str, author: str | None) -> None:
    assert chain(audit(f"{HEADLINE}\n\n{byline}\n\n{STORY}"))[0] == ("original", publisher, author)


@pytest.mark.parametrize("credit", ["Photo by Jane Doe/AP", "Jane Doe/AP"])
def test_a_pictures_agency_credit_above_a_text_is_not_its_masthead(credit: str) -> None:
    assert chain(audit(f"{HEADLINE}\n{credit}\n\n{STORY}")) == [("original", None, None)]


@pytest.mark.parametrize(
    "line, author",
    [("作者： 记者王敬照", "王敬照"), ("（记者 张三）", "张三"), ("撰文：李四、王五", "李四、王五")],
)
def test_a_chinese_author_line_names_the_originals_writer(line: str, author: str) -> None:
    text = f"新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报\n{BODY}\n{line}\n"
    assert chain(audit(text))[0] == ("original", "河北日报", author)


@pytest.mark.parametrize("line", ["新华社记者看河北", "记者节快乐，祝大家节日快乐"])
def test_a_line_about_reporters_names_no_author(line: str) -> None:
    assert [a.author for a in claims_of(f"{BODY}\n{line}\n").attributions] == []


def test_a_reporting_signoff_on_the_datelines_line_still_names_the_writer() -> None:
    text = f"{HEADLINE}\n\nLONDON (Reuters) - The port reopened on Monday. (Reporting by Jane Doe; Editing by John Roe)\n"
    assert chain(audit(text))[0] == ("original", "Reuters", "Jane Doe")


_STORY_HTML = "<p>" + STORY.replace("\n\n", "</p><p>") + "</p>"


@pytest.mark.parametrize(
    ("closing", "want"),
    [
        # A syndicate's copy: whose the text is, then who carried it, on one line or two.
        (
            "<p>©2021 The New York Times Company. Distributed by Tribune Content Agency, LLC.</p>",
            [("original", "The New York Times", None), ("intermediary", "Tribune News Service", None), ("republisher", "Quayside Gazette", None)],
        ),
        (
            "<p>©2021 The New York Times Company.</p><p>Distributed by Tribune Content Agency, LLC.</p>",
            [("original", "The New York Times", None), ("intermediary", "Tribune News Service", None), ("republisher", "Quayside Gazette", None)],
        ),
        # A writer's own column, which a syndicate sells.
        (
            "<p>Copyright 2021 by Jane Doe. All rights reserved. Distributed by King Features Syndicate.</p>",
            [("original", "Jane Doe", None), ("intermediary", "King Features Syndicate", None), ("republisher", "Quayside Gazette", None)],
        ),
        # The site's own story, which the syndicate carries to others: no chain.
        ("<p>© 2021 Quayside Gazette. Distributed by Tribune Content Agency, LLC.</p>", [("original", "Quayside Gazette", None)]),
        ("<p>Quayside Gazette via JTA — the harbour board met on Monday.</p>", [("original", "Quayside Gazette", None)]),
        # An outlet whose name joins its capitalised words with a small one.
        (
            "<p>El Diario del Puerto via EFE — the harbour board met on Monday.</p>",
            [("original", "El Diario del Puerto", None), ("intermediary", "Agencia EFE", None), ("republisher", "Quayside Gazette", None)],
        ),
        (
            "<p>Voice of the Harbour via JTA — the harbour board met on Monday.</p>",
            [("original", "Voice of the Harbour", None), ("intermediary", "Jewish Telegraphic Agency", None), ("republisher", "Quayside Gazette", None)],
        ),
        # A syndicate the registry does not know is no credit in this form.
        ("<p>© 2021 Jane Doe. Distributed by Quay Features Syndicate.</p>", [("original", "Quayside Gazette", None)]),
    ],
)
def test_a_syndicated_copyright_line_names_the_original_and_the_syndicate(closing: str, want: list[tuple]) -> None:
    assert chain(audit(_page(_STORY_HTML + closing), content_type="html")) == want
