"""Holders in the footers' own shapes, under names of other kinds (issue 12).

A probe renamed the right holder of each tuning page to other names (a GmbH & Co. KG, a B.V.,
a name with no legal form) and kept the rest of the footer as the page had it: the holder must
follow the name. These are the footer shapes where it did not, each written as a class:
a limited partnership's form ("GmbH & Co. KG") before a year and a sentence or an address,
an address whose street holds an ordinal ("11 West 42nd Street"), a run of glued footer
links whose first one follows a legal form ending in a capital or a dot ("SASJahres-Abo"),
and a year with a title after a spaced dash ("Example Verlag - 2022 HAFEN & KAI")."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def footer_holder(line: str) -> str | None:
    """The holder of a story page whose footer is this one line."""
    page = article(f'<p class="byline">By Jane Roe</p>{STORY}', footer=f"<footer><p>{line}</p></footer>", main=True)
    result = audit_page(page, "https://www.example.org/news/1")
    assert result.rights is not None
    return result.rights.holder


@pytest.mark.parametrize(
    "line, wanted",
    [
        # The partnership's form is the name's, whatever follows it.
        ("© Nordlicht Verlag GmbH & Co. KG 1999-2021. Alle Rechte vorbehalten.", "Nordlicht Verlag GmbH & Co. KG"),
        ("© Nordlicht Verlag GmbH & Co. KG 2021. Alle Rechte vorbehalten.", "Nordlicht Verlag GmbH & Co. KG"),
        ("© Nordlicht Verlag GmbH & Co. KG, 1999-2021", "Nordlicht Verlag GmbH & Co. KG"),
        ("©2023 Nordlicht Verlag GmbH & Co. KG All rights reserved. Quotes delayed by at least 15 minutes.", "Nordlicht Verlag GmbH & Co. KG"),
        ("© 2021 Nordlicht Verlag GmbH & Co. KG, Hafenstraße 5, 20457 Hamburg", "Nordlicht Verlag GmbH & Co. KG"),
        ("© 2021 Nordlicht Verlag GmbH &amp; Co. KGaA, Hafenstraße 5", "Nordlicht Verlag GmbH & Co. KGaA"),
        ("© Nordlicht Verlag GmbH + Co. KG 2021. Alle Rechte vorbehalten.", "Nordlicht Verlag GmbH + Co. KG"),
        ("© Nordlicht Verlag GmbH und Co. KG 1999-2021. Alle Rechte vorbehalten.", "Nordlicht Verlag GmbH und Co. KG"),
        # ok: a company's address after its form is still cut
        ("© 2021 Example GmbH, Hafenstraße 5, 20457 Hamburg", "Example GmbH"),
        ("© Example Verlag GmbH & Co. KG 2021", "Example Verlag GmbH & Co. KG"),
        # A street with an ordinal in it, and a comma after the street.
        ("© 2024 Lakeside Gazette 11 West 42nd Street, New York, NY 10036", "Lakeside Gazette"),
        ("© 2024 Lakeside Gazette, 12 Quay Street, Portsmouth", "Lakeside Gazette"),
        # ok: a number that is part of the name
        ("© 2024 Studio 54", "Studio 54"),
        ("© 2024 Route 66 Magazine", "Route 66 Magazine"),
        # The first glued link after a legal form ending in a capital or a dot.
        ("© 2022 Mediahuis Noord B.V.Jahres-AboSchnupper-AboWein-Guide 2022MediadatenImpressumKontakt", "Mediahuis Noord B.V."),
        ("© 2022 Éditions du Quai SASJahres-AboSchnupper-AboWein-Guide 2022MediadatenImpressumKontakt", "Éditions du Quai SAS"),
        ("© 2022 Lakeside GazetteJahres-AboSchnupper-AboWein-Guide 2022MediadatenImpressumKontakt", "Lakeside Gazette"),
        # A year and a title after a spaced dash open the footer's next field.
        ("© Lakeside Gazette - 2022 HAFEN & KAI", "Lakeside Gazette"),
        ("© Lakeside Gazette - 2019-2022 Alle Rechte vorbehalten", "Lakeside Gazette"),
        # Dutch forms with their dots
        ("© 2021 Example Daily B.V., Postbus 12, 1000 AA Amsterdam", "Example Daily B.V."),
        ("© 2021 Example Daily N.V. Alle rechten voorbehouden.", "Example Daily N.V."),
    ],
)
def test_the_holder_is_the_name_as_the_footer_writes_it(line: str, wanted: str) -> None:
    assert footer_holder(line) == wanted
