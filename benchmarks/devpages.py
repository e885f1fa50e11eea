"""What the benchmark scripts share: the labelled dev pages, and htmldate to compare with.

Importing this module puts the checkout it sits in first on sys.path, so a script
measures that checkout's code, not whichever provenance is installed.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))

from provenance.claims import known_publisher  # noqa: E402  (after the path is set)
from provenance.model import RawInput, Source  # noqa: E402
from provenance.registry import Registry, fold  # noqa: E402

Labels = dict[str, dict[str, str]]  # page name -> {"url": ..., "date": ...}


def load_pages(bench: Path) -> tuple[Labels, list[RawInput]]:
    """The labelled pages of a bench folder, sorted by name: its own labels.json (dates-dev),
    else the hand labels in benchmarks/labels/ that give a date for its pages (news-dev)."""
    if (bench / "labels.json").exists():
        labels: Labels = json.loads((bench / "labels.json").read_text())
    else:
        prefix = bench.resolve().name + "/"
        labels = {
            key[len(prefix) :]: {"url": label.get("url") or "", "date": label["date"]}
            for key, label in hand_labels("date").items()
            if key.startswith(prefix) and label["date"]
        }
    raws = [RawInput(Source(name, labels[name]["url"] or None), (bench / "pages" / name).read_bytes(), "html") for name in sorted(labels)]
    return labels, raws


def htmldate_find_date() -> Callable[..., Any] | None:
    """htmldate's find_date, or None (with a hint on stderr) when it is not installed:
    it is a benchmark-only dependency."""
    try:
        from htmldate import find_date
    except ImportError:
        print("htmldate not installed: pip install -e '.[bench]' to compare", file=sys.stderr)
        return None
    return find_date  # type: ignore[no-any-return]


def htmldate(find_date: Callable[..., Any], raw: RawInput, extensive: bool = False) -> str | None:
    """htmldate's date for one page; None where it finds none or raises (it does on some
    pages: that counts as a miss, and its time still counts)."""
    try:
        return find_date(raw.data, extensive_search=extensive, url=raw.source.url)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001  (any exception of htmldate is its miss)
        return None


# --- Hand labels (benchmarks/labels/, see its README) -------------------------------------

LABELS = Path(__file__).resolve().parent / "labels"
SETS = {"news-dev": "news-dev", "dates-dev": "dates-dev"}  # label-key prefix -> folder under the bench root


def held_out(name: str) -> bool:
    """The held-out half of a hand-labelled set: by a hash of the page's file name, so
    that the split is the same whoever labels and whatever the names look like."""
    return hashlib.sha256(name.encode()).hexdigest()[0] in "89abcdef"


def hand_labels(require: str) -> dict[str, dict[str, Any]]:
    """Every page's merged hand label that has the field `require`, keyed SET/NAME."""
    merged: dict[str, dict[str, Any]] = {}
    for path in sorted(LABELS.glob("*.json")):
        for key, label in json.loads(path.read_text()).items():
            if "/" not in key or not isinstance(label, dict):
                continue  # not a page's label: real-copies.json lists links between pages
            merged.setdefault(key, {}).update({k: v for k, v in label.items() if k not in merged.get(key, {})})
    return {key: label for key, label in merged.items() if require in label}


def labelled_page(bench_root: Path, key: str, url: str | None) -> RawInput:
    """The page a label key names, as the audit reads it (HTML, with its URL)."""
    folder, name = key.split("/", 1)
    path = bench_root / SETS[folder] / "pages" / name
    return RawInput(Source(key, url), path.read_bytes(), "html")


# --- Answers a reader would accept ---------------------------------------------------------

_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|il)\s+", re.I)
_LEGAL = re.compile(r"[,\s]+(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|s\.?a|l\.?p|pvt|company)\.?$", re.I)


def same_outlet(found: str | None, wanted: list[str], registry: Registry) -> bool:
    """A name a reader would accept as the labelled one: the same registry outlet, or the
    same words once an article and a legal form are dropped."""
    if not found:
        return False
    known = known_publisher(registry, found)

    def bare(name: str) -> str:
        return fold(_LEGAL.sub("", _ARTICLE.sub("", name.strip())))

    for name in wanted:
        other = known_publisher(registry, name)
        if (known is not None and known is other) or bare(found) == bare(name):
            return True
    return False


def same_authors(found: str | None, wanted: str | None) -> bool:
    def names(text: str) -> set[str]:
        parts = re.split(r"\s+(?:and|und|&)\s+|,\s*", re.sub(r"^\s*(?:by|von|par|por)\s+", "", text, flags=re.I))
        return {fold(p) for p in parts if fold(p)}

    return bool(found and wanted) and names(found) == names(wanted)  # type: ignore[arg-type]


def ratio(a: int, b: int) -> str:
    """"a/b = 0.xx", or "-" with nothing to count."""
    return f"{a}/{b} = {a / b:.2f}" if b else "-"


def print_halves(rows: list[tuple[str, Callable[[Any], Any]]], halves: dict[str, Any], misses: bool) -> None:
    """A table of figures for the tuning and the held-out half, then (with `misses`) the
    tuning half's misses: the held-out half is for measuring, never for reading."""
    print(f"{'':44} {'tuning':>16} {'held-out':>16}")
    for title, value in rows:
        print(f"{title:44} {value(halves['tuning'])!s:>16} {value(halves['held-out'])!s:>16}")
    if misses:
        print("\ntuning-half misses:")
        for line in halves["tuning"].misses:
            print(line)


# --- A large WARC made of the real pages -------------------------------------------------------


def write_warc(pages: Sequence[tuple[str, bytes]], path: Path, megabytes: int, gzipped: bool) -> int:
    """The pages as WARC response records, repeated until the file holds `megabytes` MB
    (each copy's URL made unique with a fragment); the number of records written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = 0
    limit = megabytes * 1_000_000
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        while handle.tell() < limit:
            for url, body in pages:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"{url}#{records}", "response", payload=io.BytesIO(body), http_headers=headers))
                records += 1
                if handle.tell() >= limit:
                    break
    return records
