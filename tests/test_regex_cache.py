"""The compiled-pattern cache (provenance/regex_cache.py): a kept program must make the very
pattern `re.compile` makes, and a cache that cannot be read or written must change nothing."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from provenance import regex_cache

REPO = Path(__file__).resolve().parents[1]
SEED = next((REPO / "seeds").glob("*.txt"))


def _run(code: str, cache: str) -> subprocess.CompletedProcess[str]:
    """A fresh process (the memo starts empty) with the cache in `cache`."""
    env = {**os.environ, "PROVENANCE_CACHE_DIR": cache, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False, timeout=300)


_AUDIT_SEED = (
    "import json, sys; from provenance import audit_document, default_packs; "
    f"r = audit_document(open({str(SEED)!r}, 'rb').read(), path='seed.txt', packs=default_packs()); "
    "print(json.dumps([[l.publisher, l.author] for l in r.chain]), [f.rule for f in r.findings], r.claims.published)"
)


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache written by one process auditing the seed, and what that process printed."""
    folder = tmp_path_factory.mktemp("regex-cache")
    first = _run(_AUDIT_SEED, str(folder))
    assert first.returncode == 0, first.stderr
    return folder, first.stdout


def test_the_packs_patterns_are_kept_once_loaded(kept: tuple[Path, str]) -> None:
    folder, _ = kept
    files = list(folder.glob("regex-*.marshal"))
    assert len(files) == 1
    programs = marshal.loads(files[0].read_bytes())
    assert len(programs) > 300  # the packs' alternations (some 400), and the patterns built from them


def test_every_kept_program_makes_the_pattern_re_compile_makes(kept: tuple[Path, str]) -> None:
    """re.Pattern equality compares the pattern, its flags and its compiled code."""
    folder, _ = kept
    programs = marshal.loads(next(folder.glob("regex-*.marshal")).read_bytes())
    for (pattern, flags), program in programs.items():
        rebuilt = regex_cache._sre.compile(pattern, *program)
        assert rebuilt == re.compile(pattern, flags), pattern[:80]
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex


# Counts the programs made (parsed and compiled) while the packs load and the seed is audited.
_COUNTING = (
    "from provenance import regex_cache; made = []; make = regex_cache._program; "
    "regex_cache._program = lambda pattern, flags: (made.append(pattern), make(pattern, flags))[1]; "
)


def test_an_audit_from_kept_programs_answers_as_one_that_compiled_them(kept: tuple[Path, str], tmp_path: Path) -> None:
    folder, first = kept
    again = _run(_COUNTING + _AUDIT_SEED + "; print(len(made))", str(folder))
    assert again.returncode == 0, again.stderr
    answer, made = again.stdout.rsplit("\n", 2)[0], again.stdout.rsplit("\n", 2)[1]
    assert answer + "\n" == first
    assert made == "0"  # nothing compiled again: every program came from the file
    cold = _run(_COUNTING + _AUDIT_SEED + "; print(len(made))", str(tmp_path))  # the same, with no file yet
    assert int(cold.stdout.rsplit("\n", 2)[1]) > 300


def test_a_damaged_cache_file_is_passed_over(tmp_path: Path, kept: tuple[Path, str]) -> None:
    folder, first = kept
    name = next(folder.glob("regex-*.marshal")).name
    (tmp_path / name).write_bytes(b"\x00not marshal data")
    result = _run(_AUDIT_SEED, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == first
    assert marshal.loads((tmp_path / name).read_bytes())  # written afresh


def test_a_program_the_engine_refuses_is_compiled_again(tmp_path: Path, kept: tuple[Path, str]) -> None:
    folder, first = kept
    path = next(folder.glob("regex-*.marshal"))
    programs = marshal.loads(path.read_bytes())
    broken = {key: (flags, [9999, 1, 2], groups, index, names) for key, (flags, _, groups, index, names) in programs.items()}
    (tmp_path / path.name).write_bytes(marshal.dumps(broken))
    result = _run(_AUDIT_SEED, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == first


def test_an_unwritable_cache_changes_nothing(tmp_path: Path, kept: tuple[Path, str]) -> None:
    _, first = kept
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    result = _run(_AUDIT_SEED, str(blocker / "cache"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == first


def test_where_the_cache_is_kept_or_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", "off")
    assert regex_cache.cache_file() is None
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path))
    assert regex_cache.cache_file() is not None and regex_cache.cache_file().parent == tmp_path  # type: ignore[union-attr]
    monkeypatch.delenv("PROVENANCE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert regex_cache.cache_file() == tmp_path / "xdg" / "provenance" / regex_cache.cache_file().name  # type: ignore[union-attr]


def test_no_home_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker whose user has no home (a container's user with no passwd entry) loads the packs all the same."""
    monkeypatch.delenv("PROVENANCE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert regex_cache.cache_file() is None
    assert regex_cache.compile(r"harbou?r", re.I).search("HARBOR") is not None
