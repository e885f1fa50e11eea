"""Credits as a seventh probe found them (issue 10): byline rows whose date comes after a label,
a clock time and a weekday; a writer in capitals before an agency's job title with no comma; a
source line followed by the page's date and editor in fields of their own. Each with the
look-alikes of the same shape that must stay as they were.

The examples are invented, in the shapes real pages write."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

from provenance.model import DocumentResult

SITE, URL = "Quayside Examiner", "https://www.quaysideexaminer.example/news/2026/11/20/harbour"


def _audit(lead: str) -> DocumentResult:
    return audit_page(article(f"<p>{lead}</p>{STORY}", site=SITE, main=True), URL)


def _first(lead: str) -> tuple[str | None, str | None] | None:
    """The original's publisher and author, or None for a chain of one."""
    chain = _audit(lead).chain
    return (chain[0].publisher, chain[0].author) if len(chain) > 1 else None


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # A label, a clock time and a weekday before the date, the way news sites set a byline row.
        ("Jane Doe | Reuters | Updated 10:32 AM EST, Fri March 5, 2021", ("Reuters", "Jane Doe")),
        ("Jane Doe | Reuters | Published 9:15 PM GMT, Thursday, March 4, 2021", ("Reuters", "Jane Doe")),
        ("Associated Press | Posted: Fri 10:32 AM, Mar 05, 2021", ("Associated Press", None)),
        ("Associated Press | Posted: Mar 05, 2021 10:32 AM", ("Associated Press", None)),
        ("Jane Doe | AFP | Updated March 5, 2021", ("Agence France-Presse", "Jane Doe")),
        # A writer in capitals, then the agency and her job there with no comma between.
        ("By JANE DOE AP Business Writer", ("Associated Press", "Jane Doe")),
        ("By JANE DOE and JOHN ROE AP Science Writers", ("Associated Press", "Jane Doe and John Roe")),
        ("By JANE DOE, AP Business Writer", ("Associated Press", "Jane Doe")),
        # A source line with the page's date and its editor in fields after it.
        ("Source: Xinhua| 2021-03-05 10:32:41|Editor: huaxia", ("Xinhua", None)),
        ("Source: Xinhua | Updated: 2021-03-05 10:32", ("Xinhua", None)),
        ("Quelle: dpa | 05.03.2021", ("Deutsche Presse-Agentur", None)),
    ],
)
def test_a_credit_with_its_date_and_fields_around_it(lead: str, want: tuple[str, str | None]) -> None:
    assert _first(lead) == want


@pytest.mark.parametrize(
    "lead",
    [
        "Jane Doe | Updated 10:32 AM EST, Fri March 5, 2021",  # the site's own writer, no outlet
        "By JANE DOE Business Writer",  # a job title with no agency
        "Posted: Fri 10:32 AM, Mar 05, 2021",
        "Source: company reports | 2021-03-05",  # a figure's source, no registry outlet
        "Source: Quayside Examiner | Editor: Jane Doe",  # the site itself
    ],
)
def test_the_same_shapes_naming_no_other_outlet_give_no_chain(lead: str) -> None:
    assert _first(lead) is None


def test_a_source_lines_pipe_inside_the_credit_still_reads_it_whole() -> None:
    # "Jane Doe | Reuters" after the label: not a date or an editor's field, so the credit is the whole.
    assert _first("Source: Jane Doe | Reuters") == ("Reuters", "Jane Doe")
