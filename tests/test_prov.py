"""W3C PROV export (`--format prov`, `--format prov-jsonld`): the seed round-trips through
the `prov` library and validates against the PROV-JSON and PROV-JSONLD schemas that
library ships; chains, agents, rights and captures become the PROV records they should."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from prov.model import ProvBundle, ProvDocument
from typer.testing import CliRunner

from provenance import AuditOptions, audit_paths
from provenance.audit import audit_document
from provenance.cli import app
from provenance.model import Archived, DocumentResult, Source
from provenance.report import document_entry
from provenance.reporters import render
from provenance.reporters.prov import document_id, provenance_document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_a9cc6e4024ccf920.txt"
THREE_LINKS = REPO / "tests" / "fixtures" / "rules" / "PRV101-three-link-chain.txt"
AS_OF = AuditOptions(as_of=dt.date(2026, 11, 24))
PRV = "https://provenance.invalid/ns#"
DOC = "https://provenance.invalid/document/"


def schema_validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((resources.files("prov.tests") / "schemas" / name).read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def assert_valid(validator: jsonschema.protocols.Validator, instance: object) -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message[:300]}" for e in errors[:5])


def results_of(*paths: Path) -> list[DocumentResult]:
    return list(audit_paths(list(paths), options=AS_OF))


def only_bundle(document: ProvDocument) -> ProvBundle:
    (bundle,) = document.bundles
    return bundle


def records(bundle: ProvBundle, kind: str) -> list:
    return [r for r in bundle.records if r.get_type().localpart == kind]


def name(value: object) -> str:
    return getattr(value, "uri", str(value))


def one(record, attribute: str):
    """The single value of a record's attribute (e.g. prov:generatedEntity), by its local name."""
    values = [v for k, vs in record.attributes for v in [vs] if k.localpart == attribute]
    assert len(values) == 1, (attribute, values)
    return values[0]


def attribute(record, uri: str) -> set:
    return {v for k, v in record.attributes if k.uri == uri}


@pytest.mark.parametrize(("format", "schema"), [("prov", "prov-json.schema.json"), ("prov-jsonld", "prov-jsonld.schema.json")])
def test_the_seed_round_trips_and_validates(format: str, schema: str) -> None:
    results = results_of(SEED)
    written = render(format, results, [])
    assert_valid(schema_validator(schema), json.loads(written))
    loaded = ProvDocument.deserialize(content=written, format="json" if format == "prov" else "jsonld")
    assert loaded == provenance_document([document_entry(r) for r in results])
    assert name(only_bundle(loaded).identifier) == f"{DOC}{document_id(document_entry(results[0]))}-provenance"


@pytest.fixture(scope="module")
def seed_bundle() -> tuple[ProvBundle, str]:
    (result,) = results_of(SEED)
    loaded = ProvDocument.deserialize(content=render("prov", [result], []), format="json")
    return only_bundle(loaded), DOC + document_id(document_entry(result))


def test_seed_chain_is_a_derivation_and_a_quotation(seed_bundle: tuple[ProvBundle, str]) -> None:
    bundle, page = seed_bundle
    original = page + "-source-0"
    derivations = [(name(one(r, "generatedEntity")), name(one(r, "usedEntity")), attribute(r, "http://www.w3.org/ns/prov#type")) for r in records(bundle, "Derivation")]
    quotation = [d for d in derivations if any(name(t).endswith("#Quotation") for t in d[2])]
    plain = [d for d in derivations if not d[2]]
    assert [(g, u) for g, u, _ in quotation] == [(page, original)]
    assert [(g, u) for g, u, _ in plain] == [(page, original)]
    # The copy was made by the republication activity, at the republication's date.
    (activity,) = [r for r in records(bundle, "Activity") if name(r.identifier).endswith("-republication-1")]
    assert activity.get_startTime() == dt.datetime(2022, 1, 8)
    (publication,) = [r for r in records(bundle, "Activity") if name(r.identifier).endswith("-publication-0")]
    assert publication.get_startTime() == dt.datetime(2021, 1, 8)


def test_seed_agents_and_attribution(seed_bundle: tuple[ProvBundle, str]) -> None:
    bundle, page = seed_bundle
    agents = {name(r.identifier): {name(t) for t in attribute(r, "http://www.w3.org/ns/prov#type")} for r in records(bundle, "Agent")}
    assert agents == {
        "https://provenance.invalid/publisher/bloomberg": {"http://www.w3.org/ns/prov#Organization"},
        "https://provenance.invalid/author/nariman-gizitdinov": {"http://www.w3.org/ns/prov#Person"},
        "https://provenance.invalid/publisher/equipo-nizkor-derechos-human-rights": {"http://www.w3.org/ns/prov#Organization"},
    }
    attributed = {(name(one(r, "entity")), name(one(r, "agent"))) for r in records(bundle, "Attribution")}
    assert attributed == {
        (page + "-source-0", "https://provenance.invalid/publisher/bloomberg"),
        (page + "-source-0", "https://provenance.invalid/author/nariman-gizitdinov"),
        (page, "https://provenance.invalid/publisher/equipo-nizkor-derechos-human-rights"),
    }


def test_seed_rights_are_attributes_of_the_page(seed_bundle: tuple[ProvBundle, str]) -> None:
    bundle, page = seed_bundle
    (entity,) = [r for r in records(bundle, "Entity") if name(r.identifier) == page]
    assert attribute(entity, "http://purl.org/dc/terms/rightsHolder") == {"Bloomberg"}
    assert attribute(entity, "https://schema.org/copyrightHolder") == {"Bloomberg"}
    assert {str(v) for v in attribute(entity, "http://purl.org/dc/terms/rights")} == {"http://rightsstatements.org/vocab/InC/1.0/"}
    assert not attribute(entity, "http://purl.org/dc/terms/license")
    assert {name(v) for v in attribute(entity, "https://schema.org/isBasedOn")} == {page + "-source-0"}
    assert attribute(entity, PRV + "openlyLicensed") == {False}


def test_a_licence_is_dcterms_license() -> None:
    (result,) = results_of(REPO / "tests" / "fixtures" / "rules" / "PRV205-ok-conversation-licence.html")
    bundle = only_bundle(ProvDocument.deserialize(content=render("prov", [result], []), format="json"))
    (page,) = [r for r in records(bundle, "Entity") if name(r.identifier) == DOC + document_id(document_entry(result))]
    assert {str(v) for v in attribute(page, "http://purl.org/dc/terms/license")} == {"https://creativecommons.org/licenses/by-nd/4.0/"}
    assert attribute(page, PRV + "spdx") == {"CC-BY-ND-4.0"}


def test_an_intermediary_sits_between_original_and_copy() -> None:
    (result,) = results_of(THREE_LINKS)
    bundle = only_bundle(ProvDocument.deserialize(content=render("prov", [result], []), format="json"))
    page = DOC + document_id(document_entry(result))
    derived = {(name(one(r, "generatedEntity")), name(one(r, "usedEntity"))) for r in records(bundle, "Derivation") if not attribute(r, "http://www.w3.org/ns/prov#type")}
    assert derived == {(page + "-source-1", page + "-source-0"), (page, page + "-source-1")}


def test_a_warc_capture_is_its_own_activity() -> None:
    result = audit_document(SEED.read_bytes(), path="crawl.warc.gz", content_type="text", options=AS_OF)
    result = dataclasses.replace(result, source=Source("crawl.warc.gz", url="https://www.derechos.org/nizkor/x.html", offset=1234, record_id="<urn:uuid:1>", record_date=dt.date(2022, 2, 1)))
    bundle = only_bundle(ProvDocument.deserialize(content=render("prov", [result], []), format="json"))
    page = DOC + document_id(document_entry(result))
    (capture,) = [r for r in records(bundle, "Activity") if name(r.identifier).endswith("-capturing")]
    assert capture.get_startTime() == dt.datetime(2022, 2, 1)
    used = {(name(one(r, "activity")), name(one(r, "entity"))) for r in records(bundle, "Usage")}
    assert (name(capture.identifier), page) in used
    (record,) = [r for r in records(bundle, "Entity") if name(r.identifier) == page + "-capture"]
    assert attribute(record, PRV + "offset") == {1234} and attribute(record, PRV + "recordId") == {"<urn:uuid:1>"}
    generated = {(name(one(r, "entity")), name(one(r, "activity"))) for r in records(bundle, "Generation")}
    assert (page + "-capture", name(capture.identifier)) in generated


def test_a_web_archive_capture_names_the_archive() -> None:
    result = audit_document(SEED.read_bytes(), path="saved.txt", content_type="text", options=AS_OF)
    assert result.claims is not None
    result.claims.archived = Archived("Wayback Machine", "http://www.derechos.org/nizkor/x.html", dt.date(2022, 3, 5))
    bundle = only_bundle(ProvDocument.deserialize(content=render("prov", [result], []), format="json"))
    associated = {(name(one(r, "activity")).rsplit("-", 1)[-1], name(one(r, "agent"))) for r in records(bundle, "Association")}
    assert ("capturing", "https://provenance.invalid/publisher/wayback-machine") in associated


def test_many_documents_stream_as_bundles_and_failures_are_kept() -> None:
    failed = DocumentResult(Source("broken.html"), "failed", error="empty file")
    written = render("prov", [*results_of(SEED, THREE_LINKS), failed], [])
    loaded = ProvDocument.deserialize(content=written, format="json")
    assert len(loaded.bundles) == 3
    (broken,) = [b for b in loaded.bundles if len(b.records) == 1]
    (entity,) = broken.records
    assert attribute(entity, PRV + "status") == {"failed"} and attribute(entity, PRV + "error") == {"empty file"}
    assert render("prov", [], []).strip().endswith("}") and not ProvDocument.deserialize(content=render("prov", [], []), format="json").bundles


def test_cli_writes_prov(tmp_path: Path) -> None:
    output = tmp_path / "seed.prov.json"
    outcome = CliRunner().invoke(app, ["audit", str(SEED), "--format", "prov", "-o", str(output), "-q", "--as-of", "2026-11-24"])
    assert outcome.exit_code == 0, outcome.output
    assert len(ProvDocument.deserialize(source=str(output), format="json").bundles) == 1


def test_agent_identifiers_are_ascii_prov_n_can_write_and_never_shared() -> None:
    import re as _re

    from provenance.reporters.prov import _slug

    names = ["½ Média", "新华社", "新華社", "Süddeutsche Zeitung", "Suddeutsche Zeitung"]
    slugs = [_slug(name) for name in names]
    assert all(_re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug) for slug in slugs)
    assert len(set(slugs)) == len(names)
