"""Holders, probe 11: what follows a company's name on a footer's copyright line in the forms of
more countries and scripts.

A register's or tax office's label after a legal form's dot, alone or chained ("Esempio S.r.l.
C.F./P.IVA 0123…"), a seat's label ("Sitz:", "sede legale"), a Chinese filing number ("京ICP备…"),
a year written with its CJK counter ("2021年") and a full-width colon are not part of the name; a
theme's or software's credit before the sign names no holder."""

from __future__ import annotations

import pytest
from pages import story_holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021 Esempio S.r.l. REA RM-123456", "Esempio S.r.l."),
        ("© 2021 Esempio S.r.l. C.F./P.IVA 01234567890", "Esempio S.r.l."),
        ("© 2021 Esempio S.r.l. C.F. e P.IVA 01234567890", "Esempio S.r.l."),
        ("© 2021 Esempio S.r.l. Codice Fiscale 01234567890", "Esempio S.r.l."),
        ("© 2021 Esempio S.p.A. Partita IVA 01234567890 - Tutti i diritti riservati", "Esempio S.p.A."),
        ("© 2021 Ejemplo S.A. de C.V. RFC EJE123456AB1", "Ejemplo S.A. de C.V."),
        ("© 2021 Example Ltd. Company No. 01234567", "Example Ltd."),
    ],
)
def test_register_label_after_a_legal_forms_dot_ends_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # a label's letters inside a name, a label with no number after it, the forms without a label
        ("© 2021 Rea Media S.r.l.", "Rea Media S.r.l."),
        ("© 2021 Esempio S.p.A. P.IVA 01234567890", "Esempio S.p.A."),
        ("© 2021 Ejemplo S.A. de C.V.", "Ejemplo S.A. de C.V."),
        ("© 2021 RCS MediaGroup S.p.A.", "RCS MediaGroup S.p.A."),
        ("© 2009–2021 Example Ltd.", "Example Ltd."),
    ],
)
def test_names_without_a_register_label_stay(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021 Example s.r.o. IČ 12345678", "Example s.r.o."),
        ("© 2021 Example s.r.o. IČ 12345678, DIČ CZ12345678", "Example s.r.o."),
        ("© 2021 Example a.s. IČ 12345678", "Example a.s."),
        ("© 2021 Example s.r.o. IČO: 12345678", "Example s.r.o."),
        # no number after it: the letters are no label
        ("© 2021 Example s.r.o.", "Example s.r.o."),
    ],
)
def test_czech_company_number_without_a_colon_ends_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021 Example Media GmbH, Sitz: Hamburg, Amtsgericht Hamburg HRB 12345", "Example Media GmbH"),
        ("© 2021 Exemple SA, siège social : Paris", "Exemple SA"),
        ("© 2021 Ejemplo S.L. Domicilio social: Madrid", "Ejemplo S.L."),
        ("© 2021 Ejemplo S.L., domicilio social en Madrid", "Ejemplo S.L."),
        ("© 2021 Esempio S.r.l. - sede legale in Roma", "Esempio S.r.l."),
    ],
)
def test_a_seats_label_ends_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        # "Sitz" inside a word, or without its colon inside a name, is no label
        ("© 2021 Sitzmöbel Example GmbH", "Sitzmöbel Example GmbH"),
        ("© 2021 Example Sitz GmbH", "Example Sitz GmbH"),
        ("© 2021 Hafensitz Verlag GmbH", "Hafensitz Verlag GmbH"),
    ],
)
def test_names_with_a_seats_word_in_them_stay(footer: str, holder: str) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("© 2021年 Example Media", "Example Media"),
        ("© 2021年 示例网 版权所有", "示例网"),
        ("© 2019-2021年 示例网 版权所有", "示例网"),
        ("Copyright © 2021년 예시신문. All rights reserved.", "예시신문"),
        ("Copyright © 2021年", None),
        # a name that opens with the character after a plain year keeps it
        ("© 2021 年金機構", "年金機構"),
    ],
)
def test_a_years_cjk_counter_is_not_the_name(footer: str, holder: str | None) -> None:
    assert story_holder(footer) == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("版权所有：示例网 © 2021", "示例网"),
        ("版權所有：示例網 © 2021", "示例網"),
        ("Copyright：示例网 2021", "示例网"),
        # the colon written narrow stays as it was
        ("版权所有:示例网 © 2021", "示例网"),
    ],
)
def test_a_full_width_colon_is_not_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer, lang="zh") == holder


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("Copyright © 2021 示例网 京ICP备12345678号", "示例网"),
        ("Copyright © 2021 示例网京ICP备12345678号", "示例网"),
        ("© 2021 示例网 粤ICP备2021000001号-2", "示例网"),
        ("© 2021 示例網 京公網安備 11010502030143號", "示例網"),
        ("© 2021 示例网 京公网安备 11010502030143号", "示例网"),
        # a name that opens with a province's character keeps it
        ("© 2021 京东", "京东"),
    ],
)
def test_a_chinese_filing_number_ends_the_name(footer: str, holder: str) -> None:
    assert story_holder(footer, lang="zh") == holder
