"""Configuration: `provenance.toml` (its keys at the top level, or all in a
`[tool.provenance]` table as in pyproject.toml), or `[tool.provenance]` in pyproject.toml.

Looked for in the working directory and its parents (the nearest wins; in one
directory provenance.toml wins over pyproject.toml), or named with `--config`.
Every key is checked: an unknown key or a value of the wrong type is an error that
names the file, the key and what is allowed, never silently ignored.

    [tool.provenance]
    select = ["PRV3"]              # rule codes or prefixes; default: every rule
    ignore = ["PRV305"]
    severity = { PRV102 = "warning" }
    fail-on = "warning"            # error | warning | info | never
    rules = ["house-rules"]        # extra rule-pack directories, relative to this file
    include = ["*.html"]           # globs for directory walks
    exclude = ["drafts/*"]
    jobs = 4
    max-bytes = 20_000_000
    timeout = 20                   # processor seconds a document may take; 0: no limit
    baseline = "provenance-baseline.json"
    link = true                    # link copies across the run's documents (--link)

    [tool.provenance.options]      # rule options (fields of AuditOptions)
    weekday-window = 3
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .model import AuditOptions

LEVELS = ("error", "warning", "info")
FAIL_ON = (*LEVELS, "never")
# AuditOptions fields that are set by their own keys or flags, not as rule options.
_NOT_RULE_OPTIONS = {"as_of", "max_bytes", "timeout", "rules", "sign", "parser"}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    rules: tuple[Path, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int | None = None
    max_bytes: int | None = None
    timeout: float | None = None  # 0 for no limit
    baseline: Path | None = None
    link: bool | None = None
    options: dict[str, Any] = field(default_factory=dict)  # AuditOptions field -> value


def rule_options() -> dict[str, Any]:
    """The rule options configuration may set, with their defaults."""
    defaults = AuditOptions()
    return {f.name: getattr(defaults, f.name) for f in dataclasses.fields(AuditOptions) if f.name not in _NOT_RULE_OPTIONS}


def find_config(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / "provenance.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and "provenance" in _read(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """The configuration in `path` (None: no configuration)."""
    if path is None:
        return Config()
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("provenance", {})
        where = f"{path} [tool.provenance]"
    elif "tool" in data:
        data = _tool_table(data, path)
        where = f"{path} [tool.provenance]"
    else:
        where = str(path)
    return _parse(data, path, where)


def _tool_table(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """A provenance.toml written as pyproject.toml's table (`[tool.provenance]`, as the
    README's example is) holds the same settings; mixed with top-level keys, or beside
    another tool's table, it is an error rather than a guess at which was meant."""
    tool = data["tool"]
    table = tool.get("provenance") if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: unknown key 'tool'; the settings go at the top level, or all in a [tool.provenance] table")
    others = sorted(set(tool) - {"provenance"})
    if others:
        raise ConfigError(f"{path}: unknown table [tool.{others[0]}]; this file holds provenance's settings only")
    top_level = sorted(set(data) - {"tool"})
    if top_level:
        raise ConfigError(f"{path}: {top_level[0]!r} is at the top level and other settings in [tool.provenance]; put them all in one place")
    return table


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except RecursionError:  # the TOML reader recurses once per level of nesting
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deeply") from None


_KEYS = ("select", "ignore", "severity", "fail-on", "rules", "include", "exclude", "jobs", "max-bytes", "timeout", "baseline", "link", "options")


def _parse(data: dict[str, Any], path: Path, where: str) -> Config:
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; the keys are: {', '.join(_KEYS)}")
    base = path.parent

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: {key} must be a list of strings")
        return tuple(value)

    def integer(key: str, least: int) -> int | None:
        value = data.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < least):
            raise ConfigError(f"{where}: {key} must be a whole number, {least} or more")
        return value

    timeout = data.get("timeout")
    if timeout is not None and (not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not 0 <= timeout < float("inf")):
        raise ConfigError(f"{where}: timeout must be a number of seconds, 0 (no limit) or more")

    rule_dirs = tuple(base / directory for directory in strings("rules"))
    for directory in rule_dirs:
        if not directory.is_dir():
            raise ConfigError(f"{where}: rules: {directory} is not a directory")

    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in LEVELS for v in severity.values()):
        raise ConfigError(f"{where}: severity must map rule ids to one of {', '.join(LEVELS)}")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    baseline = data.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{where}: baseline must be a path")
    link = data.get("link")
    if link is not None and not isinstance(link, bool):
        raise ConfigError(f"{where}: link must be true or false")
    return Config(
        path=path,
        select=tuple(code.upper() for code in strings("select")),
        ignore=tuple(code.upper() for code in strings("ignore")),
        severity={code.upper(): level for code, level in severity.items()},
        fail_on=fail_on,
        rules=rule_dirs,
        include=strings("include"),
        exclude=strings("exclude"),
        jobs=integer("jobs", 0),
        max_bytes=integer("max-bytes", 1),
        timeout=float(timeout) if timeout is not None else None,
        baseline=base / baseline if baseline else None,
        link=link,
        options=_options(data.get("options", {}), where),
    )


def _options(table: Any, where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: options must be a table")
    known = rule_options()
    parsed: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            names = ", ".join(k.replace("_", "-") for k in known)
            raise ConfigError(f"{where}: unknown rule option {key!r}; the options are: {names}")
        default = known[name]
        if type(value) is not type(default):
            raise ConfigError(f"{where}: option {key} must be {type(default).__name__}, like its default {default!r}")
        parsed[name] = value
    return parsed
