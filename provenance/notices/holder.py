"""The holder a copyright line names, cleaned of what runs on after the name: a footer's
links and chrome, "All rights reserved" in every language, a theme's credit, an address, a
register number, a description of the name. What is left is the name as the page states it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import regex_cache
from ..registry import fold_place

if TYPE_CHECKING:  # packs.py builds HolderForms when it loads the packs: a runtime import would be circular
    from ..packs import NoticeVocab

# "© Provided by The Independent": a portal's credit line names its source, after "provided by".
# Trademark signs too: "®/TM General Mills © 2021" under a brand's recipe.
# "thuộc về" and "لـ" say whose the rights are, as "by" does: "Bản quyền © 2021 thuộc về Báo X".
_LEADS = r"©|&copy;|\(c\)|copyright|copyleft|by|von|por|par|thuộc về|لـ"
# A full-width colon leads too: "版权所有：示例网".
_LEADING = re.compile(rf"^(?:(?:{_LEADS}|powered by|provided by)\b[\s:.,]*|[®™]\s*/?\s*(?:tm\b)?|[\s:：.,\-–—©])+", re.I)
# After a separator, "Powered by" is the site's software credit, not the holder: "© 2021 | Powered by X".
_LEADING_SEGMENT = re.compile(rf"^(?:(?:{_LEADS})\b[\s:.,]*|[®™]\s*/?\s*(?:tm\b)?|[\s:：.,\-–—©])+", re.I)
# A holder ends at a sentence's end (". Powered by", ". Reproduction of ...") unless the dot
# closes an initial or a title ("Dr. Phillip W. Brunst"); a company suffix keeps its dot.
_DOT_BREAK = re.compile(r"\.\s+(?=[^\W\d_])")
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
# A city then a country after the name, each after a comma: "Example Times, Brighton, UK", "Example
# Times, Hamburg, Germany". The country a code in capitals, or the city a place the packs know.
_CITY_THEN_COUNTRY = re.compile(r"^(.*[^\s,])\s*,\s*([^,\d|]{2,40}?)\s*,\s*([A-Z]{2}|USA|UAE|[^,\d|]{2,40})$")
# The parent named after the brand with no separator: "Example Times A Quay Media company"
# (with a comma or a dash, _APPOSITION takes it).
_PARENT_AFTER = re.compile(
    r"(?<=[^\W_])\s+an?\s+(?:[^\W\d_][\w&'’.-]*\s+){1,4}(?:company|brand|business|publication|title|subsidiary|property)$", re.I
)
# A last part after a comma or a spaced dash: a place where it is one ("DuMont, Köln").
_PLACE_TAIL = re.compile(r"^(.*[^\s,])\s*(?:,|\s[-–—|]\s)\s*([^,\d|]{2,40})$")
# A name in quotes and nothing else: «Пример-Медиа», „Hafenblatt“ (ООО «Пример» keeps them).
_WHOLLY_QUOTED = re.compile(r'^[«„“"‚]([^«»„“”"‚‘’]+)[»“”"‘]$')
# An agency's item number left after its name, the code it opens with too: "© dpa-infocom,
# dpa:231103-99-818412/2" is dpa-infocom's line, not a holder "dpa-infocom, dpa".
_ITEM_NUMBER = re.compile(r"[,\s]*(?<![\w-])[A-Za-z]{2,8}:\d{6}-\d{2,3}-\d{3,}(?:/\d+)?.*$")
# A company or VAT number, a postcode: the holder's name has ended ("IT00853870210", "28033 Madrid").
_REGISTER_NUMBER = re.compile(r"[,\s-]*\b[A-Z]{0,3}\d{5,}\b.*$")
# A Chinese site's filing numbers after its name, led by the province's one-character abbreviation
# or not: "示例网 京ICP备12345678号", "示例网京ICP证123456号", "京公网安备 11010502030143号".
_CN_FILING = re.compile(
    r"[\s,|-]*(?:[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊港澳台])?"
    r"\s*(?:ICP[备備证證許许]|公[网網]安[备備]).*$",
    re.I,
)
# After a comma, a part with a number in it or an e-mail address is the holder's address
# or contact: "Evangelische Kirche in Österreich, Severin-Schreiber-Gasse 1+3, 1180 Wien".
_CONTACT_AFTER_COMMA = re.compile(r",\s*(?=[^,]*(?:\d|\S@\S)).*$")
# With no comma, a telephone number in its international or trunk form, an e-mail or a web
# address: "Example Media +44 20 7946 0000", "Example Media 020 7946 0000", "Example Media
# info@example.com", "Example Media www.example.com". A year is neither: a trunk number opens
# with 0, an international one with +. A name that is an address stays ("© 2021 www.example.com").
_CONTACT_AFTER_NAME = re.compile(
    r"(?<=[^\W_])\s+(?:\+\s?\d[\d\s()./-]{6,}\d|\(?0\d{1,4}\)?[\s/-]?\d{3,4}[\s/-]\d{3,4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[\w-]+\.).*$",
    re.I,
)
# Footer links glued to the name with no space between them ("A la CarteJahres-AboSchnupper-Abo…
# Impressum"): a small letter or digit then a capitalised word, three times over. Once or twice
# is a brand's own spelling ("ProSiebenSat.1", "GlaxoSmithKline"), unless the word opens one of
# the packs' footer links (HolderForms.glued_link).
_GLUED = re.compile(r"(?<=[^\W_A-Z])(?=[A-ZÀ-ÖØ-Þ][^\W\dA-Z_])")
_GLUED_LINKS = 3
_GLUED_SPAN = 40  # characters: links glued together stand close; two brands in a tagline do not ("AussenGedanken … NachDenkSeiten")
# A year or a span of years before the name, with a comma: "1999-2023, Badischer Verlag GmbH & Co. KG".
# A tagline after a spaced dash, five words or more: "AussenGedanken - Neben dem, dem … ein
# weiterer Service der NachDenkSeiten"; a short part stays ("Example Times - Local News").
# After a colon, a tagline that starts small, three words or more: "Example Times: the voice of
# the harbour"; "Example Times: Local News" may be the name's own.
# After a spaced dash, a label and its colon open another of the footer's fields: "Hafen Zeitung
# – Inhaber: Max Mustermann", "Example Times — Editor: Jane Roe"; the name has ended.
FIELD_LABEL = r"[^\W\d_]+(?:[\s-][^\W\d_]+)?\s*:\s"  # a footer field's label, a word or two: "Inhaber: ", "Editor: "
_FIELD_AFTER_DASH = re.compile(rf"(?<=[^\W_])\s+[-–—]\s+{FIELD_LABEL}\s*\S.*$")
# After a spaced dash, a year and more words open the next field too: "Example Verlag - 2022 HAFEN & KAI"
# (the title the footer names after its year; a year alone at the end is cut later, with the others).
_YEAR_FIELD_AFTER_DASH = re.compile(r"(?<=[^\W_])\s+[-–—]\s+(?:19|20)\d\d\b(?=\s*[^\W\d_]).*$")
# A footer's next field after the name with only a space between: a capitalised label, a word or
# a word and a small one, its colon and a value that opens with a capital or a digit ("Example Media
# Foto: Jane Roe", "… Last updated: 3 March"); not "Jane Roe: all rights reserved".
_CAPITAL = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
_FIELD_AFTER_NAME = re.compile(
    rf"(?<=[^\W_])\s+(?P<label>[{_CAPITAL}][^\W\d_]*(?:[\s-][^\W\d_{_CAPITAL}][^\W\d_]*)?)\s*:\s+(?=[{_CAPITAL}\d])"
)
# Pictographs and flags closing the line after the name: "Example Media 🇩🇪", "Example Media ☕".
_TRAILING_PICTOGRAPHS = re.compile("[\\s\U0001F1E6-\U0001F1FF\u2600-\u27BF\U0001F300-\U0001FAFF\ufe0f\u200d]+$")
# A year in brackets closing the name: "© Example Media (2021)".
_BRACKETED_YEAR_AFTER = re.compile(r"(?<=\S)\s*\((?:19|20)\d\d\)$")
_TAGLINE = re.compile(r"(?<=\w)\s[-–]\s(?=(?:\S+\s+){4,}\S).*$|(?<=[^\W\d_]):\s+(?=[^\W\d_A-ZÀ-ÖØ-Þ]\S*\s+\S+\s+\S).*$")
LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
# A licence's name between the years and the holder: "© 2007–16 CC BY-NC-SA 2.0 kinra".
_LICENCE_FIRST = re.compile(r"^(?:cc|creative\s+commons)[\s-]+(?:by|zero|0)(?:[\s-]+(?:sa|nd|nc))*(?:[\s-]+\d\.\d)?\s+(?=\S)", re.I)
# A year and a full stop end the notice, whatever case the next sentence starts in:
# "Copyright modabot 2014. modabot ist nicht verantwortlich für …".
_AFTER_YEAR_DOT = re.compile(r"(?<=\b(?:19|20)\d\d)\.\s+\S.*$")
# So does a year after the name and a spaced dash ("© Example Zeitung 2021 – Jetzt abonnieren"),
# unless a year follows (a span); a dash after a leading year opens the name ("2019 – Example e. V.").
_AFTER_NAME_YEAR_DASH = re.compile(r"^(.*?[^\W\d_].*?\b(?:19|20)\d\d)\s[-–—]\s+(?!\d)\S.*$")
# Text for screen readers glued to a link's name: "Meredith Corporationthis link opens in a new tab".
_SCREEN_READER = re.compile(
    r"(?:\(?\s*(?:this\s+)?link\s+)?(?:opens|öffnet)\s+(?:in\s+)?(?:an?\s+|einem\s+)?(?:new|neuen)\s+(?:tab|window|fenster)\b.*$"
    r"|\(?\s*(?:s['’]ouvre|se\s+abre)\s+(?:dans|en)\s+un[ae]?\s+nouv.*$",
    re.I,
)
_YEARS_COMMA = re.compile(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,\s*(?=\S)")
_VERSION_AT_END = re.compile(r"\s+v?\d+(?:\.\d+)+$")  # "Kyffhäuser Nachrichten 2.6411": a software version
# An age rating, which Russian law has every media outlet print beside its name: "Речной вестник
# 16+", "… 18+ Свидетельство о регистрации СМИ …". After the name it ends it; before, it is passed over.
_AGE_RATING = re.compile(r"(?<![\w+])(?:0|6|12|16|18)\s?\+(?![\w+])")
# "محفوظة لصحيفة الوادي": after "reserved", the preposition لـ ("for") is written joined to the
# holder's name; before the article ال it drops the article's alif ("للشركة" is "ل" + "الشركة").
_RESERVED_FOR = re.compile(r"(?<=محفوظة)\s+ل(?!ـ|دى\b)(ل)?(?=[\u0621-\u063a\u0641-\u064a])")
# Hebrew joins its "for" to the name the same way: "כל הזכויות שמורות לעיתון הנמל" is עיתון הנמל's.
_RESERVED_FOR_HE = re.compile(r"(?<=שמורות)\s+ל[-־]?(?=[\u05d0-\u05ea])")
# After a reservation, a word saying whose the rights are, then the name: "All rights reserved to
# Example Media", "تمامی حقوق برای خبرگزاری X محفوظ است", "کلیه حقوق این سایت متعلق به X".
_RESERVED_TO = re.compile(r"^\s*(?:to|for|برای|متعلق\s+به)\s+(?=\S)", re.I)
_QUOTED_TITLE_AT_END = re.compile(r'(?<=\S)\s*[«„“"‹][^«»„“”"‹›]{2,60}[»“”"›]$')  # 'Schaub Medien AG «Volksstimme»'
UP_ARROWS = "↑⬆▲△⇧⇑⏫🔝"  # a "back to top" link's arrow
# A heart after the name opens the makers' line ("Example Media ♥ Made in Berlin", "… Built with ❤ by
# Quay Digital"), with the words that lead to it; no name holds one.
_HEARTS = "♥♡❤💙💚💛🧡💜🖤🤍"
_HEART = re.compile(rf"(?:\s+(?:made|built|crafted|designed|coded|handcrafted)(?:\s+with)?)?\s*[{_HEARTS}].*$", re.I)
# The characters the cuts below cannot match without, looked for first: each cut's regex tries
# its alternation at every place of a holder, and most holders have none of them.
_UP_ARROW_OR_HEART = re.compile(f"[{UP_ARROWS}{_HEARTS}]")
_CONTACT_MARK = re.compile(r"[\d@]|www\.|://", re.I)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# What the vocabulary's cuts below cannot match without: looked for first, as each cut's
# regex tries its alternation of legal forms at every place of a holder that has none.
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACED_DASH = re.compile(r"\s[-–—|]\s")
_DIGIT = re.compile(r"\d")
# A theme's credit after the name, or in place of it: "Cookely Theme by WPZOOM", "MH Magazine
# WordPress Theme von MH Themes", "Theme Blass by 1000ff".
# The theme's name is words, not a spaced dash: "Tallgrass Farm - WordPress Theme by Kadence WP"
# is the site's name, then the credit, which names the theme's maker.
_THEME_CREDIT = re.compile(
    r"(?:(?<=\s)|^)(?:\w[\w-]*(?:\.[\w-]+)*\s+){0,3}theme(?:\s+[\w.-]+)?\s+(?:by|von|de|par|di|from)\s.*$"
    # A theme named after a colon, in the languages of the footers: "WordPress Theme: Newsup by
    # Themeansar", "Tema WordPress: ColorMag di ThemeGrill", "Thème : Astra par Brainstorm Force";
    # only a CMS's name before the theme word, so the site's name before it stays.
    r"|(?:(?<=\s)|^)(?:(?:wordpress|wp|blogger|joomla|drupal|ghost|shopify)\s+)?(?:theme|thème|tema|motyw|szablon|template)"
    r"(?:\s+(?:de\s+|para\s+|per\s+)?(?:wordpress|wp|blogger|joomla|drupal|ghost|shopify))?\s*:\s*\S+(?:\s+\S+){0,2}?"
    # The maker may be left out: "Theme: Astra © 2021", "Powered by WordPress | Tema: Newspaper
    # © 2021" name only the theme, up to three words that end the holder.
    r"(?:\s+(?:by|von|de|par|di|da|por|from|przez|door|af|av)\s.*)?$"
    # A theme's name and its maker, whose name says it makes themes, as all the holder: an unedited
    # demo footer's "Newsmatic by BlazeThemes", "ColorMag by ThemeGrill", "Tema por ThemeGrill". Only
    # from the holder's start, so no name before it is cut short ("Example Daily Newsmatic by
    # BlazeThemes" names no one rather than "Example"); "Harbour Recipes by Jane Roe" stays.
    r"|^(?:[\w-]+\s+){0,2}[\w-]+\s+(?:by|von|de|par|di|da|por|from|door)\s+(?:[\w-]+\s+)?[\w-]*theme[\w-]*\b.*$",
    re.I,
)
# An epithet in quotes before the name, the site's address in brackets after it:
# "'대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr)" is 엔터미디어, and a licence's
# "Free Software Foundation, Inc. <http://fsf.org/>" is the Foundation.
_QUOTED_EPITHET = re.compile(r"^['‘\"“「][^'’\"”」]{2,40}['’\"”」]\s+(?=\S)")
_ADDRESS_IN_BRACKETS = re.compile(r"\s*(?:\((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\)|<(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?>)$")
# A year in Arabic-Indic or Persian digits before the name, a solar or lunar Hijri year as often
# as a Gregorian one: "© ۱۴۰۰ خبرگزاری بندر".
# A year in any other script's digits too: Bengali "© ২০২১ দৈনিক বন্দর", Devanagari, Thai.
_OTHER_DIGIT = r"(?:(?![0-9])\d)"
EASTERN_YEARS = re.compile(rf"^({_OTHER_DIGIT}{{4}}(?:\s*[-–]\s*{_OTHER_DIGIT}{{2,4}})?)[\s,.]+(?=\S)")
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
# A template's variable left unfilled, where the site's name should stand: "{{ site.title }}", "{% … %}",
# "${name}", "%sitename%", "<?php …", "[Your Name]" (a name is never wholly in square brackets).
_YEAR_OR_SPAN = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?"  # "2024", "2019-24", "1996 – 2022"
_YEARS_AFTER = re.compile(rf"[\s,]+{_YEAR_OR_SPAN}$")  # "Your Website 2024": the line's year
_TEMPLATE_VARIABLE = re.compile(r"\{\{|\{%|\$\{|<\?|%[A-Za-z_]+%|^\[[^\]]+\]$")
# The word after the name, not part of it: "© Crown copyright" is the Crown's, "© Example Ltd Copyright" Example Ltd's.
# A year after the word stays, for the line's year: "© Crown Copyright 2024".
_COPYRIGHT_AFTER = re.compile(rf"(?<=[^\W\d_])\s+copyrights?(?=(?:\s+{_YEAR_OR_SPAN})?$)", re.I)
# Words left dangling where a stop cut the name's description: "Example Times, the newsletter of …",
# "Friends of the Harbour, a registered charity …" leave ", the" and ", a"; a web address cut
# after a picture agency leaves its "via".
_TRAILING_WORDS = re.compile(
    r"(?:\s+(?:und|and|y|et|&|by|via|von|por|par|-|–))+$|,\s*(?:a|an|the|ein|eine|der|die|das|une|un|una|le|la|el|il|um|uma|o|een|de|het)$", re.I
)


def _alternation(words: Sequence[str]) -> str:
    """The words as one regex group, in the pack's order, each literal but for a space, which
    matches any one whitespace character (a no-break space in "e. V"); no words: a group that
    never matches, so a pack without the list cuts nothing."""
    if not words:
        return "(?!)"
    return "(?:" + "|".join(re.escape(word).replace("\\ ", r"\s") for word in words) + ")"


def _credit_alternation(phrases: Sequence[str]) -> str:
    """A maker's credit that follows the name ("tarafından tasarla", "によって制作"): the
    by-word then the start of a verb, which may go on ("tasarlandı"). In a spaced script the
    by-word is a word of its own, with space before it and after; without spaces, it is glued."""
    branches = []
    for phrase in phrases:
        by, _, made = phrase.partition(" ")
        branches.append(rf"\s{re.escape(by)}\s+{re.escape(made)}" if made else re.escape(phrase))
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


@dataclass(frozen=True)
class HolderForms:
    """The rules that read where a company's name ends, built from the legal forms and credit
    words of the packs (rules/notices.toml [notice_words]); packs.py builds them once, on load.
    A new legal form is a pack entry, not code."""

    legal_form_at_end: re.Pattern[str]  # "Free Software Foundation, Inc.": the name closes with its form
    # A dot after an initial or a title does not end the name: "Dr. Phillip W. Brunst".
    initial: re.Pattern[str]
    # After a dot, a legal form goes on with the same name: "GmbH & Co. KG" is one name.
    legal_form_next: re.Pattern[str]
    # A name that ends with one of these abbreviations keeps its final dot ("Example Kft.").
    company_dot: re.Pattern[str]
    # After a company's legal form, words with numbers in them are its address: "Future US, Inc.
    # 11 West 42nd Street", "Landwirtschaftsverlag GmbH, Hülsebrockstraße 2-8".
    address_after_form: re.Pattern[str]
    # A legal form then a spaced dash: the company's name has ended, its brand follows
    # ("Paul Parey Zeitschriftenverlag GmbH - WILD UND HUND").
    brand_after_form: re.Pattern[str]
    # After a company's legal form, a comma and a place: "IDG Business Media GmbH, München",
    # "… GmbH & Co. KG, Freiburg im Breisgau". A second company after the comma stays.
    place_after_form: re.Pattern[str]
    # A quoted name then a company word is the company's name: '"Example" Newspaper Co.'.
    company_after_quotes: re.Pattern[str]
    # A legal form alone before the quotes is no name: the quoted words are the company's name
    # ('ООО «Портовая газета»', 'АО «Новости»', 'ТОВ «Новини»').
    form_before_quotes: re.Pattern[str]
    # A name in Latin letters, then words in CJK script: the footer's links ("Baidu 使用百度前必读");
    # a legal form written in CJK after the name is kept ("Example 株式会社").
    latin_then_cjk: re.Pattern[str]
    # Where "by" follows the name, a maker's credit reads name first, and all of it is the credit:
    # "Liman Ajans tarafından tasarlandı", "हार्बर डिजिटल द्वारा विकसित", "港湾デザインによって制作".
    by_after_name: re.Pattern[str]
    # A footer's link glued to the name, a small letter then the link's capital: "Riverside
    # GazetteSitemap", "Example Media LtdCareers". An inner capital of a brand is no link's
    # ("PlayStation", "HarbourView"); see glued_link().
    glued_link: re.Pattern[str]
    # Nothing but footer links ("Regulamin Polityka prywatności Kontakt"): no name among them.
    links_only: re.Pattern[str] = re.compile("(?!)")
    # The small words that join a name's capitalised ones ("Journal of Coastal Ecology", "Le
    # Courrier du Lac"), lower case; any other small word makes a phrase a tagline (tagline()).
    name_joiners: frozenset[str] = frozenset()
    # A language switcher after the name, two languages or more: "Example Echo Deutsch English",
    # "Example Times EN DE FR" (the names as written, any case; the codes in capitals only).
    language_switcher: re.Pattern[str] = re.compile("(?!)")
    languages_only: re.Pattern[str] = re.compile("(?!)")  # nothing but a language menu: "English", "English · Español"
    # An up arrow after the name, and a "back to top" link's word beside it: "Example Times Top ↑",
    # "Example Times ↑ Nach oben". No name holds an arrow; the link's word goes only with one.
    up_arrow: re.Pattern[str] = re.compile(rf"(?:\s*[{UP_ARROWS}]).*$")
    # The year the holder was founded, after its name: "Example Times since 1887", "Hafenblatt seit
    # 2001", "Example Times Est. 1887", "… Gegründet 1949"; the year in group 1.
    founded_year: re.Pattern[str] = re.compile("(?!)")
    # A house number and a street after the name, no legal form or comma before it: "Example Yacht
    # Club 12 Quay Street Portsmouth", "Le Journal du Port 12 rue du Quai" (a name and a number
    # alone stay: "Studio 54", "Channel 4").
    street_address: re.Pattern[str] = re.compile("(?!)")
    # A register's or tax office's label and its number after the name: "Example ApS CVR 12345678",
    # "Example Ltd Reg. No. 1234567", "Example Pty Ltd ABN 12 345 678 901". Only with the number:
    # the labels open names too ("ABN AMRO", "RCS MediaGroup").
    register_label: re.Pattern[str] = re.compile("(?!)")
    # The footer's social links after the name, one or more: "Example Times Facebook Twitter Instagram".
    social_menu: re.Pattern[str] = re.compile("(?!)")
    # A spaced dash and an article or a possessive: where a tagline after the name may begin
    # ("Example Gazette – Das Magazin für Segler"); tagline_after_dash says whether it does.
    dash_then_opener: re.Pattern[str] = re.compile("(?!)")

    def names_company(self, name: str) -> bool:
        """Whether `name` closes with a company's legal form ("Example Media Group Ltd.")."""
        return self.legal_form_at_end.search(name.rstrip(" .")) is not None


def holder_forms(
    legal_forms: Sequence[str] = (), joining: Sequence[str] = (), keeping_dot: Sequence[str] = (),
    before_address: Sequence[str] = (), before_quotes: Sequence[str] = (), cjk: Sequence[str] = (),
    by_after_name: Sequence[str] = (), titles: Sequence[str] = (), company_words: Sequence[str] = (),
    group_words: Sequence[str] = (), footer_links: Sequence[str] = (), name_joiners: Sequence[str] = (),
    language_names: Sequence[str] = (), language_codes: Sequence[str] = (), to_top_words: Sequence[str] = (),
    founded_words: Sequence[str] = (), street_words: Sequence[str] = (), register_labels: Sequence[str] = (),
    social_networks: Sequence[str] = (), tagline_openers: Sequence[str] = (),
) -> HolderForms:
    """The holder cleaner's rules from the packs' word lists (see HolderForms)."""
    form = rf"\b{_alternation(legal_forms)}\b\.?"
    # A limited partnership whose partner is a company: "GmbH & Co. KG", "GmbH + Co. KGaA", "GmbH und Co. KG".
    partnership = rf"(?:\s*(?:&|\+|und)\s*co\.?\s*{_alternation(joining)}\b\.?)"
    register = rf"(?:{_alternation(register_labels)})(?![^\W_])"
    # A language's name in any case, or its code in capitals: "Deutsch", "english", "EN".
    language = rf"(?:(?i:{_alternation(language_names)})|{_alternation([c.upper() for c in language_codes])})(?![^\W_])"
    return HolderForms(
        legal_form_at_end=regex_cache.compile(form + "$", re.I),
        social_menu=regex_cache.compile(rf"(?<=[^\W_])(?:[\s|·•/]+(?:{_alternation(social_networks)}))+[\s|·•/]*$", re.I)
        if social_networks else regex_cache.compile("(?!)"),
        dash_then_opener=regex_cache.compile(rf"(?<=[^\W_])\s+[-–—]\s+(?=(?i:{_alternation(tagline_openers)})\s)")
        if tagline_openers else regex_cache.compile("(?!)"),
        # A single capital is an initial wherever it stands.
        initial=regex_cache.compile(rf"(?:^|[\s.])(?:[A-Z]|{_alternation(titles)})$", re.I),
        legal_form_next=regex_cache.compile(rf"{_alternation(joining)}\b", re.I),
        # A single capital is an initial, which keeps its dot too ("Jane Q.").
        company_dot=regex_cache.compile(rf"(?:\b[A-Z]|\b{_alternation(keeping_dot)})\.$", re.I),
        # Not a year alone after the form, nor "& Co. KG" and a year ("Example Verlag GmbH & Co. KG 2021");
        # the partnership's form after the company's is the name's ("… GmbH & Co. KG, Hafenstraße 5").
        address_after_form=regex_cache.compile(
            rf"^(.*?\b{_alternation(before_address)}\b\.?{partnership}?)[,\s]+"
            rf"(?!(?:{partnership}\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*$)(?=\S*\d|.*\d).*$",
            re.I,
        ),
        brand_after_form=regex_cache.compile(rf"^(.*?{form})\s+[-–—|]\s+\S.*$", re.I),
        place_after_form=regex_cache.compile(
            rf"^(.*?{form}),\s*(?!.*(?:{form}|\b{_alternation(group_words)}\b))[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[\s-]+[^\W\d_]+){{0,3}}\.?$", re.I
        ),
        company_after_quotes=regex_cache.compile(
            rf"(?:[^\W\d_]+\s+){{0,2}}(?:{form}|\b{_alternation(company_words)}\b\.?)$", re.I
        ),
        # Case matters: the forms are written in capitals ("ООО"), a small "ип" is a word.
        form_before_quotes=regex_cache.compile(rf'^{_alternation(before_quotes)}\s*[«„“"]'),
        latin_then_cjk=regex_cache.compile(rf"^([^{_CJK}]*[A-Za-z][^{_CJK}]*?)\s+(?!{_alternation(cjk)})[{_CJK}].*$"),
        by_after_name=regex_cache.compile(_credit_alternation(by_after_name)),
        # Case matters but for the link's words: a capital after two letters opens a link's word,
        # which ends where no small letter goes on ("SitemapAccessibility" is two links, "Cookies"
        # is not "Cookie"). The capital is looked for first: the engine then tries the
        # case-blind alternation only there, not inside every word (a thirteenth of the time).
        glued_link=regex_cache.compile(
            rf"(?=[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])(?<=[^\W\d_]{{2}})(?i:{_alternation(footer_links)})(?![^\W\d_A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])"
        ),
        links_only=regex_cache.compile(rf"(?:[\s|·•/,-]*{_alternation(footer_links)}(?!\w))+[\s|·•/,.-]*", re.I),
        name_joiners=frozenset(word.lower() for word in name_joiners),
        languages_only=regex_cache.compile(rf"(?:[\s|/·•]*{language})+[\s|/·•]*"),
        language_switcher=regex_cache.compile(rf"(?:[\s|/·•]+{language}){{2,}}[\s|/·•]*$"),
        up_arrow=regex_cache.compile(rf"(?:\s+{_alternation(to_top_words)})?\s*[{UP_ARROWS}].*$", re.I),
        street_address=regex_cache.compile(
            # The street's words may hold an ordinal, and a comma may follow it: "11 West 42nd Street, New York".
            rf"(?<=[^\W\d_])\s+\d{{1,5}}[a-z]?,?\s+(?:(?:(?:[^\W\d_][\w'’-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}?{_alternation(street_words)}\b\.?(?:[\s,].*)?"
            rf"|{_alternation(street_words)}\s+\S.*)$",
            re.I,
        ),
        # After a letter or a legal form's dot ("Example S.r.l. REA RM-123456"); labels may chain,
        # bare or joined by a slash or "and" ("C.F./P.IVA 0123…", "C.F. e P.IVA 0123…").
        register_label=regex_cache.compile(
            rf"(?:(?<=[^\W_])|(?<=[^\W_]\.))[,\s-]+{register}(?:[\s.:#/-]*(?:(?:e|and|et|y|und|&)\s+)?{register})*"
            rf"[\s.:#-]*(?:(?:no|nr|n[º°o])(?![^\W_])\.?[\s:#-]*)?"
            rf"(?![\s.:#-]*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*$)[A-Z]{{0,3}}[\s-]?\d[\d\s./-]{{3,}}.*$",
            re.I,
        ),
        founded_year=regex_cache.compile(rf"(?<=[^\W\d_])[\s,]+(?<!\S){_alternation(founded_words)}\s*((?:1[5-9]|20)\d\d)\b.*$", re.I),
    )


_NO_FORMS = holder_forms()  # a vocabulary built without the packs (NoticeVocab()): no legal forms known


# A capitalised word glued to a capital or a dot: where a link may follow a legal form ("SASJahres-Abo", "B.V.Impressum").
_AFTER_CAPITAL_OR_DOT = re.compile(r"(?<=[A-Z.])(?=[A-ZÀ-ÖØ-Þ][^\W\dA-Z_])")


def _form_before_glued_link(holder: str, forms: HolderForms) -> str:
    """The name up to its legal form where the first of a run of glued links follows the form,
    which ends in a capital or a dot and so hides the seam from _GLUED ("Example SASJahres-Abo…",
    "Example B.V.Jahres-Abo…"): in such a run any capitalised word after a form opens a link."""
    for seam in _AFTER_CAPITAL_OR_DOT.finditer(holder, holder.rfind(" ") + 1):
        if forms.legal_form_at_end.search(holder, 0, seam.start()):
            return holder[: seam.start()]
    return holder


def glued_link(holder: str, forms: HolderForms) -> int | None:
    """Where a footer's link glued to the name begins: two small letters or a legal form, then
    a capital opening one of the links' words ("Riverside GazetteBack to top", "Example
    GmbHImpressum"); None where there is none."""
    for link in forms.glued_link.finditer(holder):
        at = link.start()
        after_name = (holder[at - 1].islower() and holder[at - 2].islower()) or forms.legal_form_at_end.search(holder, 0, at)
        if after_name and holder[at].isupper():
            return at
    return None


_TAGLINE_WORDS = 3


def tagline_after_dash(holder: str, forms: HolderForms) -> int | None:
    """Where a short tagline after the name and a dash begins: an article or a possessive, then
    three words or more with a small one among them ("Example Gazette – Das Magazin für Segler",
    "… – The voice of the valley"; _TAGLINE takes the longer ones). None for a name after the
    dash, which has no small word ("Harbour Media – The Harbour Times"), or a legal form."""
    dash = forms.dash_then_opener.search(holder)
    if dash is None:
        return None
    words = holder[dash.end() :].split()
    if len(words) < _TAGLINE_WORDS or forms.names_company(holder[dash.end() :]):
        return None
    return dash.start() if any(word[:1].islower() and word.isalpha() for word in words[1:]) else None

_WORD_PUNCTUATION = " .,;:!?()[]\"'«»„“”‘’"


def tagline(text: str, forms: HolderForms) -> bool:
    """Whether `text` reads as a tagline, not a name: three words or more, one of them a small
    word that joins no name ("Independent journalism from the valley", "News you can trust",
    "Nachrichten aus der Region", "Noticias de la comarca"). A name's small words only join
    ("Journal of Coastal Ecology", "Le Courrier du Lac"); a word with a dot or a digit in it is
    a legal form or an address ("e.V.", "Sp. z o.o.", "example.com"), and a legal form closing
    the phrase makes it a company's name. Two words are too few to tell ("Речной вестник")."""
    words = [word.strip(_WORD_PUNCTUATION) for word in text.split()]
    if len(words) < _TAGLINE_WORDS or forms.names_company(text):
        return False
    return any(word[:1].islower() and word.isalpha() and word.lower() not in forms.name_joiners for word in words)


_NAME_WORDS = 2  # a name of two words or more before a tagline glued to it


def _tagline_after_name(holder: str, forms: HolderForms) -> int | None:
    """Where a tagline glued to the name begins, with no separator: "Example Times Your local news
    since 1887", "Example Times Independent journalism for the coast". A new sentence: a capital,
    then a small word that joins no name, after a name of two capitalised words or more; the
    tagline three words or more (tagline()). None where there is none: "Jane Doe wedding
    photography" (one word before), "Example Media Group plc" (a legal form), "Example Times
    Nachrichten aus der Region" (a language that writes its nouns in capitals)."""
    words = list(re.finditer(r"\S+", holder))
    for i in range(_NAME_WORDS, len(words) - 1):
        first, second = words[i].group(), words[i + 1].group()
        if not (first[:1].isupper() and first.isalpha() and second.isalpha() and second.islower() and second not in forms.name_joiners):
            continue
        if second == "via" or words[i - 1].group().endswith((",", ";", ":")) or words[i - 1].group().lower() in forms.name_joiners:
            # After a comma the line goes on by its own separators ("…, Brighton, UK, a Red Ventures
            # Company"); after "of" the name does ("PGA of America via Getty Images"); "via" carries a
            # picture's credit on ("Jane Roe Photos via Flickr").
            continue
        head = [w.group() for w in words[:i]]
        if all(capital_like(w) or w.lower() in forms.name_joiners for w in head) and tagline(holder[words[i].start() :], forms):
            return words[i].start()
    return None


def theme_credit(text: str) -> bool:
    """Whether `text` is all a theme's credit ("Theme: Astra", "WordPress Theme by Kadence WP"),
    which names its software, not the page's holder."""
    return _THEME_CREDIT.match(text.strip()) is not None


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
    forms = vocab.holder_forms or _NO_FORMS
    # "© 2018 | STEINHAU | Impressum": the first segment with a name in it.
    text = _RESERVED_FOR_HE.sub(" ", _RESERVED_FOR.sub(lambda m: " ال" if m.group(1) else " ", raw.strip()))
    # The year first, in a script's own digits, so that a reservation after it is read as one ("২০২১ সর্বস্বত্ব সংরক্ষিত …").
    text = _LEADING.sub("", EASTERN_YEARS.sub("", _LEADING.sub("", text)))
    reserved = vocab.rights_reserved.match(text) if vocab.rights_reserved else None
    if reserved:
        rest = text[reserved.end() :]
        if re.match(r"\s*\.\s", rest):
            return ""  # "©2020 Derechos Reservados. unocero es una marca ...": a new sentence names no holder
        text = _LEADING.sub("", _RESERVED_TO.sub("", rest))  # "© All Rights Reserved Poynter Institute 2019"
    # "©2019 | ALL RIGHTS RESERVED | EAT WHAT TONIGHT": a segment that is only the reservation names nobody.
    segments = [
        leading.sub("", _without_reservation(leading.sub("", part), vocab))
        for leading, part in zip((_LEADING, _LEADING_SEGMENT, _LEADING_SEGMENT), _SEPARATORS.split(text, maxsplit=2), strict=False)
    ]
    holder = _SEPARATORS.split(next((part for part in segments if part.strip(" .,:-–")), ""), maxsplit=1)[0]
    holder = _SCREEN_READER.sub("", _THEME_CREDIT.sub("", _LICENCE_FIRST.sub("", holder) if licence_first else holder))
    if _SPACED_DASH.search(holder):
        holder = forms.brand_after_form.sub(_first_group, holder)
    holder = _YEAR_FIELD_AFTER_DASH.sub("", _FIELD_AFTER_DASH.sub("", holder))
    if ":" in holder:
        holder = _without_field_after_name(_ITEM_NUMBER.sub("", holder), forms)
    tagline = _TAGLINE.search(holder)
    if tagline and LETTER.search(holder, 0, tagline.start()):  # not "19.12.2019 - 12:14 h by Qualisys GmbH"
        holder = holder[: tagline.start()]
    holder = holder[: tagline_after_dash(holder, forms)]
    glued = [m.start() for m in _GLUED.finditer(holder)]
    cluster = next((a for a, b in zip(glued, glued[_GLUED_LINKS - 1 :], strict=False) if b - a <= _GLUED_SPAN), None)
    if cluster is not None:
        holder = _form_before_glued_link(holder[:cluster], forms)
    link = glued_link(holder, forms)
    if link is not None:
        holder = holder[:link]  # one link glued to the name is enough where it is a footer's link
    if _UP_ARROW_OR_HEART.search(holder):
        arrow = forms.up_arrow.search(holder)
        if arrow is not None and LETTER.search(holder, 0, arrow.start()):
            holder = holder[: arrow.start()]  # "Example Times Top ↑", "Example Times ↑ Back to top": the link up the page
        heart = _HEART.search(holder)
        if heart is not None and sum(c.isalpha() for c in holder[: heart.start()]) > 2:  # not "I ♥ NY"
            holder = holder[: heart.start()]  # "Example Media ♥ Made in Berlin": the makers' line, which no name holds
    if _DIGIT.search(holder):
        holder = forms.founded_year.sub("", holder)  # "Example Times since 1887": when the name began, not the name
    holder = forms.social_menu.sub("", holder)
    switcher = forms.language_switcher.search(holder)
    if switcher is not None:
        holder = holder[: switcher.start()]  # "Example Echo Deutsch English": the site's language menu
    rating = _AGE_RATING.search(holder)
    if rating:
        holder = holder[: rating.start()] if LETTER.search(holder, 0, rating.start()) else holder[rating.end() :]
    holder = _STAMP_BY.sub("", holder, count=1)
    if _DIGIT.search(holder):
        holder = _REGISTER_NUMBER.sub("", forms.register_label.sub("", _CN_FILING.sub("", holder)))
    if _DIGIT.search(holder):
        holder = forms.address_after_form.sub(_first_group, holder)
    holder = _CONTACT_AFTER_COMMA.sub("", _YEARS_COMMA.sub("", EASTERN_YEARS.sub("", holder.strip())))
    if _CONTACT_MARK.search(holder):
        holder = _CONTACT_AFTER_NAME.sub("", holder)
        if _DIGIT.search(holder):
            holder = forms.street_address.sub("", holder)  # "Example Yacht Club 12 Quay Street": its address
    holder = _COPULA.sub("", holder)
    if vocab.holder_stops:
        stop = vocab.holder_stops.search(holder)
        if stop:
            holder = holder[: stop.start()]
    for dot in _DOT_BREAK.finditer(holder):
        legal_form = forms.legal_form_next.match(holder, dot.end())  # "GmbH & Co. KG" is one name
        if capital_like(holder[dot.end() :]) and not legal_form and not forms.initial.search(holder, 0, dot.start()):
            holder = holder[: dot.start() + 1]
            break
    holder = _AFTER_NAME_YEAR_DASH.sub(_first_group, _AFTER_YEAR_DOT.sub("", holder))
    if forms.by_after_name.search(holder):
        return ""
    glued_sentence = _GLUED_SENTENCE.search(holder)
    if glued_sentence:
        holder = holder[: glued_sentence.start()]
    holder = holder[: _tagline_after_name(holder, forms)]
    holder = _PARENT_AFTER.sub("", holder.strip())
    city = _CITY_THEN_COUNTRY.match(holder.strip()) if holder.count(",") >= 2 else None
    if city and not forms.legal_form_at_end.search(city.group(2)) and not forms.legal_form_at_end.fullmatch(city.group(3)):
        if city.group(3) in ("USA", "UAE") or len(city.group(3)) == 2 or fold_place(city.group(2)) in vocab.places:
            holder = city.group(1)  # "Example Times, Brighton, UK", "Example Times, Hamburg, Germany": where it sits
    holder = _COUNTRY_CODE.sub("", _APPOSITION.sub("", holder.strip()))
    if "," in holder:
        holder = forms.place_after_form.sub(_first_group, holder)
    holder = _PARENT_ONLY.sub(_first_group, holder.strip())
    holder = holder.strip(" ,;:-–—")
    epithet = _QUOTED_EPITHET.match(holder)
    # A quoted name then a company word is the company's name: '"Example" Newspaper Co.'.
    if epithet and not forms.company_after_quotes.match(holder, epithet.end()):
        holder = holder[epithet.end() :]
    holder = _ADDRESS_IN_BRACKETS.sub("", holder)
    holder = _VERSION_AT_END.sub("", holder.strip())
    if not forms.form_before_quotes.match(holder):
        holder = _QUOTED_TITLE_AT_END.sub("", holder)
    if _CJK_CHAR.search(holder):
        holder = forms.latin_then_cjk.sub(_first_group, holder)
    holder = _COPYRIGHT_AFTER.sub("", holder.strip(" ,;:-–—/↑▲⬆"))
    holder = _BRACKETED_YEAR_AFTER.sub("", _TRAILING_PICTOGRAPHS.sub("", holder))
    holder = _TRAILING_WORDS.sub("", holder.strip(" ,;:-–—/>").rstrip("(")).strip(" ,;:-–—/>।®™").rstrip("(")  # "।" ends a Hindi sentence
    if holder.startswith("(") and ")" not in holder:
        holder = holder[1:]  # a bracket left open; "(주)항구일보" keeps its own
    if holder.endswith(")") and "(" not in holder:
        holder = holder[:-1].rstrip()  # a bracket closed after the name, opened before the sign: "Example (© 2021 Example Media)"
    if holder.endswith(".") and not forms.company_dot.search(holder):
        holder = holder[:-1]
    holder = _WHOLLY_QUOTED.sub(_first_group, holder)  # '© 2021 «Пример-Медиа»': the quotes are the name's setting
    place = _PLACE_TAIL.match(holder)
    if place is not None and fold_place(place.group(2)) in vocab.places:
        holder = place.group(1)  # "DuMont, Köln", "Example Verlag – Berlin": where the holder sits
    # "Copyright infringement", "copyright free": a word that names no one, unless a company's
    # legal form closes the name ("Free Software Foundation, Inc.").
    if (vocab.not_holders and vocab.not_holders.match(holder) and not forms.legal_form_at_end.search(holder)) or _NO_NAME.match(holder):
        return ""
    if _TEMPLATE_VARIABLE.search(holder) or (vocab.placeholders and vocab.placeholders.fullmatch(_YEARS_AFTER.sub("", holder))):
        return ""  # an unedited template's footer: "© 2024 Company Name", "© {{ site.title }}", "© 2024 [Your Name]"
    return holder if len(holder.split()) <= 12 else ""


_FIELD_VALUE_WORDS = 6  # a name before a field, and a field's value: a name, a date, a register's number


def _without_field_after_name(holder: str, forms: HolderForms) -> str:
    """The holder without a footer field glued after it with a space ("Example Media Foto: Jane
    Roe"); a legal form before the colon is the name's end, not a label ("Example Ltd: Registered …")."""
    field = _FIELD_AFTER_NAME.search(holder)
    if field is None or not 2 <= len(holder[: field.start()].split()) <= _FIELD_VALUE_WORDS or len(holder[field.end() :].split()) > _FIELD_VALUE_WORDS:
        # "Jane Roe: Photography": one word before would be half a name; "HINWEIS ZUM URHEBERRECHT:
        # Die Rechte an den Fotos …", a caption's "… als ernstzunehmende Konkurrenz: Die Partei": a
        # sentence before or after the colon is no name and field, and the line no holder's.
        return holder
    if forms.legal_form_at_end.search(holder, 0, field.end("label")):
        return holder[: field.end("label")]
    return holder[: field.start()]


def _first_group(m: re.Match[str]) -> str:
    # A function, not r"\1": a template makes every sub call back into re's Python code.
    return m.group(1)


def _without_reservation(segment: str, vocab: NoticeVocab) -> str:
    reserved = vocab.rights_reserved.match(segment) if vocab.rights_reserved else None
    return segment[reserved.end() :] if reserved else segment
