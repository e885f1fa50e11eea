"""Document -> TextSignature: what `--link` needs to know of a document's text, computed
in the worker where the text is, and small enough to keep for millions of documents.

Only the article text counts: the lines of running prose (PROSE_WORDS words or more, with
punctuation) in the body zone. A site's navigation, footers, sidebars, and the short labels that slip into
the body zone (menus, tags, captions' credits), would make every page of the site look like
every other. Where the body zone holds under a quarter of the page's prose (an article in a
container the zoning took for chrome), prose lines of every zone count. Each line is cut into shingles of
SHINGLE_WORDS words; the signature keeps

- a MinHash of the shingles (datasketch), which the LSH index bands into candidates,
- a MinHash of the first LEAD_SHINGLES shingles (the lead), so that a copy cut to its first
  paragraphs, which shares little of a long original, still meets it in the index, and
- a sample of the shingles' hashes (those divisible by SAMPLE_EVERY), on which a candidate
  pair's containment is measured: how much of one text is in the other. A sample chosen by
  hash value is the same sample in every document, so the shared part of two samples
  estimates the shared part of the texts, and a passage copied into a longer page still
  shows as contained in it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import numpy as np

from .model import Document

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
PROSE_WORDS = 12
NUM_PERM = 128
LEAD_SHINGLES, LEAD_PERM = 100, 64
SAMPLE_EVERY = 4  # a quarter of the shingles: ~4 bytes a word of article text
MIN_SHINGLES = 25  # a shorter text (a caption, a stub) is too little to call a copy
_SEED = 1  # fixed: signatures from different runs and processes must compare
# datasketch's 32-bit scheme, named so that a later default cannot change what a signature
# means; the permutations are drawn once, not for every document.
_SCHEME = "affine32"
# Odd 64-bit multipliers, one for each word's place in a shingle (fixed, as the seed is).
_POSITION = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)
assert len(_POSITION) == SHINGLE_WORDS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Running prose has punctuation; a menu, a tag list or a row of links has none.
_PUNCTUATION = re.compile(r"[.,;:!?…。，、؛،]")
# A cookie-consent banner is the one block of prose that unrelated sites print word for word
# (a plugin's text), often where the zoning cannot tell it from the article: never compared.
_CONSENT = ("ookie", "OOKIE")  # Cookie, cookies, COOKIES: substring tests, faster than a regex
# Soft hyphens and zero-width characters sit inside words ("Kor\u00adrup\u00adtion"): removed, not split on.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


@dataclass(frozen=True, slots=True)
class TextSignature:
    """`minhash`: NUM_PERM unsigned 32-bit values; `sample`: the sorted distinct sampled
    shingle hashes (unsigned 32-bit); `shingles`: how many distinct shingles the text has;
    `lead`: LEAD_PERM unsigned 32-bit values. The arrays are little-endian bytes, so a
    signature pickles and serialises small. `host`: the host of the page's own address,
    where it has one (two pages of one site share their template, not a copy)."""

    minhash: bytes
    sample: bytes
    shingles: int
    lead: bytes
    host: str | None = None

    def lead_values(self) -> np.ndarray:
        return np.frombuffer(self.lead, dtype="<u4")

    def minhash_values(self) -> np.ndarray:
        return np.frombuffer(self.minhash, dtype="<u4")

    def sample_values(self) -> np.ndarray:
        return np.frombuffer(self.sample, dtype="<u4")


def article_lines(document: Document) -> list[list[str]]:
    """The words of each prose line of the article text, case-folded."""
    body: list[list[str]] = []
    everywhere: list[list[str]] = []
    for line in document.lines:
        text = line.text
        # Counting spaces first spares the regular expressions most lines: menus, labels, dates.
        if text.count(" ") < PROSE_WORDS - 1 or any(c in text for c in _CONSENT) or not _PUNCTUATION.search(text):
            continue
        words = _WORD.findall(_INVISIBLE.sub("", text).casefold())
        if len(words) >= PROSE_WORDS:
            everywhere.append(words)
            if line.zone == "body":
                body.append(words)
    # The zoning took the article for chrome when the body holds under a quarter of the prose.
    return body if 4 * sum(map(len, body)) >= sum(map(len, everywhere)) else everywhere


def shingle_hashes(lines: list[list[str]]) -> np.ndarray:
    """The 32-bit hashes of each line's word shingles, in text order, repeats kept.

    Each word is hashed once (CRC-32: stable across processes and runs, unlike Python's
    own str hash), and a shingle's hash mixes its words' by position (multiply-shift), in
    numpy: five times faster than hashing each shingle's text."""
    words = [word for line in lines for word in line]
    count = len(words) - SHINGLE_WORDS + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    codes = np.fromiter((zlib.crc32(word.encode("utf-8")) for word in words), dtype=np.uint64, count=len(words))
    mixed = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):  # the mixing wraps around 2**64 on purpose
        for position in range(SHINGLE_WORDS):
            mixed += codes[position : position + count] * _POSITION[position]
    line_of = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    within_a_line = line_of[:count] == line_of[SHINGLE_WORDS - 1 :]
    return (mixed[within_a_line] >> np.uint64(32)).astype(np.uint32)


@cache
def _minhash_class() -> type[MinHash]:
    # Imported when first needed: datasketch's package imports SciPy (0.7-0.9 s and ~60 MB
    # at start-up), and only --link signs texts.
    from datasketch import MinHash

    return MinHash


@cache
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    # Drawn once per process, not for every document.
    return _minhash_class()(num_perm=num_perm, seed=seed, scheme=_SCHEME).permutations


def signature_of_lines(lines: list[list[str]]) -> TextSignature | None:
    ordered = shingle_hashes(lines)
    hashes = np.unique(ordered)
    if len(hashes) < MIN_SHINGLES:
        return None
    minhash_class = _minhash_class()
    minhash = minhash_class(num_perm=NUM_PERM, hashfunc=_identity, permutations=_permutations(NUM_PERM, _SEED), scheme=_SCHEME)
    minhash.update_batch(hashes.tolist())
    lead = minhash_class(num_perm=LEAD_PERM, hashfunc=_identity, permutations=_permutations(LEAD_PERM, _SEED + 1), scheme=_SCHEME)
    lead.update_batch(ordered[:LEAD_SHINGLES].tolist())
    sample = hashes[hashes % SAMPLE_EVERY == 0]
    return TextSignature(
        minhash=minhash.hashvalues.astype("<u4").tobytes(),
        sample=sample.astype("<u4").tobytes(),
        shingles=len(hashes),
        lead=lead.hashvalues.astype("<u4").tobytes(),
    )


def text_signature(document: Document, address: str | None = None) -> TextSignature | None:
    """The document's signature, or None when its article text is too short to link."""
    signature = signature_of_lines(article_lines(document))
    host = urlsplit(address).hostname if address else None
    return replace(signature, host=host.removeprefix("www.")) if signature and host else signature


def _identity(value: int) -> int:
    # The shingles are hashed already (shingle_hashes); datasketch permutes the hashes.
    return value
