"""Writing a report (or a baseline) to the file named by --output.

- The name is replaced, never written through: when --output names a symbolic link, the
  report replaces the link and the file it pointed to is left alone, so a link planted
  where a report will go cannot make a run overwrite another file.
- A whole report (JSON, SARIF, CSV, text, GitHub) is written to a temporary file in the
  output's own directory, its real path (so the final rename never crosses file
  systems), and renamed over the name when complete: a crash never leaves half a report.
  The temporary file is named `.NAME.provenance-HOST-PID-XXXXXXXX.tmp`; a run that was
  killed leaves one behind, and the next run writing NAME on that host removes it.
- JSON Lines are written in place as they come, so an interrupted run keeps its lines
  (and --resume continues them).
- A device or a pipe (/dev/null, /dev/stdout) is written directly: there is no file to
  replace.
- What can be checked before the run is: the directory, and that it takes a new file.
"""

from __future__ import annotations

import json
import os
import re
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .link import LINK_KINDS, LinkFacts, facts_from_entry
from .packs import Packs
from .signature import TextSignature

_HOST = re.sub(r"[^A-Za-z0-9.]", "_", socket.gethostname()) or "host"


class OutputError(Exception):
    """An output that cannot be written; the message says which and why."""


def _is_stream(path: Path) -> bool:
    """A device, pipe or socket (or a link to one): written directly, never replaced."""
    return path.exists() and not path.is_file() and not path.is_dir()


def _real_name(path: Path) -> Path:
    """`path` in its directory's real path: the directory's links resolved, the name kept."""
    return Path(os.path.realpath(path.parent)) / path.name


def check_output(path: Path, resume: bool = False) -> None:
    """Fail before any work is done when the report could not be written to `path`."""
    directory = path.absolute().parent
    if not directory.is_dir():
        raise OutputError(f"--output {path}: directory {directory} does not exist")
    if path.is_dir():
        raise OutputError(f"--output {path}: is a directory")
    if _is_stream(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"--output {path}: not writable")
        return
    if resume and path.is_symlink():
        raise OutputError(f"--output {path}: is a symbolic link; --resume continues a file, so name the file itself")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OutputError(f"--output {path}: directory {directory} is not writable")
    if resume and path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"--output {path}: not writable")


@contextmanager
def atomic_output(path: Path) -> Iterator[TextIO]:
    """A file that appears at `path` only when complete (see the module's notes)."""
    if _is_stream(path):
        with open(path, "w", encoding="utf-8", newline="") as out:
            yield out
        return
    target = _real_name(path)
    remove_stale_temporaries(target)
    # mkstemp's 0600 would hide the report from CI; a replaced regular file keeps its mode.
    mode = target.stat().st_mode & 0o777 if target.is_file() and not target.is_symlink() else 0o644
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.provenance-{_HOST}-{os.getpid()}-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        # Opened by name: the HTML report links its sources relative to out.name.
        with open(temp, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(temp, mode)
        os.replace(temp, target)  # replaces a link itself, not what it points to
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@contextmanager
def in_place_output(path: Path, append: bool) -> Iterator[TextIO]:
    """A file written as the report goes (JSON Lines), replacing a link rather than writing through it."""
    if _is_stream(path):
        with open(path, "a" if append else "w", encoding="utf-8", newline="") as out:
            yield out
        return
    target = _real_name(path)
    if target.is_symlink() and not append:
        target.unlink()
    # O_NOFOLLOW: a link made between the unlink and the open is refused, not followed.
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC) | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(target, flags, 0o666)
    except OSError as exc:
        raise OutputError(f"--output {path}: cannot be written: {exc.strerror or exc}") from None
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        yield out


_TEMPORARY = re.compile(r"\.provenance-(?P<host>[A-Za-z0-9._]+)-(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp")


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove the temporary files that killed runs on this host left for `target`: those
    whose process is gone (a live run's, another host's and anything else are kept)."""
    removed: list[Path] = []
    prefix = f".{target.name}"
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        match = _TEMPORARY.fullmatch(name[len(prefix) :]) if name.startswith(prefix) else None
        if match is None or match["host"] != _HOST or _running(int(match["pid"])):
            continue
        try:
            (target.parent / name).unlink()
            removed.append(target.parent / name)
        except OSError:
            pass  # another run removed it first, or it is not ours to remove
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows, os.kill(pid, 0) would send Ctrl-C, not ask
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OverflowError:
        return False  # past any process id: no such process
    except PermissionError:
        return True  # another user's process
    return True


def already_reported(path: Path, packs: Packs | None = None) -> tuple[frozenset[str], list[tuple[LinkFacts, TextSignature]]]:
    """The document keys a JSON Lines report already holds (for --resume), and with `packs`
    (a --link run) those documents' link facts and signatures. A last line cut short by an
    interrupted run is removed, so the report stays valid JSON Lines; so are the lines of a
    finished run's links, which the resumed run writes again over all the documents."""
    if not path.exists():
        return frozenset(), []
    keys: set[str] = set()
    signed: list[tuple[LinkFacts, TextSignature]] = []
    good = 0  # bytes of whole entries
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                break  # the line being written when the run stopped: only the last can be cut
            try:
                entry = json.loads(line)
                if entry.get("kind") in LINK_KINDS:
                    break  # the links come after every document
                keys.add(entry["source"]["key"])
                if packs is not None and entry["status"] == "audited" and "signature" not in entry:
                    raise OutputError(f"--resume --link: {path} was written without --link (line {number} has no signature); write it anew")
                found = facts_from_entry(entry, packs) if packs is not None else None
            except (ValueError, KeyError, TypeError, AttributeError):
                raise OutputError(f"--resume: {path} line {number} is not a provenance JSON Lines entry") from None
            if found is not None:
                signed.append(found)
            good += len(line)
    if good < path.stat().st_size:
        with open(path, "r+b") as handle:
            handle.truncate(good)
    return frozenset(keys), signed
