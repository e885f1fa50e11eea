"""Hostile and malformed rule packs: each is a one-line error naming the file, the entry
and the problem, and exit 2 (a bad pack), never a traceback and never exit 1 (which
means "findings found")."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.pack_shapes import SECTIONS, describe_value
from provenance.packs import PackError, load_packs

runner = CliRunner()


def rule(**changes: str) -> str:
    """A valid pattern rule in TOML, with some values replaced by raw TOML text."""
    values = {
        "id": '"ORG101"', "name": '"internal-memo"', "severity": '"warning"', "category": '"notice"',
        "summary": '"s"', "why": '"w"', "example": '"e"', "pattern": "'internal memo'", "message": '"m"',
    }  # fmt: skip
    values.update(changes)
    return "[[rule]]\n" + "".join(f"{key} = {value}\n" for key, value in values.items())


NESTED = 3000
# case -> (pack text, words the error line must hold besides the file name)
HOSTILE = {
    "months-a-number": ("months = 5\n", ["months", "must be a table", "an integer (5)"]),
    "weekdays-a-list": ("weekdays = [1]\n", ["weekdays", "must be a table", "a list of 1 item"]),
    "publisher-a-number": ("publisher = 5\n", ["publisher", "array of tables", "an integer (5)"]),
    "month-not-a-list": ("[months]\nxx = 5\n", ["months", "'xx'", "a list of 12 items"]),
    "month-spelling-a-number": ("[months]\nxx = [" + ", ".join(['["a"]'] * 11) + ", [7]]\n", ["months", "'xx[11][0]'", "a non-empty string", "(7)"]),
    "weekday-names-short": ("[weekdays.xx]\nnames = [[\"mo\"]]\n", ["weekdays", "'xx.names'", "a list of 7 items"]),
    "publisher-aliases-a-number": ('[[publisher]]\nname = "X"\naliases = 5\n', ["publisher 'X'", "'aliases'", "must be a list"]),
    "publisher-name-a-number": ("[[publisher]]\nname = 5\n", ["publisher[0]", "'name'", "a non-empty string"]),
    "publisher-name-missing": ('[[publisher]]\nkind = "wire"\n', ["publisher[0]", "missing required key 'name'"]),
    "rule-keywords-a-number": (rule(keywords="[1]"), ["rule ORG101", "'keywords[0]'", "a non-empty string", "an integer (1)"]),
    "rule-zones-unknown": (rule(zones='["sidebar"]'), ["rule ORG101", "'zones[0]'", "one of header, body, footer, boilerplate"]),
    "rule-severity-a-table": (rule(severity="{ level = 1 }"), ["rule ORG101", "'severity'", "a table"]),
    "rule-id-a-date": (rule(id="1979-05-27"), ["rule[0]", "'id'", "a date or time (1979-05-27)"]),
    "rule-a-string": ('rule = "ORG101"\n', ["rule", "array of tables", "a string ('ORG101')"]),
    "rule-entry-a-number": ("rule = [5]\n", ["rule[0]", "must be a table"]),
    "attribution-flag-a-string": ("[[attribution]]\nform = 'x'\npattern = '(?P<publisher>x)'\nclosing = 'yes'\n", ["attribution[0]", "'closing'", "true or false"]),
    "notice-names-site-not-copyright": ("[[notice]]\nkind = 'license'\npattern = 'x'\nnames_site = true\n", ["notice[0]", "'names_site'", "only for kind"]),
    "notice-defaults-a-list": ("[[notice]]\nkind = 'license'\npattern = 'x'\ndefaults = [1]\n", ["notice[0]", "'defaults'", "a table"]),
    "date-meta-weight-nan": ("[[date_meta]]\nkeys = ['x']\nrole = 'published'\nweight = nan\n", ["date_meta[0]", "'weight'", "of 0 or more", "(nan)"]),
    "date-meta-weight-negative": ("[[date_meta]]\nkeys = ['x']\nrole = 'published'\nweight = -1\n", ["date_meta[0]", "'weight'", "of 0 or more", "(-1)"]),
    "date-meta-weight-bool": ("[[date_meta]]\nkeys = ['x']\nrole = 'published'\nweight = true\n", ["date_meta[0]", "'weight'", "a boolean (true)"]),
    "era-too-large": ("[calendars.japanese.eras]\nx = 99999999999\n", ["calendars", "'japanese.eras.x'", "below 3000"]),
    "cc-ports-a-number": ("[licence_words]\ncc_ports = 5\n", ["licence_words", "'cc_ports'", "a table"]),
    "pack-metadata-nested": ("[pack]\nname = { a = 1 }\n", ["pack", "'name'", "a string, number, boolean or date"]),
    "unknown-section": ("[plugins]\nload = 'evil'\n", ["unknown section(s) plugins"]),
    "deeply-nested-array": ("x = " + "[" * NESTED + "]" * NESTED + "\n", ["not valid TOML", "nested too deeply"]),
    "deeply-nested-table": ("x = " + "{a = " * NESTED + "1" + "}" * NESTED + "\n", ["not valid TOML", "nested too deeply"]),
    "nested-groups-pattern": (rule(pattern="'" + "(" * NESTED + "a" + ")" * NESTED + "'"), ["rule ORG101", "'pattern'", "nested too deeply"]),
    "huge-repeat-pattern": (rule(pattern="'a{4294967296}'"), ["rule ORG101", "'pattern'", "repeat count"]),
    "unterminated-set": (rule(pattern="'[[a'"), ["rule ORG101", "'pattern'", "not a valid regular expression", "unterminated character set"]),
    "bad-utf8": ("", ["cannot be read"]),  # written as bytes below
}


def write(tmp_path: Path, case: str) -> Path:
    directory = tmp_path / "packs"
    directory.mkdir(parents=True)
    path = directory / f"{case}.toml"
    if case == "bad-utf8":
        path.write_bytes(b'[[publisher]]\nname = "\xff\xfe"\n')
    else:
        path.write_text(HOSTILE[case][0], encoding="utf-8")
    return path


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_pack_is_one_line_error_and_exit_2(tmp_path: Path, case: str) -> None:
    pack = write(tmp_path, case)
    for command in (["audit", "--quiet"], ["rules"], ["explain", "PRV302"]):
        result = runner.invoke(app, [*command, "--rules", str(pack.parent)])
        assert result.exit_code == 2, (command, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"provenance: bad rule pack: {pack}: "), lines[0]
        for word in HOSTILE[case][1]:
            assert word in lines[0], lines[0]


def test_load_packs_raises_pack_error_only(tmp_path: Path) -> None:
    # The Python API: every hostile pack is a PackError, nothing else.
    for case in sorted(HOSTILE):
        pack = write(tmp_path / case, case)
        with pytest.raises(PackError, match=str(pack)):
            load_packs([pack.parent])


def test_every_section_has_a_shape_and_rejects_a_number(tmp_path: Path) -> None:
    # A number where a section belongs is the first thing a hand-edited pack gets wrong.
    for name in SECTIONS:
        pack = tmp_path / name / "p.toml"
        pack.parent.mkdir()
        pack.write_text(f"{name} = 5\n", encoding="utf-8")
        with pytest.raises(PackError) as caught:
            load_packs([pack.parent])
        assert str(caught.value).startswith(f"{pack}: {name}: must be "), caught.value
        assert "an integer (5)" in str(caught.value)


def test_a_valid_pack_still_loads(tmp_path: Path) -> None:
    pack = tmp_path / "ok" / "p.toml"
    pack.parent.mkdir()
    pack.write_text(
        rule(keywords='["internal memo"]', zones='["body"]')
        + '[pack]\nname = "house"\nversion = 2\n'
        + '[[date_meta]]\nkeys = ["x-date"]\nrole = "modified"\nweight = 2\n'
        + '[[publisher]]\nname = "Kazakh Daily Courier"\naliases = ["KDC"]\n',
        encoding="utf-8",
    )
    packs = load_packs([pack.parent])
    assert [r.doc.id for r in packs.pattern_rules if r.doc.id == "ORG101"] == ["ORG101"]
    assert packs.date_meta["x-date"] == ("modified", 2.0)
    assert packs.registry.lookup("KDC") is not None


def test_a_pattern_the_regex_engine_warns_about_loads_without_noise(tmp_path: Path) -> None:
    # '[[a]' is valid today, with a FutureWarning on stderr that would split the one-line errors.
    pack = tmp_path / "warns" / "p.toml"
    pack.parent.mkdir()
    pack.write_text(rule(pattern="'[[a]x'"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        packs = load_packs([pack.parent])
    assert any(r.doc.id == "ORG101" for r in packs.pattern_rules)


def test_describe_value_keeps_long_strings_short() -> None:
    described = describe_value("x" * 500)
    assert len(described) < 60 and described.endswith("…)")


@pytest.mark.parametrize("content", [b"x = " + b"[" * NESTED + b"]" * NESTED + b"\n", b'select = ["\xff"]\n'])
def test_hostile_configuration_is_one_line_error(tmp_path: Path, content: bytes) -> None:
    config = tmp_path / "provenance.toml"
    config.write_bytes(content)
    result = runner.invoke(app, ["audit", "--quiet", "--config", str(config)])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and f"{config}: not valid TOML" in result.stderr, result.stderr


def test_a_key_or_name_with_a_line_break_still_gives_one_line(tmp_path: Path) -> None:
    # Found by tests/test_properties.py: a TOML key may hold any character.
    for text in ('"calendars" = {"\\n\\u001b[2J" = false}\n', '[[rule]]\nid = "ORG\\n101"\n'):
        pack = tmp_path / str(len(text)) / "p.toml"
        pack.parent.mkdir()
        pack.write_text(text, encoding="utf-8")
        with pytest.raises(PackError) as caught:
            load_packs([pack.parent])
        assert "\n" not in str(caught.value) and "\x1b" not in str(caught.value), caught.value
        assert "\\n" in str(caught.value)


def test_a_fifo_among_the_packs_is_an_error_not_a_hang(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    os.mkfifo(packs / "house.toml")
    with pytest.raises(PackError, match="not a regular file"):
        load_packs([packs])
