"""The publisher registry: outlets credited on pages from many countries, and a guard
against aliases that are ordinary words (a credit "Source: Metro" or "By Jane Doe, Post"
must not name an outlet)."""

from __future__ import annotations

import functools

import pytest

from provenance import default_packs
from provenance.registry import Registry, normalise_name


@functools.cache
def registry() -> Registry:
    return default_packs().registry


@pytest.mark.parametrize(
    "credit, name",
    [
        ("Argus Leader", "Sioux Falls Argus Leader"),
        ("IndyStar", "The Indianapolis Star"),
        ("The Star-Ledger", "NJ.com"),
        ("Star Tribune", "Star Tribune"),
        ("Sunday Mirror", "Daily Mirror"),
        ("Herald Scotland", "The Herald (Glasgow)"),
        ("Irish Examiner", "Irish Examiner"),
        ("Radio-Canada", "Radio-Canada"),
        ("The Star Malaysia", "The Star (Malaysia)"),
        ("Hindustan Times", "Hindustan Times"),
        ("The Asahi Shimbun Company", "The Asahi Shimbun"),
        ("Tages-Anzeiger", "Tages-Anzeiger"),
        ("Tagesanzeiger", "Tages-Anzeiger"),
        ("Norddeutscher Rundfunk", "NDR"),
        ("Kronen Zeitung", "Kronen Zeitung"),
        ("Le Nouvel Observateur", "L'Obs"),
        ("Jyllands-Posten", "Jyllands-Posten"),
        ("Коммерсантъ", "Kommersant"),
        ("Yedioth Ahronoth", "Ynet"),
        ("朝日新聞", "The Asahi Shimbun"),
        ("Nikkei Asia", "Nikkei"),
        ("조선일보", "The Chosun Ilbo"),
        ("Philstar", "The Philippine Star"),
        ("Kaiser Health News", "KFF Health News"),
        ("CalMatters", "CalMatters"),
        ("The Marshall Project", "The Marshall Project"),
        ("Inside Climate News", "Inside Climate News"),
        ("Radio Bío-Bío", "BioBioChile"),
    ],
)
def test_credit_names_its_outlet(credit: str, name: str) -> None:
    found = registry().lookup(credit)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "host, name",
    [
        ("www.argusleader.com", "Sioux Falls Argus Leader"),
        ("www.thestar.com.my", "The Star (Malaysia)"),
        ("www.the-star.co.ke", "The Star (Kenya)"),
        ("www.thestar.com", "Toronto Star"),
        ("economictimes.indiatimes.com", "The Economic Times"),
        ("timesofindia.indiatimes.com", "The Times of India"),
        ("news.sky.com", "Sky News"),
        ("www.tagesanzeiger.ch", "Tages-Anzeiger"),
        ("www.ynetnews.com", "Ynet"),
        ("asia.nikkei.com", "Nikkei"),
        ("g1.globo.com", "G1 (Globo)"),
        ("oglobo.globo.com", "O Globo"),
        ("www1.folha.uol.com.br", "Folha de S.Paulo"),
        ("noticias.uol.com.br", "UOL"),
        ("calmatters.org", "CalMatters"),
        ("stateline.org", "Stateline"),
    ],
)
def test_host_names_its_publisher(host: str, name: str) -> None:
    found = registry().for_host(host)
    assert found is not None and found.name == name


def test_a_shared_host_is_not_one_outlet() -> None:
    # globo.com and sky.com carry many brands: only the listed hosts name one.
    assert registry().for_host("globo.com") is None
    assert registry().for_host("www.sky.com") is None


def test_stateline_is_a_states_newsroom_title() -> None:
    assert registry().same_house("Stateline", "States Newsroom")


# Words that head or end many credits and captions but name no outlet on their own.
COMMON_WORDS = """
    metro mint star express times post sun today nation observer independent mail herald
    chronicle tribune journal record news daily world globe guardian telegraph press
    standard mirror courier gazette examiner sentinel bulletin review report echo
    source staff wire online media network radio television paper
""".split()


def test_no_alias_is_a_common_word() -> None:
    words = set(COMMON_WORDS)
    offenders = sorted(
        f"{publisher.name}: {name!r}"
        for publisher in registry().publishers
        for name in (publisher.name, *publisher.aliases, *publisher.legal_names)
        if normalise_name(name) in words
    )
    assert offenders == []
