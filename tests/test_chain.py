"""The republication chain (build_chain) and the page's own publisher, on the chain fixtures
and on small documents built here."""

from __future__ import annotations

import datetime as dt

import pytest
from test_attribution import BODY, packs
from test_rule_fixtures import FIXTURES, audit_fixture, load_fixture

import provenance
from provenance.model import ChainLink


def chain_of(fixture: str) -> list[tuple]:
    result = audit_fixture(load_fixture(FIXTURES / fixture))
    return [(link.role, link.publisher, link.author, link.date, link.date_text) for link in result.chain]


def audit(text: str, content_type: str = "text", url: str | None = None) -> provenance.DocumentResult:
    return provenance.audit_document(
        text, path="mem", url=url, content_type=content_type, packs=packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24))
    )


def links(result: provenance.DocumentResult) -> list[tuple[str, str | None]]:
    return [(link.role, link.publisher) for link in result.chain]


# --- Fixtures ------------------------------------------------------------------------------------


def test_two_link_chain_from_a_permission_credit() -> None:
    # The copy's byline ("By Maria Lindqvist") names the original's writer.
    assert chain_of("PRV101-two-link-chain.html") == [
        ("original", "Associated Press", "Maria Lindqvist", None, None),
        ("republisher", "Hill Country Courier", None, dt.date(2023, 4, 21), "2023-04-21"),
    ]


def test_two_link_chain_of_a_nizkor_copy() -> None:
    assert chain_of("PRV101-source-line.txt") == [
        ("original", "Reuters", "Valentina Rojas Aguilera", dt.date(2021, 3, 12), "12Mar21"),
        ("republisher", "Equipo Nizkor / Derechos Human Rights", None, dt.date(2021, 3, 12), "12Mar21"),
    ]


def test_three_link_chain_through_a_copied_nizkor_page() -> None:
    # "Source: Equipo Nizkor" above the text, Nizkor's own source line and footer inside it.
    chain = chain_of("PRV101-three-link-chain.html")
    assert chain[:2] == [
        ("original", "Reuters", None, dt.date(2023, 3, 14), "14Mar23"),
        ("intermediary", "Equipo Nizkor / Derechos Human Rights", None, dt.date(2023, 3, 14), "14Mar23"),
    ]
    # The copied Nizkor footer dates Nizkor's copy, not this page: the page's own date is
    # its metadata's.
    assert chain[2] == ("republisher", "Harbour Watch", None, dt.date(2023, 3, 15), "2023-03-15T09:30:00+00:00")


def test_three_link_chain_in_plain_text_leaves_the_unknown_site_unnamed() -> None:
    # The copied footer names Nizkor, which the page credits as its source: not its own publisher.
    chain = chain_of("PRV101-three-link-chain.txt")
    assert [(role, publisher) for role, publisher, *_ in chain] == [
        ("original", "Reuters"),
        ("intermediary", "Equipo Nizkor / Derechos Human Rights"),
        ("republisher", None),
    ]


def test_three_link_chain_wire_story_via_a_newspaper() -> None:
    # The dateline is part of the story as Reuters filed it; "originally published by" names
    # where this copy was taken from.
    assert chain_of("PRV101-wire-via-newspaper.html") == [
        ("original", "Reuters", None, None, "Sept 2"),
        ("intermediary", "The Guardian", None, None, None),
        ("republisher", "Quayside Notes", None, dt.date(2022, 9, 3), "2022-09-03T07:00:00+00:00"),
    ]


# --- Ordering rules ------------------------------------------------------------------------------


def test_copied_footer_alone_makes_an_intermediary() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Watch"></head><body>'
        f"<p>{BODY}</p><p>[Source: By Jane Roe, Bloomberg, 08Jan22]</p>"
        "<p>This document has been published on 09Jan22 by the Equipo Nizkor and Derechos Human Rights.</p></body></html>"
    )
    result = audit(html, "html")
    assert links(result) == [
        ("original", "Bloomberg"),
        ("intermediary", "Equipo Nizkor / Derechos Human Rights"),
        ("republisher", "Harbour Watch"),
    ]
    nizkor = result.chain[1]
    assert (nizkor.date, nizkor.form) == (dt.date(2022, 1, 9), "republication-notice")


def test_archive_credit_comes_after_the_outlet_it_copied() -> None:
    text = BODY + "\nSource: Equipo Nizkor\n\nOriginally published by ProPublica.\n"
    assert [p for _, p in links(audit(text))][:2] == ["ProPublica", "Equipo Nizkor / Derechos Human Rights"]


def test_two_credits_of_one_outlet_are_one_link() -> None:
    text = "Headline of the story goes here\nVon David Hutzler, dpa\n" + BODY + (
        "\nBerlin (dpa) - Immer mehr junge Menschen legen ihre Hemmungen gegenüber den Finanzmärkten ab und handeln per App.\n"
    )
    result = audit(text)
    (original, _own) = result.chain
    assert (original.publisher, original.author, original.place) == ("Deutsche Presse-Agentur", "David Hutzler", "Berlin")


def test_two_agencies_are_both_originals() -> None:
    text = BODY + (
        "\nPARIS (AFP) - Les syndicats ont appelé à une nouvelle journée de grève jeudi dans les transports publics.\n"
        "\nMADRID, 5 may (EFE).- Los sindicatos convocaron una nueva jornada de huelga en el transporte público.\n"
    )
    assert links(audit(text)) == [("original", "Agence France-Presse"), ("original", "Agencia EFE"), ("republisher", None)]


def test_own_outlet_credit_is_not_a_link() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="CNN"></head><body>'
        f"<h1>Headline of the story goes here</h1><p>By Rob Picheta, CNN</p><p>{BODY}</p></body></html>"
    )
    result = audit(html, "html")
    assert result.chain == [ChainLink("original", "CNN", "Rob Picheta", None, None, 1, evidence=result.chain[0].evidence)]


def test_credit_naming_the_sites_own_host_is_not_a_link() -> None:
    text = BODY + "\nThis interview was first published in the print edition of Die Weltwoche on January 24th.\n"
    assert links(audit(text, url="https://www.weltwoche.ch/ausgaben/2019-4/artikel/interview.html")) == [("original", "weltwoche.ch")]


def test_header_credit_is_outside_the_copied_text_below_it() -> None:
    # "Source: The Guardian" above the text is this page's credit; ProPublica's ends the Guardian's copy.
    text = "Headline of the story goes here\nSource: The Guardian\n" + BODY + "\nThis story was originally published by ProPublica.\n"
    assert links(audit(text)) == [("original", "ProPublica"), ("intermediary", "The Guardian"), ("republisher", None)]


def test_credits_after_the_text_read_in_page_order() -> None:
    text = BODY + "\nThis story was originally published by ProPublica.\n\nOriginally published at The Guardian.\n"
    assert [p for _, p in links(audit(text))] == ["ProPublica", "The Guardian", None]


# --- A wire notice reserving the copy under the site's licence (PRV204) ---------------------------


@pytest.mark.parametrize(
    "reservation",
    ["All rights reserved.", "Tous droits réservés.", "Tous droits reserves.", "Всі права захищені."],
)
def test_reservation_in_any_language_of_rights_reserved_is_reported(reservation: str) -> None:
    # Every wording RIGHTS_RESERVED reads, unaccented French and Ukrainian too, counts.
    html = (
        '<html><head><meta property="og:site_name" content="Valley Commons"></head><body><article>'
        "<p>WASHINGTON (AP) — Apple and cherry growers said a late frost had destroyed between a third and a half of this year's blossom.</p>\n"
        f"<p>Copyright 2023 The Associated Press. {reservation}</p></article>\n"
        '<footer><p>Everything on Valley Commons is licensed under <a rel="license" '
        'href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></footer></body></html>'
    )
    found = [(f.rule, f.line) for f in audit(html, "html").findings if f.rule in ("PRV204", "PRV205")]
    assert found == [("PRV204", 2)]
