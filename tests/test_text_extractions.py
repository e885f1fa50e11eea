"""Text extractions (the seed's kind, and every record of a JSONL shard): the document's own
publisher from what the text says about itself, and chains of any length from its credits."""

from __future__ import annotations

import pytest
from test_attribution import claims_of
from test_credits import audit, chain

STORY = (
    "Paris, 8 January. The dockers' union said on Saturday that talks with the port authority would resume next week, "
    "after a strike that has kept dozens of ships at anchor outside the harbour since Christmas.\n\n"
    "The authority said it had offered a new schedule of rest periods and would present it to the union's delegates "
    "on Monday morning at the ministry.\n"
)
WIRE = "[Source: By Jane Doe, AFP, Paris, 08Jan22]"
NIZKOR = "Equipo Nizkor / Derechos Human Rights"


def digest(masthead: str, credits_above: str, credits_below: str, footer: str) -> str:
    return f"{masthead}\n\nTalks resume over port strike\n\n{credits_above}\n\n{STORY}\n{credits_below}\n\n{footer}\n"


def test_a_digest_carrying_an_archives_copy_of_a_wire_story_is_a_two_hop_chain() -> None:
    text = digest(
        "Example Observer — weekly digest", WIRE,
        "Taken from Equipo Nizkor, which carried it under a fair-use notice.", "© 2022 Example Observer",
    )
    result = audit(text, "text")
    assert chain(result) == [
        ("original", "Agence France-Presse", "Jane Doe"),
        ("intermediary", NIZKOR, None),
        ("republisher", "Example Observer", None),
    ]
    # The masthead names the publisher because the page names it again at its end.
    assert result.chain[-1].evidence is not None
    assert (result.chain[-1].evidence.text, result.chain[-1].evidence.line) == ("Example Observer — weekly digest", 1)
    assert result.chain[-1].evidence.where.startswith("masthead, named again on line")


def test_a_copy_of_a_copy_of_a_copy_keeps_every_hop_in_order() -> None:
    text = digest(
        "Riverside County Library — Reading Room Notes", WIRE,
        "Taken from Equipo Nizkor, which carried it under a fair-use notice.\n\nReproduced from Example Observer, 14 January 2022.",
        "Reading Room Notes is published by the Riverside County Library.",
    )
    result = audit(text, "text")
    assert chain(result) == [
        ("original", "Agence France-Presse", "Jane Doe"),
        ("intermediary", NIZKOR, None),
        ("intermediary", "Example Observer", None),
        ("republisher", "Riverside County Library", None),
    ]
    assert result.chain[2].date is not None and result.chain[2].date.isoformat() == "2022-01-14"
    # The source line's date is the wire's, not the library's page's.
    assert result.chain[-1].date is None
    assert not [f for f in result.findings if f.rule == "PRV301"]


def test_an_outer_credit_above_the_text_still_comes_after_the_inner_one() -> None:
    text = digest(
        "Riverside County Library — Reading Room Notes", f"Reproduced from Example Observer.\n\n{WIRE}",
        "Taken from Equipo Nizkor, which carried it under a fair-use notice.",
        "Reading Room Notes is published by the Riverside County Library.",
    )
    assert [p for _, p, _ in chain(audit(text, "text"))] == [
        "Agence France-Presse", NIZKOR, "Example Observer", "Riverside County Library",
    ]


def test_an_intermediary_named_twice_is_one_link() -> None:
    text = digest("Example Observer — weekly digest", WIRE, "Fuente: Equipo Nizkor\n\nTaken from Equipo Nizkor.", "© 2022 Example Observer")
    assert [p for _, p, _ in chain(audit(text, "text"))] == ["Agence France-Presse", NIZKOR, "Example Observer"]


@pytest.mark.parametrize(
    "line, publisher",
    [
        ("Reproducido de Equipo Nizkor.", NIZKOR),
        ("Repris de Mediapart.", "Mediapart"),
        ("Übernommen von netzpolitik.org.", "netzpolitik.org"),
        ("Tratto da Il Post.", "Il Post"),
        ("Tomado de El Espectador.", "El Espectador"),
        ("This article was reprinted from Example Weekly.", "Example Weekly"),
    ],
)
def test_reproduced_from_in_the_languages_the_packs_know(line: str, publisher: str) -> None:
    found = [(a.form, a.publisher) for a in claims_of(f"{STORY}\n{line}\n").attributions]
    assert found == [("reproduced-from", publisher)]


@pytest.mark.parametrize(
    "line",
    [
        "Samples taken from the river were tested at the university's laboratory in the spring.",
        "The figures were taken from the ministry's annual report on port traffic.",
    ],
)
def test_taken_from_in_a_sentence_credits_no_one(line: str) -> None:
    assert claims_of(f"{STORY}\n{line}\n").attributions == []


def test_a_first_line_alone_is_never_the_publisher() -> None:
    text = f"Talks resume over port strike\n\n{STORY}"
    assert audit(text, "text").chain[-1].publisher is None


def test_a_masthead_not_named_again_is_not_the_publisher() -> None:
    text = f"Example Observer — weekly digest\n\nTalks resume over port strike\n\n{STORY}"
    assert audit(text, "text").chain[-1].publisher is None


def test_a_closing_copyright_line_names_the_publisher() -> None:
    result = audit(f"Talks resume over port strike\n\n{STORY}\n© 2022 Harbour Weekly Ltd\n", "text")
    assert result.chain[-1].publisher == "Harbour Weekly Ltd"
    assert result.chain[-1].evidence is not None and result.chain[-1].evidence.where == "copyright line"


def test_an_agencys_copyright_line_covers_the_text_not_the_page() -> None:
    result = audit(f"Talks resume over port strike\n\n{STORY}\nCopyright 2022 The Associated Press. All rights reserved.\n", "text")
    assert result.chain[0].publisher == "Associated Press"
    assert result.chain[-1].publisher is None


def test_a_records_url_outranks_the_masthead() -> None:
    text = digest("Example Observer — weekly digest", WIRE, "", "© 2022 Example Observer")
    result = audit(text, "text", url="https://www.theguardian.com/world/2022/jan/14/port-strike")
    assert result.chain[-1].publisher == "The Guardian"


@pytest.mark.parametrize(
    "line, publisher, form",
    [
        ("Subscribe to Harbour Weekly’s newsletters.", "Harbour Weekly", "newsletter"),
        ("Get The Quayside Gazette's Daily Edition by email and never miss our top stories", "The Quayside Gazette", "newsletter"),
        ("Follow Harbour Weekly on Twitter.", "Harbour Weekly", "follow-us"),
        ("GET HARBOUR WEEKLY ON THE GO BY CLICKING HERE", "HARBOUR WEEKLY", "app"),
        ("Disclosure: Harbour Weekly may earn a commission from some of the products featured on this page.", "Harbour Weekly", "disclosure"),
        ("Subscribe to Harbour Weekly on YouTube for more port news.", "Harbour Weekly", "follow-us"),
        ("Harbour Weekly's Ann Lee and Tom Roe contributed to this report.", "Harbour Weekly", "staff"),
        ("Ann Lee is a Newsweek senior reporter based in London.", "Newsweek", "staff"),
        ("A spokesman told Harbourwatch.info that the talks would go on, and the union told Harbourwatch.info the same.", "Harbourwatch.info", "interview"),
        ("QUAYSIDE, Maine (WQAY) — The harbour master said the quay would reopen on Monday.", "WQAY", "own-dateline"),
        ("(KHBR) — The harbour master said the quay would reopen on Monday.", "KHBR", "own-dateline"),
        ("- Harbour Weekly Sports Desk", "Harbour Weekly Sports", "desk"),
        ("Die HAFENWOCHE braucht weiterhin Eure Hilfe!", "HAFENWOCHE", "support-us"),
        ("Harbour Weekly needs your support.", "Harbour Weekly", "support-us"),
        ("Unterstützen Sie Hafenblick", "Hafenblick", "support-us"),
        ("Short-URL: https://hafenblick.example/m57399", "hafenblick.example", "short-url"),
        ("Get your weekly fix by signing up to the Harbour Weekly email newsletter.", "Harbour Weekly", "newsletter"),
        ("Stay up to date on all the latest news from Harbourwatch.info", "Harbourwatch.info", "newsletter"),
        ("Stay connected to Harbour Weekly Sports for more updates from the quay.", "Harbour Weekly Sports", "newsletter"),
        ("Do you want to be informed of Harbour Action's actions? Sign up here", "Harbour Action", "newsletter"),
        ("Recevoir les informations d'Action Portuaire", "Action Portuaire", "newsletter"),
        ("Besuchen Sie uns auch auf http://www.hafenblick.example und http://www.facebook.com/hafenblick", "hafenblick.example", "visit-us"),
        ("LIRE AUSSI SUR QUAIS.FR", "QUAIS.FR", "more-on"),
        ("New on Harbourwatch.info", "Harbourwatch.info", "more-on"),
        (
            "The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's editorial stance.",
            "Al Jazeera", "disclaimer",
        ),
        ("Les opinions exprimées ne reflètent pas nécessairement la position de Quais.fr.", "Quais.fr", "disclaimer"),
        (
            "The views and tips expressed by experts on Harbourwatch.info are their own and not those of the website.",
            "Harbourwatch.info", "disclaimer",
        ),
        ("If you're on the Harbourwatch.info app, click here to watch live", "Harbourwatch.info", "app"),
        ("By Harbour Weekly Staff", "Harbour Weekly", "staff"),
        ("Harbour Weekly Staff Report", "Harbour Weekly", "staff"),
        ("Von der Hafenblick-Redaktion", "Hafenblick", "staff"),
        ("Par la rédaction de Quai Hebdo", "Quai Hebdo", "staff"),
        ("Like Harbour Weekly on Facebook", "Harbour Weekly", "follow-us"),
        ("Siga o Jornal do Porto no Twitter", "Jornal do Porto", "follow-us"),
        ("Become a Harbour Weekly member today.", "Harbour Weekly", "support-us"),
        ("Werden Sie Hafenblick-Abonnent", "Hafenblick", "support-us"),
        ("Harbour Weekly's journalism is funded by readers like you.", "Harbour Weekly", "support-us"),
        ("Support independent journalism: subscribe to Harbour Weekly.", "Harbour Weekly", "support-us"),
        ("Suscríbete al boletín de Diario del Puerto", "Diario del Puerto", "newsletter"),
        ("Iscriviti alla newsletter di Giornale del Porto", "Giornale del Porto", "newsletter"),
        ("Abonnieren Sie den Hafenblick-Newsletter", "Hafenblick", "newsletter"),
        ("Mehr zum Thema auf hafenblick.example", "hafenblick.example", "more-on"),
    ],
)
def test_a_line_a_site_writes_about_itself_names_the_publisher(line: str, publisher: str, form: str) -> None:
    result = audit(f"Talks resume over port strike\n\n{STORY}\n{line}\n", "text")
    assert result.chain[-1].publisher == publisher
    assert result.chain[-1].evidence is not None
    assert (result.chain[-1].evidence.text, result.chain[-1].evidence.where) == (line, f"self-reference ({form})")


@pytest.mark.parametrize(
    "line",
    [
        "She told us to follow the river on foot as far as the old quay.", "Follow Reuters on Twitter.", "Sign up for our newsletter.",
        # Told once: another outlet's interview, cited.  Told twice, but a person, not an outlet.
        "A spokesman told The Hill in a statement that talks would go on.",
        "The minister told Harbour Weekly that talks would go on, and the union told Harbour Weekly so too.",
        "The minister told Jane Marsh that the talks would go on; the union told Jane Marsh so too.",
        # A bestseller list and a prize are not a staff post; another outlet's contribution has no person.
        "Ann Lee is a New York Times bestselling author.", "The Associated Press contributed to this report.",
        # An agency's dateline credits the agency; a known outlet's may head a copy of it.
        "LONDON (AP) — The harbour master said the quay would reopen on Monday.",
        "ATLANTA (CNN) — The harbour master said the quay would reopen on Monday.",
        # A mid-sentence bracket, and a desk that is a piece of furniture.
        "The regulator (FCA) — and the port — said the quay would reopen.", "He sat at the front desk",
        # Another site's news, a social network's page, an author's employer, any app.
        "Stay up to date on all the latest news from Reuters.", "Visit us at facebook.com/harbourweekly",
        "More on Harbour Weekly", "The views expressed are the author's own and do not necessarily reflect those of the Port Authority.",
        "Open the story in the Twitter app.", "Welcome to Paris!", "Sign up for the newsletter.",
        "Stay up to date with Harbour Weekly's coverage by reading on.",
        # A heading, a country joining an alliance, an app in a sentence, a press release's contact.
        "Coaching Staff", "Finland will become a NATO member next year.", "I like Paris on weekends.",
        "You can subscribe to Netflix for the films.", "For more information, contact us at press@harbourcorp.example",
    ],
)
def test_no_self_reference_in_ordinary_sentences_or_for_an_agency(line: str) -> None:
    assert audit(f"Talks resume over port strike\n\n{STORY}\n{line}\n", "text").chain[-1].publisher is None


def test_a_headline_named_again_in_the_texts_sentences_is_not_a_masthead() -> None:
    # trafilatura's text starts with the headline; a section word or topic there recurs in
    # the closing sentences without naming any publisher.
    text = (
        "Dockers\n\n" + STORY + "The dockers will meet again on Friday.\n"
        "Dockers in two other ports said they would watch the talks closely before deciding.\n"
    )
    assert audit(text, "text").chain[-1].publisher is None
    signed = text + "Dockers\n"  # alone on a closing line, as a footer names its site
    assert audit(signed, "text").chain[-1].publisher == "Dockers"


def test_a_teasers_headline_above_and_below_the_text_is_not_a_masthead() -> None:
    # A kicker and a headline ("Reading sample: ...") heads the text and its teaser list again.
    teaser = "Leseprobe: Das perfekte Dinner"
    text = f"{teaser}\nTalks resume over port strike\n{STORY}{teaser}\nHay, rightly stored\nRead more →\n"
    assert audit(text, "text").chain[-1].publisher is None


def test_a_line_naming_another_site_leaves_the_records_address_the_publisher() -> None:
    # A station's call sign on its brand's site: the address names the site, not the dateline.
    text = f"Talks resume over port strike\n\nQUAYSIDE, Maine (WQAY) — {STORY}"
    result = audit(text, "text", url="https://www.harbour7news.example/story/123")
    assert result.chain[-1].publisher == "harbour7news.example"
    assert audit(text, "text").chain[-1].publisher == "WQAY"
