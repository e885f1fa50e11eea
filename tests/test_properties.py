"""Property-based tests: random text, HTML, JSON Lines records, reference dates and rule
packs. The property: every input gives an `audited` or `failed` result, a failure has a
one-line reason and is never an internal error, nothing raises out of the API, and the
report validates against the schema in every format. A pack either loads or is a
PackError naming the file.

Kept small (few examples, a deadline) so the suite stays quick; the strategies lean on
the values that broke the audit before: lone surrogates, bracketed URL hosts, nulls in
JSON-LD lists, the first and last day of the calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from provenance.audit import audit_document, audit_raw, default_packs
from provenance.jsonl import record_input
from provenance.model import AuditOptions, DocumentResult, RawInput, Source
from provenance.pack_shapes import SECTIONS
from provenance.packs import PackError, Packs, _Builder, builtin_pack_dir, read_pack
from provenance.reporters import REPORTERS, render
from provenance.rules import all_rule_docs, python_rule_ids

REPORT_SCHEMA = Path(__file__).resolve().parents[1] / "provenance" / "schema" / "report.schema.json"

PROPERTY = settings(
    max_examples=40,
    deadline=dt.timedelta(seconds=10),  # generous: a bound on a pathological case, not a timing test
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@cache
def packs() -> Packs:
    return default_packs()


@cache
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(REPORT_SCHEMA.read_text(encoding="utf-8")))


def assert_accounted_for(result: DocumentResult) -> None:
    """The property every input must keep."""
    assert result.status in ("audited", "failed")
    if result.status == "failed":
        assert result.error and "\n" not in result.error, result.error
        assert "internal error" not in result.error, result.error
    rules = all_rule_docs(packs())
    report = json.loads(render("json", [result], rules))
    errors = list(validator().iter_errors(report))
    assert not errors, [e.message for e in errors[:3]]
    for format in REPORTERS:
        render(format, [result], rules).encode("utf-8")  # every report can be written as UTF-8


# --- Strategies ----------------------------------------------------------------------------

# Characters that broke or could break something: lone surrogates, escapes, line breaks
# of every kind, a NUL, formula starts, bidirectional controls.
ODD_CHARS = st.sampled_from(["\ud800", "\udcff", "\x1b", "\x07", "\r", "\n", "\u2028", "\x85", "\x00", "=", "＝", "\u202e", "©", "[", "]"])
TEXT = st.text(alphabet=st.one_of(st.characters(), ODD_CHARS), max_size=60)
WORDS = st.sampled_from([
    "© 2020 Foo Media Ltd. All rights reserved.", "Source: Reuters, 08Jan21", "[Source: By Jane Doe, Bloomberg, 08Jan21]",
    "Published 12 May 2020", "Monday", "on Saturday", "31.12.9999", "0001-01-01", "By Jane Doe", "(AP) —",
    "Licensed under CC BY-SA 4.0", "In accordance with Title 17 U.S.C. Section 107", "This document has been published on 08Jan22 by Foo.",
    "provenance: ignore", "Originally published by The Guardian on 3 March 2021.", "Photo: Reuters",
])  # fmt: skip
PROSE = st.lists(st.one_of(WORDS, TEXT), max_size=12).map(" ".join)
HOSTS = st.text(alphabet="[]:.1af-@%", max_size=10)
URLS = st.one_of(
    TEXT,
    st.builds("{}://{}/{}".format, st.sampled_from(["http", "https", "ftp", ""]), HOSTS, st.text(alphabet="/?#=[]%.a2", max_size=12)),
    st.sampled_from(["http://[::1", "http://[::1]/x", "https://www.reuters.com/world/2021/01/08/x", "https://web.archive.org/web/2021/https://bbc.co.uk/"]),
)
DATES = st.one_of(st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(9999, 12, 31), dt.date(1000, 1, 1), dt.date(9000, 12, 31)]))
DATE_TEXT = st.one_of(DATES.map(dt.date.isoformat), DATES.map(lambda d: d.isoformat() + "T23:59:59Z"), TEXT)

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), TEXT, URLS, DATE_TEXT)
JSON = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)
JSONLD_TYPES = st.one_of(JSON, st.lists(st.one_of(st.none(), st.sampled_from(["NewsArticle", "WebPage", "Organization"]), JSON), max_size=3))
JSONLD = st.fixed_dictionaries(
    {"@type": JSONLD_TYPES},
    optional={
        "datePublished": DATE_TEXT, "dateModified": DATE_TEXT, "publisher": JSON, "author": JSON, "headline": JSON,
        "@graph": st.lists(JSON, max_size=3), "copyrightHolder": JSON, "license": URLS, "url": URLS,
    },
)  # fmt: skip


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")


HEAD_PARTS = st.one_of(
    st.builds('<meta property="{}" content="{}">'.format, st.sampled_from(["og:site_name", "og:url", "article:published_time", "og:title"]), URLS.map(_attribute)),
    st.builds('<meta name="{}" content="{}">'.format, st.sampled_from(["copyright", "date", "author", "dc.date", "publisher"]), DATE_TEXT.map(_attribute)),
    st.builds('<link rel="{}" href="{}">'.format, st.sampled_from(["canonical", "license"]), URLS.map(_attribute)),
    st.builds('<script type="application/ld+json">{}</script>'.format, st.one_of(JSONLD, JSON).map(lambda v: json.dumps(v).replace("</", "<\\/"))),
    st.builds("<title>{}</title>".format, PROSE),
)
BODY_PARTS = st.one_of(
    st.builds("<p>{}</p>".format, PROSE),
    st.builds('<time datetime="{}">{}</time>'.format, DATE_TEXT.map(_attribute), PROSE),
    st.builds('<a rel="license" href="{}">{}</a>'.format, URLS.map(_attribute), PROSE),
    st.builds("<h1>{}</h1>".format, PROSE),
    st.builds("<footer>{}</footer>".format, PROSE),
    PROSE,
    st.sampled_from(["<br>", "<div>", "</div>", "<!-- provenance: ignore PRV301 -->", "<p", "&#0;", "&#xd800;"]),
)
HTML = st.builds(
    "<html><head>{}</head><body>{}</body></html>".format,
    st.lists(HEAD_PARTS, max_size=5).map("".join),
    st.lists(BODY_PARTS, max_size=8).map("".join),
)
OPTIONS = st.builds(AuditOptions, as_of=st.one_of(st.none(), DATES))

RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(PROSE, JSON), "html": st.one_of(HTML, JSON), "url": st.one_of(URLS, JSON), "id": st.one_of(TEXT, JSON),
        "warc_date": DATE_TEXT,
        "metadata": st.one_of(JSON, st.fixed_dictionaries({}, optional={"date": DATE_TEXT, "url": URLS, "warc_date": DATE_TEXT})),
    },
)  # fmt: skip


# --- Documents -----------------------------------------------------------------------------


@PROPERTY
@given(text=PROSE, url=st.one_of(st.none(), URLS), options=OPTIONS)
@example(text="Published 12 May 2020, on a Tuesday.", url="http://[::1", options=AuditOptions())
@example(text="Published 12 May 2020, on a Tuesday.", url=None, options=AuditOptions(as_of=dt.date(9999, 12, 31)))
@example(text="Café \ud800 on Monday", url="http://x/\udcff", options=AuditOptions(as_of=dt.date.min))
def test_any_text_is_audited_or_failed(text: str, url: str | None, options: AuditOptions) -> None:
    assert_accounted_for(audit_document(text, url=url, content_type="text", packs=packs(), options=options))


@PROPERTY
@given(html=HTML, url=st.one_of(st.none(), URLS), options=OPTIONS)
@example(html='<script type="application/ld+json">{"@type": [null]}</script><p>x</p>', url=None, options=AuditOptions())
def test_any_html_is_audited_or_failed(html: str, url: str | None, options: AuditOptions) -> None:
    assert_accounted_for(audit_document(html, url=url, content_type="html", packs=packs(), options=options))


@PROPERTY
@given(data=st.binary(max_size=200), path=TEXT)
@example(data=b"x", path="bad\udcff.txt")
def test_any_bytes_under_any_name_are_audited_or_failed(data: bytes, path: str) -> None:
    assert_accounted_for(audit_document(data, path=path or "<memory>", packs=packs()))


@PROPERTY
@given(record=RECORDS, options=OPTIONS)
@example(record={"text": "Published 12 May 2020", "url": "http://[::1", "metadata": {"date": "9999-12-31"}}, options=AuditOptions())
@example(record={"text": "Published \ud800 12 May 2020", "url": "\ud800", "id": "\udfff"}, options=AuditOptions())
def test_any_jsonl_record_is_audited_or_failed(record: dict[str, Any], options: AuditOptions) -> None:
    line = json.dumps(record).encode("utf-8")  # \ud800 escapes stay escapes, as a corpus writes them
    assert_accounted_for(audit_raw(record_input(line, "shard.jsonl", 7), packs(), options))


@PROPERTY
@given(record_date=DATES, html=HTML)
@example(record_date=dt.date(9999, 12, 31), html="<p>Published 12 May 2020</p>")
def test_any_record_date_is_audited_or_failed(record_date: dt.date, html: str) -> None:
    raw = RawInput(Source("crawl.warc.gz", offset=0, record_date=record_date), html.encode("utf-8", "surrogatepass"), "html")
    assert_accounted_for(audit_raw(raw, packs(), AuditOptions()))


def test_a_lone_surrogate_spoils_one_character_not_the_text() -> None:
    # Encoded as it was (surrogatepass), the text was not UTF-8 and was read as windows-1252.
    result = audit_document("Café au lait \ud800 today.\n\nLe café est servi.", packs=packs())
    assert result.status == "audited", result.error
    assert result.claims is not None and result.claims.title is not None
    assert result.claims.title.value == "Le café est servi."
    assert not any(f.rule == "PRV901" for f in result.findings)  # no encoding guessed


def test_names_from_outside_are_valid_unicode_in_the_report() -> None:
    result = audit_document(b"Hello.", path="bad\udcff.txt", url="http://x/\ud800", packs=packs())
    entry = json.loads(render("json", [result], all_rule_docs(packs())))["documents"][0]["source"]
    assert entry["path"] == "bad\\xff.txt"  # the file name's undecodable byte, as a file manager shows it
    assert entry["url"] == "http://x/\ufffd"


# --- Rule packs ----------------------------------------------------------------------------


def _toml(value: Any) -> str:
    """A value as inline TOML (strings in JSON's escapes, which TOML's basic strings share)."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, (int, float, str)):
        return json.dumps(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"


TOML_SCALARS = st.one_of(st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(), TEXT, st.dates())
TOML_VALUES = st.recursive(TOML_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=3)), max_leaves=10)


@cache
def builtin_entries() -> list[tuple[str, dict[str, Any]]]:
    """Every entry of every built-in array section ([[rule]], [[publisher]], ...)."""
    return [
        (name, entry)
        for path in sorted(builtin_pack_dir().glob("*.toml"))
        for name, value in read_pack(path).items()
        if SECTIONS.get(name) and SECTIONS[name].array
        for entry in value
    ]


@st.composite
def mutated_entries(draw: st.DrawFn) -> str:
    """A real pack entry with one value replaced, removed or added: past the shape check
    more often than a random section, so the checks of meaning are tried too."""
    section, entry = draw(st.sampled_from(builtin_entries()))
    entry = dict(entry)
    key = draw(st.sampled_from([*entry, "pattern", "id", "keywords", "zones", "spdx"]))
    action = draw(st.sampled_from(["replace", "remove", "string"]))
    if action == "remove":
        entry.pop(key, None)
    else:
        entry[key] = draw(TOML_VALUES if action == "replace" else st.one_of(TEXT, st.sampled_from(["(" * 3000, "a{4294967296}", "[[a]", "{agency}", "ORG101"])))
    return f"[[{section}]]\n" + "".join(f"{json.dumps(k)} = {_toml(v)}\n" for k, v in entry.items())


PACKS = st.one_of(
    st.dictionaries(st.one_of(st.sampled_from(sorted(SECTIONS)), TEXT), TOML_VALUES, max_size=3).map(
        lambda sections: "".join(f"{json.dumps(k)} = {_toml(v)}\n" for k, v in sections.items())
    ),
    mutated_entries(),
    TEXT,
)
BASE_PACK = {"months": {"en": [[name] for name in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")]}}


@PROPERTY
@given(text=PACKS)
def test_any_pack_loads_or_is_a_pack_error(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("pack") / "random.toml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    # The random pack with a small base, not the built-in packs: building those takes a
    # second or more, and a random pack's errors are found the same way.
    builder = _Builder(set(python_rule_ids()))
    builder.add(Path("base.toml"), BASE_PACK)
    try:
        builder.add(path, read_pack(path))
        builder.build()
    except PackError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: ") and "\n" not in message.strip(), message
