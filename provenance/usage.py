"""Usage errors as one line on stderr, exit status 2:

    provenance: error: --format: 'xml' is not one of text, json, jsonl, ...

click (inside typer) answers a bad option with the usage, a hint and a boxed message; a
script's log, or a person scanning a terminal, wants the one line that says what was
wrong. The command group below catches click's usage errors where the command line is
parsed and says them so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperGroup

from .printable import printable

# click's UsageError, from whichever click this typer parses with (recent typers carry
# their own copy, so `import click` would name a different class).
_USAGE_ERROR: type[Exception] = next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "UsageError")
USAGE_EXIT = 2


def usage_message(exc: Exception) -> str:
    """The error in one line: the option it concerns, then what was wrong with it."""
    message = str(getattr(exc, "message", "") or "").strip()
    param = getattr(exc, "param", None)
    if not message or param is None:  # a missing argument says itself in format_message
        return " ".join(exc.format_message().split()) if hasattr(exc, "format_message") else str(exc)
    message = message.removeprefix("Value error, ").rstrip(".")  # typer's converter words it for pydantic
    message = re.sub(r"is not one of (.+)$", lambda found: "is not one of " + found[1].replace("'", ""), message)
    if getattr(param, "param_type_name", "") == "option":
        long_names = [name for name in param.opts if name.startswith("--")]
        name = (long_names or param.opts)[0]
    else:
        name = param.human_readable_name
    return " ".join(f"{name}: {message}".split())


def usage_error(message: str) -> typer.Exit:
    """A usage error the command finds itself, said as click's are; raise what it returns."""
    typer.echo(f"provenance: error: {printable(message)}", err=True)
    return typer.Exit(USAGE_EXIT)


@contextmanager
def _one_line_usage_errors() -> Iterator[None]:
    try:
        yield
    except _USAGE_ERROR as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # `provenance` alone shows its help
            raise
        raise usage_error(usage_message(exc)) from None


class OneLineUsageErrors(TyperGroup):
    """The command group whose usage errors, its own and its commands', are one line."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        with _one_line_usage_errors():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        # A command's options are parsed here, when the group hands it the rest of the line.
        with _one_line_usage_errors():
            return super().invoke(ctx)


def at_least(least: int, meaning: str = "") -> Callable[[int | None], int | None]:
    """An option callback refusing whole numbers below `least` ("must be 0 (one per
    core) or more, not -1"), as a usage error."""

    def check(value: int | None) -> int | None:
        if value is not None and value < least:
            raise typer.BadParameter(f"must be {least}{meaning} or more, not {value}")
        return value

    return check
