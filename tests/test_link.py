"""Copies across a collection (`--link`): each copy linked to its original, credited or not.

The fixtures are written here: an original article on one site, an uncredited copy of it in
another site's template, a copy cut to its first paragraphs, a copy that credits the
original, and a second article of the original's site (which must not be linked to the
first: a site's template is not a copy).
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from provenance import AuditOptions, audit_paths
from provenance.audit import default_packs
from provenance.cli import app
from provenance.link import LinkFacts, decide_original, link_results
from provenance.model import Source
from provenance.report import build_report

REPO = Path(__file__).resolve().parents[1]
REPORT_SCHEMA = json.loads((REPO / "provenance" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
runner = CliRunner()

HARBOR = [
    "The harbour authority voted on Tuesday evening to close the old grain terminal at the end of the season, ending a hundred years of shipping from the north quay.",
    "Council members said the decision followed three winters of storm damage that had left the pier unsafe for the larger vessels now calling at the port.",
    "Dock workers gathered outside the town hall before the meeting, holding placards that asked the authority to find the money for repairs instead of a closure.",
    "The chair of the authority told the meeting that repairing the pier would cost more than the terminal had earned in the last decade, according to its own accounts.",
    "Local fishermen, who share the north quay with the grain ships, fear that the berths they use will be sold to a developer once the terminal has gone.",
    "A public consultation on the future of the quay will open next month, and the authority promised that no land would be sold before it had ended.",
    "The grain trade is expected to move to the deep water port down the coast, where a new terminal opened two years ago with room for bigger ships.",
]
ORCHARD = [
    "Apple growers in the valley expect their smallest harvest in twenty years after a late frost destroyed much of the blossom in the first week of May.",
    "The growers' cooperative said members had lost between half and two thirds of their crop, and that several family orchards might not survive the year.",
    "Insurers have told farmers that frost damage is not covered by the standard policies sold in the region, leaving them to carry the losses themselves.",
    "The cooperative has asked the regional government for emergency loans, arguing that the orchards are part of the valley's identity as well as its economy.",
    "Cider makers, who buy most of the valley's apples, say they will have to import fruit from abroad to keep their presses running through the winter months.",
    "Scientists at the agricultural college warned that late frosts are becoming more common as springs grow warmer and trees blossom earlier than they did.",
]
SIDEBAR = "Most read: Ferry timetable changes for the winter season announced by the operator this morning after talks with unions"
FOOTER = "About us · Contact · Privacy policy · Terms of use · Copyright the publishers, all rights reserved, reproduction without permission is prohibited."


def page(site: str, host: str, title: str, date: str, paragraphs: list[str], credit: str = "", style: str = "semantic") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + (f"\n<p>{html.escape(credit)}</p>" if credit else "")
    head = (
        f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset='utf-8'>\n<title>{html.escape(title)}</title>\n"
        f"<meta property='og:site_name' content='{site}'>\n<meta property='og:url' content='https://{host}/{title.lower().replace(' ', '-')}'>\n"
        f"<meta property='article:published_time' content='{date}T08:00:00Z'>\n</head>\n<body>\n"
    )
    if style == "semantic":
        return (
            f"{head}<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>\n<main><article>\n<h1>{html.escape(title)}</h1>\n"
            f"<p class='date'>{date}</p>\n{body}\n</article></main>\n<aside><p>{SIDEBAR}</p></aside>\n<footer><p>{FOOTER}</p></footer>\n</body>\n</html>\n"
        )
    return (
        f"{head}<div class='menu'><a href='/'>Start</a> <a href='/world'>World</a></div>\n<div class='content'>\n<h1>{html.escape(title)}</h1>\n"
        f"<p class='date'>{date}</p>\n{body}\n</div>\n<div class='sidebar'><p>{SIDEBAR}</p></div>\n<div class='bottom'><p>{FOOTER}</p></div>\n</body>\n</html>\n"
    )


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    files = {
        "a-original.html": page("Harbor Gazette", "hgz.example", "Grain terminal to close", "2024-03-05", HARBOR),
        "b-uncredited.html": page("Coastal Digest", "cdg.example", "Port to shut historic terminal", "2024-03-07", HARBOR, style="divs"),
        "c-cut.html": page("Town Crier Blog", "tcb.example", "Grain terminal closing", "2024-03-06", HARBOR[:3]),
        "d-credited.html": page("Regional Wire Review", "rwreview.example", "Grain terminal to close", "2024-03-06", HARBOR, credit="Originally published by Harbor Gazette."),
        "e-other-article.html": page("Harbor Gazette", "hgz.example", "Frost ruins apple harvest", "2024-03-05", ORCHARD),
    }
    for name, text in files.items():
        (pages / name).write_text(text, encoding="utf-8")
    return pages


def linked_report(paths: list[Path], jobs: int = 1) -> dict:
    results, linking = link_results(audit_paths(paths, jobs=jobs, options=AuditOptions(sign=True)), default_packs())
    return build_report(results, linking)


def by_name(report: dict) -> dict[str, dict]:
    return {Path(d["source"]["path"]).name: d for d in report["documents"]}


def test_copies_link_to_their_original_and_the_other_article_does_not(collection: Path) -> None:
    report = linked_report([collection])
    jsonschema.validate(report, REPORT_SCHEMA)
    docs = by_name(report)
    assert len(report["clusters"]) == 1
    cluster = report["clusters"][0]
    assert sorted(Path(m).name for m in cluster["members"]) == ["a-original.html", "b-uncredited.html", "c-cut.html", "d-credited.html"]
    assert Path(cluster["original"]).name == "a-original.html"
    assert cluster["why"] == "credit"  # d credits the Harbor Gazette, a's publisher
    assert "Harbor Gazette" in cluster["evidence"]
    original = docs["a-original.html"]
    assert original["copies"] == []
    assert sorted(Path(c["key"]).name for c in original["copied_by"]) == ["b-uncredited.html", "c-cut.html", "d-credited.html"]
    for name in ("b-uncredited.html", "c-cut.html", "d-credited.html"):
        (copy,) = docs[name]["copies"]
        assert Path(copy["key"]).name == "a-original.html"
        assert copy["publisher"] == "Harbor Gazette" and copy["date"] == "2024-03-05"
        assert copy["containment"] >= 0.8
        assert docs[name]["copied_by"] == []
    # The cut copy is all in the original, though it is less than half of it.
    cut = docs["c-cut.html"]["copies"][0]
    assert cut["containment"] >= 0.9 and cut["similarity"] < 0.6
    other = docs["e-other-article.html"]
    assert other["copies"] == [] and other["copied_by"] == []


def test_uncredited_copy_gets_the_original_in_its_chain_and_a_warning(collection: Path) -> None:
    docs = by_name(linked_report([collection]))
    uncredited = docs["b-uncredited.html"]
    assert [(link["role"], link["publisher"]) for link in uncredited["chain"]] == [("original", "Harbor Gazette"), ("republisher", "Coastal Digest")]
    (finding,) = [f for f in uncredited["findings"] if f["rule"] == "PRV110"]
    assert finding["severity"] == "warning" and finding["name"] == "uncredited-copy"
    assert "a-original.html" in finding["evidence"] and "Harbor Gazette" in finding["evidence"]
    # The credited copy names its original itself: no warning, and its chain is its own.
    credited = docs["d-credited.html"]
    assert not [f for f in credited["findings"] if f["rule"] in ("PRV110", "PRV111")]
    assert credited["chain"][0]["publisher"] == "Harbor Gazette" and credited["chain"][0]["line"] is not None


def test_a_credit_to_another_outlet_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page("Harbor Gazette", "hgz.example", "Grain terminal to close", "2024-03-05", HARBOR), encoding="utf-8")
    (tmp_path / "b.html").write_text(
        page("Coastal Digest", "cdg.example", "Terminal", "2024-03-08", HARBOR, credit="Originally published by Valley Courier."), encoding="utf-8"
    )
    docs = by_name(linked_report([tmp_path]))
    (finding,) = [f for f in docs["b.html"]["findings"] if f["rule"] == "PRV111"]
    assert "Valley Courier" in finding["message"] and "Harbor Gazette" in finding["message"]
    assert docs["b.html"]["copies"][0]["why"] == "date"


def test_a_copy_dated_before_its_credited_original_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page("Harbor Gazette", "hgz.example", "Grain terminal to close", "2024-03-05", HARBOR), encoding="utf-8")
    (tmp_path / "b.html").write_text(
        page("Coastal Digest", "cdg.example", "Terminal", "2024-02-01", HARBOR, credit="Originally published by Harbor Gazette."), encoding="utf-8"
    )
    docs = by_name(linked_report([tmp_path]))
    (finding,) = [f for f in docs["b.html"]["findings"] if f["rule"] == "PRV320"]
    assert finding["category"] == "date" and "2024-02-01" in finding["message"] and "2024-03-05" in finding["message"]


def _facts(key: str, publisher: str | None, date: str | None, credits: tuple[str, ...] = (), agency: bool = False) -> LinkFacts:
    import datetime as dt

    return LinkFacts(Source(key), None, publisher, None, dt.date.fromisoformat(date) if date else None, date, credits, agency)


def test_original_by_registry_then_unknown_never_by_input_order() -> None:
    wire = _facts("z-wire.html", "Associated Press", "2024-03-05", agency=True)
    paper = _facts("a-paper.html", "Harbor Gazette", "2024-03-05")
    assert decide_original([paper, wire])[:2] == (wire, "registry")
    assert decide_original([wire, paper])[:2] == (wire, "registry")
    same_day = [_facts("a.html", "Harbor Gazette", "2024-03-05"), _facts("b.html", "Coastal Digest", "2024-03-05")]
    original, why, evidence = decide_original(same_day)
    assert original is None and why == "unknown" and "2024-03-05" in evidence
    undated = [_facts("a.html", "Harbor Gazette", None), _facts("b.html", "Coastal Digest", "2024-03-04")]
    assert decide_original(undated)[:2] == (None, "unknown")


def test_linking_is_the_same_whatever_jobs_and_input_order(collection: Path, tmp_path: Path) -> None:
    # Enough documents for the parallel path (more than a batch of 16).
    for n in range(14):
        (collection / f"f-filler-{n:02d}.html").write_text(
            page("Harbor Gazette", "hgz.example", f"Notes {n}", "2024-03-01", [f"Item {n}: {p}" for p in ORCHARD[n % 3 :]]), encoding="utf-8"
        )
    one = linked_report([collection], jobs=1)
    two = linked_report([collection], jobs=2)
    assert json.dumps(one["clusters"]) == json.dumps(two["clusters"])
    assert json.dumps(one["documents"]) == json.dumps(two["documents"])
    reordered = linked_report(sorted(collection.iterdir(), reverse=True))
    assert {tuple(c["members"]) for c in reordered["clusters"]} == {tuple(c["members"]) for c in one["clusters"]}


def test_cli_link_in_every_format(collection: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(collection), "--link", "--format", "json", "--jobs", "1", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["schema_version"] == "1.3" and len(report["clusters"]) == 1
    assert report["summary"]["findings"]["warning"] >= 1
    plain = json.loads(runner.invoke(app, ["audit", str(collection), "--format", "json", "--jobs", "1", "--fail-on", "never"]).stdout)
    assert plain["clusters"] is None and all(d["copies"] is None for d in plain["documents"])
    # --fail-on sees the link findings.
    assert runner.invoke(app, ["audit", str(collection), "--link", "--format", "json", "--jobs", "1", "--select", "PRV110", "--fail-on", "warning"]).exit_code == 1
    text = runner.invoke(app, ["audit", str(collection), "--link", "--jobs", "1", "--fail-on", "never", "--show", "all"]).stdout
    assert "copies     " in text and "copied by" in text and "PRV110 uncredited-copy" in text and "original " in text
    csv_out = runner.invoke(app, ["audit", str(collection), "--link", "--format", "csv", "--jobs", "1", "--fail-on", "never"]).stdout
    header, *rows = csv_out.splitlines()
    assert "copy_of" in header.split(",") and any("a-original.html" in row and "b-uncredited.html" in row for row in rows)
    sarif = json.loads(runner.invoke(app, ["audit", str(collection), "--link", "--format", "sarif", "--jobs", "1", "--fail-on", "never"]).stdout)
    assert any(r["ruleId"] == "PRV110" for r in sarif["runs"][0]["results"])
    assert len(sarif["runs"][0]["properties"]["clusters"]) == 1
    github = runner.invoke(app, ["audit", str(collection), "--link", "--format", "github", "--jobs", "1", "--fail-on", "never"]).stdout
    assert "title=provenance copies::c1" in github and "PRV110" in github


def test_jsonl_links_follow_the_documents_and_resume_gives_the_same(collection: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    args = ["audit", str(collection), "--link", "--format", "jsonl", "--jobs", "1", "--fail-on", "never", "-q"]
    assert runner.invoke(app, [*args, "-o", str(whole)]).exit_code == 0
    lines = [json.loads(line) for line in whole.read_text(encoding="utf-8").splitlines()]
    kinds = [line.get("kind", "document") for line in lines]
    assert kinds[:5] == ["document"] * 5 and set(kinds[5:]) == {"cluster", "copy-link"}
    for line in lines[:5]:
        assert line["copies"] is None and "signature" in line
    links = [line for line in lines if line.get("kind") == "copy-link"]
    assert sorted(Path(line["copy"]).name for line in links) == ["b-uncredited.html", "c-cut.html", "d-credited.html"]
    uncredited = next(line for line in links if line["copy"].endswith("b-uncredited.html"))
    assert Path(uncredited["original"]["key"]).name == "a-original.html" and [f["rule"] for f in uncredited["findings"]] == ["PRV110"]
    # An interrupted run (two documents written), resumed: the same file as the whole run.
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(line + "\n" for line in whole.read_text(encoding="utf-8").splitlines()[:2]), encoding="utf-8")
    assert runner.invoke(app, [*args, "-o", str(partial), "--resume"]).exit_code == 0
    assert partial.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    # A finished run resumed: its link lines are written again, once.
    assert runner.invoke(app, [*args, "-o", str(partial), "--resume"]).exit_code == 0
    assert partial.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_link_in_configuration(collection: Path, tmp_path: Path) -> None:
    config = tmp_path / "provenance.toml"
    config.write_text("link = true\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(collection), "--config", str(config), "--format", "json", "--jobs", "1", "--fail-on", "never"])
    assert len(json.loads(result.stdout)["clusters"]) == 1
    config.write_text('link = "yes"\n', encoding="utf-8")
    bad = runner.invoke(app, ["audit", str(collection), "--config", str(config)])
    assert bad.exit_code == 2 and "link must be true or false" in bad.output


def test_link_rules_are_listed_and_explained() -> None:
    listed = runner.invoke(app, ["rules"]).stdout
    assert "PRV110" in listed and "PRV111" in listed and "PRV320" in listed
    assert "uncredited-copy" in runner.invoke(app, ["explain", "PRV110"]).stdout


def test_audit_paths_links_when_asked(collection: Path) -> None:
    linked = {Path(r.source.path).name: r for r in audit_paths([collection], link=True)}
    assert [Path(c.key).name for c in linked["b-uncredited.html"].copies or []] == ["a-original.html"]
    assert any(f.rule == "PRV110" for f in linked["b-uncredited.html"].findings)
    plain = {Path(r.source.path).name: r for r in audit_paths([collection])}
    assert plain["b-uncredited.html"].copies is None and plain["b-uncredited.html"].signature is None


def test_resume_with_link_refuses_an_output_written_without_it(collection: Path, tmp_path: Path) -> None:
    output = tmp_path / "plain.jsonl"
    args = ["audit", str(collection), "--format", "jsonl", "--jobs", "1", "--fail-on", "never", "-q", "-o", str(output)]
    assert runner.invoke(app, args).exit_code == 0
    resumed = runner.invoke(app, [*args, "--resume", "--link"])
    assert resumed.exit_code == 2 and "written without --link" in resumed.output


def test_prov_and_html_carry_the_links(collection: Path) -> None:
    prov = json.loads(runner.invoke(app, ["audit", str(collection), "--link", "--format", "prov", "--jobs", "1", "--fail-on", "never"]).stdout)
    derivations = [d for bundle in prov["bundle"].values() for d in bundle.get("wasDerivedFrom", {}).values() if "prv:TextCopy" in json.dumps(d.get("prov:type"))]
    assert len(derivations) == 3 and all("credit" in json.dumps(d["prv:why"]) for d in derivations)
    assert len({d["prov:usedEntity"] for d in derivations}) == 1  # all three copy the one original
    html_report = runner.invoke(app, ["audit", str(collection), "--link", "--format", "html", "--jobs", "1", "--fail-on", "never"]).stdout
    assert 'id="prv-copies"' in html_report and "b-uncredited.html" in html_report
    chunks = re.findall(r'class="prv-chunk"[^>]*>([^<]+)<', html_report)
    entries = [e for chunk in chunks for e in json.loads(gzip.decompress(base64.b64decode(chunk)))]
    uncredited = next(e for e in entries if e["source"]["path"].endswith("b-uncredited.html"))
    assert Path(uncredited["copies"][0]["key"]).name == "a-original.html" and any(f["rule"] == "PRV110" for f in uncredited["findings"])
