"""The LSH index of a run's text signatures: which documents may share text (candidates,
from MinHash bands) and how much of one is in the other (containment, on the samples).

Built for millions of documents on one machine: each document costs BANDS band keys (8
bytes each) and its shingle sample (4 bytes a sampled shingle) in flat arrays, no Python
object per document. Candidates come from sorting each band's keys once (equal keys are
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

    def __len__(self) -> int:
        return len(self._ends)

    def add(self, signature: TextSignature) -> int:
        text = signature.minhash_values()[: BANDS * ROWS].reshape(BANDS, ROWS)
        lead = signature.lead_values()[: LEAD_BANDS * ROWS].reshape(LEAD_BANDS, ROWS)
        values = np.concatenate([text, lead]).astype(np.uint64)
        with np.errstate(over="ignore"):  # the mixing wraps around 2**64 on purpose
            keys = (values * _MIX).sum(axis=1, dtype=np.uint64)
        self._keys.frombytes(keys.astype("<u8").tobytes())
        self._samples.frombytes(signature.sample)
        self._ends.append(len(self._samples))
        return len(self._ends) - 1

    def bytes_per_document(self) -> float:
        """The index's memory divided by its documents."""
        size = self._keys.itemsize * len(self._keys) + self._samples.itemsize * len(self._samples) + self._ends.itemsize * len(self._ends)
        return size / max(len(self), 1)

    def candidates(self) -> Iterator[tuple[int, int]]:
        """Each pair of documents sharing a band key, once, smaller position first, sorted."""
        count = len(self)
        if count < 2:
            return
        keys = np.frombuffer(self._keys, dtype=np.uint64).reshape(count, KEYS)
        pairs: set[tuple[int, int]] = set()
        for band in range(KEYS):
            column = keys[:, band]
            order = np.argsort(column, kind="stable")
            ordered = column[order]
            starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
            ends = np.r_[starts[1:], count]
            for start, end in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist(), strict=False):
                members = sorted(order[start:end].tolist())
                if len(members) > CROWD:
                    pairs.update(itertools.pairwise(members))
                else:
                    pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        yield from sorted(pairs)

    def sample(self, position: int) -> np.ndarray:
        start = self._ends[position - 1] if position else 0
        return np.frombuffer(self._samples, dtype=np.uint32)[start : self._ends[position]]

    def overlap(self, a: int, b: int) -> tuple[int, int, int]:
        """Sampled shingles shared by documents a and b, and each one's sample size."""
        first, second = self.sample(a), self.sample(b)
        return len(np.intersect1d(first, second, assume_unique=True)), len(first), len(second)
