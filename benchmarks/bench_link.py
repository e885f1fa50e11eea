"""How well and how fast `--link` finds copies: on the labelled copy corpus, then the index's
memory per million documents.

    python benchmarks/make_copy_corpus.py ../shared/bench/dates-dev ../shared/bench/news-dev
    python benchmarks/bench_link.py benchmarks/copy-corpus [--jobs 1] [--links]

prints
- documents per second of the audit without and with --link (the same pages, same run);
- copy pairs: precision and recall (a pair is two documents of one true group: an
  original and its copies), and the false links between documents of one site;
- the original chosen: right / wrong / unknown, over the groups whose original is
  knowable (it is dated before every copy as the audit reads its date, or a copy credits it);
- datasketch and rensa on the same article texts: signature time per document and the
  pairs each finds;
- the index's bytes per document, and its memory and candidate time for a million
  documents of synthetic signatures.
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import time
import tracemalloc
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

from provenance.audit import audit_inputs, default_packs
from provenance.document import build_document
from provenance.link import MIN_CONTAINMENT, MIN_SHARED, facts_from_result, link_documents
from provenance.load import iter_inputs
from provenance.lsh import BandIndex
from provenance.model import AuditOptions, DocumentResult
from provenance.signature import LEAD_PERM, NUM_PERM, SAMPLE_EVERY, TextSignature, article_lines, shingle_hashes, signature_of_lines


def processor_seconds() -> float:
    """User and system time of this process and of its finished workers."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def audit(pages: Path, link: bool, jobs: int) -> tuple[list[DocumentResult], float, float]:
    """The results, wall seconds and processor seconds of one audit of `pages`."""
    packs = default_packs()
    options = AuditOptions(sign=link)
    started, processor = time.perf_counter(), processor_seconds()
    results = list(audit_inputs(iter_inputs([pages], options.max_bytes), packs, options, jobs))
    if link:
        facts = [f for r in results if (f := facts_from_result(r, packs))]
        link_documents(facts, options)
    return results, time.perf_counter() - started, processor_seconds() - processor


REAL_COPIES = Path(__file__).parent / "labels" / "real-copies.json"


def true_pairs(truth: dict[str, dict]) -> set[frozenset[str]]:
    """Every pair of one true group: an original and its copies, and the groups of real
    pages that are copies of each other (read by hand: labels/real-copies.json) joined."""
    group_of = {name: row["original"] or name for name, row in truth.items() if row["kind"] != "negative"}
    for link in json.loads(REAL_COPIES.read_text())["links"]:
        if link["genuine"]:
            first, *rest = (f"orig-{page}" for page in link["pages"])
            for other in rest:
                group_of = {name: first if group == other else group for name, group in group_of.items()}
    groups: dict[str, list[str]] = defaultdict(list)
    for name, group in group_of.items():
        groups[group].append(name)
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def evaluate(linking, truth: dict[str, dict], name_of) -> set[frozenset[str]]:
    found = {frozenset((name_of(a), name_of(b))) for c in linking.clusters for a, b in combinations(c.members, 2)}
    expected = true_pairs(truth)
    among_real = {p for p in found if all(truth[n]["kind"] == "original" for n in p)}
    judged = found - (among_real - expected)  # a link among the real pages counts once read (labels/real-copies.json)
    right = judged & expected
    print(f"copy pairs: found {len(judged)}, right {len(right)}, expected {len(expected)}: "
          f"precision {len(right) / max(len(judged), 1):.3f}, recall {len(right) / max(len(expected), 1):.3f}")
    wrong = sorted(judged - expected, key=sorted)
    same_site = [p for p in wrong if len({truth[n]["site"] for n in p}) == 1]
    print(f"false links: {len(wrong)}, between documents of one site: {len(same_site)}")
    for pair in wrong[:15]:
        print("   false", " ~ ".join(f"{n} ({truth[n]['kind']}, {truth[n]['site']})" for n in sorted(pair)))
    missed = sorted(expected - found, key=sorted)
    by_variant: dict[str, int] = defaultdict(int)
    for pair in missed:
        for n in pair:
            if truth[n]["kind"] == "copy":
                by_variant[truth[n]["variant"]] += 1
    print(f"missed pairs by the copy's variant: {dict(sorted(by_variant.items()))}")
    print(f"links among the real pages as they are: {len(among_real)}, of them read and labelled genuine: {len(among_real & expected)} (--links prints them)")
    return among_real


def originals(linking, truth, name_of, dates) -> None:
    """Right/wrong/unknown over the groups whose original is knowable."""
    chosen = {}
    for cluster in linking.clusters:
        for member in cluster.members:
            chosen[name_of(member)] = name_of(cluster.original) if cluster.original else None
    groups: dict[str, list[str]] = defaultdict(list)
    for name, row in truth.items():
        if row["kind"] == "copy":
            groups[row["original"]].append(name)
    tally = {"right": 0, "wrong": 0, "unknown": 0, "unlinked": 0}
    knowable_count = 0
    for original, copies in groups.items():
        date = dates.get(original)
        credited = any(truth[c].get("credit") for c in copies)
        knowable = credited or (date is not None and all(date < dt for c in copies if (dt := dates.get(c))) and all(dates.get(c) for c in copies))
        if not knowable:
            continue
        knowable_count += 1
        if original not in chosen:
            tally["unlinked"] += 1
        elif chosen[original] is None:
            tally["unknown"] += 1
        else:
            tally["right" if chosen[original] == original else "wrong"] += 1
    decided = tally["right"] + tally["wrong"] + tally["unknown"]
    print(f"original: knowable groups {knowable_count}, linked {decided}: right {tally['right']}, wrong {tally['wrong']}, "
          f"unknown {tally['unknown']}, group not linked {tally['unlinked']}; right {tally['right'] / max(decided, 1):.3f} of the linked, "
          f"{tally['right'] / max(knowable_count, 1):.3f} of all")
    whys = defaultdict(int)
    for cluster in linking.clusters:
        whys[cluster.why] += 1
    print(f"clusters by why: {dict(whys)}")


def libraries(pages: Path) -> None:
    """datasketch (the package's) and rensa on the same article texts."""
    import rensa

    packs = default_packs()
    words = []
    for raw in iter_inputs([pages], 10 * 2**20):
        try:
            words.append(article_lines(build_document(raw, packs)))
        except Exception:  # noqa: BLE001
            continue
    started = time.perf_counter()
    signatures = [signature_of_lines(w) for w in words]
    datasketch_ms = (time.perf_counter() - started) / len(words) * 1e3
    started = time.perf_counter()
    for w in words:
        np.unique(shingle_hashes(w))
    hashing_ms = (time.perf_counter() - started) / len(words) * 1e3
    started = time.perf_counter()
    rensa_signatures: list[TextSignature | None] = []
    for w in words:
        ordered = shingle_hashes(w)
        hashes = np.unique(ordered)
        if len(hashes) < 25:
            rensa_signatures.append(None)
            continue
        text, lead = rensa.RMinHash(num_perm=NUM_PERM, seed=1), rensa.RMinHash(num_perm=LEAD_PERM, seed=2)
        text.update([int(h).to_bytes(4, "little") for h in hashes])
        lead.update([int(h).to_bytes(4, "little") for h in ordered[:100]])
        text_values, lead_values = np.array(text.digest(), dtype="<u4").tobytes(), np.array(lead.digest(), dtype="<u4").tobytes()
        rensa_signatures.append(TextSignature(text_values, hashes[hashes % SAMPLE_EVERY == 0].tobytes(), len(hashes), lead_values))
    rensa_ms = (time.perf_counter() - started) / len(words) * 1e3
    for name, sigs in (("datasketch", signatures), ("rensa", rensa_signatures)):
        index = BandIndex()
        for s in sigs:
            if s:
                index.add(s)
        overlaps = (index.overlap(a, b) for a, b in index.candidates())
        pairs = sum(1 for shared, x, y in overlaps if shared >= MIN_SHARED and shared >= MIN_CONTAINMENT * min(x, y))
        took = datasketch_ms if name == "datasketch" else rensa_ms
        print(f"{name}: {took:.2f} ms a document (shingle hashing {hashing_ms:.2f} ms of it); verified pairs {pairs}")


def memory(documents: int, sample_size: int) -> None:
    """The index's arrays and the process's peak resident memory for `documents` random
    signatures (random texts share nothing, so this is the index alone, not its pairs)."""
    rng = np.random.default_rng(1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    index = BandIndex()
    started = time.perf_counter()
    chunk = 10_000
    for done in range(0, documents, chunk):
        n = min(chunk, documents - done)
        minhashes = rng.integers(0, 2**32, size=(n, NUM_PERM), dtype=np.uint32).astype("<u4")
        samples = np.sort(rng.integers(0, 2**32, size=(n, sample_size), dtype=np.uint32), axis=1).astype("<u4")
        leads = rng.integers(0, 2**32, size=(n, LEAD_PERM), dtype=np.uint32).astype("<u4")
        for i in range(n):
            index.add(TextSignature(minhashes[i].tobytes(), samples[i].tobytes(), sample_size * SAMPLE_EVERY, leads[i].tobytes()))
    built = time.perf_counter() - started
    started = time.perf_counter()
    candidates = sum(1 for _ in index.candidates())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
    print(f"index of {documents:,} synthetic documents ({sample_size} sampled shingles each, the corpus's mean): "
          f"{index.bytes_per_document():.0f} bytes a document in its arrays, {index.bytes_per_document() * 1e6 / 2**30:.2f} GB a million; "
          f"built in {built:.0f} s, paired in {time.perf_counter() - started:.0f} s ({candidates} chance candidates); "
          f"peak resident memory grew by {(peak - before) / 2**20:.2f} GB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--links", action="store_true", help="print the links found among the real pages")
    parser.add_argument("--million", type=int, default=1_000_000, help="documents for the memory figure")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each, the best kept")
    args = parser.parse_args()
    truth = json.loads((args.corpus / "truth.json").read_text())
    pages = args.corpus / "pages"
    # Alternated and repeated, the best of each kept: the machine is shared, and a burst of
    # someone else's work during one run must not read as the cost of --link.
    # Processor time too: on a shared machine it says the work --link adds better than the wall clock.
    plain_s = linked_s = plain_cpu = linked_cpu = float("inf")
    for _ in range(args.repeat):
        plain, took, cpu = audit(pages, False, args.jobs)
        plain_s, plain_cpu = min(plain_s, took), min(plain_cpu, cpu)
        linked, took, cpu = audit(pages, True, args.jobs)
        linked_s, linked_cpu = min(linked_s, took), min(linked_cpu, cpu)
    n = len(plain)
    print(f"{n} documents, --jobs {args.jobs}, best of {args.repeat}: audit {n / plain_s:.1f} documents/s, with --link {n / linked_s:.1f} documents/s "
          f"(wall +{(linked_s / plain_s - 1) * 100:.0f}%); processor {plain_cpu / n * 1e3:.1f} ms a document, with --link {linked_cpu / n * 1e3:.1f} "
          f"(+{(linked_cpu / plain_cpu - 1) * 100:.0f}%)")
    packs = default_packs()
    facts = [f for r in linked if (f := facts_from_result(r, packs))]
    started = time.perf_counter()
    linking = link_documents(facts)
    print(f"linking {len(facts)} signed documents: {time.perf_counter() - started:.2f} s; index {linking.index_bytes_per_document:.0f} bytes a document")

    def name_of(key: str) -> str:
        return Path(key).name

    dates = {name_of(f.key): f.date for f, _ in facts if f.date}
    evaluate(linking, truth, name_of)
    originals(linking, truth, name_of, dates)
    if args.links:
        for cluster in linking.clusters:
            names = [name_of(m) for m in cluster.members]
            if sum(truth[m]["kind"] == "original" for m in names) > 1:
                print(f"  real: {cluster.why}: {' ~ '.join(names)} (original {name_of(cluster.original) if cluster.original else None})")
    libraries(pages)
    # Beside the index, the linker keeps each document's facts (key, publisher, dates, credits).
    blob = pickle.dumps([fact for fact, _ in facts])
    tracemalloc.start()
    kept = pickle.loads(blob)
    print(f"the facts kept beside the index: {tracemalloc.get_traced_memory()[0] / len(kept):.0f} bytes a document (these pages' paths and names)")
    tracemalloc.stop()
    mean_sample = int(np.mean([len(s.sample) // 4 for _, s in facts]))
    memory(args.million, mean_sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
