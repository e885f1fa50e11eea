"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

Python's `re` parses and compiles a pattern in Python code: the packs' 400 patterns, many of
them alternations of hundreds of names and phrases, took 2.0 of the 2.6 s (CPU) a process spent
before its first page (cProfile: `re._parser` and `re._compiler`), as long as the audit of
150 pages. Each pattern's compiled program is a list of integers the regex engine (`_sre`)
takes as it is: kept in a file the first time, it is handed to the engine at the next start,
and only the parse and the code generation are skipped. The engine checks a program before it
takes it, and `re.Pattern` equality compares the programs (tests/test_regex_cache.py holds
every pack pattern to it).

The file holds data only (`marshal`: integers, strings, tuples, dictionaries), one per
Python version and engine version, in `$PROVENANCE_CACHE_DIR` or the user's cache directory
(`$XDG_CACHE_HOME/provenance`, `~/.cache/provenance`). `PROVENANCE_CACHE_DIR=off` turns it off.
A file that cannot be read or written is passed over: the patterns are compiled as before.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine itself: typeshed does not describe it
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # Python 3.11 and later
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # mypy reads 3.10 stubs
except ImportError:  # pragma: no cover  (3.10)
    import sre_compile as _compiler
    import sre_constants as _constants
    import sre_parse as _parser

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups, groupindex, indexgroup

# A program is the engine's own: read only by the Python and the engine that wrote it.
_VERSION = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{_constants.MAXREPEAT}-{_constants.MAXGROUPS}"
_FILE_LIMIT = 20_000  # programs a file keeps: the packs use some 400; a user's own packs add theirs


class _Programs:
    """The programs read from the file at the first compile, and those made since.
    A process-wide memo, as `re`'s own cache is: a program depends on its pattern alone."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[str, int], Program] | None = None
        self.made: dict[tuple[str, int], Program] = {}

    def read(self) -> dict[tuple[str, int], Program]:
        if self.loaded is None:
            self.loaded = {}
            path = cache_file()
            if path is not None:
                try:
                    found = marshal.loads(path.read_bytes())
                    if isinstance(found, dict):
                        self.loaded = found
                except (OSError, ValueError, EOFError, TypeError):
                    pass  # no file yet, or one another version wrote: compiled as before
        return self.loaded


_PROGRAMS = _Programs()


def cache_file() -> Path | None:
    """Where this Python's programs are kept; None when the cache is off."""
    setting = os.environ.get("PROVENANCE_CACHE_DIR")
    if setting is not None and setting.strip().lower() in ("off", "0", "no", "false", ""):
        return None
    if setting:
        folder = Path(setting)
    else:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home: a container's user with no passwd entry
            return None
        folder = Path(base) / "provenance"
    return folder / f"regex-{_VERSION}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the kept program where there is one."""
    key = (pattern, int(flags))
    program = _PROGRAMS.read().get(key) or _PROGRAMS.made.get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except (RuntimeError, TypeError, ValueError):
            pass  # a program the engine refuses ("invalid SRE code"): made again below
    try:
        program = _program(pattern, int(flags))
    except (AttributeError, TypeError):  # pragma: no cover  (an engine whose internals moved)
        return re.compile(pattern, flags)
    _PROGRAMS.made[key] = program
    return _sre.compile(pattern, *program)


def _program(pattern: str, flags: int) -> Program:
    """What `re._compiler.compile` hands the engine, made the same way."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The code holds the engine's opcodes as named int constants: plain ints for marshal.
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def save() -> None:
    """Write the programs made since the file was read, beside those it held, and let go of
    them all: called once the packs are built, after which the programs are the patterns'
    (5 MB a worker, kept, for nothing). A file that cannot be written is left as it is."""
    made, path = _PROGRAMS.made, cache_file()
    if made and path is not None:
        kept: dict[tuple[str, int], Any] = dict(_PROGRAMS.read())
        if len(kept) + len(made) > _FILE_LIMIT:
            kept = {}
        kept.update(made)
        _write(path, marshal.dumps(kept))
    _PROGRAMS.loaded, _PROGRAMS.made = None, {}


def _write(path: Path, data: bytes) -> None:
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole and then renamed: a worker starting meanwhile reads the old file or the new.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, suffix=".tmp", delete=False) as out:
            temporary = Path(out.name)
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
