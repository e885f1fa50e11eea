"""A text extraction's own publisher from the lines real sites write about themselves, as
sites in several languages write them: a magazine's issue line, how to cite the text, the
site's description of itself after its text, a reporter's credit or sign-off, a station's
app. And the look-alikes that name no publisher: a status line, a DOI, news about an
organisation, a person's note, an agency's reporter, a page title."""

from __future__ import annotations

import pytest
from test_credits import audit
from test_text_extractions import STORY

HEADLINE = "Talks resume over port strike"


def _top(line: str) -> str:
    return f"{line}\n\n{HEADLINE}\n\n{STORY}"


def _end(line: str) -> str:
    return f"{HEADLINE}\n\n{STORY}\n{line}\n"


def _own(text: str) -> tuple[str | None, str | None]:
    result = audit(text, "text")
    link = result.chain[-1] if result.chain else None
    where = link.evidence.where if link and link.evidence else None
    return (link.publisher if link else None), where


@pytest.mark.parametrize(
    "text, publisher, form",
    [
        # A magazine's issue line, at the text's head or in a shop box after it.
        (_top("Gitarre & Bass 02/2022"), "Gitarre & Bass", "issue"),
        (_end("Harbour Monthly 98 January/February 2022"), "Harbour Monthly", "issue"),
        (_top("Hafen Magazin Ausgabe 3/2022"), "Hafen Magazin", "issue"),
        (_top("Quai Hebdo n° 812, novembre 2021"), "Quai Hebdo", "issue"),
        (_end("Harbour Review Issue 42, March 2022"), "Harbour Review", "issue"),
        (_top("Der Spiegel 12/2022"), "Der Spiegel", "issue"),
        # How to cite the text, with its own address.
        (_end("Cite this article: Marsh, J. (2022). Talks resume. Harbour Weekly. https://harbourweekly.example/talks"),
         "harbourweekly.example", "citation"),
        (_end('Diese Folge zitieren: Jana Marsch: Hafenfunk-Podcast: "HF12 Streik". 16.08.2019, https://hafenfunk.example/2019/hf12/ (CC-BY 4.0)'),
         "hafenfunk.example", "citation"),
        (_end("Pour citer cet article : Jeanne Marais, « Le port », Quai Hebdo, https://quaihebdo.example/port"), "quaihebdo.example", "citation"),
        (_end("Cite this article as: Marsh, J., Talks resume, Harbour Weekly, 8 January 2022, http://www.harbourweekly.example/talks"),
         "harbourweekly.example", "citation"),
        # The site's description of itself, closing the text.
        (_end("Die Hafen-Stiftung ist in rund 40 Ländern mit einem eigenen Büro vertreten und fördert die Seefahrt."), "Hafen-Stiftung", "about"),
        (_end("Der HSV ist der nationale Fachverband und das Kompetenzzentrum für den Hafensport in der Schweiz.\n"
              "Der HSV ist Mitglied von Swiss Olympic.\nHafenstr. 2\n4600 Olten\nTel +41 31 370 70 00"), "HSV", "about"),
        (_end("Harbour Trust is an independent charity that has supported dockers' families since 1921."), "Harbour Trust", "about"),
        (_end("Harbour Monthly is a magazine for dockers and their families."), "Harbour Monthly", "about"),
        (_end("Action Portuaire est une association indépendante qui défend les dockers depuis 1990."), "Action Portuaire", "about"),
        # A reporter's credit in Chinese, a Chinese site's dateline, a broadcast sign-off.
        (_top("港口周刊记者 李明"), "港口周刊", "staff"),
        (_top("港口网北京1月8日电（记者 李明）"), "港口网", "own-dateline"),
        (_end("Jane Marsh, Harbour Radio News."), "Harbour Radio News", "staff"),
        (_end("Max Lee, KBS World Radio News."), "KBS", "staff"),  # the registry's outlet, its newsroom's words dropped
        (_end("If you're on the Harbour 7 News app, click here to watch live"), "Harbour 7 News", "app"),
    ],
)
def test_a_self_statement_names_the_texts_publisher(text: str, publisher: str, form: str) -> None:
    assert _own(text) == (publisher, f"self-reference ({form})")


@pytest.mark.parametrize(
    "text",
    [
        # A status, a season, a date, an update, a product's version, a slogan.
        _end("Stand 02/2022"), _top("Saison 2021/2022"), _top("Berlin 12 Januar 2022"), _top("Covid-19 Update 03/2022"),
        _top("Windows 11 Version 22H2 03/2022"), _top("Sicherheitsland Nr. 1"),
        # A document's kind numbered by the year, a league, a month; a single plain word is never taken as a title.
        _end("Pressemitteilung Nr. 12/2022"), _end("Drucksache 19/2022"), _end("Bundesliga 12/2022"), _end("März 03/2022"),
        _end("PM 12/2022"), _end("Hafenblick Ausgabe 3/2022"),
        # Another magazine's issue in a reference list.
        _end("Literatur:\nSpektrum der Wissenschaft 3/2022"), _end("Quellen\nHarbour Review Issue 42, March 2022"),
        # A DOI resolves elsewhere; a report of another outlet's story is no citation of this text.
        _end("Cite this article: Doe, J. Harbour review. Nature 601, 12–15 (2022). https://doi.org/10.1038/s41586-022-0001"),
        _end("As reported in Harbour Weekly, https://harbourweekly.example/talks"),
        _end("How to cite a website in APA: Author. (Year). Title. Site. https://www.apastyle.example/websites"),
        # An organisation described mid-text, named before it is described, or followed by more of the story;
        # a German noun opening a sentence; a person; a generic subject.
        f"{HEADLINE}\n\nDie Hafen-Stiftung ist in rund 40 Ländern mit einem eigenen Büro vertreten.\n\n{STORY}The union will meet again.\n",
        _end("Harbour Trust said it would help.\n\nHarbour Trust is an independent charity founded in 1921."),
        _end("Die Hafen-Stiftung ist eine Stiftung des Landes.\n"
             "Die Gespräche sollen am Montag im Ministerium fortgesetzt werden, sagte ein Sprecher der Gewerkschaft."),
        _end("Die Hafenstiftung ist in rund 40 Ländern mit einem eigenen Büro vertreten und fördert die Seefahrt."),
        _end("Der Verein ist Mitglied im Landesverband und im Deutschen Olympischen Sportbund."),
        _end("Macron is the first president to visit the port since 1990."),
        # A person's note: a post, and the body after it.
        _end("Jane Doe is a senior fellow at the Harbour Institute."), _end("John Smith is the founder of a software company in Lisbon."),
        _end("Ann Lee ist Vorsitzende des Hafenverbands und Mitglied der Partei."),
        _end("Jean Dupont est président de l'association Action Portuaire."), _end("Jane Doe is a nonprofit executive and writer."),
        _end("Education is a foundation of a free society, the minister said."),
        # "This paper's reporter", a reporter in a sentence, an agency's photographer.
        _top("本报记者 李明"), _end("一名美国记者说，谈判将继续。"), _end("新华社记者 李明 摄"),
        # A known paper's credit and dateline, kept by the portals that repost its stories.
        _top("人民日报记者 李明"), _top("人民网北京1月8日电（记者 李明）"),
        # An agency's service, a letter's signature, a contributor's post.
        _end("Jane Doe, Reuters TV, London."), _end("Jane Doe, AP Radio News."), _end("Jane Doe, Harbour Residents Association, Lisbon"),
        _end("Ann Lee, Fox News Contributor"), _end("Jane Doe, a spokeswoman for Harbour News, said the talks would go on."),
        # A page title kept as the first line ends in the site as often as in an author, a picture
        # agency, a platform or a link's label: never taken.
        _top("Talks resume over port strike | Economy | Harbour Weekly"), _top("Talks resume over port strike | Opinion | Jane Doe"),
        _top("Talks resume over port strike | Photos | Getty Images"), _top("Talks resume over port strike | Video | YouTube"),
        _top("Posted by Jane Doe on 8 January 2022 | Filed under News | Comments"), _top("Home | News | Sport"),
        # A byline that is an address: an aggregator credits the site it took the text from so.
        _top("von hafenblick.example"),
        # A platform's app.
        _end("If you're on the Apple News app, tap here to watch live"), _end("If you're reading this in the Facebook app, click here"),
    ],
)
def test_a_look_alike_names_no_publisher(text: str) -> None:
    assert _own(text)[0] is None


@pytest.mark.parametrize("line", ["By Jane Doe, AFP, Paris", "By Jane Doe, Reuters, London", "By Jane Doe, BBC News, New York"])
def test_a_byline_naming_an_outlet_credits_it_as_the_source(line: str) -> None:
    # The same line heads the outlet's page and a verbatim copy of it: a credit, and the
    # text's own publisher stays unknown.
    result = audit(_top(line), "text")
    assert result.chain[-1].publisher is None
    assert result.chain[0].role == "original" and result.chain[0].publisher is not None
