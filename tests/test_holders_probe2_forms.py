"""Holders in the forms a second independent probe found read wrong (issue 12), each as a class
with its look-alikes: a notice that is not the page's because what holds it is another's (code
shown on the page, a quotation, a details table, a reader's comment, another party's block), and
a short notice line closing the article's text, which is the text's own."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

SITE_LINE = "<p>© 2021 Saltmarsh Media Ltd. All rights reserved.</p>"


def holder(body: str, footer: str = "", site: str = "Saltmarsh Dispatch", lang: str = "en", aside: str = "") -> str | None:
    """The holder of a page with this text (after a byline) and footer."""
    page = article(
        f'<p class="byline">By Mira Feld</p>{body}', footer=f"<footer>{footer}</footer>" if footer else "", site=site, lang=lang,
        aside=aside, main=True,
    )
    result = audit_page(page, url="https://www.saltmarshdispatch.example/2021/03/story")
    assert result.rights is not None
    return result.rights.holder


PROSE = "<p>Here is the whole script; it rotates the sensor logs once a day and keeps a week of them.</p>"
AFTER = "<p>Run it from cron and forget about it, as we have done for three years without trouble.</p>"


@pytest.mark.parametrize(
    "code",
    [
        # a licence header, a LICENSE file, a module's metadata, a template shown as code
        "<pre><code># tidy.py - rotate logs\n# Copyright (C) 2021 Ola Brant &lt;ola@example.org&gt;\n#\n"
        "# This program is free software: you can redistribute it and/or modify\n# it under the terms of the GNU GPL.\n</code></pre>",
        "<pre>MIT License\n\nCopyright (c) 2021 Brackwater Labs\n\nPermission is hereby granted, free of charge, to any person.</pre>",
        '<pre><code class="language-python">__author__ = "Brackwater Labs"\n__copyright__ = "Copyright 2021 Brackwater Labs"\n'
        '__license__ = "MIT"</code></pre>',
        '<pre><code class="language-html">&lt;footer&gt;\n  &lt;p&gt;© 2021 Example Company&lt;/p&gt;\n&lt;/footer&gt;</code></pre>',
        # a forum's code box, and a notice set in code inside a sentence
        '<div class="codebox"><p>Code: <a href="#">Select all</a></p><pre><code># backup.sh\n# Copyright (C) 2021 Ola Brant\n</code></pre></div>',
        "<p>For a company it looks like this: <code>© 2021 Example Company Ltd.</code></p>",
    ],
)
def test_a_notice_shown_as_code_is_the_codes(code: str) -> None:
    assert holder(PROSE + code + AFTER) is None
    assert holder(PROSE + code) is None  # closing the text too
    assert holder(PROSE + code + AFTER, footer=SITE_LINE) == "Saltmarsh Media Ltd."


@pytest.mark.parametrize(
    "body, wanted",
    [
        # a plain text served in one <pre>: its notice is the page's own
        ("<pre>THE HARBOUR LOG\n\nShips waited at anchor for a third week.\n\nCopyright 2021 Ola Brant. All rights reserved.</pre>", "Ola Brant"),
        # a notice beside the code, in the text, is the page's
        (PROSE + "<pre>x = 1</pre>" + AFTER + "<p>Copyright 2021 Tidewater Radio. All rights reserved.</p>", "Tidewater Radio"),
        # the sign alone in code, the name outside it
        (PROSE + "<p>Written and © <code>2021</code> Tidewater Radio. All rights reserved.</p>", "Tidewater Radio"),
    ],
)
def test_a_notice_beside_code_is_still_the_pages(body: str, wanted: str) -> None:
    assert holder(body) == wanted


def test_both_builders_read_what_holds_a_notice_alike() -> None:
    import datetime as dt

    import provenance
    from provenance import default_packs

    body = (
        PROSE + "<pre><code># Copyright (C) 2021 Ola Brant\n</code></pre>" + "<p>See <code>© 2021 Example Company Ltd.</code></p>"
        + "<table><tr><th>Copyright</th><td>© 1998 Brackwater Pictures</td></tr></table>"
    )
    page = article(body, footer="<footer><p>© 2021 Saltmarsh Media Ltd.</p></footer>", site="Saltmarsh Dispatch")
    scopes = []
    for parser in ("lxml", "lexbor"):
        options = provenance.AuditOptions(as_of=dt.date(2026, 11, 24), parser=parser)
        result = provenance.audit_document(page, path="mem", content_type="html", packs=default_packs(), options=options)
        assert result.claims is not None
        scopes.append([(n.holder, n.scope) for n in result.claims.notices])
    assert scopes[0] == scopes[1]


TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">Sunrise over the quay this morning © 2021 Pell Lindqvist Photography '
    '<a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Pell Lindqvist (@pellphoto) <a href="#">March 4, 2021</a></blockquote>'
)


@pytest.mark.parametrize(
    "quotation, lang",
    [
        # a sentence quoting a notice, in each language's quotation marks
        ("<p>The court heard that “© 1998 Brackwater Pictures” appears in the film's closing credits, although the studio was sold.</p>", "en"),
        ("<p>The title screen still reads “Copyright © 2019 Kelpie Games. All rights reserved.”, and nobody knows who collects the money.</p>", "en"),
        ("<p>The copyright page reads “Copyright © 2020 by Ines Varga”, yet the acknowledgements are dated 2017.</p>", "en"),
        ("<p>Funny, the wire version ends with \"Copyright 2021 The Associated Press. All rights reserved.\" and yours doesn't.</p>", "en"),
        ("<p>Im Abspann steht „© 1998 Brackwater Pictures“, obwohl das Studio 2004 verkauft wurde.</p>", "de"),
        ("<p>Le générique indique « © 1998 Brackwater Pictures » alors que le studio a été vendu en 2004.</p>", "fr"),
        # a quotation set apart: a template in a how-to post, a book's copyright page, a tweet's embed
        ("<p>Copy this into your footer and change the name:</p><blockquote><p>© 2021 Your Name. All rights reserved.</p></blockquote>", "en"),
        ("<p>Even the front matter is playful. The copyright page reads:</p><blockquote><p>Copyright © 2020 by Ines Varga. All rights "
         "reserved. No part of this book may be reproduced without permission, except by a ship's cat.</p></blockquote>", "en"),
        (TWEET, "en"),
        ("<p>The sign on the gate says <q>© 2021 Kelpie Games, keep out</q>, and the gate is locked.</p>", "en"),
    ],
)
def test_a_quoted_notice_is_the_quoted_works(quotation: str, lang: str) -> None:
    body = STORY + quotation
    assert holder(body, lang=lang) is None
    assert holder(body + STORY, lang=lang, footer=SITE_LINE) == "Saltmarsh Media Ltd."


@pytest.mark.parametrize(
    "body, footer, wanted",
    [
        # a quoted name after the sign is the notice's own
        (STORY, "<p>© 2021 „Seeblick Bote“</p>", "Seeblick Bote"),
        (STORY, "<p>Copyright © 2021 «Портовая газета»</p>", "Портовая газета"),
        # a quotation before the text's own notice line leaves it the text's
        (STORY + "<p>She said “the harbour is back”, and left.</p><p>Copyright 2021 Tidewater Radio. All rights reserved.</p>", SITE_LINE,
         "Tidewater Radio"),
        # the word in a phrase about copyright, then the site's own sign
        (STORY + "<p>Our copyright policy is on the about page.</p>", SITE_LINE, "Saltmarsh Media Ltd."),
    ],
)
def test_a_notice_beside_a_quotation_is_still_the_pages(body: str, footer: str, wanted: str) -> None:
    assert holder(body, footer=footer) == wanted


@pytest.mark.parametrize(
    "details",
    [
        # a book box, a wiki's infobox, a shop's attributes table: the described item's notice
        '<div class="book-details"><h3>The details</h3><dl><dt>Publisher</dt><dd>Larchmont Books</dd><dt>Copyright</dt>'
        "<dd>© 2020 Ines Varga</dd><dt>Pages</dt><dd>352</dd></dl></div>",
        '<table class="infobox"><tr><th colspan="2">Harbour Nights</th></tr><tr><th>Studio</th><td>Brackwater Pictures</td></tr>'
        "<tr><th>Copyright</th><td>© 1998 Brackwater Pictures</td></tr><tr><th>Running time</th><td>104 minutes</td></tr></table>",
        '<table class="woocommerce-product-attributes shop_attributes"><tr><th>Format</th><td>DVD, PAL</td></tr>'
        "<tr><th>Copyright</th><td>© 1998 Brackwater Pictures. All Rights Reserved.</td></tr></table>",
        # a sound recording's notice under a tracklist
        "<h3>Tracklist</h3><ol><li>Harbour Lights</li><li>Low Water</li></ol><p><small>℗ &amp; © 2021 Brackwater Records Ltd</small></p>",
        "<h3>Tracklist</h3><ol><li>Harbour Lights</li><li>Low Water</li></ol><p>(P) &amp; (C) 2021 Brackwater Records Ltd</p>",
        "<p>© &amp; ℗ 2021 Brackwater Records Ltd</p>",
    ],
)
def test_a_notice_in_a_details_table_is_the_described_items(details: str) -> None:
    assert holder(STORY + details) is None
    assert holder(STORY + details, footer=SITE_LINE) == "Saltmarsh Media Ltd."


@pytest.mark.parametrize(
    "body, footer, wanted",
    [
        # the site's own line set as a footer's details list
        (STORY, "<dl><dt>Copyright</dt><dd>© 2021 Saltmarsh Media Ltd.</dd></dl>", "Saltmarsh Media Ltd."),
        # a layout table's cell, no header cell labelling it
        ('<table><tr><td><a href="/">Home</a></td><td>' + STORY + "<p>Copyright 2021 Tidewater Radio. All rights reserved.</p></td></tr></table>",
         "", "Tidewater Radio"),
        # a record label's own site: its line without the recording's sign
        (STORY, "<p>© 2021 Brackwater Records Ltd</p>", "Brackwater Records Ltd"),
    ],
)
def test_a_notice_beside_a_details_table_is_still_the_pages(body: str, footer: str, wanted: str) -> None:
    assert holder(body, footer=footer) == wanted


def comments(*texts: str) -> str:
    """A WordPress comment list, each comment with its own <footer class="comment-meta">."""
    items = "".join(
        f'<li id="comment-{i}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Reader {i}</b>'
        f' <span class="says">says:</span></footer><div class="comment-content"><p>{text}</p></div></article></li>'
        for i, text in enumerate(texts, 1)
    )
    return f'<div id="comments" class="comments-area"><h2>{len(texts)} thoughts</h2><ol class="comment-list">{items}</ol></div>'


@pytest.mark.parametrize(
    "user",
    [
        comments("This is the best reporting on the port in years.", "© 2021 Ines Varga — you may quote this comment."),
        comments("Funny, the wire ends with “Copyright 2021 The Associated Press. All rights reserved.” and yours doesn't."),
        comments("The pictures are mine. All text © 2021 Pell Lindqvist, please credit me."),
        '<div id="disqus_thread"><div class="post-message"><p>Nice piece.</p><p>© 2021 Pell Lindqvist</p></div></div>',
        # a forum signature under a post
        '<div class="postbody"><div class="content">Took the tractor down to the quay on Sunday, the crane was working again.</div>'
        '<div id="sig4411" class="signature">__________________<br>© 2021 Pell Lindqvist – all my photos are copyrighted</div></div>',
        '<div class="message-signature"><div class="bbWrapper">© 2021 Pell Lindqvist</div></div>',
    ],
)
def test_a_readers_notice_is_the_readers(user: str) -> None:
    assert holder(STORY, aside=user) is None
    assert holder(STORY, aside=user, footer=SITE_LINE) == "Saltmarsh Media Ltd."


@pytest.mark.parametrize(
    "body, wanted",
    [
        # an opinion piece classed "commentary" is the page's text
        ('<div class="commentary">' + STORY + "<p>Copyright 2021 Tidewater Radio. All rights reserved.</p></div>", "Tidewater Radio"),
        # the story's own line above the comments
        (STORY + "<p>Copyright 2021 Tidewater Radio. All rights reserved.</p>" + comments("Great piece."), "Tidewater Radio"),
    ],
)
def test_a_notice_beside_the_comments_is_still_the_pages(body: str, wanted: str) -> None:
    assert holder(body) == wanted


@pytest.mark.parametrize(
    "block",
    [
        # other sites' stories, under a recommendation widget's heading or in an RSS widget
        '<section class="related-posts"><h2>From around the web</h2><ul><li><a href="https://kittiwake.example/a">Quay traffic doubles</a> '
        '<span class="source">© 2021 Kittiwake Post</span></li><li><a href="https://kittiwake.example/b">Pilot boats ordered</a> '
        '<span class="source">© 2021 Kittiwake Post</span></li></ul></section>',
        '<section class="widget widget_rss"><h2><a class="rsswidget" href="https://kittiwake.example/feed/">Latest from Kittiwake Post</a></h2>'
        '<ul><li><a class="rsswidget" href="https://kittiwake.example/a">Quay traffic doubles</a></li></ul><p>© 2021 Kittiwake Post. All rights reserved.</p></section>',
        # an ad whose label names the advertiser, however long the ad
        '<div class="box"><p>Paid Post by Harrow Motors</p><h4>The quiet electric van</h4><p>Book a test drive.</p><p>© 2021 Harrow Motors AG</p></div>',
        '<div class="box"><p>Sponsored by Lindqvist Bank</p><p>Open an account today.</p><p>Terms apply.</p><p>© 2021 Lindqvist Bank plc</p></div>',
        '<div class="native-ad"><p>Book a test drive.</p><p>© 2021 Harrow Motors AG</p></div>',
        # a provider's own line after its credit: a newsletter box's, a consent banner's
        '<div class="box"><h3>Like this? Get it in your inbox</h3><p>Unsubscribe at any time. Delivered by Postwick Mail © 2021 Postwick Mail Inc.</p></div>',
        '<div class="box"><p class="branding">powered by Borlabs Cookie © 2021 Borlabs</p></div>',
        # a map's attribution, in its widget or as a list of signs
        '<div class="store-locator"><div class="MicrosoftMap"><div class="map-copyright">© 2021 TomTom, © 2021 Microsoft Corporation '
        '<a href="#">Terms</a></div></div></div>',
        "<div><p>Find us: © 2021 TomTom, © 2021 Microsoft Corporation</p></div>",
    ],
)
def test_another_partys_block_is_theirs(block: str) -> None:
    assert holder(STORY, aside=block) is None
    assert holder(STORY, aside=block, footer=SITE_LINE) == "Saltmarsh Media Ltd."


@pytest.mark.parametrize(
    "body, footer, wanted",
    [
        # the site's line first, then the newsletter provider's own
        (STORY, SITE_LINE + '<p class="mc-legal">Newsletter by Mailchimp © 2001–2021 Intuit Inc. Mailchimp® is a registered trademark.</p>',
         "Saltmarsh Media Ltd."),
        # a provider's credit before the site's own name
        (STORY, "<p>Powered by Saltmarsh Dispatch © 2021 Saltmarsh Dispatch</p>", "Saltmarsh Dispatch"),
        # a sponsor's label, then a sign naming another: the text's own
        (STORY + "<p>Sponsored by Lindqvist Bank</p><p>Copyright 2021 Tidewater Radio. All rights reserved.</p>", "", "Tidewater Radio"),
        # the site's own line under a list of its stories
        (STORY + "<h3>Read also</h3><ul><li><a href='/a'>Quay traffic doubles</a></li></ul><p>© 2021 Saltmarsh Dispatch</p>", "",
         "Saltmarsh Dispatch"),
        # a list of signs ending with the site's own name
        (STORY, "<p>Site design © 2021 Studio Quay, © 2021 Saltmarsh Dispatch</p>", "Saltmarsh Dispatch"),
    ],
)
def test_a_notice_beside_another_partys_block_is_still_the_pages(body: str, footer: str, wanted: str) -> None:
    assert holder(body, footer=footer) == wanted


RECIPE = (
    '<div class="wprm-recipe-container"><div class="wprm-recipe"><h2>Harbour Lemon Bars</h2><ul><li>200 g flour</li><li>3 lemons</li></ul>'
    '<div class="wprm-recipe-footer">Recipe Card powered by WP Recipe Maker</div></div></div>'
)


@pytest.mark.parametrize(
    "closing, wanted",
    [
        ("<p>© 2021 Mira Feld</p>", "Mira Feld"),
        ("<p>© Mira Feld 2021</p>", "Mira Feld"),
        ("<p>All text © 2021 Mira Feld.</p>", "Mira Feld"),
        ("<p>© 2021 Gannet Features Syndicate, Inc.</p>", "Gannet Features Syndicate, Inc."),
        ("<p>Mira Feld writes about the sea for 40 newspapers.</p><p>© 2021 Gannet Features Syndicate</p>", "Gannet Features Syndicate"),
        ("<p>Mira Feld's email address is mira@example.net.</p><p>(c) 2021, The Kestrel Post Writers Group</p>", "The Kestrel Post Writers Group"),
        (RECIPE + "<p>All text and images © 2021 Mira Feld. Please do not republish this recipe without permission.</p>", "Mira Feld"),
    ],
)
def test_a_short_notice_line_closing_the_text_is_the_texts_own(closing: str, wanted: str) -> None:
    assert holder(STORY + closing, footer=SITE_LINE) == wanted
    assert holder(STORY + closing) == wanted


@pytest.mark.parametrize(
    "closing, lang",
    [
        # a picture's credit under the text stays the picture's
        ('<figure><img src="/quay.jpg" alt=""><figcaption>© 2021 Mira Feld</figcaption></figure>', "en"),
        ("<p>Photo: © 2021 Mira Feld</p>", "en"),
        ("<p>Bild: © 2021 Mira Feld</p>", "de"),
        ("<p><em>Image © Mira Feld / Gannet Agency</em></p>", "en"),
        # a line with more than a name after the sign is no bare notice
        ("<p>© 2021 Mira Feld and the volunteers of the harbour photography collective</p>", "en"),
    ],
)
def test_a_line_closing_the_text_that_is_not_a_bare_notice_leaves_the_site_its_holder(closing: str, lang: str) -> None:
    assert holder(STORY + closing, footer=SITE_LINE, lang=lang) == "Saltmarsh Media Ltd."


JA_STORY = (
    "<p>港湾局によると、沖合で接岸を待つ船の列は3週連続で短くなった。洪水で損傷した橋の修理が終わり、内陸への鉄道が再開したためだという。</p>"
    "<p>木曜日に沖で待機していた船は約14隻で、7月のピーク時の30隻超から大きく減った。港湾局が毎週公表している報告書で明らかになった。</p>"
)
JA_SITE = "<p>Copyright © 2021 入江日報 All Rights Reserved.</p>"


@pytest.mark.parametrize("line", ["<p>© 共同通信社</p>", "<p>© 一般社団法人共同通信社</p>", "<p>（共同通信社）</p><p>© 一般社団法人共同通信社</p>"])
def test_kyodos_line_under_a_japanese_text_names_kyodo_news(line: str) -> None:
    assert holder(JA_STORY + line, footer=JA_SITE, site="入江日報", lang="ja") == "Kyodo News"


def test_a_japanese_text_without_the_agencys_line_is_the_sites() -> None:
    assert holder(JA_STORY, footer=JA_SITE, site="入江日報", lang="ja") == "入江日報"
