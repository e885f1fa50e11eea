"""The author of a credited copy's original, as pages in many languages write it: bylines
with an agency ("Von Jana Schmidt (dpa)", "Av Anna Berg, TT", "By JANE DOE Associated
Press", a name over its agency on two lines), sign-offs and closing lines ("— Jane Doe,
The Conversation", the bio above a republication notice), and the look-alikes that name
someone else (an editor, a translator, a photographer, the host site's staff)."""

from __future__ import annotations

import pytest
from test_credits import audit, chain
from test_credits_world import STORIES, fig, paras

from provenance.claims.bylines import person_name

# Stories for the languages the world battery has none for: site, headline, two paragraphs.
MORE = {
    "en": ("Harbour Gazette", "Harbour authority reopens the northern quay after repairs",
           "The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
           "as rail connections inland reopened after repairs to a flood-damaged bridge.",
           "About 14 vessels were waiting at anchor on Thursday, down from more than 30 at the peak in July, "
           "according to the authority's weekly bulletin."),
    "de": ("Hafenzeitung", "Hafenbehörde öffnet den Nordkai nach Reparaturen wieder",
           "Die Hafenbehörde teilte mit, die Schlange der Schiffe, die auf einen Liegeplatz warten, sei die dritte Woche "
           "in Folge kürzer geworden, nachdem die Bahnverbindungen ins Hinterland wieder geöffnet wurden.",
           "Am Donnerstag warteten rund 14 Schiffe auf Reede, nach mehr als 30 auf dem Höhepunkt im Juli, "
           "wie aus dem Wochenbericht der Behörde hervorgeht."),
    "nl": ("Havenkrant", "Havenbedrijf heropent noordkade na herstelwerk",
           "Het havenbedrijf meldt dat de rij schepen die wachten om aan te meren voor de derde week op rij korter is "
           "geworden, nu de spoorverbindingen met het achterland weer open zijn.",
           "Donderdag lagen ongeveer 14 schepen voor anker te wachten, tegen meer dan 30 op het hoogtepunt in juli, "
           "volgens het wekelijkse bulletin van het havenbedrijf."),
    "sv": ("Hamntidningen", "Hamnen öppnar norra kajen igen efter reparationer",
           "Hamnmyndigheten uppger att kön av fartyg som väntar på att lägga till har blivit kortare för tredje veckan "
           "i rad, sedan järnvägsförbindelserna till inlandet öppnats igen.",
           "Omkring 14 fartyg låg för ankar och väntade i torsdags, jämfört med fler än 30 vid toppen i juli, "
           "enligt myndighetens veckobulletin."),
}
ALL = {**STORIES, **MORE}
RE, AP, AFP, DPA, CONV = "Reuters", "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur", "The Conversation"


def page(lang: str, body: str) -> str:
    site, headline, _, _ = ALL[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - {site}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body><header><nav>Home</nav></header>'
        f"<article><h1>{headline}</h1>{body}</article><footer>© 2021 {site}</footer></body></html>"
    )


def text(lang: str, lead: str = "") -> str:
    _, _, first, second = ALL[lang]
    return f"<p>{lead}{first}</p><p>{second}</p>"


def above(line: str, lang: str = "en") -> str:
    return f"<p>{line}</p>" + text(lang)


def under(line: str, lang: str = "en") -> str:
    return text(lang) + f"<p>{line}</p>"


def original(lang: str, body: str) -> tuple:
    links = chain(audit(page(lang, body), "html"))
    return links[0] if len(links) > 1 else None


@pytest.mark.parametrize(
    "lang, body, publisher, author",
    [
        # A name and an agency with no separator between: all capitals, or two elements read as one line.
        ("en", above("By JANE DOE Associated Press"), AP, "Jane Doe"),
        ("en", "<div class='byline'><span>By Jane Doe</span> <span>Associated Press</span></div>" + text("en"), AP, "Jane Doe"),
        # A name in capitals is written as a catalogue writes it.
        ("en", above("By JANE DOE, Associated Press"), AP, "Jane Doe"),
        # The name over its agency, the agency as the writer's role line.
        ("en", "<p>Jane Doe<br>Reuters</p>" + text("en"), RE, "Jane Doe"),
        # Particles joined by a hyphen.
        ("en", above("By Hassan al-Amin, AFP"), AFP, "Hassan al-Amin"),
        # By-words of other languages, in the credit form as in the byline reader.
        ("sv", above("Av Anna Berg, TT", "sv"), "TT Nyhetsbyrån", "Anna Berg"),
        ("nl", above("Door Jan de Vries, ANP", "nl"), "ANP", "Jan de Vries"),
        ("de", above("Von Jana Schmidt (dpa)", "de"), DPA, "Jana Schmidt"),
        # "of" before the agency: "da Agência Brasil".
        ("pt", above("Por João Silva, da Agência Brasil", "pt"), "Agência Brasil", "João Silva"),
        # Names in Cyrillic, with and without a by-word.
        ("ru", "<p>Арина Петрова, ТАСС</p>" + paras("ru"), "TASS", "Арина Петрова"),
        ("ru", "<p>Автор: Арина Петрова (ТАСС)</p>" + paras("ru"), "TASS", "Арина Петрова"),
        # An Arabic name after the by-word بقلم.
        ("ar", "<p>بقلم محمد علي - رويترز</p>" + paras("ar"), RE, "محمد علي"),
        # A Chinese agency's reporter on a line of its own.
        ("zh", "<p>新华社记者 李明</p>" + paras("zh"), "Xinhua", "李明"),
        # The writer signing under the text, and the closing line naming writer and outlet.
        ("en", under("— Jane Doe, The Conversation"), CONV, "Jane Doe"),
        ("en", under("This article was written by Jane Doe for The Conversation."), CONV, "Jane Doe"),
        # The writer's bio right above the republication notice.
        ("en", under("Jane Doe is a professor of economics at Harbour University.")
         + "<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>",
         CONV, "Jane Doe"),
    ],
)
def test_original_author(lang: str, body: str, publisher: str, author: str) -> None:
    assert original(lang, body) == ("original", publisher, author)


@pytest.mark.parametrize(
    "lang, body, publisher",
    [
        ("en", above("Reuters") + "<p>Edited by John Roe</p>", RE),
        ("de", above("dpa", "de") + "<p>Übersetzt von Max Muster</p>", DPA),
        ("en", fig("Photo: Jane Doe/AP") + text("en", "LONDON (AP) — "), AP),
        ("en", text("en", "LONDON (AP) — ") + "<p>Compiled by Sam Poe</p>", AP),
        # "Jane Doe is a professor …" in a wire story describes someone it quotes.
        ("en", text("en", "LONDON (Reuters) - ") + "<p>Jane Doe is a professor of economics at Harbour University.</p>", RE),
        ("en", text("en", "LONDON (Reuters) - ") + "<p>Jane Doe is a professor of economics at Harbour University.</p>"
         + "<p>This article was originally published by Reuters.</p>", RE),
        # A teaser's headline over its agency, away from the article's headline.
        ("en", text("en", "LONDON (Reuters) - ") + "<p>Related</p><p>Harbour Authority Reopens Quay</p><p>Reuters</p>"
         + "<p>Dock Workers End Strike</p><p>Reuters</p>", RE),
    ],
)
def test_no_one_elses_name(lang: str, body: str, publisher: str) -> None:
    assert original(lang, body) == ("original", publisher, None)


@pytest.mark.parametrize(
    "byline",
    ["By Harbour Gazette Staff and Wire Reports", "By Harbour Gazette staff and AP"],
)
def test_host_staff_is_no_author(byline: str) -> None:
    links = chain(audit(page("en", above(byline)), "html"))
    assert links and all(link[2] is None for link in links), links  # a chain (the page itself at least), no one as its author


def test_headlines_in_caseless_scripts_are_no_names() -> None:
    # Without a by-word, Arabic words before an agency are a teaser's headline, not a writer.
    links = chain(audit(page("ar", paras("ar") + "<ul><li>ارتفاع أسعار الشحن - رويترز</li></ul>"), "html"))
    assert links and all(link[2] is None for link in links), links  # a chain (the page itself at least), no one as its author


@pytest.mark.parametrize(
    "name, written",
    [("JANE DOE", "Jane Doe"), ("JANE DOE AND JOHN ROE", "Jane Doe and John Roe"), ("Jane McDoe", "Jane McDoe"), ("AP", "AP")],
)
def test_person_name(name: str, written: str) -> None:
    assert person_name(name) == written
