"""What the benchmark scripts share: the labelled dev pages, and htmldate to compare with.

Importing this module puts the checkout it sits in first on sys.path, so a script
measures that checkout's code, not whichever provenance is installed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT))

from provenance.model import RawInput, Source  # noqa: E402  (after the path is set)

Labels = dict[str, dict[str, str]]  # page name -> {"url": ..., "date": ...}


def load_pages(bench: Path) -> tuple[Labels, list[RawInput]]:
    """The labels of a bench folder (pages/ and labels.json) and its pages, sorted by name."""
    labels: Labels = json.loads((bench / "labels.json").read_text())
    raws = [RawInput(Source(name, labels[name]["url"]), (bench / "pages" / name).read_bytes(), "html") for name in sorted(labels)]
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
            merged.setdefault(key, {}).update({k: v for k, v in label.items() if k not in merged.get(key, {})})
    return {key: label for key, label in merged.items() if require in label}


def labelled_page(bench_root: Path, key: str, url: str | None) -> RawInput:
    """The page a label key names, as the audit reads it (HTML, with its URL)."""
    folder, name = key.split("/", 1)
    path = bench_root / SETS[folder] / "pages" / name
    return RawInput(Source(key, url), path.read_bytes(), "html")
