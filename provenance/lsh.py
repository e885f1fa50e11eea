"""The LSH index of a run's text signatures: which documents may share text (candidates,
from MinHash bands and anchors) and how much of one is in the other (containment, on the
samples).

Built for millions of documents on one machine: each document costs KEYS band keys (8
bytes each), its shingle sample (4 bytes a sampled shingle) and its anchors (8 bytes each)
in flat arrays, no Python object per document. Candidates come from sorting each band's keys once (equal keys are
neighbours), not from a hash table of lists.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterator

import numpy as np

from .signature import LEAD_PERM, NUM_PERM, TextSignature

BANDS, ROWS = 42, 3  # 126 of the 128 MinHash values; a pair whose texts share a fifth of their shingles is a candidate 3 times in 10, a half 99 in 100
LEAD_BANDS = 16  # of ROWS values each, over the lead's MinHash: leads sharing half their shingles meet 9 times in 10
assert BANDS * ROWS <= NUM_PERM and LEAD_BANDS * ROWS <= LEAD_PERM
KEYS = BANDS + LEAD_BANDS
# Sampled shingle hashes divisible by this are also keys of their own (anchors, some 1 in
# 256 shingles): a passage copied into a much longer page shares too little of it to meet
# it in the MinHash bands, but shares all its anchors.
ANCHOR_EVERY = 64
# A band key shared by more documents than this is text every page of some site carries
# (a slogan in the body): only neighbours in such a run are paired, not every pair in it.
CROWD = 64

_MIX = np.random.RandomState(20240611).randint(1, 2**62, size=(ROWS,), dtype=np.int64).astype(np.uint64) | np.uint64(1)


class BandIndex:
    """Documents are added in any order and named by their position (0, 1, ...)."""

    def __init__(self) -> None:
        self._keys = array("Q")  # KEYS keys a document: the text's bands, then the lead's
        self._samples = array("I")  # every document's sample, one after another
        self._ends = array("Q")  # where each document's sample ends in _samples
        self._anchors = array("I")  # every document's anchors, one after another
        self._anchor_owners = array("I")  # the document of each anchor

    def __len__(self) -> int:
        return len(self._ends)

    def add(self, signature: TextSignature) -> int:
        self._keys.frombytes(band_keys(signature).astype("<u8").tobytes())
        self._samples.frombytes(signature.sample)
        self._ends.append(len(self._samples))
        anchors = anchors_of(signature)
        self._anchors.frombytes(anchors.astype("<u4").tobytes())
        self._anchor_owners.extend([len(self._ends) - 1] * len(anchors))
        return len(self._ends) - 1

    def bytes_per_document(self) -> float:
        """The index's memory divided by its documents."""
        arrays = (self._keys, self._samples, self._ends, self._anchors, self._anchor_owners)
        return sum(a.itemsize * len(a) for a in arrays) / max(len(self), 1)

    def candidates(self) -> Iterator[tuple[int, int]]:
        """Each pair of documents sharing a band key or an anchor, once, smaller position
        first, sorted."""
        count = len(self)
        if count < 2:
            return
        keys = np.frombuffer(self._keys, dtype=np.uint64).reshape(count, KEYS)
        positions = np.arange(count, dtype=np.uint32)
        pairs: set[tuple[int, int]] = set()
        for band in range(KEYS):
            _pair_equal(keys[:, band], positions, pairs)
        _pair_equal(np.frombuffer(self._anchors, dtype=np.uint32), np.frombuffer(self._anchor_owners, dtype=np.uint32), pairs)
        yield from sorted(pairs)

    def sample(self, position: int) -> np.ndarray:
        start = self._ends[position - 1] if position else 0
        return np.frombuffer(self._samples, dtype=np.uint32)[start : self._ends[position]]

    def overlap(self, a: int, b: int) -> tuple[int, int, int]:
        """Sampled shingles shared by documents a and b, and each one's sample size."""
        return overlap(self.sample(a), self.sample(b))


def band_keys(signature: TextSignature) -> np.ndarray:
    """The document's KEYS band keys (unsigned 64-bit): the text's bands, then the lead's.
    Two documents are candidates when they share a key at the same place."""
    text = signature.minhash_values()[: BANDS * ROWS].reshape(BANDS, ROWS)
    lead = signature.lead_values()[: LEAD_BANDS * ROWS].reshape(LEAD_BANDS, ROWS)
    values = np.concatenate([text, lead]).astype(np.uint64)
    with np.errstate(over="ignore"):  # the mixing wraps around 2**64 on purpose
        keys: np.ndarray = (values * _MIX).sum(axis=1, dtype=np.uint64)
    return keys


def anchors_of(signature: TextSignature) -> np.ndarray:
    """The sampled shingle hashes that are keys of their own (unsigned 32-bit)."""
    sample = signature.sample_values()
    anchors: np.ndarray = sample[sample % ANCHOR_EVERY == 0]
    return anchors


def overlap(first: np.ndarray, second: np.ndarray) -> tuple[int, int, int]:
    """Sampled shingles two samples share, and each one's size."""
    return len(np.intersect1d(first, second, assume_unique=True)), len(first), len(second)


def sharing_pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    """The candidate pairs among the distinct, sorted documents sharing one key: every pair,
    or in a run longer than CROWD only neighbours."""
    if len(members) > CROWD:
        yield from itertools.pairwise(members)
    else:
        yield from ((a, b) for i, a in enumerate(members) for b in members[i + 1 :])


def _pair_equal(keys: np.ndarray, owners: np.ndarray, pairs: set[tuple[int, int]]) -> None:
    """Add to `pairs` the owners of equal keys: every pair in a run of equal keys, or in a
    run longer than CROWD only neighbours."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    shared = ends - starts > 1
    for start, end in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
        pairs.update(sharing_pairs(sorted(set(owners[order[start:end]].tolist()))))
