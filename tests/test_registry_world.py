"""Outlets the registry gained for issue 10, read where a credit form needs a registry outlet:
a byline's "By <writer>, <outlet>" on another site's page names the outlet only when the
registry knows it ("By Mara Quill, Zyxwel Anzeiger" stays the site's own story), and a
native-script source line names the outlet under its canonical name. The look-alikes stay a
chain of one: a story that merely quotes the outlet, and the outlet's own page on its own
domain."""

from __future__ import annotations

import functools

import pytest
from pages import STORY, article, audit_page

from provenance import default_packs
from provenance.registry import Registry

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


@functools.cache
def registry() -> Registry:
    return default_packs().registry


def _chain(body: str, site: str = SITE, url: str = URL, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    result = audit_page(article(body, site=site, lang=lang, main=True), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def _originals(body: str, site: str = SITE, url: str = URL, lang: str = "en") -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [publisher for _, publisher, _ in _chain(body, site, url, lang)[:-1]]


# --- A byline's writer and outlet: the outlet must be a registry outlet --------------------------------

@pytest.mark.parametrize(
    "byline, lang, outlet",
    [
        ("By Mara Quill, Bangkok Post", "en", "Bangkok Post"),
        ("By Mara Quill, The Kathmandu Post", "en", "The Kathmandu Post"),
        ("By Mara Quill, Dhaka Tribune", "en", "Dhaka Tribune"),
        ("By Mara Quill, Daily Trust", "en", "Daily Trust"),
        ("By Mara Quill, Addis Standard", "en", "Addis Standard"),
        ("By Mara Quill, GroundUp", "en", "GroundUp"),
        ("By Mara Quill, The Gleaner", "en", "The Gleaner"),
        ("By Mara Quill, Times of Malta", "en", "Times of Malta"),
        ("By Mara Quill, Tehran Times", "en", "Tehran Times"),
        ("By Mara Quill, The Canberra Times", "en", "The Canberra Times"),
        ("By Mara Quill, The Fiji Times", "en", "The Fiji Times"),
        ("By Mara Quill, Winnipeg Free Press", "en", "Winnipeg Free Press"),
        ("By Mara Quill, Pittsburgh Post-Gazette", "en", "Pittsburgh Post-Gazette"),
        ("By Mara Quill, Mississippi Today", "en", "Mississippi Today"),
        ("By Mara Quill, Honolulu Civil Beat", "en", "Honolulu Civil Beat"),
        ("By Mara Quill, Balkan Insight", "en", "Balkan Insight"),
        ("By Mara Quill, Carbon Brief", "en", "Carbon Brief"),
        ("By Mara Quill, Rest of World", "en", "Rest of World"),
        ("Von Lena Vogt, Kölner Stadt-Anzeiger", "de", "Kölner Stadt-Anzeiger"),
        ("Por Luisa Garzón, El Colombiano", "es", "El Colombiano"),
        ("Por Rita Lobo, Jornal de Notícias", "pt", "Jornal de Notícias"),
    ],
)
def test_byline_names_a_new_registry_outlet(byline: str, lang: str, outlet: str) -> None:
    chain = _chain(f"<p class='byline'>{byline}</p>" + STORY, lang=lang)
    assert chain[0][:2] == ("original", outlet) and chain[-1][:2] == ("republisher", SITE)


def test_byline_with_an_unknown_outlet_names_no_original() -> None:
    # The same form with a name no registry lists: the writer's own site, not a copy.
    assert _originals("<p class='byline'>Von Lena Vogt, Zyxwel Anzeiger</p>" + STORY, lang="de") == []


# --- A source line in the outlet's own script: the canonical name ---------------------------------------

@pytest.mark.parametrize(
    "line, lang, outlet",
    [
        ("来源：南方周末", "zh", "Southern Weekly"),
        ("出處：文匯報", "zh-TW", "Wen Wei Po"),
        ("출처: 동아일보", "ko", "The Dong-A Ilbo"),
    ],
)
def test_native_script_source_line_names_the_outlet(line: str, lang: str, outlet: str) -> None:
    assert _originals(STORY + f"<p>{line}</p>", lang=lang) == [outlet]


# --- Look-alikes: a chain of one ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Mississippi Today reported on Tuesday that the harbour would reopen after the repairs.",
        "According to the Bangkok Post, the harbour would reopen after the repairs.",
        "The Dhaka Tribune and Daily Trust both covered the quay's reopening last week.",
        "Carbon Brief reported on Tuesday that the dredging would raise the port's emissions.",
    ],
)
def test_story_quoting_an_outlet_names_no_original(sentence: str) -> None:
    assert _originals(f"<p>{sentence}</p>" + STORY) == []


@pytest.mark.parametrize(
    "byline, site, url",
    [
        ("By Mara Quill, Bangkok Post", "Bangkok Post", "https://www.bangkokpost.com/thailand/general/3012345"),
        ("By Mara Quill, The Kathmandu Post", "The Kathmandu Post", "https://kathmandupost.com/national/2026/11/20/harbour"),
        ("By Mara Quill, GroundUp", "GroundUp", "https://groundup.org.za/article/harbour-reopens/"),
        ("Von Lena Vogt, Kölner Stadt-Anzeiger", "Kölner Stadt-Anzeiger", "https://www.ksta.de/koeln/hafen-123"),
    ],
)
def test_outlets_own_page_is_a_chain_of_one(byline: str, site: str, url: str) -> None:
    lang = "de" if byline.startswith("Von") else "en"
    chain = _chain(f"<p class='byline'>{byline}</p>" + STORY, site=site, url=url, lang=lang)
    assert [(role, publisher) for role, publisher, _ in chain] == [("original", site)]


# --- The registry's own answers ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "credit, name",
    [
        ("Коммерсантъ", "Kommersant"),  # an old entry, for the form
        ("Московский комсомолец", "Moskovsky Komsomolets"),
        ("Дзеркало тижня", "Dzerkalo Tyzhnia"),
        ("Ναυτεμπορική", "Naftemporiki"),
        ("כלכליסט", "Calcalist"),
        ("産経新聞", "The Sankei Shimbun"),
        ("新京报", "The Beijing News"),
        ("Jamaica Gleaner", "The Gleaner"),
        ("Kaiser Health News", "KFF Health News"),
        ("Reveal News", "Center for Investigative Reporting"),
    ],
)
def test_credit_names_its_new_outlet(credit: str, name: str) -> None:
    found = registry().lookup(credit)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "host, name",
    [
        ("www.semafor.com", "Semafor (news)"),
        ("www.blic.rs", "Blic"),
        ("news.err.ee", "ERR (Estonia)"),
        ("www.elpais.com.co", "El País (Colombia)"),
        ("spectator.sme.sk", "The Slovak Spectator"),
        ("www.sme.sk", "SME (Slovakia)"),
    ],
)
def test_host_names_its_new_outlet(host: str, name: str) -> None:
    found = registry().for_host(host)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "word",
    # Titles that are ordinary words or phrases in their language: only the bracketed,
    # country-named entry, never the bare word, is a registry name.
    ["Semafor", "Politika", "Postimees", "Átlátszó", "ERR", "HRT", "LRT", "El Universo", "Última Hora", "La Dépêche", "Renascença", "Nieuwsblad", "Ekot", "KBC", "DVB", "Sina"],
)
def test_ordinary_word_titles_are_not_registry_names(word: str) -> None:
    assert registry().lookup(word) is None


def test_sister_titles_are_one_house() -> None:
    assert registry().same_house("Sixth Tone", "The Paper (China)")
    assert registry().same_house("TheMarker", "Haaretz")
    assert registry().same_house("El Nuevo Herald", "Miami Herald")
    assert registry().same_house("Africanews", "Euronews")
