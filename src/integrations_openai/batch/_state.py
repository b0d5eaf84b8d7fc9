"""The run's state file: what was planned, uploaded, created and collected, saved atomically.

Every external step is bracketed: the *intent* (with the name or metadata the created object
will carry) is saved before the call and its *result* after. A run killed between the two
finds the object by that name on restart instead of creating it again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs

from ..errors import ConfigurationError

__all__ = ["Part", "RunState", "load", "save"]

STATE_VERSION = 1


@attrs.define
class Part:
    """One input file and its batch: ``step`` is where it is in ``_core.STEPS``."""

    name: str  # unique in the run: the uploaded file's name and the batch's metadata
    path: str  # the JSONL input written by the plan
    count: int
    attempt: int = 1
    step: str = "upload"
    file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None


@attrs.define
class RunState:
    """Everything a rerun needs to continue without submitting anything twice."""

    run_id: str
    endpoint: str
    completion_window: str
    max_attempts: int
    total: int = 0
    planned: bool = False
    parts: list[Part] = attrs.Factory(list)
    done: dict[str, str] = attrs.Factory(dict)  # custom_id -> "ok" | "failed"
    tokens: int = 0  # usage.total_tokens of the successful answers, each counted once


def load(path: Path) -> RunState | None:
    """The saved state, or ``None`` when there is none yet."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        raise ConfigurationError(f"{path} is not a batch run state file") from None
    if raw.get("version") != STATE_VERSION:
        raise ConfigurationError(f"{path}: unknown state version {raw.get('version')!r}")
    parts = [Part(**p) for p in raw.pop("parts")]
    raw.pop("version")
    return RunState(parts=parts, **raw)


def save(state: RunState, path: Path) -> None:
    """Write ``state`` to ``path`` atomically (a kill leaves the old or the new file)."""
    data: dict[str, Any] = {"version": STATE_VERSION, **attrs.asdict(state)}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
