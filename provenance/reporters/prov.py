"""W3C PROV: each document's provenance as a PROV bundle, written with the `prov` library
as PROV-JSON (`--format prov`) or as PROV-JSONLD (`--format prov-jsonld`), the W3C
member submission's JSON-LD form, whose context maps every term to PROV-O.

Built from the JSON report's entry of each document:

- the page, and each article of its chain (the original, intermediaries), are entities;
  a copy `wasDerivedFrom` the article before it, through a republication activity at the
  copy's date, and the page `wasQuotedFrom` the original (its text repeats the original's);
- publishers are agents (prov:Organization) and authors too (prov:Person), each article
  `wasAttributedTo` them; an author `actedOnBehalfOf` the publisher;
- with --link, a copy found by its text `wasDerivedFrom` the other document of the run
  whose text it copies (typed prv:TextCopy, with the containment and why the other is the
  original);
- a WARC record or a web archive's capture is an entity of its own, made by a capture
  activity at the capture's date that used the page;
- rights are attributes of the page: dcterms:rightsHolder and schema:copyrightHolder (the
  holder the page states), dcterms:rights (the RightsStatements.org statement),
  dcterms:license (the licence's address), schema:isBasedOn (the original).

The file is streamed: the prefixes, then one bundle a document as it is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
from typing import Any

from prov.constants import PROV, PROV_LABEL, PROV_LOCATION, PROV_TYPE, XSD_ANYURI, XSD_DATE
from prov.identifier import Namespace
from prov.model import Literal, ProvBundle, ProvDocument, ProvEntity
from prov.serializers.provjsonld import JSONLD_CONTEXT_URL

from ..model import DocumentResult
from ..report import Tally, document_entry
from .base import Reporter

# Our own terms and identifiers live under a reserved domain that never resolves (RFC 2606),
# as the report schema's $id does: they name things within a run, not places on the web.
PRV = Namespace("prv", "https://provenance.invalid/ns#")
DOC = Namespace("doc", "https://provenance.invalid/document/")
ORG = Namespace("org", "https://provenance.invalid/publisher/")
PERSON = Namespace("person", "https://provenance.invalid/author/")
DCTERMS = Namespace("dcterms", "http://purl.org/dc/terms/")
SCHEMA = Namespace("schema", "https://schema.org/")
NAMESPACES = (PRV, DOC, ORG, PERSON, DCTERMS, SCHEMA)


def provenance_document(entries: list[dict[str, Any]]) -> ProvDocument:
    """A PROV document holding one bundle for each report entry."""
    document = ProvDocument()
    for namespace in NAMESPACES:
        document.add_namespace(namespace)
    for entry in entries:
        add_bundle(document, entry)
    return document


def document_id(entry: dict[str, Any]) -> str:
    """A name for the document that is stable across runs: a hash of its key (path, record)."""
    return key_id(entry["source"]["key"])


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def add_bundle(document: ProvDocument, entry: dict[str, Any]) -> ProvBundle:
    ident = document_id(entry)
    bundle = document.bundle(DOC[f"{ident}-provenance"])
    source = entry["source"]
    where = [(PRV["source"], source["key"])] + ([(PRV["sha256"], source["sha256"])] if source["sha256"] else [])
    if entry["status"] == "failed":
        bundle.entity(DOC[ident], [*where, (PRV["status"], "failed"), (PRV["error"], entry["error"] or "")])
        return bundle
    page = bundle.entity(DOC[ident], [*where, *_page_attributes(entry)])
    chain = entry["chain"]
    # The chain's last link is the page's own publisher: the page stands for it.
    articles: list[ProvEntity] = [_article(bundle, ident, i, link) for i, link in enumerate(chain[:-1])] + [page]
    for i, (link, article) in enumerate(zip(chain, articles, strict=False)):  # an audited page's chain has its own publisher at least
        publisher = _agent(bundle, ORG, link["publisher"], PROV["Organization"])
        author = _agent(bundle, PERSON, link["author"], PROV["Person"])
        for agent in (publisher, author):
            if agent is not None:
                article.wasAttributedTo(agent)
        if author is not None and publisher is not None:
            author.actedOnBehalfOf(publisher)
        kind = "publication" if i == 0 else "republication"
        activity = bundle.activity(DOC[f"{ident}-{kind}-{i}"], _time(link["date"]), None, {PROV_TYPE: PRV[kind.capitalize()]})
        article.wasGeneratedBy(activity, _time(link["date"]))
        if publisher is not None:
            activity.wasAssociatedWith(publisher)
        if i > 0:
            activity.used(articles[i - 1])
            article.wasDerivedFrom(articles[i - 1], activity)
    if len(articles) > 1:
        page.wasQuotedFrom(articles[0], attributes=[(PRV["line"], chain[0]["line"])] if chain[0]["line"] else None)
        page.add_attributes([(SCHEMA["isBasedOn"], articles[0].identifier)])
    for copied in entry.get("copies") or []:
        attributes = [(PROV_TYPE, PRV["TextCopy"]), (PRV["containment"], copied["containment"]), (PRV["why"], copied["why"])]
        page.wasDerivedFrom(DOC[key_id(copied["key"])], attributes=attributes)
    _capture(bundle, ident, entry, page)
    return bundle


def _page_attributes(entry: dict[str, Any]) -> list[tuple[Any, Any]]:
    source, rights = entry["source"], entry["rights"] or {}
    attributes: list[tuple[Any, Any]] = [(PROV_TYPE, SCHEMA["CreativeWork"]), (PROV_LABEL, entry["title"] or source["key"])]
    if entry["title"]:
        attributes.append((DCTERMS["title"], entry["title"]))
    if source["url"]:
        attributes.append((PROV_LOCATION, Literal(source["url"], XSD_ANYURI)))
    if entry["publisher"]:
        attributes.append((DCTERMS["publisher"], entry["publisher"]))
    published = entry["published"]
    if published and published["date"]:
        attributes.append((DCTERMS["issued"], Literal(published["date"], XSD_DATE)))
    if rights.get("holder"):
        attributes += [(DCTERMS["rightsHolder"], rights["holder"]), (SCHEMA["copyrightHolder"], rights["holder"])]
    if rights.get("presumed_holder"):
        attributes.append((PRV["presumedRightsHolder"], rights["presumed_holder"]["name"]))
    if rights.get("license"):
        attributes.append((PRV["spdx"], rights["license"]))
        if rights.get("statement"):  # a licensed page's statement is the licence's own address
            attributes.append((DCTERMS["license"], Literal(rights["statement"], XSD_ANYURI)))
    elif rights.get("statement"):
        attributes.append((DCTERMS["rights"], Literal(rights["statement"], XSD_ANYURI)))
    if rights:
        attributes += [(PRV["rightsBasis"], rights["basis"]), (PRV["openlyLicensed"], bool(rights["openly_licensed"]))]
    return attributes


def _article(bundle: ProvBundle, ident: str, index: int, link: dict[str, Any]) -> ProvEntity:
    label = f"{link['publisher'] or 'an unknown publisher'}'s article" + (f" by {link['author']}" if link["author"] else "")
    attributes: list[tuple[Any, Any]] = [(PROV_TYPE, SCHEMA["CreativeWork"]), (PROV_LABEL, label), (PRV["role"], link["role"])]
    for key, term in (("publisher", DCTERMS["publisher"]), ("author", DCTERMS["creator"]), ("date_text", PRV["dateText"]), ("line", PRV["line"])):
        if link[key] is not None:
            attributes.append((term, link[key]))
    if link["date"]:
        attributes.append((DCTERMS["issued"], Literal(link["date"], XSD_DATE)))
    return bundle.entity(DOC[f"{ident}-source-{index}"], attributes)


def _agent(bundle: ProvBundle, namespace: Namespace, name: str | None, kind: Any) -> Any:
    if not name:
        return None
    return bundle.agent(namespace[_slug(name)], {PROV_TYPE: kind, PROV_LABEL: name})


def _capture(bundle: ProvBundle, ident: str, entry: dict[str, Any], page: ProvEntity) -> None:
    """A WARC record's capture (WARC-Date), or a web archive's (its address and date)."""
    source = entry["source"]
    archived = source.get("archived")
    when = (archived or {}).get("date") or source["record_date"]
    if not archived and not source["record_date"]:
        return
    record_attributes: list[tuple[Any, Any]] = [(PROV_TYPE, PRV["CapturedCopy"]), (PRV["source"], source["key"])]
    for key, term in (("record_id", PRV["recordId"]), ("offset", PRV["offset"]), ("line", PRV["line"])):
        if source[key] is not None:
            record_attributes.append((term, source[key]))
    if archived:
        record_attributes.append((PROV_LOCATION, Literal(archived["url"], XSD_ANYURI)))
    record = bundle.entity(DOC[f"{ident}-capture"], record_attributes)
    activity = bundle.activity(DOC[f"{ident}-capturing"], _time(when), None, {PROV_TYPE: PRV["Capture"]})
    activity.used(page)
    record.wasGeneratedBy(activity, _time(when))
    record.wasDerivedFrom(page, activity)
    archive = _agent(bundle, ORG, archived["archive"], PROV["Organization"]) if archived else None
    if archive is not None:
        activity.wasAssociatedWith(archive)


def _time(date: str | None) -> dt.datetime | None:
    """A day as PROV's time (an xsd:dateTime): its start."""
    return dt.datetime.fromisoformat(date) if date else None


def _slug(name: str) -> str:
    """An identifier's local part PROV-N can write: ASCII letters, digits and hyphens. A
    name that is not all ASCII ("Süddeutsche", "新华社", "½ Media") gets a hash of itself
    too, so that two names never share a slug."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if slug and name.isascii():
        return slug
    return "-".join(part for part in (slug, hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]) if part)


def _serialized(result: DocumentResult, format: str) -> dict[str, Any]:
    """One document's PROV, as the library writes it, to be spliced into the stream."""
    buffer = io.StringIO()
    provenance_document([document_entry(result)]).serialize(buffer, format=format)
    return dict(json.loads(buffer.getvalue()))


class ProvJsonReporter(Reporter):
    """PROV-JSON: {"prefix": ..., "bundle": {one bundle a document}}, streamed."""

    _first = True

    def start(self) -> None:
        prefixes = json.dumps({ns.prefix: ns.uri for ns in NAMESPACES}, indent=2).replace("\n", "\n  ")
        self.out.write(f'{{\n  "prefix": {prefixes},\n  "bundle": {{')

    def document(self, result: DocumentResult) -> None:
        serialized = _serialized(result, "json")
        for name, bundle in serialized["bundle"].items():
            self.out.write(("\n    " if self._first else ",\n    ") + f"{json.dumps(name)}: {json.dumps(bundle, ensure_ascii=False)}")
            self._first = False

    def finish(self, tally: Tally) -> None:
        self.out.write(("" if self._first else "\n  ") + "}\n}\n")


class ProvJsonLdReporter(Reporter):
    """PROV-JSONLD: one Bundle object a document in @graph, streamed. The context is named
    by its canonical address, as the submission's schema requires (`prov` reads the file
    without fetching it; a generic JSON-LD processor fetches it once)."""

    _first = True

    def start(self) -> None:
        context = json.dumps([{ns.prefix: ns.uri for ns in NAMESPACES}, JSONLD_CONTEXT_URL])
        self.out.write(f'{{"@context": {context},\n "@graph": [')

    def document(self, result: DocumentResult) -> None:
        serialized = _serialized(result, "jsonld")
        for node in serialized["@graph"]:
            self.out.write(("\n  " if self._first else ",\n  ") + json.dumps(node, ensure_ascii=False))
            self._first = False

    def finish(self, tally: Tally) -> None:
        self.out.write("]}\n")
