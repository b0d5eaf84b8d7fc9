"""How commands answer: JSON for scripts or rich text for people, and the exit codes."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any, Final

import typer
from rich.console import Console

from ..batch import BatchTimeoutError
from ..errors import ConfigurationError, OpenAIError

__all__ = ["EXIT_CODES", "console", "emit_json", "errors_to_exit_codes", "fail"]

#: What each exit status means (2 is also what typer uses for a bad command line).
EXIT_CODES: Final = {
    0: "success",
    1: "done, but some requests failed (or the client is unhealthy)",
    2: "bad arguments or configuration",
    3: "the API or the network refused the call",
    4: "not finished within --timeout: rerun the same command to continue",
}


def console(stderr: bool = False) -> Console:
    """A console on the current streams (looked up per call, so test runners capture it)."""
    return Console(file=sys.stderr if stderr else sys.stdout, highlight=False, soft_wrap=True)


def emit_json(data: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(data, default=str) + "\n")


def fail(message: str, code: int) -> typer.Exit:
    """Print ``message`` on stderr and give the exit to raise."""
    console(stderr=True).print(f"[red]error:[/red] {message}", markup=True)
    return typer.Exit(code)


@contextlib.contextmanager
def errors_to_exit_codes() -> Iterator[None]:
    """Our exceptions become a one-line message and an exit code, never a traceback."""
    try:
        yield
    except ConfigurationError as exc:
        raise fail(str(exc), 2) from None
    except BatchTimeoutError as exc:
        raise fail(str(exc), 4) from None
    except OpenAIError as exc:
        raise fail(f"{type(exc).__name__}: {exc}", 3) from None
