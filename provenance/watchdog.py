"""Worker processes that audit documents under a time budget, watched from outside.

A document may take too long in C code (lxml's parser, a regular expression) where no
signal or exception can reach it, so the budget is kept by the parent: each worker
("lane") notes in shared memory which document of its batch it is on, its processor
time when that document began, and the stage it is in; a lane whose document runs past
the budget is killed and replaced, that document becomes a `failed` result ("timed out
after 10 s in rules"), and the rest of its batch goes to the new lane.

The budget is processor time, read from /proc: on a machine shared with other work (or
with more jobs than cores) a document's wall time says more about its neighbours than
about it. Where /proc is missing, and as a backstop for a lane that stops without
using the processor, wall time counts too, at WALL_FACTOR times the budget. A lane that dies on its own (a crash in a C library) loses
only the document it was on, in the same way.

Results come back one document at a time and are yielded in input order, with a bounded
number of batches in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from .model import DocumentResult, RawInput

# The stages of one audit, in order; a lane notes the index of the one it is in.
STAGES = ("document", "claims", "chain", "rights", "rules", "signature")  # the signature only with --link
_POLL = 0.05  # seconds between looks at the lanes' clocks while results are awaited
WALL_FACTOR = 10
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# Audits one input, calling `stage(name)` as it enters each of STAGES.
Work = Callable[[RawInput, Callable[[str], None]], DocumentResult]


def _serve(connection: Connection, slot: Any, work: Work, keep_document: bool) -> None:
    """A lane's loop: take a batch, audit it a document at a time, send each result."""

    def stage(name: str) -> None:
        slot[2] = STAGES.index(name)

    while True:
        batch = connection.recv()
        if batch is None:
            return
        for index, raw in enumerate(batch):
            # The start times before the index: the parent reads the index first, so it never
            # pairs a new document with the previous one's start.
            slot[2] = 0
            used = os.times()  # the same clock ticks as /proc/PID/stat, which the parent reads
            slot[1] = used.user + used.system
            slot[3] = time.monotonic()
            slot[0] = index
            result = work(raw, stage)
            connection.send(result if keep_document else replace(result, document=None))


@dataclass
class _Lane:
    """One worker process, the pipe to it, and its slot: [document index in its batch,
    processor seconds the lane had used when that document began, stage index, when it
    began (time.monotonic, the same clock in every process)]."""

    process: Any
    connection: Connection
    slot: Any
    batch: list[RawInput] = field(default_factory=list)
    number: int = -1  # the batch's place in the input
    results: list[DocumentResult] = field(default_factory=list)
    offset: int = 0  # documents of the batch handled before this process got the rest


def _processor_seconds(pid: int) -> float | None:
    """User and system time a process has used (Linux /proc), or None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime and stime, fields 14 and 15


def _give(lane: _Lane, documents: list[RawInput]) -> None:
    # No document is under way until the lane says so: the slot may still show the last
    # document of its previous batch, whose clock has long been running.
    lane.slot[0] = -1
    try:
        lane.connection.send(documents)
    except OSError:
        pass  # the lane died since: its sentinel says so, and _tend counts the loss


@dataclass
class Watchdog:
    """Runs `work` over batches in `jobs` lanes; `timeout` seconds a document (None: no limit)."""

    work: Work
    jobs: int
    timeout: float | None
    keep_document: bool = False  # send each result's Document back (costly: for one lane only)
    _context: Any = field(default_factory=multiprocessing.get_context)

    def run(self, batches: Iterator[list[RawInput]]) -> Iterator[DocumentResult]:
        lanes = [self._start() for _ in range(self.jobs)]
        done: dict[int, list[DocumentResult]] = {}
        next_out, next_in = 0, 0
        window = self.jobs * 3  # batches taken from the input but not yet yielded
        pending = True
        try:
            while True:
                for i, lane in enumerate(lanes):
                    if not lane.batch and pending and next_in - next_out < window:
                        batch = next(batches, None)
                        if batch is None:
                            pending = False
                            break
                        if not lane.process.is_alive():  # died between batches (a signal, the OOM killer)
                            self._stop(lane, kill=True)
                            lanes[i] = lane = self._start()
                        lane.batch, lane.number, lane.results, lane.offset = batch, next_in, [], 0
                        _give(lane, batch)
                        next_in += 1
                busy = [lane for lane in lanes if lane.batch]
                if not busy and not pending:
                    break
                wait([lane.connection for lane in busy] + [lane.process.sentinel for lane in busy], _POLL)
                for i, lane in enumerate(lanes):
                    if lane.batch:
                        lanes[i] = self._tend(lane, done)
                while next_out in done:
                    yield from done.pop(next_out)
                    next_out += 1
        finally:
            for lane in lanes:
                self._stop(lane)

    def _tend(self, lane: _Lane, done: dict[int, list[DocumentResult]]) -> _Lane:
        """Collect what a busy lane has sent; replace it if it died or ran out of time."""
        failure: str | None = None
        try:
            while lane.connection.poll():
                lane.results.append(lane.connection.recv())
        except (EOFError, OSError):
            failure = "the worker process auditing this document crashed"
        if failure is None and len(lane.results) < len(lane.batch):
            if not lane.process.is_alive():
                failure = "the worker process auditing this document crashed"
            elif self.timeout is not None:
                index, cpu_start, stage, wall_start = int(lane.slot[0]), lane.slot[1], int(lane.slot[2]), lane.slot[3]
                if lane.offset + index == len(lane.results):
                    cpu = _processor_seconds(lane.process.pid)
                    wall = time.monotonic() - wall_start
                    if (cpu is not None and cpu - cpu_start > self.timeout) or wall > self.timeout * (WALL_FACTOR if cpu is not None else 1):
                        failure = f"timed out after {self.timeout:g} s in {STAGES[stage]}"
        if len(lane.results) == len(lane.batch):
            done[lane.number] = lane.results
            lane.batch = []
            return lane
        if failure is None:
            return lane
        # The document it was on fails; the rest of its batch goes to a fresh lane.
        lost = lane.batch[len(lane.results)]
        lane.results.append(DocumentResult(lost.source, "failed", failure))
        self._stop(lane, kill=True)
        fresh = self._start()
        if len(lane.results) == len(lane.batch):
            done[lane.number] = lane.results
            return fresh
        fresh.batch, fresh.number, fresh.results, fresh.offset = lane.batch, lane.number, lane.results, len(lane.results)
        _give(fresh, lane.batch[fresh.offset :])
        return fresh

    def _start(self) -> _Lane:
        ours, theirs = self._context.Pipe()
        slot = self._context.RawArray("d", 4)
        process = self._context.Process(target=_serve, args=(theirs, slot, self.work, self.keep_document), daemon=True)
        process.start()
        theirs.close()  # the lane holds the only copy now, so its death closes the pipe
        return _Lane(process, ours, slot)

    def _stop(self, lane: _Lane, kill: bool = False) -> None:
        if kill:
            lane.process.kill()
        else:
            try:
                lane.connection.send(None)
            except OSError:
                pass
        lane.process.join(timeout=None if kill else 5)
        if lane.process.is_alive():
            lane.process.kill()
            lane.process.join()
        lane.connection.close()
