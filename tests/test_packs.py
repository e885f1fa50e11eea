"""Pack vocabularies compiled to regexes."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from provenance.audit import default_packs
from provenance.document import build_document
from provenance.model import RawInput, Source
from provenance.packs import PackError, load_packs
from provenance.regexes import phrase_alternation
from provenance.scan import KeywordGate, matches_near

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def flat_alternation(phrases: list[str]) -> str:
    """The phrase alternation unfactored, as it was written before: the reference."""
    parts = []
    for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p)):
        words = [re.escape(w).replace("'", "['’]") for w in re.split(r"[\s\-‐–]+", phrase) if w]
        left = r"(?<!\w)" if re.match(r"\w", phrase) and not _CJK.match(phrase) else ""
        right = r"(?!\w)" if re.search(r"\w$", phrase) and not _CJK.match(phrase[-1]) else ""
        parts.append(left + r"[\s\-‐–]*".join(words) + right)
    return "(?:" + "|".join(parts) + ")"


def test_factored_phrases_match_as_the_flat_alternation() -> None:
    # Prefixes across word breaks ("ab c" and "abc d" both match in "abc d"), letters that
    # match one character ignoring case (s, ſ), apostrophes, phrases starting with a hyphen.
    phrases = ["ab c", "abc d", "abc", "a", "s x", "ſ y", "Kx", "o'neill", "-foo", "foo", "&", "(c)", "p.iva", "版权所有"]
    pieces = ["ab", "abc", "c", " ", "-", "d", "S", "ſ", "x", "y", "K", "o’neill", "foo", "&", "(c)", "p.iva", "1", "版权所有", "新华网"]
    flat = re.compile(flat_alternation(phrases), re.IGNORECASE)
    factored = re.compile(phrase_alternation(phrases), re.IGNORECASE)
    around = re.compile(rf"({phrase_alternation(phrases)})\W*(\w*)", re.IGNORECASE)
    around_flat = re.compile(rf"({flat_alternation(phrases)})\W*(\w*)", re.IGNORECASE)
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)], text
        assert bool(factored.fullmatch(text)) == bool(flat.fullmatch(text)), text
        assert around.findall(text) == around_flat.findall(text), text


def test_the_keyword_gate_finds_what_in_finds() -> None:
    # Keywords sharing an ASCII first character are scanned together, those starting outside
    # ASCII in one scan of their own; prefixes of one another, overlapping, at the text's ends.
    keywords = (*default_packs().keywords, "©", "© by", "ⓒ", "来源", "来", "出典", "出处", "zz", "z")
    pieces = ["来源", "出", "处", "©", " by", "(dpa", "quelle", "(", "z", "ⓒ", "x", "source"]
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        assert KeywordGate(text, keywords).present == {k for k in keywords if k in text}, text


def test_the_keyword_gate_places_a_keyword_as_find_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Places are where str.find finds a keyword, each search starting where the last
    match ends ("aa" twice in "aaaaa", not four times), and a keyword found more often than
    MAX_PLACES ends its list with -1: the pattern is then run over the whole text."""
    import provenance.scan

    keywords = ("aa", "quelle", "©", "zz")
    gate = KeywordGate("aaaaa quelle: dpa © © quelle", keywords)
    assert gate.places("aa") == [0, 2]
    assert gate.places("quelle") == [6, 22]
    assert gate.places("©") == [18, 20]
    assert gate.places("zz") == [] and not gate.mentions("zz")
    assert gate.places("dpa") == [14]  # not a gate keyword: looked for with find
    monkeypatch.setattr(provenance.scan, "MAX_PLACES", 2)
    assert KeywordGate("© © © ©", keywords).places("©") == [0, 2, -1]


def test_a_credit_form_with_line_chars_is_tried_only_on_lines_that_short(tmp_path: Path) -> None:
    # A form with no keywords would run over the whole text; `line_chars` confines it to the
    # short lines a byline stands on (a byline in a long paragraph is the text's sentence).
    pack = tmp_path / "house" / "credits.toml"
    pack.parent.mkdir()
    pack.write_text("[[attribution]]\nform = 'byline'\npattern = '(?P<publisher>Harbour Wire)'\nline_chars = 40\n", encoding="utf-8")
    packs = load_packs([pack.parent])
    spec = next(s for s in packs.attributions if s.pattern.pattern == "(?P<publisher>Harbour Wire)")
    assert spec.line_chars == 40
    long_line = "The council met on Tuesday and, as Harbour Wire reported, voted to close the old ferry pier for good."
    text = f"Ferry pier to close\n\nBy Ola Brant, Harbour Wire\n\n{long_line}\n"
    doc = build_document(RawInput(Source("story.txt"), text.encode(), "text"), packs)
    found = [doc.line_at(m.start()).text for m in matches_near(spec, doc, KeywordGate(doc.lowered, packs.keywords))]
    assert found == ["By Ola Brant, Harbour Wire"]


def test_line_chars_must_be_a_whole_number(tmp_path: Path) -> None:
    pack = tmp_path / "house" / "credits.toml"
    pack.parent.mkdir()
    pack.write_text("[[attribution]]\nform = 'byline'\npattern = '(?P<publisher>X)'\nline_chars = 'short'\n", encoding="utf-8")
    with pytest.raises(PackError, match="line_chars"):
        load_packs([pack.parent])


def test_a_form_with_lines_is_tried_on_the_lines_around_its_keywords(tmp_path: Path) -> None:
    # `lines = 2`: a match holds a keyword and spans at most two lines, so the lines next to
    # each keyword's line are searched ("Credit:" closing one line, the name opening the next)
    # and nothing further: a name three lines below the keyword is not its credit.
    pack = tmp_path / "house" / "credits.toml"
    pack.parent.mkdir()
    pack.write_text(
        "[[attribution]]\nform = 'source'\nkeywords = ['credit:']\nlines = 2\n"
        "pattern = '(?:credit:\\s*)?(?P<publisher>Harbour Wire)'\n",
        encoding="utf-8",
    )
    packs = load_packs([pack.parent])
    spec = next(s for s in packs.attributions if s.keywords == ("credit:",))
    assert spec.lines == 2
    text = "Ferry pier to close\n\nCredit:\n\nHarbour Wire\n\nThe pier shuts in May.\n\nHarbour Wire staff\n"
    doc = build_document(RawInput(Source("story.txt"), text.encode(), "text"), packs)
    found = [doc.line_at(m.start()).text for m in matches_near(spec, doc, KeywordGate(doc.lowered, packs.keywords))]
    assert found == ["Credit:"]
    assert [m.group("publisher") for m in matches_near(spec, doc, KeywordGate(doc.lowered, packs.keywords))] == ["Harbour Wire"]


@pytest.mark.parametrize("entry", ["keywords = ['x']\nlines = 0", "keywords = ['x']\nlines = 'two'", "lines = 2"])
def test_lines_must_be_a_whole_number_and_needs_keywords(tmp_path: Path, entry: str) -> None:
    pack = tmp_path / "house" / "credits.toml"
    pack.parent.mkdir()
    pack.write_text(f"[[attribution]]\nform = 'source'\npattern = '(?P<publisher>X)'\n{entry}\n", encoding="utf-8")
    with pytest.raises(PackError, match="'lines'"):
        load_packs([pack.parent])


@pytest.mark.parametrize(
    ("name", "statistic"),
    [
        ("Statistisches Landesamt Nord", True),  # "*statisti*": anywhere in a word
        ("US Census Bureau", True),
        ("Wetterdaten", True),  # "*daten": ending a word
        ("Our World in Data", True),  # "data": a whole word
        ("Datenschutz Weekly", False),
        ("Database Review", False),
        ("Harbour Wire", False),
    ],
)
def test_data_words_are_matched_as_the_pack_writes_them(name: str, statistic: bool) -> None:
    words = default_packs().credit_vocab.data_words
    assert words is not None and bool(words.search(name)) is statistic
