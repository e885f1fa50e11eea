"""Credits as a ninth probe found them (issue 10), on pages built the way real sites build
them: a header with a logo and a menu, breadcrumbs, the article with its byline block and
share buttons, its text, tags and an author box, then a related list, comments, a sidebar
and a fat footer. The forms: an agency's sign-off above an author box, a sign-off after a
mis-decoded no-break space, a byline under a lead that opens with a byline's word, a German
title declined after "in der" ("der Süddeutschen Zeitung"), a year after the name in a
sentence credit ("first published by the Hafenkurier in 2019"). Each with the look-alikes of the same shape that must stay as they were.

The pages are invented, in the shapes real sites write."""

from __future__ import annotations

import pytest
from pages import audit_page

from provenance.model import DocumentResult

SITE, URL = "Hafenkurier", "https://www.hafenkurier.example/wirtschaft/2026/11/20/nordkai-12345.html"

_TEXT = [
    "Der Nordkai ist nach acht Monaten Sanierung seit Donnerstag wieder in Betrieb, wie die Hafenbehörde mitteilte. "
    "Größere Schiffe mussten in dieser Zeit an die südlichen Liegeplätze ausweichen.",
    "Ingenieure ersetzten mehr als zweihundert Holzpfähle und gossen eine neue Betondecke. Die Arbeiten kosteten "
    "rund 14 Millionen Euro und dauerten zwei Monate länger als geplant.",
    "„Wir können jetzt wieder die größten Containerschiffe abfertigen“, sagte der Hafenmeister am Kai. Die "
    "Warteschlangen auf Reede seien bereits kürzer geworden.",
    "Die Behörde will im kommenden Jahr die Wartung der südlichen Liegeplätze überprüfen, die älter sind als der "
    "Nordkai und mehr Verkehr tragen.",
]
_BIO = "Jane Doe ist Redakteurin im Ressort Wirtschaft und schreibt über Hafen und Verkehr."


def _page(
    *, byline: str = "Von Jane Doe", lead: str = "Die Hafenbehörde gibt den Nordkai frei.", tail: str = "",
    after: str = "", author_box: str = f"<strong>Jane Doe</strong><p>{_BIO}</p>", teasers: str = "",
) -> str:
    """A German news page as sites build it; `tail` ends the text's last paragraph, `after`
    stands under the text, `author_box` under the tags."""
    paras = [*_TEXT[:-1], _TEXT[-1] + tail]
    body = "".join(f"<p>{p}</p>" for p in paras)
    menu = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Nachrichten", "Wirtschaft", "Sport", "Kultur"))
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Nordkai nach monatelanger Sanierung wieder offen | {SITE}</title><meta property="og:site_name" content="{SITE}">
<link rel="canonical" href="{URL}"></head><body>
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="{SITE}"></a><nav><ul>{menu}</ul></nav></header>
<nav class="breadcrumbs"><a href="/">Startseite</a> › <a href="/wirtschaft">Wirtschaft</a></nav>
<main><article>
<h1>Nordkai nach monatelanger Sanierung wieder offen</h1><p class="lead">{lead}</p>
<div class="article-meta"><div class="byline"><span class="author">{byline}</span></div>
<time datetime="2026-11-20T08:15:00+01:00">20.11.2026, 08:15 Uhr</time></div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u={URL}">Auf Facebook teilen</a> <a href="mailto:?body={URL}">E-Mail</a></div>
<div class="article-body">{body}{after}</div>
<div class="tags">Schlagworte: <a href="/thema/hafen">Hafen</a> <a href="/thema/verkehr">Verkehr</a></div>
<div class="author-box">{author_box}<a href="/autor/jd">Alle Artikel</a></div>
</article>
<section class="related"><h2>Mehr zum Thema</h2><ul><li><a href="/x/1.html">Fähre fährt im Winter seltener</a></li></ul></section>
<section class="comments"><h2>Kommentare (1)</h2><div class="comment"><p>Endlich! Hat ja lange genug gedauert.</p></div></section>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ul><li><a href="/t/1.html">Sturmwarnung für die Küste</a></li>{teasers}</ul></aside>
<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul>
<p>© 2026 Hafenkurier Verlag GmbH. Alle Rechte vorbehalten.</p></footer></body></html>"""


def _audit(**parts: str) -> DocumentResult:
    return audit_page(_page(**parts), URL)


def _original(result: DocumentResult) -> str | None:
    return result.chain[0].publisher if len(result.chain) > 1 else None


# --- A sign-off above the author box ------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "original"),
    [
        (" (dpa)", "Deutsche Presse-Agentur"),
        (" (AFP)", "Agence France-Presse"),
        (" (sda/awp)", "Keystone-SDA"),
        (" (APA)", "Austria Presse Agentur"),
        (" (dpa-AFX)", "dpa-AFX"),
    ],
)
def test_a_sign_off_closes_the_text_above_the_writers_note(tail: str, original: str) -> None:
    assert _original(_audit(byline="", tail=tail)) == original


@pytest.mark.parametrize(
    "author_box",
    [
        f"<strong>Jane Doe</strong><p>{_BIO}</p>",  # the name over the note
        "<p><strong>Jane Doe</strong> ist Redakteurin im Ressort Wirtschaft und schreibt über Hafen und Verkehr.</p>",
        "<p>Jane Doe schreibt seit 2015 für den Hafenkurier über Hafen, Verkehr und die Werften an der Küste.</p>",
    ],
)
def test_the_writers_note_under_a_byline_is_no_paragraph_of_the_text(author_box: str) -> None:
    assert _original(_audit(tail=" (dpa)", author_box=author_box)) == "Deutsche Presse-Agentur"


@pytest.mark.parametrize(
    "author_box",
    [
        # A paragraph opening with a name no short line above holds is the text's, however it reads.
        "<p>John Roe ist Kapitän eines Containerschiffs und wartet seit Tagen auf einen Liegeplatz am Nordkai.</p>",
        # The writer's name opening a question to her: no note.
        "<p>Jane Doe: Haben Sie eine Frage an die Redaktion zum Thema Hafen? Schreiben Sie uns gern.</p>",
    ],
)
def test_a_paragraph_under_the_sign_off_that_is_no_writers_note_still_keeps_it_open(author_box: str) -> None:
    # The sign-off is then no longer the text's last line: as before, no chain from it.
    assert len(_audit(byline="", tail=" (dpa)", author_box=author_box).chain) == 1


@pytest.mark.parametrize(
    "tail",
    [
        " Das bestätigte ein Sprecher der Deutschen Presse-Agentur (dpa).",  # the agency named in a sentence
        "",
    ],
)
def test_no_sign_off_no_chain_whatever_the_author_box(tail: str) -> None:
    assert len(_audit(tail=tail).chain) == 1


def test_an_agency_under_a_sidebar_teaser_is_no_sign_off() -> None:
    result = _audit(teasers='<li><a href="/t/9.html">Fähre kollidiert mit Kai</a> <span class="source">(dpa)</span></li>')
    assert len(result.chain) == 1


# --- Mis-decoded no-break space before a sign-off ----------------------------------------


@pytest.mark.parametrize("tail", ["Â\xa0(dpa)", "Â (dpa)"])
def test_a_sign_off_after_a_mis_decoded_no_break_space(tail: str) -> None:
    assert _original(_audit(byline="", tail=tail)) == "Deutsche Presse-Agentur"


def test_a_capital_a_circumflex_in_a_word_is_no_mis_decoding() -> None:
    # "ROMÂNIA" keeps its letter; no credit appears from it.
    result = _audit(tail=" Die Fähre aus ROMÂNIA fährt weiter.")
    assert len(result.chain) == 1


# --- A lead opening with a byline's word ---------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "byline", "original"),
    [
        ("Von Montag an legen am Nordkai wieder Schiffe an, teilte die Hafenbehörde mit.", "Von dpa", "Deutsche Presse-Agentur"),
        ("Von Montag an legen am Nordkai wieder Schiffe an, teilte die Hafenbehörde mit.", "Von Jane Doe, dpa", "Deutsche Presse-Agentur"),
    ],
)
def test_a_byline_under_a_lead_that_opens_with_its_word(lead: str, byline: str, original: str) -> None:
    assert _original(_audit(lead=lead, byline=byline)) == original


@pytest.mark.parametrize("byline", ["Von Jane Doe", "Von Jane Doe, Redakteurin"])
def test_a_staff_byline_under_such_a_lead_makes_no_chain(byline: str) -> None:
    result = _audit(lead="Von Montag an legen am Nordkai wieder Schiffe an, teilte die Hafenbehörde mit.", byline=byline)
    assert len(result.chain) == 1
    assert result.chain[0].author == "Jane Doe"


# --- A German title declined after "in der", "im", "bei der" ------------------------------


@pytest.mark.parametrize(
    ("after", "original"),
    [
        ("<p><em>Dieser Beitrag erschien zuerst in der Süddeutschen Zeitung.</em></p>", "Süddeutsche Zeitung"),
        ("<p><em>Dieser Artikel ist zuerst in der Frankfurter Allgemeinen Zeitung erschienen.</em></p>", "Frankfurter Allgemeine Zeitung"),
        ("<p><small>Mit freundlicher Genehmigung von Der Spiegel.</small></p>", "Der Spiegel"),
        ("<p class=\"source\">Quelle: Spiegel</p>", "Der Spiegel"),
    ],
)
def test_a_declined_title_is_the_registry_outlet(after: str, original: str) -> None:
    assert _original(_audit(after=after)) == original


@pytest.mark.parametrize(
    "after",
    [
        "<p><em>Dieser Beitrag erschien zuerst in unserer Printausgabe.</em></p>",
        "<p><em>Dieser Artikel erschien in der Printausgabe vom 20.11.2026.</em></p>",
        "<p>Die Fähre hat einen neuen Spiegel bekommen, sagte der Kapitän der Hafenbehörde am Montag.</p>",
    ],
)
def test_the_same_lines_naming_no_other_outlet_make_no_chain(after: str) -> None:
    assert len(_audit(after=after).chain) == 1


# --- A year after the name in a sentence credit ---------------------------------------------


def test_the_sites_own_earlier_publication_with_its_year_is_no_copy() -> None:
    after = "<p><em>This article was first published by the Hafenkurier in 2019 and has been updated.</em></p>"
    assert len(_audit(after=after).chain) == 1


@pytest.mark.parametrize(
    "after",
    [
        "<p><em>This article was first published by Harbour Times in 2019 and has been updated.</em></p>",
        "<p><em>This story was originally published by Harbour Times in 2019.</em></p>",
    ],
)
def test_another_outlet_with_the_year_is_the_original_without_it(after: str) -> None:
    assert _original(_audit(after=after)) == "Harbour Times"
