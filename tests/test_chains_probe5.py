"""How syndicated and republished copies credit their original on the web as it is, as a fifth
probe found them: the footer a feed or an autoblog adds to every post it copies, a syndicate's
lines, a repost's or a cross-post's note, an aggregator's teaser; each class with the look-alikes
of the same shape that must stay a chain of one (the page's own publisher).

The examples are invented, in the shapes real pages write (a WordPress SEO plugin's feed footer
and its translations, a feed importer's "Source link", a syndicate's copyright line, a blog's
repost note)."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"
ORIGINAL = "https://www.harbourtimes.example/2026/11/19/quay-reopens/"


def _audit(body: str, lang: str = "en", site: str | None = SITE, url: str = URL) -> DocumentResult:
    return audit_page(article(body, site=site, lang=lang, main=True), url)


def _originals(body: str, lang: str = "en", site: str | None = SITE, url: str = URL) -> list[str | None]:
    """The chain's publishers before the page's own."""
    return [link.publisher for link in _audit(body, lang, site, url).chain[:-1]]


def _under(line: str) -> str:
    return STORY + f"<p>{line}</p>"


# --- 1. The footer a feed or an autoblog adds to every post it copies ------------------------------------

TITLE = "<a href='" + ORIGINAL + "'>Harbour reopens the northern quay</a>"
HOME = "<a href='https://www.harbourtimes.example/'>Harbour Times</a>"


@pytest.mark.parametrize(
    "line, lang",
    [
        # the SEO plugin's default footer and its translations, the title and the site as links
        (f"The post {TITLE} appeared first on {HOME}.", "en"),
        (f"Der Beitrag {TITLE} erschien zuerst auf {HOME}.", "de"),
        (f"L’article {TITLE} est apparu en premier sur {HOME}.", "fr"),
        (f"La entrada {TITLE} se publicó primero en {HOME}.", "es"),
        (f"L'articolo {TITLE} sembra essere il primo su {HOME}.", "it"),
        (f"L'articolo {TITLE} proviene da {HOME}.", "it"),
        (f"Het bericht {TITLE} verscheen eerst op {HOME}.", "nl"),
        (f"O post {TITLE} apareceu primeiro em {HOME}.", "pt"),
        # a title with its own full stop, question mark or colon
        ("The post Quay works: what changes for ferries? appeared first on Harbour Times.", "en"),
        ("The post St. Anne's pier reopens appeared first on Harbour Times.", "en"),
        # the importer's other lines, naming the site
        ("Read the original article on Harbour Times.", "en"),
        ("Originally published at Harbour Times on November 19, 2026.", "en"),
        ("Continue reading at Harbour Times", "en"),
        ("Read more at Harbour Times", "en"),
    ],
)
def test_feed_footer_names_the_original(line: str, lang: str) -> None:
    assert _originals(_under(line), lang) == ["Harbour Times"]


@pytest.mark.parametrize(
    "line",
    [
        # the site only as a link: its address names it
        f"<a href='{ORIGINAL}' rel='nofollow'>Source link</a>",
        f"This content was originally published <a href='{ORIGINAL}'>here</a>.",
        f"Read the original article <a href='{ORIGINAL}'>here</a>.",
        f"Originally published at <a href='{ORIGINAL}'>harbourtimes.example</a>",
        f"The post {TITLE} appeared first on <a href='https://www.harbourtimes.example/'>harbourtimes.example</a>.",
    ],
)
def test_feed_footer_naming_the_site_by_a_link(line: str) -> None:
    assert _originals(_under(line)) == ["harbourtimes.example"]


# --- 2. A syndicate's lines: the original the newspaper, the syndicate an intermediary --------------------

@pytest.mark.parametrize(
    "lines, original, syndicate",
    [
        (["©2026 The Harbour Post, distributed by Tribune Content Agency, LLC."], "The Harbour Post", "Tribune News Service"),
        (["©2026 The Harbour Post (Lakeside, Ohio). Visit The Harbour Post at www.harbourpost.example. Distributed by Tribune Content Agency, LLC."],
         "The Harbour Post", "Tribune News Service"),
        (["©2026 The Harbour Post.", "Visit The Harbour Post at www.harbourpost.example.", "Distributed by Tribune Content Agency, LLC."],
         "The Harbour Post", "Tribune News Service"),
        (["(c) 2026 The Harbour Post", "Distributed by Tribune Content Agency, LLC."], "The Harbour Post", "Tribune News Service"),
        (["This article was produced by Harbour Watch and syndicated by Quay Features Syndicate."], "Harbour Watch", "Quay Features Syndicate"),
    ],
)
def test_syndicate_is_the_intermediary(lines: list[str], original: str, syndicate: str) -> None:
    # The registry names Tribune Content Agency by its wire's name, Tribune News Service.
    result = _audit(STORY + "".join(f"<p>{line}</p>" for line in lines))
    assert [(link.role, link.publisher) for link in result.chain[:-1]] == [("original", original), ("intermediary", syndicate)]


@pytest.mark.parametrize(
    "line, original",
    [
        ("Distributed by Tribune Content Agency, LLC.", "Tribune News Service"),
        ("Distributed by Quay Features Syndicate.", "Quay Features Syndicate"),
    ],
)
def test_syndicate_alone_is_the_source(line: str, original: str) -> None:
    assert _originals(_under(line)) == [original]


# --- 3. Reposts and cross-posts ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, lang, original",
    [
        ("Reposted from Harbour Times with permission.", "en", "Harbour Times"),
        ("Reposted with permission from Harbour Times.", "en", "Harbour Times"),
        ("This post was reposted from The Tideline Blog.", "en", "The Tideline Blog"),
        ("Cross-posted from The Tideline Blog.", "en", "The Tideline Blog"),
        ("Crossposted from The Tideline Blog.", "en", "The Tideline Blog"),
        ("Crossposted with Harbour Times.", "en", "Harbour Times"),
        ("This piece is crossposted with Harbour Times.", "en", "Harbour Times"),
        ("Article courtesy of Harbour Times.", "en", "Harbour Times"),
        ("Story courtesy of Harbour Times", "en", "Harbour Times"),
        ("Sourced from Harbour Times.", "en", "Harbour Times"),
        ("This article was sourced from Harbour Times.", "en", "Harbour Times"),
        ("Via Harbour Times", "en", "Harbour Times"),
        ("(via Harbour Times)", "en", "Harbour Times"),
        ("Vía: El Faro del Puerto", "es", "El Faro del Puerto"),
        ("Artículo cortesía de El Faro del Puerto.", "es", "El Faro del Puerto"),
        ("Article repris de La Gazette du Quai avec son autorisation.", "fr", "La Gazette du Quai"),
        ("Dieser Beitrag wurde von der Hafen Zeitung übernommen.", "de", "Hafen Zeitung"),
    ],
)
def test_repost_note_names_the_original(line: str, lang: str, original: str) -> None:
    assert _originals(_under(line), lang) == [original]


# --- 4. An aggregator's teaser and its republication note -------------------------------------------------

@pytest.mark.parametrize(
    "body, lang, original",
    [
        (STORY + "<p>This story was originally published by Harbour Times. Republished here with permission.</p>", "en", "Harbour Times"),
        ("<p>The port authority said the queue of ships waiting to berth had shortened for a third straight week.</p>"
         "<p>Continue reading on Harbour Times</p>", "en", "Harbour Times"),
        ("<p>The port authority said the queue of ships waiting to berth had shortened for a third straight week.</p>"
         f"<p><a href='{ORIGINAL}'>Read the full story on Harbour Times</a></p>", "en", "Harbour Times"),
        (STORY + "<p>Lees verder op Havenkrant Noord</p>", "nl", "Havenkrant Noord"),
        (STORY + "<p>Continua a leggere su Porto Aperto</p>", "it", "Porto Aperto"),
        (STORY + "<p>Leia mais em Jornal da Maré</p>", "pt", "Jornal da Maré"),
    ],
)
def test_teaser_or_note_names_the_original(body: str, lang: str, original: str) -> None:
    assert _originals(body, lang) == [original]


# --- 5. Look-alikes that stay a chain of one ---------------------------------------------------------------

RELATED = (
    "<aside><h3>More from around the web</h3><ul>"
    "<li><a href='https://www.harbourtimes.example/a'>Ferry fares to rise in spring</a></li>"
    "<li><a href='https://www.harbourtimes.example/b'>New pilot boat named</a></li></ul>"
    "<p><a href='https://www.harbourtimes.example/'>Read more at Harbour Times</a></p></aside>"
)


@pytest.mark.parametrize(
    "body, lang",
    [
        # "appeared first" of an event, a place on a list
        ("<p>The band appeared first on stage at midnight, after a delay of an hour.</p>" + STORY, "en"),
        (_under("The post office appeared first on the council's list of closures."), "en"),
        (_under("The post of harbour master appeared first on the agenda of the board."), "en"),
        # "via" and "h/t" in a sentence or as a tip
        ("<p>The crew travelled via Lisbon and reached the quay on Monday.</p>" + STORY, "en"),
        (_under("Passengers can book via the ferry company's app."), "en"),
        (_under("h/t Harbour Times"), "en"),
        (_under("Hat tip: Harbour Times"), "en"),
        (_under("(h/t Harbour Times)"), "en"),
        (_under("Via Garibaldi 14"), "it"),
        # the feed footer's words in the story's own sentences, in other languages
        ("<p>Het bericht van de burgemeester verscheen eerst op Facebook.</p>" + STORY, "nl"),
        ("<p>Der Beitrag des Senders erschien zuerst auf Arte.</p>" + STORY, "de"),
        ("<p>L'articolo 5 del regolamento proviene da una norma europea.</p>" + STORY, "it"),
        ("<p>Die Aufgaben des Hafenamts wurden von der Stadt übernommen.</p>" + STORY, "de"),
        # a feed importer's link to a video platform or a picture host names no publisher
        (_under("<a href='https://www.youtube.com/watch?v=abc123'>Source link</a>"), "en"),
        (_under("<a href='https://www.flickr.com/photos/harbour/123'>Original source</a>"), "en"),
        # the link word elsewhere on the page: only the line's own link counts
        ("<p>Tickets are on sale <a href='https://tickets.example/quay'>here</a>.</p>" + STORY + "<p>This content was originally published here.</p>", "en"),
        # a reporting verb: the aggregator's own sentence, not a copy
        (_under("Harbour Times reported the closure on Thursday."), "en"),
        ("<p>The northern quay reopened on Thursday, Harbour Times reported.</p>", "en"),
        # "Story continues" names no one; a teaser list's "Read more at" is another story's
        (_under("Story continues"), "en"),
        (STORY + RELATED, "en"),
        # a picture's courtesy and its source
        (STORY + "<figure><img src='/q.jpg'><figcaption>The quay at dawn. Courtesy of Harbour Times</figcaption></figure>", "en"),
        (_under("Photo courtesy of Harbour Times."), "en"),
        (_under("Image via Harbour Times"), "en"),
        # "sourced from" of goods
        (_under("The timber was sourced from forests in the north."), "en"),
    ],
)
def test_look_alikes_name_no_original(body: str, lang: str) -> None:
    assert _originals(body, lang) == []


@pytest.mark.parametrize(
    "line, lang",
    [
        # the page's own site in the feed's and the repost's forms: a self-credit
        ("The post Harbour reopens the northern quay appeared first on Quayside Examiner.", "en"),
        ("The post Harbour reopens the northern quay appeared first on <a href='https://www.quaysideexaminer.example/'>Quayside Examiner</a>.", "en"),
        ("Der Beitrag Hafen öffnet den Nordkai erschien zuerst auf Quayside Examiner.", "de"),
        ("Originally published at Quayside Examiner.", "en"),
        ("Read more at Quayside Examiner", "en"),
        ("Via Quayside Examiner", "en"),
        ("Cross-posted from the Quayside Examiner blog.", "en"),
        ("<a href='https://www.quaysideexaminer.example/news/2026/11/20/harbour'>Source link</a>", "en"),
        ("This content was originally published <a href='https://www.quaysideexaminer.example/news/2026/11/20/harbour'>here</a>.", "en"),
    ],
)
def test_own_site_in_these_forms_is_no_original(line: str, lang: str) -> None:
    assert _originals(_under(line), lang) == []
