"""The page's rights holder in the footers of many countries, and the names in a footer that
are not it: the site's makers, a picture's or a map's credit, a reservation with no name,
an embedded player's own line. A false holder is worse than a missed one."""

from __future__ import annotations

import pytest
from test_notices import copyright_in


def _page_holders(footer: str) -> list[str]:
    return [n.holder for n in copyright_in(footer=footer) if n.scope == "page" and n.holder]


@pytest.mark.parametrize(
    "line",
    [
        # A nameless sign, then the makers' credit in the footer's language.
        "© 2021 Todos los derechos reservados | Diseñado por Agencia Puerto",
        "© 2021 | Desenvolvido por Agência Porto",
        "Copyright © 2021 | Tasarım: Liman Ajans",
        "Copyright © 2021 | Haber Sistemi: Liman Yazılım",
        "© Copyright 2021 Tüm hakları saklıdır. | Haber Yazılımı: Liman Bilişim",
        "© 2021 Alle rechten voorbehouden | Website door Studio Haven",
        "© 2021 Tutti i diritti riservati | Realizzazione siti web: Studio Porto",
        "© 2021 Tous droits réservés – Réalisation : Agence Port",
        "© 2021 सर्वाधिकार सुरक्षित | डिज़ाइन: हार्बर डिजिटल",
        "Hak Cipta © 2021. Dikembangkan oleh Studio Pelabuhan",
        "版权所有 © 2021 | 技术支持：海港科技",
        "Copyright © 2021 | 사이트 제작: 항구디자인",
        "© 2021 · Desarrollado con WordPress",
        "Copyright © 2021 All rights reserved | This template is made with ♥ by Colorlib",
        # "Powered by" after a separator is the software's credit, not "© Powered by X".
        "© 2021 | Powered by はてなブログ",
    ],
)
def test_a_nameless_sign_and_the_makers_credit_name_no_holder(line: str) -> None:
    assert _page_holders(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "© 2021 無断転載禁止",
        "<저작권자 ⓒ 무단전재 및 재배포 금지>",
        "© 2021 Με την επιφύλαξη παντός δικαιώματος",
        "© 2021 Усі права захищені",
        "© ۱۴۰۰ کلیه حقوق محفوظ است",
    ],
)
def test_a_reservation_written_whole_leaves_no_word_for_a_name(line: str) -> None:
    assert _page_holders(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Crédits photos : © Jean Dupont",
        "Fotografías: © Juan Pérez",
        "Crediti fotografici: © Mario Rossi",
        "Foto's: © Jan Jansen",
        "Zdjęcia: © Jan Kowalski",
        "Fotoğraflar: © Ahmet Yılmaz",
        "Фото: © Иван Иванов",
        "Источник фото: © РИА Новости",
        "الصور: © أحمد علي",
        "Ảnh: © Nguyễn Văn An",
        "फोटो: © राम शर्मा",
        "Symbolbild: © Jane Doe",
        "Profilbild: © Jane Doe",
        "Cover photo: © Jane Doe",
        # A map is a picture, and its data's credit is the map's.
        "Kartendaten © 2021 GeoBasis-DE/BKG, Google",
        "Map data ©2021 GeoBasis-DE/BKG",
        # An embedded player's own line.
        "© 2021 Spotify AB",
    ],
)
def test_a_pictures_a_maps_or_a_players_credit_in_any_language_is_not_the_pages(line: str) -> None:
    assert _page_holders(line) == []


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Hak Cipta © 2021 PT Pelabuhan Media Nusantara", "PT Pelabuhan Media Nusantara"),
        ("Bản quyền © 2021 thuộc về Báo Cảng Biển", "Báo Cảng Biển"),
        ("جميع الحقوق محفوظة © 2021 لـ صحيفة الميناء", "صحيفة الميناء"),
        ("Все права защищены © 2021 ООО «Портовая газета»", "ООО «Портовая газета»"),
        ("© 2021 ТОВ «Портові новини». Усі права захищені.", "ТОВ «Портові новини»"),
        ("© 2021 Λιμάνι Media. Με την επιφύλαξη παντός δικαιώματος.", "Λιμάνι Media"),
        ("© 2021 Liman Medya A.Ş. Tüm hakları saklıdır.", "Liman Medya A.Ş."),
        ("© 2021 Porto Media Lda.", "Porto Media Lda."),
        ("Copyright © (주)항구일보 All rights reserved.", "(주)항구일보"),
        ("© کلیه حقوق محفوظ است ۱۴۰۰ خبرگزاری بندر", "خبرگزاری بندر"),
        ("© 2021 Liman Haber. Tüm hakları saklıdır. | Haber Yazılımı: Liman Bilişim", "Liman Haber"),
        ("© 2021 Jornal do Porto | Desenvolvido por Agência Quay", "Jornal do Porto"),
        # "Powered by" straight after the sign still names the holder.
        ("© 2023 Powered by Harbour Media - Alle Rechte vorbehalten", "Harbour Media"),
    ],
)
def test_the_holder_in_the_forms_of_many_countries(line: str, holder: str) -> None:
    assert _page_holders(line) == [holder]


@pytest.mark.parametrize(
    "line",
    [
        "Powered by Discuz! X3.4 © 2001-2021 Comsenz Inc.",
        "Copyright © 2021 | Сайт создан в системе uCoz",
        "© 2021 | Diberdayakan oleh Blogger",
        "© 2021 | Được phát triển bởi Cảng Web",
        "© 2021 Intuit Mailchimp",
        # Where "by" follows the name, the whole of a maker's credit is the credit.
        "© 2021 Liman Ajans tarafından tasarlandı",
        "© 2021 | हार्बर डिजिटल द्वारा विकसित",
        "© 2021 | 港湾デザインによって制作",
    ],
)
def test_a_platforms_or_a_makers_credit_read_name_first_names_no_holder(line: str) -> None:
    assert _page_holders(line) == []


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2021, Harbour Store Powered by Shopify", "Harbour Store"),
        ("© 2021 Liman Gazetesi | Liman Ajans tarafından tasarlandı", "Liman Gazetesi"),
        ("Copyright © 2021 港湾ブログ All Rights Reserved. Powered by FC2ブログ", "港湾ブログ"),
    ],
)
def test_the_holder_before_a_platforms_or_a_makers_credit(line: str, holder: str) -> None:
    assert _page_holders(line) == [holder]


def test_a_cited_books_notice_in_a_reference_list_is_not_the_pages() -> None:
    line = "Bibliography: Doe, J. (1998). The Harbour. London: Penguin. © 1998 Penguin Books."
    assert all(n.scope != "page" or n.holder is None for n in copyright_in(body=line))


def test_a_book_excerpts_own_line_in_the_text_is_still_read() -> None:
    line = "Excerpted from The Harbour Book by Thomas Quay. Copyright © 2018 by Thomas Quay. Reprinted by permission."
    assert [n.holder for n in copyright_in(body=line) if n.scope == "page"] == ["Thomas Quay"]
