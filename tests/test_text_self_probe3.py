"""A text extraction's own publisher from what is left of its site around the text (issue 18):
a copyright line at the end. And the look-alikes naming someone else: a writer's, an
agency's or a picture's copyright line, a book excerpt's credit."""

from __future__ import annotations

import pytest
from test_credits import audit
from test_text_extractions import STORY

HEADLINE = "Talks resume over port strike"


def _end(line: str, top: str = "") -> str:
    return f"{top}{HEADLINE}\n\n{STORY}\n{line}\n"


def _publisher(text: str) -> tuple[str | None, str | None]:
    claim = audit(text, "text").claims.publisher
    return (claim.value, claim.evidence.where) if claim else (None, None)


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
