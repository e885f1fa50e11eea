"""A text extraction's own publisher from the lines a house writes about itself in its own
voice (issue 18): its people ("Jane Roe is a reporter for the Harbour Post"), its asking for
comment, its pitches to the reader (newsletter, app, channels, subscription), its corrections,
its contributors' disclaimer, its newsroom's mailbox; in the languages the packs know. A name
may follow a lower-case article ("the Valley Post", "der Hafen Zeitung") and never takes a
possessive's "'s". And the look-alikes that name someone else: a pitch to residents, a person's
own address, a quoted reporter of another outlet, a question in parliament."""

from __future__ import annotations

import pytest
from test_credits import audit

HEADLINE = "Council delays vote on harbour car park"
BODY = (
    "The harbour committee postponed its vote on the new car park on Tuesday after residents asked for more time "
    "to study the plans, which would replace the old fish market with 240 spaces.\n\n"
    "The chairwoman said the committee would meet again in March and that the plans would be on display at the "
    "library until then.\n\n"
    "Traders at the market said they had not been told where they would move.\n"
)


def own(line: str, *, top: bool = False) -> str | None:
    """The own publisher of a text with `line` as its last paragraph (or, with top=True, its first)."""
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}" if top else f"{HEADLINE}\n\n{BODY}\n{line}\n"
    result = audit(text, "text")
    return result.chain[-1].publisher if result.chain else None


@pytest.mark.parametrize(
    "line, publisher",
    [
        # The house's people, in a note after the story.
        ("Jane Roe is a reporter for the Harbour Post. She can be reached at 555-0101.", "Harbour Post"),
        ("Sam Ortiz covers city hall for The Quayside Ledger.", "The Quayside Ledger"),
        ("Quayside Ledger staff writer Ana Lima contributed to this report.", "Quayside Ledger"),
        ("Jana Roth ist Redakteurin im Lokalressort der Hafen Rundschau.", "Hafen Rundschau"),
        ("Pedro Alves é repórter da Folha do Cais.", "Folha do Cais"),
        ("Ana Ruiz es periodista de El Faro del Muelle.", "El Faro del Muelle"),
        ("Anna de Vries is verslaggever bij De Kadebode.", "De Kadebode"),
        ("Tom Baker is the Quayside Ledger's business reporter.", "Quayside Ledger"),
        ("Marcus Hill has covered high school sports for the Harbour Post since 2015.", "Harbour Post"),
        ("For the Quayside Ledger, I'm Marcus Hill.", "Quayside Ledger"),
        # The house asking for comment.
        ("The Quayside Ledger has reached out to the market's owner for comment.", "The Quayside Ledger"),
        ("The Harbour Post was unable to reach the developer for comment on Tuesday.", "The Harbour Post"),
        ("The developer did not respond to a request for comment from the Harbour Post.", "Harbour Post"),
        ("Procurada pela Folha do Cais, a prefeitura não respondeu até a publicação.", "Folha do Cais"),
        ("Eine Anfrage der Hafen Rundschau ließ die Firma bis Redaktionsschluss unbeantwortet.", "Hafen Rundschau"),
        # Pitches to the reader, with a lower-case article and a possessive.
        ("Want more? Sign up for the Harbour Post's free Morning Tide newsletter.", "Harbour Post"),
        ("Sign up for the Quayside Ledger newsletter.", "Quayside Ledger"),
        ("Abonnieren Sie den Newsletter der Hafen Rundschau – jeden Morgen das Wichtigste.", "Hafen Rundschau"),
        ("Schrijf je in voor de nieuwsbrief van De Kadebode en ontvang elke ochtend het nieuws.", "De Kadebode"),
        ("Follow the Harbour Post on Facebook for updates.", "Harbour Post"),
        ("Folgen Sie der Hafen Rundschau jetzt auch auf WhatsApp.", "Hafen Rundschau"),
        ("Descarga la app de El Faro del Muelle y recibe las noticias en tu móvil.", "El Faro del Muelle"),
        ("Support local journalism: subscribe to the Quayside Ledger.", "Quayside Ledger"),
        ("Article réservé aux abonnés de La Gazette du Quai", "La Gazette du Quai"),
        ("If you value this reporting, please consider supporting the Harbour Post with a donation.", "Harbour Post"),
        ("Soutenez La Gazette du Quai : abonnez-vous dès 1 € le premier mois.", "La Gazette du Quai"),
        ("Apoya el periodismo local: hazte socio de El Faro del Muelle.", "El Faro del Muelle"),
        ("Steun De Kadebode en word abonnee.", "De Kadebode"),
        ("This story is part of the Harbour Post's yearlong series on the waterfront.", "Harbour Post"),
        # Its notes on its own text, its contributors' disclaimer, its newsroom's mailbox.
        ("Correction: An earlier version of this Harbour Post article misstated the number of spaces.", "Harbour Post"),
        ("Opinions expressed by guest columnists are their own and not necessarily those of the Harbour Post.", "Harbour Post"),
        ("Have a news tip? Contact The Quayside Ledger at tips@quaysideledger.example.", "The Quayside Ledger"),
        # A station's own dateline, its name with its newsroom's word.
        ("PINE CITY (Quay 7 News) — The committee met on Tuesday.", "Quay 7 News"),
        # Its description of itself, adjectives listed with commas.
        ("The Quayside Ledger is an independent, nonprofit newsroom.", "Quayside Ledger"),  # as the form reads any "X is a …"
    ],
)
def test_a_line_in_the_house_voice_names_the_publisher(line: str, publisher: str) -> None:
    assert own(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        # Pitches to someone else's channels: the residents, customers or parents are sent on.
        "Residents can follow Harbour Electric Cooperative on Facebook for updates on repairs.",
        "Customers can download the Harbour Electric app to report outages.",
        "Parents can sign up for Quay High's weekly newsletter on the school's website.",
        # A person's own address, and a sentence's subject that is no name.
        "Email Jane Roe at jroe@harbourpost.example or follow her on X.",
        "The company has reached out to the traders for comment.",
        # Support given by someone, not asked for; a series that is no house's.
        "Many residents support the Harbour Party on the question of the car park.",
        "This story is part of a series on the waterfront.",
        # Another outlet's reporter, quoted in the story.
        "\"We were not told,\" said Jane Roe, a reporter for the Valley Courier, who covered the market for years.",
        # A question in parliament, not the house's request.
        "Auf Anfrage der Grünen teilte das Ministerium mit, die Pläne würden geprüft.",
        # Someone's words in quotation marks, and a retired reporter's letter.
        '"Customers can report outages online. Visit us at harbourpower.example," the cooperative said.',
        "Tom Baker is a retired reporter for the Valley Courier.",
    ],
)
def test_a_line_naming_someone_else_names_no_publisher(line: str) -> None:
    assert own(line) is None


def test_a_note_on_a_reporter_at_the_top_is_no_note_on_the_author() -> None:
    # News about a journalist opens with who she is; the note on the author follows the story.
    assert own("Jane Roe is a reporter for the Valley Courier.", top=True) is None


def test_a_pitch_for_a_credited_source_names_no_publisher() -> None:
    # The copied story keeps its source's pitch: the source is the original, not the house,
    # and its possessive is no name of its own ("Valley Courier's").
    line = "This story was originally published by the Valley Courier. Sign up for the Valley Courier's newsletters here."
    result = audit(f"{HEADLINE}\n\n{BODY}\n{line}\n", "text")
    assert [(link.role, link.publisher) for link in result.chain] == [("original", "the Valley Courier"), ("republisher", None)]


def test_the_house_voice_names_the_site_where_the_closing_copyright_names_its_owner() -> None:
    # The copyright line names the holder, often the owner's company; the site's own pitch
    # names the site, which is the publisher a reader knows.
    text = f"{HEADLINE}\n\n{BODY}\nSign up for the Harbour Post's morning newsletter.\n\n© 2022 Quayside Media Group Ltd\n"
    result = audit(text, "text")
    assert result.chain[-1].publisher == "Harbour Post"
    assert result.chain[-1].evidence is not None and result.chain[-1].evidence.where == "self-reference (newsletter)"
    # With no line in the house's voice, the closing copyright line still names it.
    assert audit(f"{HEADLINE}\n\n{BODY}\n© 2022 Quayside Media Group Ltd\n", "text").chain[-1].publisher == "Quayside Media Group Ltd"


def test_a_name_ends_with_its_sentence_and_its_line() -> None:
    # "Lakeshore Post.\nRelated Stories" is no name: a full stop or a line's end closes it.
    text = f"{HEADLINE}\n\n{BODY}\nMarcus Hill covers sports for the Harbour Post.\nRelated Stories\n"
    assert audit(text, "text").chain[-1].publisher == "Harbour Post"


def test_a_credited_outlets_edition_in_a_kept_pitch_names_no_publisher() -> None:
    # A copy keeps its source's pitch for its national edition: the source's, not the house's.
    line = "This article is republished from The Quay Exchange.\n\nAbonnez-vous à la newsletter de The Quay Exchange France."
    result = audit(f"{HEADLINE}\n\n{BODY}\n{line}\n", "text")
    assert result.chain[-1].publisher is None


@pytest.mark.parametrize(
    "subject, pitch",
    [
        ("Harbour Transit", "Download the Harbour Transit app to track buses in real time."),
        ("Harbour Bank", "Sign up for the Harbour Bank newsletter and get 2% cashback on your first purchase."),
        ("Harbour Regional Hospital", "Harbour Regional Hospital needs your support."),
    ],
)
def test_a_pitch_by_the_body_a_story_is_about_names_no_publisher(subject: str, pitch: str) -> None:
    # The body the story is about pitches itself in it; the house does not name itself in its
    # story but in its own lines. A name with an outlet's word ("Harbour Post") is the house's.
    story = f"{HEADLINE}\n\n{subject} said on Tuesday that it would change its plans for the quay.\n\n{BODY}\n{pitch}\n"
    assert audit(story, "text").chain[-1].publisher is None


def test_a_house_named_in_its_own_reporting_still_pitches_itself() -> None:
    # "… told Salon" is the house's reporting, not a story about it.
    story = f"{HEADLINE}\n\nThe chairwoman told Quayside that the vote would wait.\n\n{BODY}\nSubscribe to Quayside's weekly newsletter.\n"
    assert audit(story, "text").chain[-1].publisher == "Quayside"
