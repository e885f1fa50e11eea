"""Findings across documents (`--link`): which documents of a run copy which, and which
one of each group is the original.

    results -> LinkFacts (with the worker's TextSignature) -> BandIndex candidates
            -> pairs verified by containment -> groups -> the original of each -> Linking

The original is decided on evidence, in this order: a member crediting another member's
publisher; the publication dates (earlier wins; a date the date checks mended counts as
mended); the publisher registry (a news agency's own copy is the original of its wire
story); else it is unknown and said to be. The order of the inputs never decides.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Literal

from .assess import same_outlet
from .baseline import fingerprint
from .lsh import BandIndex
from .model import AuditOptions, ChainLink, DocumentResult, Evidence, Finding, Source
from .packs import Packs, RuleDoc
from .registry import AGENCY_KINDS
from .rules import make_finding
from .signature import TextSignature

# A candidate pair is a copy when this share of the shorter text's sampled shingles is in
# the longer one, and they share at least MIN_SHARED sampled shingles (about four times as
# many shingles: some 40 words running together).
MIN_CONTAINMENT = 0.5
MIN_SHARED = 10
# The date checks whose suggestion is this page's own mended date (a slipped year).
_MENDING_RULES = ("PRV302", "PRV304")

Why = Literal["credit", "date", "registry", "unknown"]
LINK_KINDS = ("cluster", "copy-link")  # the `kind` of the JSON Lines that follow the documents

UNCREDITED_COPY = RuleDoc(
    id="PRV110",
    name="uncredited-copy",
    severity="warning",
    category="chain",
    summary="The document's text is a copy of another document in the run, the original, and the document credits no one.",
    why="Copies that credit nobody are the ones a librarian or a corpus builder cannot otherwise see: the rights are the original publisher's, and a corpus holding both holds the text twice.",
    example="a blog's page whose article text is 95% of an earlier Reuters story in the same crawl, with no credit line",
    origin=__name__,
)
CREDIT_MISMATCH = RuleDoc(
    id="PRV111",
    name="credit-names-other-outlet",
    severity="warning",
    category="chain",
    summary="The document credits one outlet, but its text is a copy of another outlet's document in the run.",
    why="A credit to the wrong outlet sends the reader, and the rights question, to the wrong place; the text itself says where it came from.",
    example="'Source: AFP' under a text that is, word for word, an earlier article of The Guardian in the same crawl",
    origin=__name__,
)
COPY_BEFORE_ORIGINAL = RuleDoc(
    id="PRV320",
    name="copy-dated-before-original",
    severity="warning",
    category="date",
    summary="The document is a copy of an original in the run (by its credit or the publisher registry), yet it is dated before that original.",
    why="A copy cannot be older than what it copies: one of the two dates is wrong, and an audit that trusts it gets the chain backwards.",
    example="a newspaper's copy of an AP story dated 2023-05-02, the AP story itself 2023-05-03",
    origin=__name__,
)
LINK_RULES = (UNCREDITED_COPY, CREDIT_MISMATCH, COPY_BEFORE_ORIGINAL)


@dataclass(frozen=True, slots=True)
class LinkFacts:
    """What linking needs of one audited document besides its text's signature (which goes
    into the index): from its result, or from its line in a JSON Lines report being resumed."""

    source: Source
    host: str | None  # of the page's own address
    publisher: str | None
    author: str | None
    date: dt.date | None  # its publication date, as mended by the date checks
    date_text: str | None
    credits: tuple[str, ...]  # the outlets its chain names before its own publisher
    agency: bool  # its own publisher is a news agency (or syndicate) in the registry

    @property
    def key(self) -> str:
        return self.source.key


@dataclass(frozen=True, slots=True)
class CopyLink:
    """One direction of a copy: `key` names the other document."""

    key: str
    url: str | None
    publisher: str | None
    date: dt.date | None
    similarity: float  # resemblance of the two texts (shared / all sampled shingles)
    containment: float  # share of the copy's text found in the original
    why: Why
    evidence: str


@dataclass(frozen=True, slots=True)
class Cluster:
    id: str
    members: tuple[str, ...]  # document keys, sorted
    original: str | None
    why: Why
    evidence: str


@dataclass(slots=True)
class Linking:
    clusters: list[Cluster] = field(default_factory=list)
    copies: dict[str, list[CopyLink]] = field(default_factory=dict)  # copy key -> its original
    copied_by: dict[str, list[CopyLink]] = field(default_factory=dict)  # original key -> its copies
    originals: dict[str, LinkFacts] = field(default_factory=dict)  # copy key -> its original's facts
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # copy key -> link findings
    index_bytes_per_document: float = 0.0


def mended_date(published: dt.date | None, findings: Iterable[tuple[str, str | None]]) -> dt.date | None:
    """The publication date, or the date a slipped-year finding says it really is."""
    for rule, suggestion in findings:
        if rule in _MENDING_RULES and suggestion:
            try:
                return dt.date.fromisoformat(suggestion[:10])
            except ValueError:
                continue
    return published


def is_agency(publisher: str | None, packs: Packs) -> bool:
    found = packs.registry.lookup(publisher) if publisher else None
    return found is not None and found.kind in AGENCY_KINDS


def _within(key: str) -> int:
    """A record's place in its gzip member, from its key ("crawl.warc.gz@0+2" -> 2)."""
    place = key.rpartition("@")[2].partition("+")[2]
    return int(place) if place.isdigit() else 0


def facts_from_entry(entry: dict[str, Any], packs: Packs) -> tuple[LinkFacts, TextSignature] | None:
    """The facts and signature of a document from its JSON Lines entry (--resume), None
    without a signature."""
    signed = entry.get("signature")
    if entry.get("status") != "audited" or not isinstance(signed, dict):
        return None  # failed, or too little article text to sign
    s = entry["source"]
    source = Source(
        s["path"], s.get("url"), s.get("sha256"), s.get("offset"), s.get("line"), s.get("record_id"),
        dt.date.fromisoformat(s["record_date"]) if s.get("record_date") else None,
        _within(s.get("key") or ""),
    )  # fmt: skip
    published = entry.get("published") or {}
    date = dt.date.fromisoformat(published["date"]) if published.get("date") else None
    chain = entry.get("chain") or []
    own = chain[-1] if chain else {}
    signature = signature_from_entry(signed)
    return LinkFacts(
        source=source,
        host=signature.host,
        publisher=entry.get("publisher"),
        author=own.get("author"),
        date=mended_date(date, ((f["rule"], f.get("suggestion")) for f in entry.get("findings", []))),
        date_text=published.get("text"),
        credits=tuple(link["publisher"] for link in chain[:-1] if link.get("publisher")),
        agency=is_agency(entry.get("publisher"), packs),
    ), signature


def signature_entry(signature: TextSignature) -> dict[str, Any]:
    """The signature as JSON Lines keeps it, so that --resume can link without re-reading."""
    encode = base64.b64encode
    return {
        "minhash": encode(signature.minhash).decode(),
        "lead": encode(signature.lead).decode(),
        "sample": encode(signature.sample).decode(),
        "shingles": signature.shingles,
        "host": signature.host,
    }


def signature_from_entry(signed: dict[str, Any]) -> TextSignature:
    decode = base64.b64decode
    return TextSignature(decode(signed["minhash"]), decode(signed["sample"]), int(signed["shingles"]), decode(signed["lead"]), signed.get("host"))


def link_documents(signed: Iterable[tuple[LinkFacts, TextSignature]], options: AuditOptions | None = None) -> Linking:
    """Link every copy among the documents to its original."""
    facts: list[LinkFacts] = []
    index = BandIndex()
    for fact, signature in signed:
        facts.append(fact)
        index.add(signature)
    return _link(facts, index, options or AuditOptions())


def _link(ordered: list[LinkFacts], index: BandIndex, options: AuditOptions) -> Linking:
    """`ordered[i]` is the document at position i of `index`. The order of the documents
    decides nothing: groups and their members are named in the order of their keys."""
    copies = ((a, b) for a, b in index.candidates() if not same_site(ordered[a], ordered[b]) and is_copy(*index.overlap(a, b)))
    groups = components(len(ordered), copies)
    by_key = sorted(sorted(members, key=lambda i: ordered[i].key) for members in groups)
    by_key.sort(key=lambda members: ordered[members[0]].key)
    linking = Linking(index_bytes_per_document=index.bytes_per_document())
    for number, members in enumerate(by_key, 1):
        settle_group(f"c{number}", [ordered[i] for i in members], partial(_overlap_at, index, members), linking, options)
    return linking


def _overlap_at(index: BandIndex, positions: list[int], a: int, b: int) -> tuple[int, int, int]:
    return index.overlap(positions[a], positions[b])


def components(count: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of two or more of the documents 0 .. count-1 (union-find),
    each in ascending order."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    return [members for members in groups.values() if len(members) > 1]


def same_site(a: LinkFacts, b: LinkFacts) -> bool:
    """Two pages of one site share its template and its teasers, and a site's second copy of
    its own article is no republication: they are never linked to each other directly."""
    if a.host and b.host:
        return a.host == b.host
    return same_outlet(a.publisher, b.publisher)


def is_copy(shared: int, size_a: int, size_b: int) -> bool:
    """Whether two texts whose samples share `shared` of their size_a and size_b sampled
    shingles are a copy: half of the shorter one in the longer."""
    return shared >= MIN_SHARED and shared >= MIN_CONTAINMENT * min(size_a, size_b)


# (a, b) -> sampled shingles shared by the group's members a and b, and each one's sample size.
Overlap = Callable[[int, int], tuple[int, int, int]]


def settle_group(name: str, members: list[LinkFacts], overlap: Overlap, linking: Linking, options: AuditOptions) -> None:
    """Decide the original of one group (its members in the order of their keys) and add
    the group, its copies' links and their findings to `linking`."""
    original, why, evidence = decide_original(members)
    keys = tuple(m.key for m in members)
    linking.clusters.append(Cluster(name, keys, original.key if original else None, why, evidence))
    if original is None:
        return
    at = members.index(original)
    for position, member in enumerate(members):
        if member is original:
            continue
        shared, size_copy, size_original = overlap(position, at)
        containment = shared / max(size_copy, 1)
        similarity = shared / max(size_copy + size_original - shared, 1)
        linking.copies[member.key] = [_copy_link(original, similarity, containment, why, evidence)]
        linking.copied_by.setdefault(original.key, []).append(_copy_link(member, similarity, containment, why, evidence))
        linking.originals[member.key] = original
        found = list(_findings(member, original, containment, why, evidence, options))
        if found:
            linking.findings[member.key] = found


def _copy_link(other: LinkFacts, similarity: float, containment: float, why: Why, evidence: str) -> CopyLink:
    return CopyLink(other.key, other.source.url, other.publisher, other.date, round(similarity, 3), round(containment, 3), why, evidence)


def decide_original(members: list[LinkFacts]) -> tuple[LinkFacts | None, Why, str]:
    """The original of a group of copies, why, and the evidence a person can check."""
    credited = [
        (m, c)
        for m in members
        for c in members
        if c is not m and c.publisher and not same_outlet(c.publisher, m.publisher) and any(same_outlet(credit, c.publisher) for credit in m.credits)
    ]
    named = {c.key: c for _, c in credited}
    if len(named) == 1:
        original = next(iter(named.values()))
        who = sorted({m.key for m, _ in credited})
        return original, "credit", f"{', '.join(who)} credit{'s' if len(who) == 1 else ''} {original.publisher}, the publisher of {original.key}"
    dated = sorted((m.date, m.key) for m in members if m.date)
    if len(dated) == len(members) and len(dated) > 1 and dated[0][0] < dated[1][0]:
        first = next(m for m in members if m.key == dated[0][1])
        return first, "date", f"{first.key} is dated {dated[0][0].isoformat()}, the others {dated[1][0].isoformat()} or later"
    agencies = [m for m in members if m.agency]
    if len(agencies) == 1:
        return agencies[0], "registry", f"{agencies[0].publisher} ({agencies[0].key}) is a news agency: its copy is the original of its story"
    if len(named) > 1:
        return None, "unknown", f"the members credit {len(named)} different members' publishers"
    if len(dated) < len(members):
        return None, "unknown", f"{len(members) - len(dated)} of {len(members)} members have no date, and no member credits another"
    return None, "unknown", f"the earliest members share the date {dated[0][0].isoformat()}, and no member credits another"


def _findings(copy: LinkFacts, original: LinkFacts, containment: float, why: Why, evidence: str, options: AuditOptions) -> Iterable[Finding]:
    selection = options.rules
    what = f"{original.key}" + (f" ({original.publisher}" + (f", {original.date.isoformat()})" if original.date else ")") if original.publisher else "")
    shown = Evidence(f"{containment:.0%} of this text is in {what}; original because: {evidence}", None)
    if not copy.credits and selection.enabled(UNCREDITED_COPY.id):
        yield _at(options, make_finding(
            UNCREDITED_COPY,
            f"uncredited copy: {containment:.0%} of this document's text is in {what}, the original ({why}), and this document credits no one",
            shown,
            suggestion=f"record {original.publisher or original.key} as the original publisher",
        ))  # fmt: skip
    credits_other = original.publisher and not any(same_outlet(c, original.publisher) for c in copy.credits)
    relayed = any(same_outlet(c, o) for c in copy.credits for o in original.credits)  # both copy the credited outlet
    if copy.credits and credits_other and not relayed and selection.enabled(CREDIT_MISMATCH.id):
        yield _at(options, make_finding(
            CREDIT_MISMATCH,
            f"the document credits {', '.join(copy.credits)}, but {containment:.0%} of its text is in {what}, the original ({why})",
            shown,
            suggestion=f"check the credit: the text matches {original.publisher}",
        ))  # fmt: skip
    # A day apart is a time zone, not a wrong date.
    if why in ("credit", "registry") and copy.date and original.date and (original.date - copy.date).days > 1 and selection.enabled(COPY_BEFORE_ORIGINAL.id):
        yield _at(options, make_finding(
            COPY_BEFORE_ORIGINAL,
            f"this copy is dated {copy.date.isoformat()}, {(original.date - copy.date).days} days before its original {what}",
            shown,
            suggestion=f"check both dates: the copy cannot be older than {original.date.isoformat()}",
        ))  # fmt: skip


def _at(options: AuditOptions, finding: Finding) -> Finding:
    """The finding at the severity the configuration sets for its rule."""
    return replace(finding, severity=options.rules.severity_of(finding.rule, finding.severity))


def facts_from_result(result: DocumentResult, packs: Packs) -> tuple[LinkFacts, TextSignature] | None:
    """The facts and signature of an audited document, None when it has no signature (not
    audited, or too little article text)."""
    if result.signature is None or result.claims is None:
        return None
    claims = result.claims
    published = claims.published.value if claims.published else None
    publisher = claims.publisher.value if claims.publisher else None
    return LinkFacts(
        source=result.source,
        host=result.signature.host,
        publisher=publisher,
        author=result.chain[-1].author if result.chain else None,
        date=mended_date(published.date if published else None, ((f.rule, f.suggestion) for f in result.findings)),
        date_text=published.text if published else None,
        credits=tuple(link.publisher for link in result.chain[:-1] if link.publisher),
        agency=is_agency(publisher, packs),
    ), result.signature


def linked_result(result: DocumentResult, linking: Linking) -> DocumentResult:
    """The result with its copies, copied_by and link findings, and, when the page names no
    original itself, the linked original at the head of its chain."""
    key = result.source.key
    chain = result.chain
    original = linking.originals.get(key)
    if original is not None and len(chain) == 1:
        own = chain[0]
        chain = [
            ChainLink("original", original.publisher, original.author, original.date, original.date_text, None, form="linked-copy"),
            replace(own, role="republisher"),
        ]
    findings = sorted([*result.findings, *linking.findings.get(key, [])], key=lambda f: (f.line or 0, f.rule))
    return replace(result, chain=chain, findings=findings, copies=linking.copies.get(key, []), copied_by=linking.copied_by.get(key, []))


def link_results(results: Iterable[DocumentResult], packs: Packs, options: AuditOptions | None = None) -> tuple[list[DocumentResult], Linking]:
    """Every result of a run, linked (held in memory: the reports other than JSON Lines
    give each document its copies, which are known only once every document is read)."""
    held = list(results)
    linking = link_documents((signed for result in held if (signed := facts_from_result(result, packs)) is not None), options)
    return [linked_result(r, linking) if r.status == "audited" else r for r in held], linking


class Linker:
    """Collects the facts of a run's results as they stream past, then links them.

    `prior` are the facts of documents a resumed run skipped (read back from its JSON Lines
    output), so a resumed run links exactly as a whole one. Link findings in `baseline` are
    left out and counted in `baselined`."""

    def __init__(
        self, packs: Packs, options: AuditOptions, prior: Iterable[tuple[LinkFacts, TextSignature]] = (), baseline: frozenset[str] = frozenset()
    ) -> None:
        self.packs = packs
        self.options = options
        self.baseline = baseline
        self.baselined = 0
        # The signature goes into the index's flat arrays at once; only the facts are kept.
        self.facts: list[LinkFacts] = []
        self.index = BandIndex()
        for fact, signature in prior:
            self._add(fact, signature)

    def add(self, result: DocumentResult) -> None:
        signed = facts_from_result(result, self.packs)
        if signed is not None:
            self._add(*signed)

    def _add(self, fact: LinkFacts, signature: TextSignature) -> None:
        self.facts.append(fact)
        self.index.add(signature)

    def link(self) -> Linking:
        linking = _link(self.facts, self.index, self.options)
        if self.baseline:
            sources = {fact.key: fact.source for fact in self.facts}
            for key, found in list(linking.findings.items()):
                kept = [f for f in found if fingerprint(sources[key], f) not in self.baseline]
                self.baselined += len(found) - len(kept)
                linking.findings[key] = kept
        return linking
