"""A text extraction's own publisher from what is left of its site around the text (issue 18):
a newspaper's masthead or breadcrumb at the head, a copyright line at the end. And the
look-alikes naming someone else: a headline or a label at the head, a writer's, an
agency's or a picture's copyright line, a book excerpt's credit."""

from __future__ import annotations

import pytest
from test_credits import audit
from test_text_extractions import STORY

HEADLINE = "Talks resume over port strike"


def _top(line: str, story: str = STORY) -> str:
    return f"{line}\n\n{HEADLINE}\n\n{story}"


def _end(line: str, top: str = "") -> str:
    return f"{top}{HEADLINE}\n\n{STORY}\n{line}\n"


def _publisher(text: str) -> tuple[str | None, str | None]:
    claim = audit(text, "text").claims.publisher
    return (claim.value, claim.evidence.where) if claim else (None, None)


@pytest.mark.parametrize(
    "line, publisher",
    [
        # A masthead leading its line, saying it is one: its founding year, its edition, a date.
        ("The Lakemouth Sentinel | News for the valley since 1901", "The Lakemouth Sentinel"),
        ("LAKEMOUTH SENTINEL — Weekend edition", "LAKEMOUTH SENTINEL"),
        ("Riverford Gazette · 8 January 2022 · 3 min read", "Riverford Gazette"),
        ("Orchard Valley Tageblatt | Sonntagsausgabe", "Orchard Valley Tageblatt"),
        # A breadcrumb's second part, after its home.
        ("Home › Riverford Gazette › Politics", "Riverford Gazette"),
        ("Startseite » Talheimer Anzeiger » Lokales", "Talheimer Anzeiger"),
        # Titles whose word leads them, and in scripts without case.
        ("Gazzetta di Collina · 8 gennaio 2022", "Gazzetta di Collina"),
        ("Folha da Serra | Edição de domingo", "Folha da Serra"),
        ("Báo Sông Xanh | 08/01/2022", "Báo Sông Xanh"),
        ("جريدة الوادي | 2022", "جريدة الوادي"),
        ("Серпуховский вестник | 8 января 2022", "Серпуховский вестник"),
        ("山城日报 · 2022年1月8日", "山城日报"),
        ("산골일보 | 일요판", "산골일보"),
    ],
)
def test_a_newspapers_masthead_at_the_head_names_the_publisher(line: str, publisher: str) -> None:
    assert _publisher(_top(line)) == (publisher, "masthead")


_MEDIA_STORY = (
    "Staff at the Riverford Gazette walked out on Friday over pay, the union said.\n\n"
    "The paper's editor said it would appear as usual on Saturday.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # A headline in title case or in a sentence's case naming a paper; a paper in a headline or a credit.
        _top("Talks End at Riverford Gazette | Opinion"), _top("Inside the Riverford Gazette"),
        _top("Riverford Gazette Cuts Print Days | Media"), _top("Reprinted from the Riverford Gazette"),
        _top("Source: Riverford Gazette"), _top("Riverford Gazette reporter Tom Reed"),
        # The paper the story is about.
        _top("Riverford Gazette | Media", _MEDIA_STORY), _top("The Riverford Gazette", _MEDIA_STORY),
        # Sections, labels and common words ending in a title's word; a name in quotation marks.
        _top("Local News | Riverford"), _top("Merkblatt | Hafenamt"), _top("Angebote | Hafen"), _top("Kyiv Dispatch | Opinion"),
        _top("Guest Post | Tom Reed"), _top("Correo Electrónico | Contacto"), _top("Газета «Заря» закрылась — Медиа"),
        # A page title ends with its site as often as with anything else; a byline is a credit.
        _top("Talks resume over port strike | Riverford Gazette"), _top("Von Tom Reed, Talheimer Anzeiger"),
        # A masthead alone, saying nothing of itself, looks like a headline.
        _top("Orchard Valley Tageblatt | Nachrichten aus dem Tal"), _top("THE ORCHARD HERALD"), f"The Orchard Herald\n\n{STORY}",
        # A headline above a date.
        _top("Riverford Gazette Cuts Print Days · 8 January 2022"), _top("Inside the Riverford Gazette | 2022"),
    ],
)
def test_a_look_alike_at_the_head_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


def test_a_copyright_line_closing_the_text_still_names_the_publisher() -> None:
    assert _publisher(_end("© 2022 Riverford Gazette. All rights reserved.")) == ("Riverford Gazette", "copyright line")
    # The reservation is no part of the name.
    assert _publisher(_end("版权所有 © 2022 山城日报 未经授权不得转载")) == ("山城日报", "copyright line")


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own line under a column or an excerpt.
        _end("© 2022 Tom Reed", top="By Tom Reed\n\n"), _end("© 2022 Tom Reed. All rights reserved.", top="By Tom Reed\n\n"),
        _end("Excerpted from Orchard Days by Tom Reed. Copyright © 2022 by Tom Reed. Reprinted by permission of Orchard House Books.",
             top="By Tom Reed\n\n"),
        # A picture's line.
        _end("Top image © 2022 Lena Park / Coastline Pictures"),
        # An agency's line, by a service's name, a legal name or a name in another script.
        _end("© dpa-infocom, dpa:220108-99-654321/3"), _end("© 2022 Polska Agencja Prasowa S.A."), _end("© 2022 新华通讯社 版权所有"),
    ],
)
def test_a_closing_copyright_line_of_someone_else_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


@pytest.mark.parametrize(
    "text, publisher, form",
    [
        # The site's cookie banner, its account link, its menu and its profiles, kept by the extraction.
        (_top("Riverford Gazette uses cookies to give you the best experience. By continuing you agree to our cookie policy."),
         "Riverford Gazette", "cookies"),
        (_top("Talheimer Anzeiger verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."), "Talheimer Anzeiger", "cookies"),
        (_top("Sign in to Riverford Gazette"), "Riverford Gazette", "sign-in"),
        (_top("Riverford Gazette Home News Sport Opinion Obituaries"), "Riverford Gazette", "navigation"),
        (_top("Talheimer Anzeiger Startseite Lokales Sport Kultur"), "Talheimer Anzeiger", "navigation"),
        (_end("Riverford Gazette on Facebook\nRiverford Gazette on X"), "Riverford Gazette", "follow-us"),
    ],
)
def test_the_sites_chrome_around_the_text_names_the_publisher(text: str, publisher: str, form: str) -> None:
    assert _publisher(text) == (publisher, f"self-reference ({form})")


@pytest.mark.parametrize(
    "text",
    [
        # A platform's or an embed's banner, a page's own words, a news story's sentence.
        _top("YouTube uses cookies to give you the best experience."), _top("Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern."),
        _top("This site uses cookies from Google to deliver its services."),
        _top("Google uses cookies to track users across sites, the regulator found."),
        # Any page's account links; a platform's.
        _top("Sign in to Comment"), _top("Sign in to Google"), _top("Log in with Facebook"),
        # A headline with "Home" in it; one link to a body the story is about.
        _top("Welcome Home Sweet Home Again"), _end("Harbour Council on Facebook"),
    ],
)
def test_a_look_alike_of_the_sites_chrome_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


@pytest.mark.parametrize(
    "line, publisher",
    [("By Tom Reed, Riverford Gazette staff", "Riverford Gazette"), ("Tom Reed, Riverford Gazette Staff Writer", "Riverford Gazette")],
)
def test_a_writer_signing_as_the_houses_staff_names_the_publisher(line: str, publisher: str) -> None:
    assert _publisher(_top(line)) == (publisher, "self-reference (staff)")


@pytest.mark.parametrize(
    "line", ["By Tom Reed, Pinewood Library staff", "By Tom Reed, Reuters staff", "Tom Reed, Harbour Council Staff Writer", "By Tom Reed for the Riverford Gazette"],
)
def test_a_writer_on_someone_elses_staff_names_no_publisher(line: str) -> None:
    assert _publisher(_top(line))[0] is None
