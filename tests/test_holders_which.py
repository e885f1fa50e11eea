"""Which name is the holder when a page shows several: the name a copyright line states
before what it says of another ("is a publication of", "licensed to"), the year a meta tag
writes before the name, a sidebar's or a comment's sign under the text, and the author a
reprint's own credit line names. A wrong holder is worse than none."""

from __future__ import annotations

import pytest
from test_holders import _rights

_SITE = "<footer><p>© 2021 Harbour Watch. All rights reserved.</p></footer>"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 Harbour Watch is a publication of Quay Media LLC", "Harbour Watch"),
        ("© 2021 Harbour Watch is owned by Quay Media LLC", "Harbour Watch"),
        ("© 2021 Jane Doe, licensed to Harbour Watch", "Jane Doe"),
        ("© 2021 Harbour Media Ltd, under licence from Quay Holdings Ltd", "Harbour Media Ltd"),
        ("© 2021 Harbour Media Ltd, used under license by Harbour Watch", "Harbour Media Ltd"),
        # Look-alikes: two holders stated jointly stay one statement.
        ("© 2021 Harbour Watch and Quay Radio", "Harbour Watch and Quay Radio"),
        ("© Harbour Watch / Quay Radio 2021", "Harbour Watch / Quay Radio"),
    ],
)
def test_the_name_before_what_it_is_to_another_is_the_holder(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


@pytest.mark.parametrize(
    ("content", "holder"),
    [
        ("© 2021 Harbour Media Ltd. All rights reserved.", "Harbour Media Ltd."),
        ("Copyright 2019-2021 Harbour Media Ltd", "Harbour Media Ltd"),
        ("Harbour Media Ltd 2021", "Harbour Media Ltd"),
        ("1854 Media", "1854 Media"),  # no sign: a number first is the name's own
    ],
)
def test_the_year_before_the_name_in_a_meta_tag_is_not_the_name(content: str, holder: str) -> None:
    rights = _rights("<p></p>", head=f'<meta name="copyright" content="{content}">')
    assert rights["holder"] == holder


@pytest.mark.parametrize(
    "box",
    [
        "<div class='comments'><p>Jane Doe © 2021: Great piece!</p></div>",
        "<div class='related'><p>From our partners: Quay Times © 2021</p></div>",
        "<aside class='widget'><p>© 2021 Weather data: Harbour Weather Inc.</p></aside>",
    ],
)
def test_a_sidebars_or_a_comments_sign_under_the_text_is_not_the_articles_own(box: str) -> None:
    assert _rights(box + _SITE)["holder"] == "Harbour Watch"


def test_the_articles_own_line_under_the_text_still_wins_over_the_footer() -> None:
    # Look-alike: out of the text's zone, under the story, but no sidebar's.
    html = "<div class='article-copyright'><p>Copyright © 2021 Quay Radio.</p></div><footer><p>© 2021 Harbour Media Ltd</p></footer>"
    assert _rights(html)["holder"] == "Quay Radio"


def test_a_reprints_credit_line_naming_the_author_states_the_holder() -> None:
    html = "<p>Excerpted from The Harbour by Jane Doe. Copyright © 2018 by Jane Doe. Reprinted by permission of Quay Books.</p>" + _SITE
    assert _rights(html)["holder"] == "Jane Doe"


def test_a_reprints_credit_line_without_a_sign_leaves_the_original_the_holder() -> None:
    html = "<p>Excerpted from The Harbour by Jane Doe. Reprinted by permission of Quay Books.</p>" + _SITE
    assert _rights(html)["holder"] == "Quay Books"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 Harbour Watch Ltd trading as Quay News", "Harbour Watch Ltd"),
        ("© 2021 Harbour Watch Ltd t/a Quay News", "Harbour Watch Ltd"),
        ("© 2021 Harbour Watch Ltd (formerly Quay News Ltd)", "Harbour Watch Ltd"),
        ("© 2021 Harbour Watch Inc. and/or its affiliates. All rights reserved.", "Harbour Watch Inc."),
        ("© 2021 Harbour Watch Inc. or its affiliates", "Harbour Watch Inc."),
        ("© 2021 Harbour Watch and its contributors", "Harbour Watch"),
    ],
)
def test_a_companys_other_names_and_its_group_after_its_name_are_not_the_holder(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 “Harbour Watch” Newspaper Co.", "“Harbour Watch” Newspaper Co."),
        ('© 2021 "Harbour Watch" Media GmbH', '"Harbour Watch" Media GmbH'),
        # Look-alike: an epithet in quotes before a name stays an epithet.
        ("© 2021 '대중문화컨텐츠 전문가그룹' 엔터미디어", "엔터미디어"),
    ],
)
def test_a_quoted_name_then_a_company_word_is_the_companys_name(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


@pytest.mark.parametrize(
    "ad",
    [
        "<div><p>Advertisement</p><p>© 2021 Acme Motors Ltd</p></div>",
        "<div><p>Anzeige</p><p>Jetzt Probe fahren!</p><p>© 2021 Acme Autohaus GmbH</p></div>",
    ],
)
def test_a_sign_under_an_ad_label_is_the_advertisers(ad: str) -> None:
    assert _rights(ad)["holder"] is None
    assert _rights(ad + _SITE)["holder"] == "Harbour Watch"


def test_a_sign_far_below_an_ad_label_is_the_pages_own() -> None:
    html = "<div><p>Advertisement</p><p>One</p><p>Two</p><p>© 2021 Harbour Media Ltd</p></div>"
    assert _rights(html)["holder"] == "Harbour Media Ltd"


@pytest.mark.parametrize(
    ("content", "holder"),
    [
        ("WordPress", None),  # the CMS's default in the tag
        ("Copyright (c) 2021 Harbour Media Ltd | Powered by WordPress", "Harbour Media Ltd"),
        ("Google LLC", "Google LLC"),  # look-alike: a company's full name is a holder
    ],
)
def test_a_platforms_name_alone_in_the_copyright_tag_is_no_holder(content: str, holder: str | None) -> None:
    assert _rights("<p></p>", head=f'<meta name="copyright" content="{content}">')["holder"] == holder


def test_the_articles_own_copyright_paragraph_closing_the_text_wins_over_the_footer() -> None:
    html = "<p>Copyright 2021 Quay Radio. All rights reserved.</p><footer><p>© 2021 Harbour Media Ltd</p></footer>"
    assert _rights(html)["holder"] == "Quay Radio"


@pytest.mark.parametrize(
    "box",
    [
        "<div class='embed instagram'><p>© 2021 Instagram from Meta</p></div>",  # a bare sign: an embed's
        "<blockquote><p>“A triumph.” © 2021 The Guardian</p></blockquote>",  # not at the line's start: a quote's
        "<div class='partner-content'><p>Partner content</p><p>© 2021 Acme Bank plc</p></div>",
    ],
)
def test_a_bare_sign_under_the_text_is_not_the_articles_own(box: str) -> None:
    assert _rights(box + _SITE)["holder"] == "Harbour Watch"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 Harbour Watch is a division of Quay Media LLC", "Harbour Watch"),
        ("© 2021 Harbour Watch is a Quay Media LLC company", "Harbour Watch"),
        ("© 2021 Harbour Watch is published under licence by Quay Media LLC", "Harbour Watch"),
        ("© 2021 Harbour Watch est une publication de Groupe Port SA", "Harbour Watch"),
        ("© 2021 Harbour Watch es un medio de Grupo Puerto S.L.", "Harbour Watch"),
        ("© 2021 Harbour Watch è una testata di Porto Media S.r.l.", "Harbour Watch"),
        ("© 2021 Harbour Watch ist ein Angebot der Hafen Medien GmbH", "Harbour Watch"),
        ("© 2021 Harbour Watch é uma publicação da Porto Media Lda", "Harbour Watch"),
        ("© 2021 Harbour Watch is een uitgave van Haven Media B.V.", "Harbour Watch"),
        # Look-alikes: no verb, or a verb inside a joint name.
        ("© 2021 Jane Doe and John Smith", "Jane Doe and John Smith"),
        ("© 2021 Harbour Watch Inc. All rights reserved.", "Harbour Watch Inc."),
    ],
)
def test_a_clause_saying_what_the_name_is_ends_the_holder(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


def test_copyright_as_the_subject_of_a_sentence_names_no_holder() -> None:
    assert _rights("<footer><p>Copyright law is a complex field.</p></footer>")["holder"] is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 Harbour Watch, which is owned by Quay Media LLC", "Harbour Watch"),
        ("© 2021 Harbour Watch, owned and operated by Quay Media LLC", "Harbour Watch"),
        ("© 2021 Harbour Watch, édité par Groupe Port SA", "Harbour Watch"),
        ("© 2021 Harbour Watch – a Quay Media company", "Harbour Watch"),
        ("© 2021 Harbour Watch (a Quay Media company)", "Harbour Watch"),
        ("© 2021 Harbour Watch – Teil der Hafen Mediengruppe", "Harbour Watch"),
        ("© 2021 Harbour Watch, parte del Grupo Puerto", "Harbour Watch"),
        ("© 2021 Harbour Watch in association with Quay Radio", "Harbour Watch"),
        ("© 2021 Harbour Watch, salvo diversa indicazione", "Harbour Watch"),
        # Look-alikes: a name with a dash and a capitalised part, a company's name with a comma.
        ("© 2021 Harbour Watch – The Quay", "Harbour Watch – The Quay"),
        ("© 2021 Smith, Jones & Partners LLP", "Smith, Jones & Partners LLP"),
    ],
)
def test_the_group_a_partner_or_an_agent_after_the_name_is_not_part_of_it(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021 Harbour Watch: the voice of the harbour", "Harbour Watch"),
        ("© 2021 Harbour Watch: Local News", "Harbour Watch: Local News"),  # look-alike: capitalised, the name's own
    ],
)
def test_a_small_tagline_after_a_colon_is_not_the_name(line: str, holder: str) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Site design © 2021 Studio Quay. Content © 2021 Harbour Watch.", "Harbour Watch"),
        ("Harbour Watch © 2021 | © Photos: Jane Doe", "Harbour Watch"),
        # Look-alikes: the page's own first, and a footer's link before the sign.
        ("© 2021 Harbour Watch. Photos © 2021 Jane Doe.", "Harbour Watch"),
        ("Home © 2021 | Harbour Watch", "Harbour Watch"),
        ("Photo © Jane Doe, map data © 2021 OpenStreetMap contributors", None),
        ("Photos © Jane Doe, design © 2021 Studio Quay", None),  # the second sign's year is not the photo's
    ],
)
def test_the_pages_own_sign_beside_a_design_or_a_picture_credit_on_one_line(line: str, holder: str | None) -> None:
    assert _rights(f"<footer><p>{line}</p></footer>")["holder"] == holder
