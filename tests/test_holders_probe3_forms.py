"""Holders in the forms a third independent probe found read wrong (issue 12), each as a class
with its look-alikes: a reservation in more of its everyday wordings (which names no one), a
year in a script's own digits or the Thai era's, a reservation that says whose the rights are
in Persian and Hebrew, a register's label after a company's name, and an embedded service's
or a consent or newsletter provider's own line."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page


def holder(
    footer: str = "", body: str = STORY, lang: str = "en", site: str = "Weirbrook Chronicle", aside: str = "", head: str = ""
) -> str | None:
    """The holder of a story page with this footer (a bare line becomes its one paragraph)."""
    html = footer if footer.startswith("<") or not footer else f"<p>{footer}</p>"
    page = article(
        f'<p class="byline">By Oda Linnell</p>{body}', footer=f"<footer>{html}</footer>" if html else "", site=site, lang=lang,
        aside=aside, head=head, main=True,
    )
    result = audit_page(page, url="https://www.weirbrookchronicle.example/2021/05/story")
    assert result.rights is not None
    return result.rights.holder


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
