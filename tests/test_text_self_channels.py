"""A text extraction names its own publisher in the lines a site writes about its own
channels (issue 18): a messaging channel ("Harbour Weekly is on Telegram"), "us" on a
network after its name, its app and podcast in German and French word order, its YouTube
channel by the possessive, its appeal ("Support Harbour Weekly's journalism"), its
newsletter named before the call or in the languages' own order, a colleague by the house
and the post ("Harbour Weekly reporter Ann Lee contributed"). Look-alikes name another body."""

from __future__ import annotations

import datetime as dt

import pytest

import provenance
from provenance import default_packs

BODY = (
    "Harbour reopens the northern quay after repairs\n\n"
    "The port authority said the queue of ships waiting to berth had shortened for a third straight week, "
    "as rail connections inland reopened after repairs to a flood-damaged bridge.\n\n"
    "About 14 vessels were waiting at anchor on Thursday, down from more than 30 at the peak in July, "
    "according to the authority's weekly bulletin.\n\n"
)


def own(line: str) -> str | None:
    result = provenance.audit_document(
        BODY + line + "\n", path="mem", content_type="text", packs=default_packs(), options=provenance.AuditOptions(as_of=dt.date(2026, 11, 24))
    )
    return result.chain[-1].publisher if result.chain else None


@pytest.mark.parametrize(
    "line, publisher",
    [
        ('Riverside Daily is on Telegram. Join our channel for the latest news.', 'Riverside Daily'),
        ('Riverside Daily ist jetzt auch auf WhatsApp.', 'Riverside Daily'),
        ('Join Riverside Daily on WhatsApp.', 'Riverside Daily'),
        ('Stay up to date with Riverside Daily: follow us on Twitter.', 'Riverside Daily'),
        ('Laden Sie die Riverside Daily App herunter.', 'Riverside Daily'),
        ('Hier können Sie die Riverside-Daily-App herunterladen.', 'Riverside-Daily'),
        ("Subscribe to Riverside Daily's YouTube channel.", 'Riverside Daily'),
        ('Listen to the Riverside Daily podcast.', 'Riverside Daily'),
        ('Hören Sie den Riverside-Daily-Podcast.', 'Riverside-Daily'),
        ("Support Riverside Daily's journalism: become a member.", 'Riverside Daily'),
        ('Riverside Daily newsletter: sign up here.', 'Riverside Daily'),
        ('Melden Sie sich für den Riverside-Daily-Newsletter an.', 'Riverside-Daily'),
        ('Inscrivez-vous à la newsletter de Riverside Daily.', 'Riverside Daily'),
        ('Riverside Daily reporter Jane Roe contributed to this report.', 'Riverside Daily'),
    ],
)
def test_a_line_about_the_sites_own_channel_names_it(line: str, publisher: str) -> None:
    assert own(line) == publisher


@pytest.mark.parametrize(
    "line",
    [
        'Folgen Sie uns auf Twitter: @riversidedaily',
        'Follow the port authority on Twitter.',
        'The Harbour Times reported on Tuesday.',
        'Jane Roe, a spokeswoman for the port authority, said so.',
        "Join the protest on Telegram.",
        "Support local journalism: become a member.",
        "Listen to the podcast.",
    ],
)
def test_a_line_about_another_body_or_no_body_names_no_publisher(line: str) -> None:
    assert own(line) is None
