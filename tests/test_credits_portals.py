"""Credit shapes a second independent probe found missed (issue 10), each read as a class of
form: a science-news portal's credit among its apparatus (references, a suggested citation,
its rights statement) and its "Story Source"; a syndicate's footer with a "Visit …" sentence,
and a columnist's bare byline over a syndicate's copyright; bylines naming an agency as the
writer's employer; republication notes in Chinese, Japanese, Vietnamese, Indonesian and
Russian; Korean and Chinese agencies' reporters in their datelines. With each, the
look-alikes of the same shape that credit no original."""

from __future__ import annotations

import pytest
from pages import STORY, article, audit_page

Link = tuple[str, str | None, str | None]


def _chain(body: str, site: str, url: str, lang: str = "en", **parts: str) -> list[Link]:
    result = audit_page(article(body, site=site, lang=lang, main=True, **parts), url)
    return [(link.role, link.publisher, link.author) for link in result.chain]


def lead(text: str, story: str = STORY) -> str:
    """The story with `text` opening its first paragraph (a dateline)."""
    return story.replace("<p>", f"<p>{text}", 1)


# --- Science-news portals ----------------------------------------------------------------------------

LABNEWS = ("Lab Bulletin Daily", "https://labbulletin.example/news/2026-03-tidal-algae.html")
EASTMERE = "University of Eastmere"
MORE_INFO = (
    "<p>More information: Ann Lee et al, Tidal algae fix more carbon than thought, <i>Journal of Coastal Ecology</i> (2026). "
    "DOI: 10.5555/jce.2026.0042</p>"
)
CITATION = (
    "<p><b>Citation</b>: Tidal algae fix more carbon than thought (2026, March 3) retrieved 9 March 2026 from "
    "https://labbulletin.example/news/2026-03-tidal-algae.html</p>"
)
RIGHTS = (
    "<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, "
    "no part may be reproduced without the written permission. The content is provided for information purposes only.</p>"
)


@pytest.mark.parametrize(
    "body, author",
    [
        # the portal's credit between its references and its suggested citation, over its rights statement
        (STORY + MORE_INFO + f"<p>Provided by {EASTMERE}</p>" + CITATION + RIGHTS, None),
        (STORY + f"<p>Provided by {EASTMERE}</p>" + CITATION + RIGHTS, None),
        # the release's writer in the byline, with her university after her name
        (f"<p class='byline'>by Ann Lee, {EASTMERE}</p>" + STORY + MORE_INFO + f"<p>Provided by {EASTMERE}</p>", "Ann Lee"),
        # "Story Source": the materials' provider and the release's writer
        (
            STORY + f"<h3>Story Source:</h3><p>Materials provided by <a href='https://www.eastmere.example/'>{EASTMERE}</a>. "
            "Original written by Ann Lee. <i>Note: Content may be edited for style and length.</i></p>"
            "<p>Journal Reference: Ann Lee, Tom Roe. Tidal algae fix more carbon than thought. Journal of Coastal Ecology, 2026; 12 (3): 45 "
            "DOI: 10.5555/jce.2026.0042</p>",
            "Ann Lee",
        ),
        (STORY + f"<p>Materials provided by {EASTMERE}. Note: Content may be edited for style and length.</p>", None),
        # a press-release portal: the issuer as the source line, its press contact under it
        (STORY + f"<p>Source: {EASTMERE}</p><p>Contact: Tom Roe, press officer, tom.roe@eastmere.example, +44 20 7946 0000, weekdays from nine to five</p>", None),
    ],
)
def test_science_portal_credits(body: str, author: str | None) -> None:
    assert _chain(body, *LABNEWS) == [("original", EASTMERE, author), ("republisher", LABNEWS[0], None)]


@pytest.mark.parametrize(
    "body",
    [
        # the portal's own story: its apparatus with no provider
        STORY + MORE_INFO + CITATION + RIGHTS,
        # a statement a university provided, quoted in the text
        STORY.replace("</p><p>", " The results were provided by the University of Eastmere in a statement.</p><p>", 1),
        # "materials provided by" in a sentence of the text
        STORY + "<p>Materials provided by the Harbour Council show that dredging costs doubled over the decade to 2026.</p>",
        # a data widget's credit in the text's middle
        STORY.replace("</p><p>", "</p><p>Tide tables provided by the Coastal Office</p><p>", 1),
    ],
)
def test_science_portal_look_alikes(body: str) -> None:
    assert len(_chain("<p class='byline'>By Ann Lee, Lab Bulletin Daily</p>" + body, *LABNEWS)) == 1


# --- Syndicates' footers and columnists -------------------------------------------------------------

COURIER = ("Northbay Courier", "https://www.northbaycourier.example/opinion/2026/quay")


@pytest.mark.parametrize(
    "footer, original",
    [
        # the sentence sending readers to the paper's site, between its copyright and the syndicate
        ("©2026 The Eastshore Ledger. Visit eastshoreledger.example. Distributed by Tribune Content Agency, LLC.", "The Eastshore Ledger"),
        ("(c)2026 The Eastshore Ledger (Eastshore, Maine) Visit The Eastshore Ledger at www.eastshoreledger.example "
         "Distributed by Tribune Content Agency, LLC.", "The Eastshore Ledger"),
        ("©2026 The Eastshore Ledger. All rights reserved. Visit at eastshoreledger.example. Distributed by Tribune Content Agency, LLC.",
         "The Eastshore Ledger"),
    ],
)
def test_syndicate_footer_with_a_visit_sentence(footer: str, original: str) -> None:
    links = _chain(STORY + f"<p>{footer}</p>", *COURIER)
    assert [link[:2] for link in links] == [("original", original), ("intermediary", "Tribune News Service"), ("republisher", COURIER[0])]


def test_own_story_a_syndicate_distributes_is_no_copy() -> None:
    footer = "©2026 Northbay Courier. Visit northbaycourier.example. Distributed by Tribune Content Agency, LLC."
    assert len(_chain(STORY + f"<p>{footer}</p>", *COURIER)) == 1


@pytest.mark.parametrize(
    "tagline, footer, original",
    [
        ("<p><em>Ann Lee's email address is annlee@example.com.</em></p>", "(c) 2026, Washington Post Writers Group", "Washington Post Writers Group"),
        ("<p><em>Ann Lee, a former harbour master, is Professor of Maritime Economics at the University of Eastmere.</em></p>",
         "Copyright: Project Syndicate, 2026.<br>www.project-syndicate.org", "Project Syndicate"),
        ("<p><em>Ann Lee is a columnist for the Washington Post.</em></p>", "(c) 2026, Washington Post Writers Group", "Washington Post Writers Group"),
    ],
)
def test_columnist_named_alone_under_the_headline(tagline: str, footer: str, original: str) -> None:
    links = _chain("<p class='byline'>Ann Lee</p>" + STORY + tagline + f"<p>{footer}</p>", *COURIER)
    assert links == [("original", original, "Ann Lee"), ("republisher", COURIER[0], None)]


@pytest.mark.parametrize(
    "body",
    [
        # a name under the headline with no tagline naming her under the text: a kicker, no writer
        "<p class='byline'>Ann Lee</p>" + STORY + "<p>(c) 2026, Washington Post Writers Group</p>",
        # the name opens a paragraph of the text, not its end
        "<p class='byline'>Ann Lee</p><p>Ann Lee, a harbour pilot, said the queue of ships had shortened for a third week in a row.</p>"
        + STORY + "<p>(c) 2026, Washington Post Writers Group</p>",
    ],
)
def test_name_under_the_headline_without_a_tagline(body: str) -> None:
    assert _chain(body, *COURIER) == [("original", "Washington Post Writers Group", None), ("republisher", COURIER[0], None)]


# --- Bylines naming an agency as the writer's employer -------------------------------------------------

PLANALTO = ("Folha do Cerrado", "https://www.folhadocerrado.example/politica/cais")


@pytest.mark.parametrize(
    "byline, host, original",
    [
        # a name and an agency in two elements of the byline block, read as one line with no separator
        ("<div class='author'><span class='name'>Ann Lee</span> <span class='org'>The Associated Press</span></div>", COURIER,
         "Associated Press"),
        ("<div class='author'><span>Ann Lee</span> <span>Reuters</span></div>", COURIER, "Reuters"),
        # an agency's code that is a state's anywhere else, before the writer's job title
        ("<p class='byline'>By Ann Lee, PA Political Correspondent</p>", COURIER, "PA Media"),
        ("<p class='byline'>By Ann Lee, PA Health Correspondent</p>", COURIER, "PA Media"),
        # a job title, then the agency the writer works for
        ("<p class='byline'>Ann Lee - Repórter da Agência Brasil</p>", PLANALTO, "Agência Brasil"),
        ("<p class='byline'>By Ann Lee, Reporter for The Associated Press</p>", COURIER, "Associated Press"),
        ("<p class='byline'>Von Ann Lee, Korrespondentin der dpa</p>", COURIER, "Deutsche Presse-Agentur"),
        # a by-word, the writer and a registry outlet with no comma between
        ("<p class='byline'>By Ann Lee The New York Times</p>", COURIER, "The New York Times"),
        ("<p class='byline'>By ANN LEE The Washington Post</p>", COURIER, "The Washington Post"),
    ],
)
def test_byline_names_the_writers_agency(byline: str, host: tuple[str, str], original: str) -> None:
    lang = "pt-BR" if host is PLANALTO else "en"
    assert _chain(byline + STORY, *host, lang=lang) == [("original", original, "Ann Lee"), ("republisher", host[0], None)]


@pytest.mark.parametrize(
    "body",
    [
        # the agency's picture under the headline, with its photographer
        "<figure><img src='/q.jpg' alt=''><figcaption>Ann Lee The Associated Press</figcaption></figure>" + STORY,
        # a state's code after a city is where the writer filed from
        "<p class='byline'>By Ann Lee, Harrisburg, PA</p>" + STORY,
        "<p class='byline'>By Ann Lee, PA</p>" + STORY,
        # the page's own paper after its writer
        "<p class='byline'>By Ann Lee Northbay Courier</p>" + STORY,
        # an agency named in a text's paragraph, not a job title's
        STORY + "<p>Ann Lee, a former reporter for The Associated Press, now runs the harbour museum.</p>",
        # a platform is no byline's outlet
        "<p class='byline'>By Ann Lee Yahoo News</p>" + STORY,
    ],
)
def test_byline_look_alikes(body: str) -> None:
    assert len(_chain(body, *COURIER)) == 1


# --- Republication notes in other languages ----------------------------------------------------------

def _story(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


ZH_STORY = _story(
    "港务局表示，等待靠泊的船舶队列已连续第三周缩短，此前通往内陆的铁路线在一座被洪水损坏的桥梁修复后重新开通，港口的装卸作业也随之逐步恢复正常。",
    "周四约有十四艘船在锚地等待，低于七月高峰时的三十多艘。港务局在每周公报中说，预计到下个月底，等待时间将缩短到两天以内，货主的额外费用也将随之下降。",
)
JA_STORY = _story(
    "港湾局によると、洪水で損傷した橋の修理を終えて内陸への鉄道が再開し、着岸を待つ船の列は三週連続で短くなった。荷役作業も徐々に通常の状態に戻りつつあるという。",
    "木曜日には約十四隻が沖合で待機しており、七月のピーク時の三十隻以上から減った。港湾局は週報で、来月末までに待ち時間は二日以内に短縮される見通しだと説明した。",
)
VI_STORY = _story(
    "Cơ quan quản lý cảng cho biết hàng tàu chờ cập bến đã ngắn lại tuần thứ ba liên tiếp, sau khi tuyến đường sắt vào nội địa được mở lại nhờ sửa xong cây cầu bị lũ làm hư hỏng.",
    "Khoảng 14 tàu đang chờ ở khu neo đậu vào thứ Năm, giảm từ hơn 30 tàu vào lúc cao điểm hồi tháng Bảy, theo bản tin hằng tuần của cơ quan này.",
)
ID_STORY = _story(
    "Otoritas pelabuhan mengatakan antrean kapal yang menunggu sandar telah memendek selama tiga pekan berturut-turut, setelah jalur kereta ke pedalaman dibuka kembali.",
    "Sekitar 14 kapal menunggu di area labuh pada Kamis, turun dari lebih dari 30 kapal pada puncaknya di bulan Juli, menurut buletin mingguan otoritas tersebut.",
)
RU_STORY = _story(
    "Очередь судов, ожидающих постановки к причалу, сокращается третью неделю подряд после того, как было восстановлено железнодорожное сообщение с глубинными районами.",
    "В четверг на рейде ожидали около 14 судов, тогда как в июле их число превышало 30, говорится в еженедельном бюллетене портовой администрации.",
)
ZH_HOST = ("海滨晨报", "https://www.haibinchenbao.example/news/2026/port.html", "zh-CN")
JA_HOST = ("南浜新報", "https://www.minamihama-shimpo.example/news/port", "ja")
VI_HOST = ("Báo Bến Cảng", "https://baobencang.example/kinh-te/cang.html", "vi")
ID_HOST = ("Kabar Pesisir", "https://www.kabarpesisir.example/ekonomi/pelabuhan", "id")
RU_HOST = ("Приморские вести", "https://primorskie-vesti.example/news/port", "ru")


@pytest.mark.parametrize(
    "body, host, original, author",
    [
        (ZH_STORY + "<p>本文转载自东江日报，版权归原作者所有。</p>", ZH_HOST, "东江日报", None),
        (ZH_STORY + "<p>转载自《东江日报》</p>", ZH_HOST, "东江日报", None),
        (ZH_STORY + "<p>本文原载于东江日报，如有侵权请联系删除。</p>", ZH_HOST, "东江日报", None),
        (ZH_STORY + "<p>文章来源于微信公众号“东江观察”</p>", ZH_HOST, "东江观察", None),
        # a source line with its writer on the same line, and its editor, who is no writer
        (ZH_STORY + "<p>来源：新华社 | 作者：王小明 | 责任编辑：李四</p>", ZH_HOST, "Xinhua", "王小明"),
        (JA_STORY + "<p>提供：共同通信社</p>", JA_HOST, "Kyodo News", None),
        (JA_STORY + "<p>記事提供：時事通信</p>", JA_HOST, "Jiji Press", None),
        # alone on a line under the text: an outlet by the word its name opens with, or by its address
        (VI_STORY + "<p><strong>Theo Báo Sông Lam</strong></p>", VI_HOST, "Báo Sông Lam", None),
        (VI_STORY + "<p>(Theo Tạp chí Kinh tế Miền Trung)</p>", VI_HOST, "Tạp chí Kinh tế Miền Trung", None),
        (VI_STORY + "<p>Theo TTXVN</p>", VI_HOST, "Vietnam News Agency", None),
        (
            ID_STORY + '<p>Artikel ini telah tayang di PantaiUtara.com dengan judul "Antrean Kapal Memendek", Klik untuk baca: '
            "https://www.pantaiutara.example/ekonomi/kapal.<br>Penulis : Dewi Lestari<br>Editor : Budi Santoso</p>",
            ID_HOST, "PantaiUtara.com", "Dewi Lestari",
        ),
        (ID_STORY + "<p>Berita ini telah dimuat di Harian Pantai Utara.</p>", ID_HOST, "Harian Pantai Utara", None),
        (RU_STORY + "<p>По материалам ТАСС</p>", RU_HOST, "TASS", None),
        (RU_STORY + "<p>По материалам РИА Новости.</p>", RU_HOST, "RIA Novosti", None),
    ],
)
def test_republication_notes_in_other_languages(body: str, host: tuple[str, str, str], original: str, author: str | None) -> None:
    site, url, lang = host
    assert _chain(body, site, url, lang=lang) == [("original", original, author), ("republisher", site, None)]


@pytest.mark.parametrize(
    "body, host",
    [
        # a statistic's source, a picture's, the web at large
        (ZH_STORY + "<p>数据来源于国家统计局。</p>", ZH_HOST),
        (ZH_STORY + "<p>本文转载自网络，版权归原作者所有。</p>", ZH_HOST),
        (ZH_STORY + "<figure><img src='/p.jpg' alt=''><figcaption>图片来源：东江日报</figcaption></figure>", ZH_HOST),
        (JA_STORY + "<figure><img src='/p.jpg' alt=''><figcaption>提供：共同通信社</figcaption></figure>", JA_HOST),
        (JA_STORY + "<p>写真提供：南浜市</p>", JA_HOST),
        # "theo" as a word: "according to him", "according to the report of …"
        (VI_STORY + "<p>Theo ông Nguyễn Văn An</p>", VI_HOST),
        (VI_STORY.replace("<p>Khoảng", "<p>Theo Báo Sông Lam, khoảng", 1), VI_HOST),
        (VI_STORY + "<p>Theo dõi chúng tôi trên mạng xã hội</p>", VI_HOST),
        # the media in general, a case file: no outlet
        (RU_STORY + "<p>По материалам СМИ</p>", RU_HOST),
        (RU_STORY + "<p>По материалам уголовного дела</p>", RU_HOST),
        # a sentence: the story's subject, not the text, appeared on a site
        (ID_STORY + "<p>Video itu telah tayang di televisi nasional pada Senin.</p>", ID_HOST),
        # the writer's sign-off alone names no outlet
        (ID_STORY + "<p>Penulis : Dewi Lestari</p>", ID_HOST),
    ],
)
def test_republication_note_look_alikes(body: str, host: tuple[str, str, str]) -> None:
    site, url, lang = host
    assert len(_chain(body, site, url, lang=lang)) == 1


# --- Korean and Chinese agencies' reporters in their datelines ------------------------------------------

KO_STORY = _story(
    "항만청은 홍수로 파손된 교량 보수를 마치고 내륙 철도 노선이 재개통되면서 접안을 기다리는 선박 행렬이 3주 연속 줄었다고 밝혔다. 하역 작업도 점차 정상을 되찾고 있다.",
    "목요일에는 약 14척이 정박지에서 대기해 7월 정점 때의 30척 이상에서 줄었다고 항만청이 주간 공보에서 밝혔다. 다음 달 말까지 대기 시간이 이틀 이내로 줄어들 전망이다.",
)
KO_HOST = ("바닷가일보", "https://www.badatgailbo.example/news/port", "ko")


@pytest.mark.parametrize(
    "body, host, expected",
    [
        (lead("(부산=연합뉴스) 박서연 기자 = ", KO_STORY), KO_HOST, [("original", "Yonhap News Agency", "박서연")]),
        (lead("[부산=뉴시스]박서연 기자 = ", KO_STORY), KO_HOST, [("original", "Newsis", "박서연")]),
        (lead("(부산=뉴스1) 박서연 정하늘 기자 = ", KO_STORY), KO_HOST, [("original", "News1 Korea", "박서연 정하늘")]),
        (lead("(워싱턴=연합뉴스) 박서연 특파원 = ", KO_STORY), KO_HOST, [("original", "Yonhap News Agency", "박서연")]),
        # a foreign agency's story Yonhap translated and carried: its reporter is Yonhap's
        (lead("(파리 AFP=연합뉴스) 박서연 기자 = ", KO_STORY), KO_HOST,
         [("original", "Agence France-Presse", None), ("intermediary", "Yonhap News Agency", "박서연")]),
        (lead("新华社广州3月5日电（记者王小明）", ZH_STORY), ZH_HOST, [("original", "Xinhua", "王小明")]),
        (lead("新华社广州3月5日电（记者王小明、李红）", ZH_STORY), ZH_HOST, [("original", "Xinhua", "王小明、李红")]),
        (lead("新华社广州3月5日电 ", ZH_STORY), ZH_HOST, [("original", "Xinhua", None)]),
    ],
)
def test_agency_reporters_in_datelines(body: str, host: tuple[str, str, str], expected: list[Link]) -> None:
    site, url, lang = host
    assert _chain(body, site, url, lang=lang) == [*expected, ("republisher", site, None)]


@pytest.mark.parametrize(
    "body, host",
    [
        # the site's own reporter in the same shape
        (lead("(부산=바닷가일보) 박서연 기자 = ", KO_STORY), KO_HOST),
        # an agency's picture in a caption, with the site's own dateline
        (lead("(부산=바닷가일보) 박서연 기자 = ", KO_STORY) + "<figure><img src='/p.jpg' alt=''><figcaption>(부산=연합뉴스) 박서연 기자 = 부두 전경</figcaption></figure>", KO_HOST),
        (lead("(사진=연합뉴스) 박서연 기자 = ", KO_STORY), KO_HOST),
        # a photographer's credit in Xinhua's shape
        (ZH_STORY + "<figure><img src='/p.jpg' alt=''><figcaption>3月5日，船舶在锚地等待。新华社记者王小明摄</figcaption></figure>", ZH_HOST),
    ],
)
def test_agency_reporter_look_alikes(body: str, host: tuple[str, str, str]) -> None:
    site, url, lang = host
    assert len(_chain(body, site, url, lang=lang)) == 1
