"""This page's own publisher comes from the page itself: its metadata, its host, its
republication footer, its site header; never from a name it credits as its source."""

from __future__ import annotations

import pytest
from test_attribution import BODY, claims_of


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><h1>Headline of the story goes here</h1><p>{BODY}</p></body></html>"


@pytest.mark.parametrize(
    "head, url, expected",
    [
        ('<meta property="og:site_name" content="BBC News">', None, ("BBC", 'meta[property="og:site_name"]')),
        ('<meta property="og:site_name" content="Valley Ledger">', None, ("Valley Ledger", 'meta[property="og:site_name"]')),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Bloomberg L.P."}}</script>',
         None, ("Bloomberg", "JSON-LD publisher")),
        # A section name in og:site_name on the outlet's own domain: the domain names the publisher.
        ('<meta property="og:site_name" content="U.S.">', "https://www.reuters.com/article/us-awards", ("Reuters", "url")),
        # Metadata naming another outlet on a registry outlet's domain: the domain wins.
        ('<meta property="og:site_name" content="Reuters">', "https://www.theguardian.com/world/story", ("The Guardian", "url")),
        # A sub-site of a group's domain keeps its own name.
        ('<meta property="og:site_name" content="The Economic Times">', "https://economictimes.indiatimes.com/tech/story",
         ("The Economic Times", 'meta[property="og:site_name"]')),
        # A web archive's capture belongs to the archived site.
        ('<meta property="og:site_name" content="Der Nesselsetzer">', "https://web.archive.org/web/2019/https://example.org/a",
         ("Der Nesselsetzer", 'meta[property="og:site_name"]')),
        ("", "https://www.finanztreff.de/news/story", ("finanztreff.de", "url")),
        # A syndicated copy's canonical link points at the original: not the page's own host.
        ('<meta property="og:site_name" content="www.chocolate.com"><link rel="canonical" href="https://www.coolimba.com/view/a">',
         None, ("www.chocolate.com", 'meta[property="og:site_name"]')),
        ('<link rel="canonical" href="https://www.reuters.com/article/a">', None, ("Reuters", "url")),
        # A site name spelling its host in words is still its name; a one-word label is the host.
        ('<meta property="og:site_name" content="Harbour Gazette">', "https://www.harbourgazette.com/news/a",
         ("Harbour Gazette", 'meta[property="og:site_name"]')),
        ('<meta property="og:site_name" content="harbourgazette">', "https://www.harbourgazette.com/news/a",
         ("harbourgazette.com", 'meta[property="og:site_name"]')),
        # The label with a brand's capitals is the name as the site writes it, whole.
        ('<meta property="og:site_name" content="HarbourGazette">', "https://www.harbourgazette.com/news/a",
         ("HarbourGazette", 'meta[property="og:site_name"]')),
        ('<meta property="og:site_name" content="Harbour|Gazette">', "https://harbour-gazette.de/n1/a.html",
         ("Harbour|Gazette", 'meta[property="og:site_name"]')),
        ('<meta property="og:site_name" content="Barron\'s">', "https://www.barrons.com/articles/a",
         ("Barron's", 'meta[property="og:site_name"]')),
        # A slash with no space beside it joins a name's words: a party's, a group's name, whole.
        ('<meta property="og:site_name" content="Ratsfraktion Hafenliste/Die Blauen">', "https://www.hafenliste-rat.de/a",
         ("Ratsfraktion Hafenliste/Die Blauen", 'meta[property="og:site_name"]')),
        ('<meta property="og:site_name" content="HL/DB-Fraktion">', "https://www.hldb.de/a", ("HL/DB-Fraktion", 'meta[property="og:site_name"]')),
        # ok: a spaced slash still parts the site's name from its tagline
        ('<meta property="og:site_name" content="Harbour Gazette / Local news since 1887">', "https://www.harbourgazette.com/news/a",
         ("Harbour Gazette", 'meta[property="og:site_name"]')),
        # A CMS that fills og:site_name with the headline names no site; the title's suffix
        # that spells the host (here a subdomain) does.
        ('<title>Quay reopens after two years of repairs | HPA</title>'
         '<meta property="og:site_name" content="Quay reopens after two years of repairs | HPA">'
         '<meta property="og:title" content="Quay reopens after two years of repairs | HPA">',
         "https://hpa.harbourstate.gov/news/quay", ("HPA", "title, naming the host")),
        ('<title>Quay reopens after two years of repairs</title><meta property="og:site_name" content="Quay reopens after two years of repairs">',
         "https://harbourdaily.com/news/quay", ("harbourdaily.com", "url")),
    ],
)
def test_own_publisher_from_the_page(head: str, url: str | None, expected: tuple[str, str]) -> None:
    publisher = claims_of(_page(head), "html", url).publisher
    assert publisher is not None
    assert (publisher.value, publisher.evidence.where) == expected


def test_own_publisher_from_the_republication_footer() -> None:
    text = BODY + "\n[Source: Reuters, London, 14Mar23]\n\nThis document has been published on 14Mar23 by the Equipo Nizkor and Derechos Human Rights.\n"
    publisher = claims_of(text).publisher
    assert publisher is not None and publisher.value == "Equipo Nizkor / Derechos Human Rights"
    assert publisher.evidence.text.startswith("This document has been published")


def test_own_publisher_from_the_site_header_of_plain_text() -> None:
    text = "Information\nEquipo Nizkor\n        Bookshop | Donate\nDerechos | Equipo Nizkor\n\n14Mar23\n\n" + BODY
    publisher = claims_of(text).publisher
    assert publisher is not None and publisher.value == "Equipo Nizkor / Derechos Human Rights"


def test_site_header_naming_the_credited_source_is_not_the_publisher() -> None:
    text = "Bloomberg\n\nHeadline of the story goes here\n\n" + BODY + "\n[Source: By Jane Roe, Bloomberg, 08Jan22]\n"
    assert claims_of(text).publisher is None


def test_header_line_naming_an_outlet_in_html_is_not_the_publisher() -> None:
    html = "<html><body><header><p>Reuters</p></header><h1>Headline of the story goes here</h1>" f"<p>{BODY}</p></body></html>"
    assert claims_of(html, "html").publisher is None


def test_metadata_naming_the_credited_source_on_another_host_is_the_originals() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Reuters"}}</script>'
    html = f"<html><head>{head}</head><body><p>{BODY}</p>\n<p>[Source: Reuters, London, 14Mar23]</p></body></html>"
    publisher = claims_of(html, "html", "https://harbourwatch.example/2023/03/water").publisher
    assert publisher is not None and publisher.value == "harbourwatch.example"


def test_a_source_named_by_the_sites_own_address_is_a_self_credit() -> None:
    page = _page('<meta property="og:site_name" content="Technisches Hilfswerk">').replace("</p></body>", "</p><p>Quelle: THW</p></body>")
    claims = claims_of(page, "html", "https://www.thw.de/SharedDocs/Meldungen/a.html")
    assert [a.publisher for a in claims.attributions] == []
    elsewhere = claims_of(page, "html", "https://www.harbourgazette.com/news/a")
    assert [a.publisher for a in elsewhere.attributions] == ["THW"]
