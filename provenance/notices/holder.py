"""The holder a copyright line names, cleaned of what runs on after the name: a footer's
links and chrome, "All rights reserved" in every language, a theme's credit, an address, a
register number, a description of the name. What is left is the name as the page states it."""

from __future__ import annotations

import re

from ..packs import NoticeVocab

# "© Provided by The Independent": a portal's credit line names its source, after "provided by".
# Trademark signs too: "®/TM General Mills © 2021" under a brand's recipe.
# "thuộc về" and "لـ" say whose the rights are, as "by" does: "Bản quyền © 2021 thuộc về Báo X".
_LEADS = r"©|&copy;|\(c\)|copyright|copyleft|by|von|por|par|thuộc về|لـ"
_LEADING = re.compile(rf"^(?:(?:{_LEADS}|powered by|provided by)\b[\s:.,]*|[®™]\s*/?\s*(?:tm\b)?|[\s:.,\-–—©])+", re.I)
# After a separator, "Powered by" is the site's software credit, not the holder: "© 2021 | Powered by X".
_LEADING_SEGMENT = re.compile(rf"^(?:(?:{_LEADS})\b[\s:.,]*|[®™]\s*/?\s*(?:tm\b)?|[\s:.,\-–—©])+", re.I)
# A holder ends at a sentence's end (". Powered by", ". Reproduction of ...") unless the dot
# closes an initial or a title ("Dr. Phillip W. Brunst"); a company suffix keeps its dot.
_DOT_BREAK = re.compile(r"\.\s+(?=[^\W\d_])")
_INITIAL = re.compile(r"(?:^|[\s.])(?:[A-Z]|dr|prof|st|mr|mrs|ms|jr|sr|e\.v|hr|fr)$", re.I)
_COMPANY_DOT = re.compile(
    r"(?:\b[A-Z]|\b(?:inc|ltd|llc|plc|corp|co|bros|e\.v|l\.p|s\.a|n\.v|b\.v|s\.l|gmbh & co|kft|zrt|nyrt|bt|s\.r\.o|a\.s|d\.o\.o"
    r"|sp\. z o\.o|s\.r\.l|s\.p\.a|s\.a\.s|pty|pvt|bhd|ltda|cía|s\.c|c\.v|a\.ş|lda))\.$",
    re.I,
)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|\s[»›—]\s|;|\s{2,}|©|\(c\)\s)\s*")
# Before the name: a time stamp or "since 2010" and then "by" ("since 2010 by C.Habermueller").
_STAMP_BY = re.compile(r"^(?:since|seit|desde|depuis|dal)?[\s\d.:/h,-]*\b(?:by|von|por|par|di)\s+(?=\S)", re.I)
# After the name, a description of it: ", a 501(c)(3) nonprofit", ", eine Marke der ...".
# After a spaced dash or in brackets, with an indefinite article only: "Example Times – a Quay
# Media company", "Example Times (a Quay Media company)"; "Example Times – The Voice of X" stays.
# After a comma, a relative clause or a participle's agent: "Example Times, which is owned by
# Y", "…, owned and operated by Y", "…, édité par Y", "…, herausgegeben von Y".
_APPOSITION = re.compile(
    r",\s+(?:a|an|the|ein|eine|une|un|una)\s.*$"
    r"|\s[-–—]\s+(?:a|an|ein|eine|une|un|una|um|uma|een)\s.*$|\s*\((?:a|an|ein|eine|une|un|una|um|uma|een)\s[^()]*\)$"
    r"|,\s+(?:which|who|welche[rs]?|qui|que|che|dat)\b.*$"
    r"|,\s+(?:[^\W\d_]+\s+(?:and|&|und|et|y|e|en)\s+)?[^\W\d_]+\s+(?:by|par|por|von|door)\s.*$",
    re.I,
)
# The holder named only as the parent: "© 2023 a Reach plc subsidiary", "a Red Ventures Company".
_PARENT_ONLY = re.compile(r"^(?:a|an)\s+(.+?)\s+(?:subsidiary|company|brand|business|publication)$", re.I)
# A sentence glued to the name with no space: "Cable News Network.A Warner Media Company.All
# Rights Reserved"; a site's address keeps its dot ("DoSchu.Com").
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})\.(?=(?!(?i:com|net|org|info|de|co|uk|fr|it|es|at|ch|io|tv|fm|nl|eu|us)\b)[A-Z])")
_COUNTRY_CODE = re.compile(r",\s*[A-Z]{1,2}$")  # "Qualisys GmbH, D"
_LEGAL_FORM_NEXT = re.compile(r"(?:kg|kgaa|ohg|ag|gmbh|inc|ltd|llc|plc|sa|sas|bv|nv)\b", re.I)
# A company or VAT number, a postcode: the holder's name has ended ("IT00853870210", "28033 Madrid").
_REGISTER_NUMBER = re.compile(r"[,\s-]*\b[A-Z]{0,3}\d{5,}\b.*$")
# After a company's legal form, words with numbers in them are its address: "Future US, Inc.
# 11 West 42nd Street", "Landwirtschaftsverlag GmbH, Hülsebrockstraße 2-8".
_ADDRESS_AFTER_FORM = re.compile(
    r"^(.*?\b(?:inc|ltd|llc|plc|gmbh|ag|s\.?l\.?u|s\.?a|s\.?l|sarl|sas|bv|nv|corp|limited|e\.\s?v)\b\.?)[,\s]+(?!(?:19|20)\d\d\s*$)(?=\S*\d|.*\d).*$", re.I)
# After a comma, a part with a number in it or an e-mail address is the holder's address
# or contact: "Evangelische Kirche in Österreich, Severin-Schreiber-Gasse 1+3, 1180 Wien".
_CONTACT_AFTER_COMMA = re.compile(r",\s*(?=[^,]*(?:\d|\S@\S)).*$")
# Footer links glued to the name with no space between them ("A la CarteJahres-AboSchnupper-Abo…
# Impressum"): a small letter or digit then a capitalised word, three times over. Once or twice
# is a brand's own spelling ("ProSiebenSat.1", "GlaxoSmithKline").
_GLUED = re.compile(r"(?<=[^\W_A-Z])(?=[A-ZÀ-ÖØ-Þ][^\W\dA-Z_])")
_GLUED_LINKS = 3
_GLUED_SPAN = 40  # characters: links glued together stand close; two brands in a tagline do not ("AussenGedanken … NachDenkSeiten")
# A year or a span of years before the name, with a comma: "1999-2023, Badischer Verlag GmbH & Co. KG".
# A tagline after a spaced dash, five words or more: "AussenGedanken - Neben dem, dem … ein
# weiterer Service der NachDenkSeiten"; a short part stays ("Example Times - Local News").
# After a colon, a tagline that starts small, three words or more: "Example Times: the voice of
# the harbour"; "Example Times: Local News" may be the name's own.
_TAGLINE = re.compile(r"(?<=\w)\s[-–]\s(?=(?:\S+\s+){4,}\S).*$|(?<=[^\W\d_]):\s+(?=[^\W\d_A-ZÀ-ÖØ-Þ]\S*\s+\S+\s+\S).*$")
_LETTER = re.compile(r"[^\W\d_]")
# A company's legal form, for the rules below that read where a company's name ends.
_LEGAL_FORM = r"\b(?:inc|ltd|llc|plc|gmbh|ag|kg|kgaa|ohg|s\.?a|sarl|sas|bv|nv|corp|corporation|limited|e\.\s?v)\b\.?"
_LEGAL_FORM_AT_END = re.compile(_LEGAL_FORM + "$", re.I)
# A licence's name between the years and the holder: "© 2007–16 CC BY-NC-SA 2.0 kinra".
_LICENCE_FIRST = re.compile(r"^(?:cc|creative\s+commons)[\s-]+(?:by|zero|0)(?:[\s-]+(?:sa|nd|nc))*(?:[\s-]+\d\.\d)?\s+(?=\S)", re.I)
# A year and a full stop end the notice, whatever case the next sentence starts in:
# "Copyright modabot 2014. modabot ist nicht verantwortlich für …".
_AFTER_YEAR_DOT = re.compile(r"(?<=\b(?:19|20)\d\d)\.\s+\S.*$")
# Text for screen readers glued to a link's name: "Meredith Corporationthis link opens in a new tab".
_SCREEN_READER = re.compile(
    r"(?:\(?\s*(?:this\s+)?link\s+)?(?:opens|öffnet)\s+(?:in\s+)?(?:an?\s+|einem\s+)?(?:new|neuen)\s+(?:tab|window|fenster)\b.*$"
    r"|\(?\s*(?:s['’]ouvre|se\s+abre)\s+(?:dans|en)\s+un[ae]?\s+nouv.*$",
    re.I,
)
# A legal form then a spaced dash: the company's name has ended, its brand follows
# ("Paul Parey Zeitschriftenverlag GmbH - WILD UND HUND").
_BRAND_AFTER_FORM = re.compile(rf"^(.*?{_LEGAL_FORM})\s+[-–—|]\s+\S.*$", re.I)
_YEARS_COMMA = re.compile(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,\s*(?=\S)")
# After a company's legal form, a comma and a place: "IDG Business Media GmbH, München",
# "… GmbH & Co. KG, Freiburg im Breisgau". A second company after the comma stays.
_PLACE_AFTER_FORM = re.compile(
    rf"^(.*?{_LEGAL_FORM}),\s*(?!.*(?:{_LEGAL_FORM}|\b(?:group|gruppe)\b))[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[\s-]+[^\W\d_]+){{0,3}}\.?$",
    re.I,
)
_VERSION_AT_END = re.compile(r"\s+v?\d+(?:\.\d+)+$")  # "Kyffhäuser Nachrichten 2.6411": a software version
_QUOTED_TITLE_AT_END = re.compile(r'(?<=\S)\s*[«„“"‹][^«»„“”"‹›]{2,60}[»“”"›]$')  # 'Schaub Medien AG «Volksstimme»'
# A legal form alone before the quotes is no name: the quoted words are the company's name
# ('ООО «Портовая газета»', 'АО «Новости»', 'ТОВ «Новини»').
_FORM_BEFORE_QUOTES = re.compile(r'^(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ИП|ТОВ|ТзОВ|ПрАТ|ПАТ|АТ|ТОО|ЖШС|ФГУП|ГУП|МУП|АНО|ОДО|ЧУП|УП)\s*[«„“"]')
# A name in Latin letters, then words in CJK script: the footer's links ("Baidu 使用百度前必读");
# a legal form written in CJK after the name is kept ("Example 株式会社").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_LATIN_THEN_CJK = re.compile(rf"^([^{_CJK}]*[A-Za-z][^{_CJK}]*?)\s+(?!株式会社|有限会社|合同会社|有限公司|股份有限公司|公司|주식회사)[{_CJK}].*$")
# A theme's credit after the name, or in place of it: "Cookely Theme by WPZOOM", "MH Magazine
# WordPress Theme von MH Themes", "Theme Blass by 1000ff".
_THEME_CREDIT = re.compile(r"(?:(?<=\s)|^)(?:[\w.-]+\s+){0,3}theme(?:\s+[\w.-]+)?\s+(?:by|von|de|par|di|from)\s.*$", re.I)
# An epithet in quotes before the name, the site's address in brackets after it:
# "'대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr)" is 엔터미디어, and a licence's
# "Free Software Foundation, Inc. <http://fsf.org/>" is the Foundation.
_QUOTED_EPITHET = re.compile(r"^['‘\"“「][^'’\"”」]{2,40}['’\"”」]\s+(?=\S)")
_COMPANY_AFTER_QUOTES = re.compile(
    rf"(?:[^\W\d_]+\s+){{0,2}}(?:{_LEGAL_FORM}|\b(?:co|company|group|newspaper|verlag|media)\b\.?)$", re.I
)
_ADDRESS_IN_BRACKETS = re.compile(r"\s*(?:\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)|<(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?>)$")
# A year in Arabic-Indic or Persian digits before the name, a solar or lunar Hijri year as often
# as a Gregorian one: "© ۱۴۰۰ خبرگزاری بندر".
_EASTERN_YEARS = re.compile(r"^[\u0660-\u0669\u06f0-\u06f9]{4}(?:\s*[-–]\s*[\u0660-\u0669\u06f0-\u06f9]{2,4})?[\s,.]+(?=\S)")
# Where "by" follows the name, a maker's credit reads name first, and all of it is the credit:
# "Liman Ajans tarafından tasarlandı", "हार्बर डिजिटल द्वारा विकसित", "港湾デザインによって制作".
_BY_AFTER_NAME = re.compile(
    r"\starafından\s+(?:tasarla|geliştiril|yapıl|kodla)|\sद्वारा\s+(?:विकसित|डिज़ाइन|डिजाइन|निर्मित|संचालित)"
    r"|(?:によって|により)(?:制作|作成|開発|デザイン)"
)
# After the name, a clause saying what it is: "Example Times is a publication of Example Media
# LLC", "… ist ein Angebot der …", "… est une publication de …", "… è una testata di …". The
# name before the verb is the line's holder; what follows describes it.
_COPULA = re.compile(
    r"\s+(?:(?:is|are)\s+(?:(?:a|an|the|part|one|now|wholly|jointly)\b|[a-z]+ed\b(?!\s+(?:and|&)\b))"
    r"|est\s+(?:un|une|le|la|l['’]|édité|publié|détenu|exploité)\b|es\s+(?:un|una|el|la|parte|propiedad|editad[oa]|publicad[oa])\b"
    r"|è\s+(?:un|una|il|lo|la|parte|edit[oa]|pubblicat[oa])\b|ist\s+(?:ein|eine|der|die|das|teil|herausgegeben|veröffentlicht)\b"
    r"|é\s+(?:um|uma|o|a|parte|editad[oa]|publicad[oa])\b|is\s+(?:een|de|het|onderdeel|uitgegeven)\b)\s.*$",
    re.I,
)
_NO_NAME = re.compile(r"^[\W\d_]*$")  # "2001-2009": years, no name
_TRAILING_WORDS = re.compile(r"(?:\s+(?:und|and|y|et|&|by|von|por|par|-|–))+$", re.I)


def capital_like(text: str) -> bool:
    """Whether `text` starts as a name does: with a capital, or with a letter of a script
    that has no case (港湾新聞社, 항구일보, עיתון, हार्बर), which is never a small letter. An
    opening bracket or quote before it is the name's own ("(주)항구일보", "«Портовая газета»")."""
    first = text.lstrip("(«\"“„‘'[")[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def clean_holder(raw: str, vocab: NoticeVocab, licence_first: bool = True) -> str:
    """'2022 Bloomberg L.P. All Rights Reserved' -> 'Bloomberg L.P.'; 'X | Privacy Policy' -> 'X'.
    With `licence_first`, a licence's name before the name is passed over ("CC BY-NC-SA 2.0
    kinra"); a picture's credit leaves it, as its licence notice already names it."""
    # "© 2018 | STEINHAU | Impressum": the first segment with a name in it.
    text = _LEADING.sub("", raw.strip())
    reserved = vocab.rights_reserved.match(text) if vocab.rights_reserved else None
    if reserved:
        rest = text[reserved.end() :]
        if re.match(r"\s*\.\s", rest):
            return ""  # "©2020 Derechos Reservados. unocero es una marca ...": a new sentence names no holder
        text = _LEADING.sub("", rest)  # "© All Rights Reserved Poynter Institute 2019"
    # "©2019 | ALL RIGHTS RESERVED | EAT WHAT TONIGHT": a segment that is only the reservation names nobody.
    segments = [
        leading.sub("", _without_reservation(leading.sub("", part), vocab))
        for leading, part in zip((_LEADING, _LEADING_SEGMENT, _LEADING_SEGMENT), _SEPARATORS.split(text, maxsplit=2), strict=False)
    ]
    holder = _SEPARATORS.split(next((part for part in segments if part.strip(" .,:-–")), ""), maxsplit=1)[0]
    holder = _BRAND_AFTER_FORM.sub(r"\1", _SCREEN_READER.sub("", _THEME_CREDIT.sub("", _LICENCE_FIRST.sub("", holder) if licence_first else holder)))
    tagline = _TAGLINE.search(holder)
    if tagline and _LETTER.search(holder, 0, tagline.start()):  # not "19.12.2019 - 12:14 h by Qualisys GmbH"
        holder = holder[: tagline.start()]
    glued = [m.start() for m in _GLUED.finditer(holder)]
    cluster = next((a for a, b in zip(glued, glued[_GLUED_LINKS - 1 :], strict=False) if b - a <= _GLUED_SPAN), None)
    if cluster is not None:
        holder = holder[:cluster]
    holder = _STAMP_BY.sub("", holder, count=1)
    holder = _ADDRESS_AFTER_FORM.sub(r"\1", _REGISTER_NUMBER.sub("", holder))
    holder = _CONTACT_AFTER_COMMA.sub("", _YEARS_COMMA.sub("", _EASTERN_YEARS.sub("", holder.strip())))
    holder = _COPULA.sub("", holder)
    if vocab.holder_stops:
        stop = vocab.holder_stops.search(holder)
        if stop:
            holder = holder[: stop.start()]
    for dot in _DOT_BREAK.finditer(holder):
        legal_form = _LEGAL_FORM_NEXT.match(holder, dot.end())  # "GmbH & Co. KG" is one name
        if capital_like(holder[dot.end() :]) and not legal_form and not _INITIAL.search(holder, 0, dot.start()):
            holder = holder[: dot.start() + 1]
            break
    holder = _AFTER_YEAR_DOT.sub("", holder)
    if _BY_AFTER_NAME.search(holder):
        return ""
    glued_sentence = _GLUED_SENTENCE.search(holder)
    if glued_sentence:
        holder = holder[: glued_sentence.start()]
    holder = _PLACE_AFTER_FORM.sub(r"\1", _COUNTRY_CODE.sub("", _APPOSITION.sub("", holder.strip())))
    holder = _PARENT_ONLY.sub(r"\1", holder.strip())
    holder = holder.strip(" ,;:-–—")
    epithet = _QUOTED_EPITHET.match(holder)
    # A quoted name then a company word is the company's name: '"Example" Newspaper Co.'.
    if epithet and not _COMPANY_AFTER_QUOTES.match(holder, epithet.end()):
        holder = holder[epithet.end() :]
    holder = _ADDRESS_IN_BRACKETS.sub("", holder)
    holder = _VERSION_AT_END.sub("", holder.strip())
    if not _FORM_BEFORE_QUOTES.match(holder):
        holder = _QUOTED_TITLE_AT_END.sub("", holder)
    holder = _LATIN_THEN_CJK.sub(r"\1", holder)
    holder = _TRAILING_WORDS.sub("", holder.strip(" ,;:-–—/").rstrip("(")).strip(" ,;:-–—/।®™").rstrip("(")  # "।" ends a Hindi sentence
    if holder.startswith("(") and ")" not in holder:
        holder = holder[1:]  # a bracket left open; "(주)항구일보" keeps its own
    if holder.endswith(".") and not _COMPANY_DOT.search(holder):
        holder = holder[:-1]
    # "Copyright infringement", "copyright free": a word that names no one, unless a company's
    # legal form closes the name ("Free Software Foundation, Inc.").
    if (vocab.not_holders and vocab.not_holders.match(holder) and not _LEGAL_FORM_AT_END.search(holder)) or _NO_NAME.match(holder):
        return ""
    return holder if len(holder.split()) <= 12 else ""


def _without_reservation(segment: str, vocab: NoticeVocab) -> str:
    reserved = vocab.rights_reserved.match(segment) if vocab.rights_reserved else None
    return segment[reserved.end() :] if reserved else segment
