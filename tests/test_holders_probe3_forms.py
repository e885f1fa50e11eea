"""Holders in the forms a third independent probe found read wrong (issue 12), each as a class
with its look-alikes: a reservation in more of its everyday wordings (which names no one), a
year in a script's own digits or the Thai era's, a reservation that says whose the rights are
in Persian and Hebrew, a register's label after a company's name, and an embedded service's
or a consent or newsletter provider's own line."""

from __future__ import annotations

import pytest
from pages import STORY, story_holder


def holder(
    footer: str = "", body: str = STORY, lang: str = "en", site: str = "Weirbrook Chronicle", aside: str = "", head: str = ""
) -> str | None:
    """The holder of a Weirbrook Chronicle story page with this footer."""
    return story_holder(
        footer, body=body, writer="Oda Linnell", site=site, lang=lang, aside=aside, head=head,
        url="https://www.weirbrookchronicle.example/2021/05/story",
    )


@pytest.mark.parametrize(
    "footer, lang",
    [
        ("Bản quyền © 2021. Bảo lưu mọi quyền.", "vi"),
        ("Hak Cipta © 2021 Dilindungi Undang-Undang", "id"),
        ("© 2021 Her hakkı saklıdır.", "tr"),
        ("© 2021 Reservados todos los derechos.", "es"),
        ("© 2021 Toate drepturile sunt rezervate.", "ro"),
        ("© 2021 All rights are reserved.", "en"),
    ],
)
def test_a_reservation_in_its_everyday_wordings_names_no_one(footer: str, lang: str) -> None:
    assert holder(footer, lang=lang) is None


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        # the same wordings after a name leave the name
        ("© 2021 Báo Đồng Sông. Bảo lưu mọi quyền.", "vi", "Báo Đồng Sông"),
        ("Hak Cipta © 2021 Warta Muara Dilindungi Undang-Undang", "id", "Warta Muara"),
        ("© 2021 Irmak Gazetesi. Her hakkı saklıdır.", "tr", "Irmak Gazetesi"),
    ],
)
def test_a_name_before_an_everyday_reservation_is_the_holder(footer: str, lang: str, wanted: str) -> None:
    assert holder(footer, lang=lang) == wanted


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        # a year in a script's own digits, or of the Thai Buddhist era, before the name
        ("© ২০২১ সর্বস্বত্ব সংরক্ষিত দৈনিক নদীতীর", "bn", "দৈনিক নদীতীর"),
        ("স্বত্ব © ২০২১ দৈনিক নদীতীর", "bn", "দৈনিক নদীতীর"),
        ("© २०२१ नदी किनारा समाचार", "hi", "नदी किनारा समाचार"),
        ("© 2564 สงวนลิขสิทธิ์ หนังสือพิมพ์ริมน้ำ", "th", "หนังสือพิมพ์ริมน้ำ"),
        ("© ۱۴۰۰ خبرگزاری رودکنار", "fa", "خبرگزاری رودکنار"),
        # the year alone, in those digits, names no one
        ("© ২০২১ সর্বস্বত্ব সংরক্ষিত", "bn", None),
        ("© 2564 สงวนลิขสิทธิ์", "th", None),
    ],
)
def test_a_year_in_a_scripts_own_digits_or_era_is_the_lines_year(footer: str, lang: str, wanted: str | None) -> None:
    assert holder(footer, lang=lang) == wanted


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        # Persian: the name inside the reservation, after "برای" or "متعلق به", before its verb
        ("© ۱۴۰۰ تمامی حقوق برای خبرگزاری رودکنار محفوظ است.", "fa", "خبرگزاری رودکنار"),
        ("کلیه حقوق این سایت متعلق به روزنامه رودکنار می‌باشد. ©", "fa", "روزنامه رودکنار"),
        ("© کلیه حقوق مادی و معنوی این سایت متعلق به روزنامه رودکنار است", "fa", "روزنامه رودکنار"),
        # Hebrew: "for" joined to the name
        ("© כל הזכויות שמורות לעיתון שפת הנהר 2021", "he", "עיתון שפת הנהר"),
        ("© 2021 כל הזכויות שמורות ל-עיתון שפת הנהר", "he", "עיתון שפת הנהר"),
        # English: "reserved to" a name
        ("© 2021 All rights reserved to Weirbrook Media", "en", "Weirbrook Media"),
        # look-alikes: the reservation alone names no one, a name starting with the letter keeps it
        ("© 2021 כל הזכויות שמורות", "he", None),
        ("© 2021 לילך הפקות", "he", "לילך הפקות"),
        ("© ۱۴۰۰ تمامی حقوق محفوظ است", "fa", None),
    ],
)
def test_a_reservation_that_says_whose_the_rights_are_names_them(footer: str, lang: str, wanted: str | None) -> None:
    assert holder(footer, lang=lang) == wanted


@pytest.mark.parametrize(
    "footer, lang, wanted",
    [
        ("© 2021 ООО «Речной край», ИНН 7709876543, ОГРН 1157700000000", "ru", "ООО «Речной край»"),
        ("© 2021 ТОВ «Річковий край», код ЄДРПОУ 87654321", "uk", "ТОВ «Річковий край»"),
        ("© 2021 Folyópart Média Kft. | Adószám: 87654321-2-41", "hu", "Folyópart Média Kft."),
        ("© 2021 Margem Editora Ltda. CNPJ 12.345.678/0001-90", "pt", "Margem Editora Ltda."),
        ("© 2021 Wydawnictwo Nadbrzeże Sp. z o.o., KRS 0000123456, REGON 123456789", "pl", "Wydawnictwo Nadbrzeże Sp. z o.o."),
    ],
)
def test_a_registers_label_after_the_name_ends_it(footer: str, lang: str, wanted: str) -> None:
    assert holder(footer, lang=lang) == wanted


@pytest.mark.parametrize(
    "aside",
    [
        # a player's, a podcast host's, a newsletter service's, a consent provider's own line
        '<div class="player"><div class="jw-logo">© 2021 JW Player</div></div>',
        '<div class="episode"><p>Hosted on Buzzsprout · © 2021 Buzzsprout</p></div>',
        '<div class="sib-form"><p class="sib-branding">Newsletter propulsée par Brevo © 2021 Sendinblue SAS</p></div>',
        '<div class="consent"><p>Consentements certifiés par axeptio © 2021 Axeptio SAS</p></div>',
        '<div class="consent"><p>© 2021 CookieYes Limited</p></div>',
    ],
)
def test_an_embedded_services_or_a_providers_own_line_is_not_the_pages(aside: str) -> None:
    assert holder(aside=aside) is None
    assert holder("© 2021 Weirbrook Media Ltd.", aside=aside) == "Weirbrook Media Ltd."


@pytest.mark.parametrize(
    "footer, lang",
    [
        # a nameless sign, then only the footer's links
        ('© 2012–2021 | <a href="/">Home</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a>', "en"),
        ('© 2015-2021 <a href="/regulamin">Regulamin</a> <a href="/polityka">Polityka prywatności</a> <a href="/kontakt">Kontakt</a>', "pl"),
        ('Copyright © 2021 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a>', "de"),
    ],
)
def test_a_nameless_sign_before_the_footers_links_names_no_one(footer: str, lang: str) -> None:
    assert holder(f"<p>{footer}</p>", lang=lang) is None


@pytest.mark.parametrize(
    "footer, site, wanted",
    [
        # a name among the links is the holder, a link's word in a name keeps it
        ('© 2021 | Weirbrook Media | <a href="/contact">Contact</a>', "Weirbrook Chronicle", "Weirbrook Media"),
        ("© 2021 Weirbrook Help Desk", "Weirbrook Chronicle", "Weirbrook Help Desk"),
    ],
)
def test_a_name_beside_the_footers_links_is_still_the_holder(footer: str, site: str, wanted: str) -> None:
    assert holder(f"<p>{footer}</p>", site=site) == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # the sign, the years and the name, each in an element of its own
        ('<div class="legal"><p>Copyright ©</p><p>2004–2021</p><p>Brodské listy s.r.o.</p></div>', "Brodské listy s.r.o."),
        ("<ul><li>©</li><li>2021</li><li>Weirbrook Verlag</li></ul>", "Weirbrook Verlag"),
        # look-alikes: a sign alone, then a year and the footer's links, or a year and a tagline
        ('<ul><li>©</li><li>2021</li><li><a href="/impressum">Impressum</a></li></ul>', None),
        ("<ul><li>©</li><li>2021</li><li>News you can trust from the weir</li></ul>", None),
        ("<ul><li>©</li><li>Weirbrook Verlag</li></ul>", None),
    ],
)
def test_a_notice_split_into_elements_of_its_own_is_read_whole(footer: str, wanted: str | None) -> None:
    assert holder(footer, lang="de") == wanted


@pytest.mark.parametrize(
    "aside",
    [
        '<div class="ticker"><p>DAX 15.432 +0,4 %</p><p>Kursdaten © 2021 Brückner Finanzdaten AG, 15 Min. verzögert</p></div>',
        '<div class="markets"><p>FTSE 100 7,012</p><p>Market data © 2021 Halloran Data Corp.</p></div>',
        '<div class="podcast"><p>Episode 4: The weir</p><p>Podcast hosting © 2021 Castwell Media Inc.</p></div>',
        '<div class="fx"><p>EUR/USD 1.19</p><p>Exchange rates: © 2021 Orrin FX Ltd</p></div>',
    ],
)
def test_a_widgets_data_or_service_label_before_the_sign_makes_it_the_services(aside: str) -> None:
    assert holder(aside=aside) is None
    assert holder("© 2021 Weirbrook Media Ltd.", aside=aside) == "Weirbrook Media Ltd."


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # "data" or "rates" alone before the sign may be the site's own line
        ("Content and data © 2021 Weirbrook Media Ltd.", "Weirbrook Media Ltd."),
        ("Rates © 2021 Weirbrook Inn", "Weirbrook Inn"),
    ],
)
def test_a_word_like_a_services_label_leaves_the_sites_line(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


@pytest.mark.parametrize(
    "body, lang",
    [
        # a sign in the middle of a sentence of the text, the sentence going on after the name
        ("<p>The poster, which bears the line © 1957 Arden Lithographic Company at its foot, was found behind a wall during the "
         "renovation of the old mill last spring.</p>", "en"),
        ("<p>Court papers show the game's start screen carried © 2016 Pellow & Finch Studios until the company was sold, a "
         "detail both sides now rely on.</p>", "en"),
        ("<p>La portada del disco, con la leyenda © 1979 Discos Ribera, se ha convertido en objeto de culto entre los coleccionistas de la ciudad.</p>", "es"),
        ("<p>Die Postkarte mit dem Aufdruck © 1962 Verlag Anton Hebel wurde auf einem Flohmarkt am Wehr für zwei Euro verkauft und ist heute viel wert.</p>", "de"),
        # a source the text adapts, a reviewed book's details, a product's part
        (STORY + "<p><em>Adapted from Bread of the Weir by Oskar Lind (Millrace Books). © 2018 Oskar Lind.</em></p>", "en"),
        (STORY + "<p><em>Adaptado de Panes del río, de Irene Vall. © 2018 Irene Vall.</em></p>", "es"),
        (STORY + "<p><strong>Bread of the Weir</strong> by Oskar Lind. Millrace Books, 288 pages, $24. © 2018 Oskar Lind.</p>", "en"),
        (STORY + "<p>Oskar Lind: Brot vom Wehr. Mühlbach Verlag, 288 S., 22 Euro. © 2018 Oskar Lind.</p>", "de"),
        (STORY + "<ul><li>Condition: good</li><li>Box: © 2019 Tenmaru Games. Tenmaru Racer is a trademark of Tenmaru Games.</li></ul>", "en"),
        # in brackets after a linked title in a list of others' stories
        (STORY + '<ul><li><a href="https://millrace.example/a">The last millers</a> (Millrace Weekly, © 2021 Millrace Media)</li></ul>', "en"),
    ],
)
def test_a_notice_in_the_text_that_describes_another_work_is_a_mention(body: str, lang: str) -> None:
    assert holder(body=body, lang=lang) is None
    assert holder("© 2021 Weirbrook Media Ltd.", body=body, lang=lang) == "Weirbrook Media Ltd."


@pytest.mark.parametrize(
    "body, wanted",
    [
        # the text's own notice in a sentence: a reprint's credit; an excerpt's line
        (STORY + "<p>Reprinted with the kind permission of Millrace Books from Bread of the Weir, © 2018 Oskar Lind, all rights reserved.</p>",
         "Oskar Lind"),
        ("<p><em>Excerpted from Bread of the Weir by Oskar Lind. Copyright © 2018 by Oskar Lind. Reprinted by permission of Millrace "
         "Books.</em></p>" + STORY, "Oskar Lind"),
        # a station's description of itself ending with its own line: the sentence ends at the name
        (STORY + "<p>Weir Radio is the community station of the valley, on air every day since 1998, © 2021 Weir Radio Ltd.</p>",
         "Weir Radio Ltd."),
        # the page's own statement in a sentence
        (STORY + "<p>The whole of this text is © 2021 Oda Linnell, who wrote it for the weekend edition of the paper.</p>", "Oda Linnell"),
        (STORY + "<p>All content on this site is © 2021 Oda Linnell.</p>", "Oda Linnell"),
    ],
)
def test_the_texts_own_notice_in_or_after_a_sentence_is_still_the_pages(body: str, wanted: str) -> None:
    assert holder(body=body) == wanted


@pytest.mark.parametrize(
    "footer, wanted",
    [
        # in the footer, brackets, a book's details or a long sentence leave the site's own line
        ("Weirbrook Chronicle (© 2021 Weirbrook Media Ltd.)", "Weirbrook Media Ltd."),
        ("Weirbrook Chronicle, ISSN 1234-5678. © 2021 Weirbrook Media Ltd.", "Weirbrook Media Ltd."),
        ("The Weirbrook Chronicle has served the valley and its villages since 1921, © 2021 Weirbrook Media Ltd.", "Weirbrook Media Ltd."),
    ],
)
def test_the_footers_own_line_is_never_a_mention(footer: str, wanted: str) -> None:
    assert holder(footer) == wanted


@pytest.mark.parametrize(
    "aside",
    [
        '<div class="weather-widget"><p>Harbourside 14°C, light rain</p><p>© 2021 Skyline Forecasts Inc.</p></div>',
        '<div id="stock-ticker"><span>FTSE 7,012 ▲0.4%</span><span>© 2021 Tallyquote Data Ltd</span></div>',
        '<div class="market-data"><p>EUR/USD 1.19</p><p>Copyright 2021 Tallyquote Data Ltd</p></div>',
        '<div class="video-player"><p>Watch: the quay at dawn</p><p>© 2021 Reelbox Media</p></div>',
        '<div class="jwplayer"><p>© 2021 Reelbox Media</p></div>',
    ],
)
def test_an_embedded_services_box_holds_the_services_line_not_the_pages(aside: str) -> None:
    # Only the box's markup tells whose line it is: no label precedes the sign.
    assert holder("© 2021 Weirbrook Chronicle Ltd. All rights reserved.", aside=aside) == "Weirbrook Chronicle Ltd."
    assert holder("", aside=aside) is None


@pytest.mark.parametrize("css", ["weatherford-news", "playerone-column", "marketing-footer"])
def test_a_class_merely_starting_like_a_services_box_holds_the_pages_line(css: str) -> None:
    # Class words are whole between separators: "marketing" is no market data box.
    assert holder(f'<div class="{css}"><p>© 2021 Weirbrook Chronicle Ltd.</p></div>') == "Weirbrook Chronicle Ltd."
