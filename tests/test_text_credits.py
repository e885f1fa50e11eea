"""A plain text's credit lines (issue 18): the credits a copy keeps under its text are read, in
the languages the packs know, with the credited name alone (never the sentence running on
after it), so the source's kept pitch or bio names the source and not the house. And the
look-alikes: a citation of another outlet's story, the house's own team, a statistic's source."""

from __future__ import annotations

import pytest
from test_credits import audit

HEADLINE = "Ferry timetable cut for the winter"
BODY = (
    "The ferry company said on Monday that it would run four crossings a day instead of seven from November, "
    "citing the cost of fuel and a shortage of deckhands on the island route.\n\n"
    "Islanders said the reduced timetable would leave commuters stranded on the mainland after the early evening "
    "boat, and the council said it would ask the company to restore at least one late crossing.\n"
)


def chain_of(*closing: str) -> list[tuple[str, str | None]]:
    text = f"{HEADLINE}\n\n{BODY}\n" + "\n\n".join(closing) + "\n"
    return [(link.role, link.publisher) for link in audit(text, "text").chain]


@pytest.mark.parametrize(
    "pitch, credit, original",
    [
        # A source line alone under the text, a note on the source's writer between (an outlet the registry does not know).
        ("Ada Lind is a reporter for The Tern Island Post.", "Source: The Tern Island Post", "The Tern Island Post"),
        # The outlet as the sentence's subject.
        ("Sign up for the Gullhaven Courier's free Tide Table newsletter.", "The Gullhaven Courier first published this story on March 2.", "Gullhaven Courier"),
        # "ran originally in", before the permission it runs on into.
        ("Support the Skerry Monitor with a donation.", "This column ran originally in the Skerry Monitor and is reprinted with permission.", "the Skerry Monitor"),
        # Portuguese "publicado originalmente pela/pelo", before "e é republicado".
        ("Ana Reis é repórter da Agência Maré Alta.", "Este texto foi publicado originalmente pela Agência Maré Alta e é republicado sob licença Creative Commons.", "Agência Maré Alta"),
        # Russian "впервые опубликован на сайте".
        ("Подписывайтесь на «Маяк Медиа» в Telegram.", "Материал впервые опубликован на сайте «Маяк Медиа».", "Маяк Медиа"),
        # A content-sharing partnership.
        ("Sign up for the Tern Island Post's weekly newsletter.", "This story is published here as part of a content-sharing partnership with The Tern Island Post.", "The Tern Island Post"),
        ("Follow the Skerry Monitor on Facebook.", "This story is published through a content-sharing partnership with the Skerry Monitor.", "Skerry Monitor"),
        # The writer's note naming where the column first appeared.
        ("Follow the Skerry Monitor on Facebook.", "Ada Lind is a columnist for the Skerry Monitor, where this column first appeared.", "Skerry Monitor"),
    ],
)
def test_a_kept_pitch_under_a_credit_line_names_the_source_not_the_house(pitch: str, credit: str, original: str) -> None:
    assert chain_of(pitch, credit) == [("original", original), ("republisher", None)]


@pytest.mark.parametrize(
    "credit, original",
    [
        ("Este artículo fue publicado originalmente en El Faro de la Ría y se reproduce con permiso.", "El Faro de la Ría"),
        ("Dieser Beitrag erschien zuerst bei Fährblick und wird hier mit freundlicher Genehmigung veröffentlicht.", "Fährblick"),
        ("Dieser Artikel wurde von The Island Exchange unter einer Creative-Commons-Lizenz neu veröffentlicht.", "The Island Exchange"),
        # A joining word before a capital is the name's own.
        ("Este artículo fue publicado originalmente en Mar y Tierra.", "Mar y Tierra"),
    ],
)
def test_a_credited_name_stops_where_the_sentence_runs_on(credit: str, original: str) -> None:
    assert chain_of(credit)[0] == ("original", original)


def test_the_house_republishing_an_original_is_the_republisher() -> None:
    credit = (
        "This article was originally published by The Tern Island Post and is republished here by the Gullhaven Courier "
        "under a Creative Commons license."
    )
    assert chain_of("Ada Lind is a reporter for The Tern Island Post.", credit) == [
        ("original", "The Tern Island Post"), ("republisher", "Gullhaven Courier"),
    ]


def test_the_houses_own_team_is_no_credit() -> None:
    result = audit(f"{HEADLINE}\n\n{BODY}\nThis story was reported by the Gullhaven Courier's investigative team.\n", "text")
    assert [(link.role, link.publisher) for link in result.chain] == [("original", "Gullhaven Courier")]
    assert result.chain[-1].evidence is not None and result.chain[-1].evidence.where == "self-reference (staff)"
    # Another outlet's reporting still is one.
    assert chain_of("This story was reported by The Tern Island Post.")[0] == ("original", "Tern Island Post")


@pytest.mark.parametrize(
    "line",
    [
        # A citation of another outlet's story, not a copy of it.
        "The cuts were first reported by the Skerry Monitor, according to the Skerry Monitor's editor.",
        "Fares will also rise, according to the Skerry Monitor.",
        # A statistic's source, and a source in lower case.
        "Source: Statistics Office",
        "Source: police",
        # A partnership that publishes nothing; a columnist's outlet with no word of the column's first appearing.
        "The ferry company has a partnership with the Skerry Monitor.",
        "The Gullhaven Courier first published its timetable in 1998 and has run it every winter since, the editor said.",
    ],
)
def test_look_alikes_make_no_copy(line: str) -> None:
    assert [role for role, _ in chain_of(line)] == ["original"]
