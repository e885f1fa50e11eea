"""A text extraction's own publisher from five more kinds of line a site writes about itself,
each with the look-alikes that must name no publisher (a wrong publisher is worse than none):

1. its print edition, named in its note on the text or its pitch to the paper ("This article
   appeared in the print edition of The Harbour Herald"), not another paper's print edition in
   the reporting or a credit to the paper a copy came from ("first appeared in …");
2. a writer's contact line after the text, by the site's own mail domain ("Email Jane Roe at
   jroe@harbourherald.example" under her byline, "Contact the author: …"), not a source's, a
   webmail's, a university's or a press release's address, nor a person's with no byline;
3. its newsroom signing the text ("Report by the Harbour Herald staff", "Redaktion Hafenpost"),
   not an agency's desk, a council's staff report or a person credited as editor;
4. a page title kept as the head line, with the site after a separator: not read for a name the
   registry does not know (tests/test_text_self_world.py and test_text_self_probe3.py: such a
   title ends in an author, a picture agency, a platform or a copied page's site as often);
5. a press office signing a release: not read as the publisher (a release is written to be
   reposted with its signature, as the "About X" boilerplate is, which claims/issuer.py reads
   as the issuer's credit, not the site's name).
"""

from __future__ import annotations

import pytest
from test_credits import audit
from test_text_extractions import STORY

HEADLINE = "Talks resume over port strike"


def _top(line: str) -> str:
    return f"{line}\n\n{HEADLINE}\n\n{STORY}"


def _end(line: str) -> str:
    return f"{HEADLINE}\n\n{STORY}\n{line}\n"


def _mid(line: str) -> str:
    return f"{HEADLINE}\n\n{line}\n\n{STORY}The union will meet again on Tuesday.\n"


def _publisher(text: str) -> tuple[str | None, str | None]:
    claim = audit(text, "text").claims.publisher
    return (claim.value, claim.evidence.where) if claim else (None, None)


# --- 1. The site's print edition ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, publisher",
    [
        # The note on the text: this article appeared in the site's print edition (no "first", no "originally").
        (_end("This article appeared in the print edition of The Harbour Herald on 3 May."), "The Harbour Herald"),
        (_end("A version of this story appeared in the May 3 print edition of the Harbour Herald."), "Harbour Herald"),
        (_end("This article appeared in the print edition of The Harbour Herald of May 3, 2022."), "The Harbour Herald"),
        (_top("This story appears in the Sunday print edition of The Harbour Herald."), "The Harbour Herald"),
        (_end("Cet article est paru dans l'édition papier du Courrier du Port du 3 mai."), "Courrier du Port"),
        (_end("Este artículo se publicó en la edición impresa de El Faro."), "El Faro"),
        (_end("Este artículo fue publicado en la edición impresa de El Faro del Muelle el 3 de mayo."), "El Faro del Muelle"),
        (_end("Questo articolo è stato pubblicato sull'edizione cartacea del Corriere del Porto del 3 maggio."), "Corriere del Porto"),
        (_end("Este artigo foi publicado na edição impressa da Folha do Cais de 3 de maio."), "Folha do Cais"),
        (_end("Dit artikel verscheen in de papieren krant van De Havenbode."), "De Havenbode"),
        (_end("Artykuł ukazał się w papierowym wydaniu tygodnika „Przystań”."), "Przystań"),
        (_end("Статья опубликована в печатной версии газеты «Гавань»."), "Гавань"),
        # The site's pitch for its paper.
        (_end("Read the full story in Thursday's print edition of The Harbour Herald."), "The Harbour Herald"),
        (_end("Den vollständigen Artikel lesen Sie in der Printausgabe der Hafenpost vom Samstag."), "Hafenpost"),
        (_end("Mehr dazu lesen Sie in der aktuellen Ausgabe der Hafen Zeitung."), "Hafen Zeitung"),
        (_end("Retrouvez l'intégralité de ce dossier dans l'édition papier du Courrier du Port."), "Courrier du Port"),
        (_end("Lea la nota completa en la edición impresa de El Faro."), "El Faro"),
    ],
)
def test_the_sites_print_edition_names_the_publisher(text: str, publisher: str) -> None:
    assert _publisher(text) == (publisher, "self-reference (print-edition)")


@pytest.mark.parametrize(
    "text",
    [
        # Another paper's print edition in the reporting.
        _end("The print edition of the Valley Times reported on Sunday that the talks had stalled."),
        _mid("According to the print edition of the Valley Times, the talks had stalled."),
        _end("The Valley Times will end its print edition in May, its owner said."),
        _end("The story appeared in the print edition of the Valley Times last week, the mayor said."),
        _end("Laut der Printausgabe der Talpost sind die Gespräche gescheitert."),
        # A pitch to someone else: "residents can read …" is no pitch to the reader.
        _end("Residents can read the notice in the print edition of the Valley Times."),
        # A copy's credit to the paper it came from: first, originally, earlier.
        _end("This article first appeared in the print edition of the Valley Times."),
        _end("This article was originally published in the print edition of the Valley Times."),
        _end("Dieser Artikel erschien zuerst in der Printausgabe der Talpost."),
        _end("Cet article a d'abord été publié dans l'édition papier de L'Écho du Val."),
        _end("Este artículo se publicó originalmente en la edición impresa de El Valle."),
        _end("Questo articolo è apparso per la prima volta sull'edizione cartacea della Gazzetta della Valle."),
        _end("Dit artikel verscheen eerder in de papieren krant van De Dalbode."),
        # A page telling of a paper's coverage names the paper before it sends the reader there.
        f"{HEADLINE}\n\nThe Harbour Herald wrote about our new terminal on Thursday.\n\n{STORY}"
        "Read the full story in Thursday's print edition of The Harbour Herald.\n",
        # An agency has no print edition of its own: never the site.
        _end("This article appeared in the print edition of Reuters."),
    ],
)
def test_another_papers_print_edition_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


# --- 2. A writer's contact line at the site's domain --------------------------------------------

def _signed(line: str, byline: str = "By Jane Roe") -> str:
    return f"{byline}\n\n{_end(line)}"


@pytest.mark.parametrize(
    "line, publisher",
    [
        # The writer, by her byline above the text.
        ("Email Jane Roe at jroe@harbourherald.example or follow her on X @janeroe.", "harbourherald.example"),
        ("Jane Roe can be reached at jroe@harbourherald.example or 555-0101.", "harbourherald.example"),
        ("Email Jane Roe at jroe@nytimes.com or follow her on X.", "The New York Times"),  # the registry's outlet for its domain
    ],
)
def test_the_writers_contact_at_the_sites_domain_names_the_publisher(line: str, publisher: str) -> None:
    assert _publisher(_signed(line)) == (publisher, "self-reference (contact)")


@pytest.mark.parametrize(
    "line, publisher",
    [
        # A writer by her post, the author by the line's own words, the newsroom by its mailbox.
        ("Contact reporter Jane Roe at jroe@harbourherald.example.", "harbourherald.example"),
        ("Contact the author: j.roe@hafenpost.example", "hafenpost.example"),
        ("Kontakt zur Autorin: jana.roth@hafenpost.example", "hafenpost.example"),
        ("Kontakt: redaktion@hafenpost.example", "hafenpost.example"),
        ("Contacter l'auteur : m.roux@quaihebdo.example", "quaihebdo.example"),
        ("Contacta con el autor: aruiz@elfaro.example", "elfaro.example"),
        ("Per contattare l'autore: l.neri@portonews.example", "portonews.example"),
        ("Fale com o autor: palves@caisnoticias.example", "caisnoticias.example"),
        ("Contact met de auteur: a.devries@havenbode.example", "havenbode.example"),
        ("Kontakt z autorem: j.kowalski@przykladinfo.example", "przykladinfo.example"),
        ("Связаться с автором: ivanov@gavan-media.example", "gavan-media.example"),
    ],
)
def test_a_writers_contact_at_the_sites_domain_names_the_publisher(line: str, publisher: str) -> None:
    assert _publisher(_end(line)) == (publisher, "self-reference (contact)")


_RELEASE = (
    "About Acme Harbour Logistics\n"
    "Acme Harbour Logistics is a leading provider of port logistics services in Europe, with offices in ten countries "
    "and more than 2,000 employees.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # A source's address in the reporting.
        _end("Complaints can be sent to info@cityhall.example, the council said."),
        _signed("Residents can email Jane Roe at jroe@harbourherald.example with their questions."),
        # A person's own address, with no byline or under another writer's
        # (tests/test_text_self_forms.py: "Email Jane Roe at jroe@harbourpost.example or follow her on X.").
        _end("Email Jane Roe at jroe@harbourherald.example or follow her on X @janeroe."),
        _signed("Email Jane Roe at jroe@harbourherald.example or follow her on X @janeroe.", byline="By Tom Reed"),
        # A webmail's domain is no site's.
        _signed("Email Jane Roe at janeroe@gmail.com or follow her on X @janeroe."),
        _end("Contact the author: jana.roth@gmx.de"), _end("Kontakt zur Autorin: jana.roth@web.de"),
        _end("Contacta con el autor: aruiz@outlook.com"), _end("Связаться с автором: ivanov@mail.ru"),
        _end("Kontakt: redaktion@t-online.de"),
        # An agency's reporter, kept by the paper that ran the wire story.
        _signed("Email Jane Roe at jroe@ap.org or follow her on X."),
        # A contributor's university, a body's own address, an event's contact.
        _signed("Jane Roe is a professor of economics at Harbour University.\nEmail Jane Roe at jroe@harbour-uni.example."),
        _end("Contact the author: jroe@harbourtrust.example"),
        _signed("Email Jane Roe at jroe@harbourlibrary.example to register for the workshop."),
        # A press release the text reproduces: its press contact, its general address.
        f"{HEADLINE}\n\n{STORY}\n{_RELEASE}Media contact: press@acme.example\n",
        f"{HEADLINE}\n\n{STORY}\n{_RELEASE}Kontakt: presse@acme.example\n",
        f"{HEADLINE}\n\n{STORY}\n{_RELEASE}Contact: info@acme.example\n",
        # A writer's address above the text, in the middle of it.
        "By Jane Roe\n\n" + _mid("Email Jane Roe at jroe@harbourherald.example or follow her on X @janeroe."),
    ],
)
def test_someone_elses_address_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


# --- 3. The site's newsroom signing the text ----------------------------------------------------

@pytest.mark.parametrize(
    "text, publisher",
    [
        (_end("Report by the Harbour Herald staff"), "Harbour Herald"),
        (_top("By the Harbour Herald staff"), "Harbour Herald"),
        (_end("Compiled by Harbour Herald staff"), "Harbour Herald"),
        (_end("Harbour Herald staff report"), "Harbour Herald"),
        (_end("From Harbour Herald staff reports"), "Harbour Herald"),
        (_end("Redaktion Hafenpost"), "Hafenpost"),
        (_end("Ihre Redaktion der Hafen Zeitung"), "Hafen Zeitung"),
        (_end("La rédaction du Courrier du Port"), "Courrier du Port"),
        (_end("Redacción El Faro"), "El Faro"),
        (_end("Redazione Il Porto"), "Il Porto"),
        (_end("Redakcja Portal Przykład"), "Portal Przykład"),
        (_end("Redakcja Przykład24"), "Przykład24"),
        (_end("Redactie De Havenbode"), "De Havenbode"),
        (_end("Redação Folha do Cais"), "Folha do Cais"),
        (_end("Редакция «Гавань Медиа»"), "Гавань Медиа"),
    ],
)
def test_the_sites_newsroom_signing_names_the_publisher(text: str, publisher: str) -> None:
    assert _publisher(text) == (publisher, "self-reference (staff)")


@pytest.mark.parametrize(
    "text",
    [
        # An agency's desk is a source credit, not the site.
        _end("Redaktion dpa"), _end("AP staff"), _top("By AP staff"), _end("Report by Reuters staff"), _end("Redacción EFE"),
        _end("Redazione ANSA"), _end("Redakcja PAP"), _end("Редакция ТАСС"), _end("La rédaction de l'AFP"),
        # Another paper's editorial board in the reporting.
        _end("The editorial board of the Valley Times wrote on Sunday that the strike had gone on too long."),
        # A council's staff report, a desk's or a person's name after "Redaktion".
        _end("Planning Staff Report"), _end("Report by the Harbour Council staff"), _end("Redaktion: Jana Roth"),
        _end("Redaktion Jana Roth"), _end("Redaktion Sport"), _end("Redaktion Online"), _end("Report by the News staff"),
        # A name the sentence declines is not its title: "Gazety Portowej" is "Gazeta Portowa"'s genitive.
        _end("Redakcja Gazety Portowej"),
    ],
)
def test_someone_elses_desk_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None


# --- 4. A page title with the site after a separator: only a registry outlet --------------------

@pytest.mark.parametrize(
    "line",
    [
        # A name the registry does not know after a page title's separator is not read (see the module's note).
        "Port strike talks resume | Business | The Harbour Herald", "Port strike talks resume – Hafenpost",
        "Grève au port : reprise des négociations - Le Courrier du Port",
        # Its look-alikes: a person, a work reviewed, two sections, a headline's own dash.
        "Interview | Jane Roe", "Review – The Harbour Suite", "Opinion | Business", "Harbour – a town divided",
    ],
)
def test_a_page_titles_last_part_names_no_publisher_unless_the_registry_knows_it(line: str) -> None:
    assert _publisher(_top(line))[0] is None


# --- 5. A press office signing a release: its issuer, not the site ------------------------------

@pytest.mark.parametrize(
    "text",
    [
        _end("Pressestelle des Hafenverbandes"), _end("Press Office, University of Example"),
        _end("Service de presse de la Ville d'Exemple"), _end("Ufficio stampa del Comune di Esempio"),
        _end("Gabinete de prensa de la Universidad de Ejemplo"),
        # The look-alikes: a press office in the reporting, a source line naming where the text came from.
        _end("The press office of the ministry said on Sunday that talks would resume."),
        _end("Quelle: Pressestelle der Polizei"),
    ],
)
def test_a_press_offices_signature_names_no_publisher(text: str) -> None:
    assert _publisher(text)[0] is None
