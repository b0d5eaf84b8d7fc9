"""Collected answers: one JSONL record per line of an output or error file, appended.

A rerun may append a part's records again (killed before its state was saved); reading
keeps one record per ``custom_id``, a success over any failure, so every id has one result.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

__all__ = ["BatchResult", "parse_line", "read_results"]


@attrs.frozen
class BatchResult:
    """One request's outcome: ``ok`` with ``status_code`` and ``body`` (the JSON the
    synchronous call would have returned), else ``error`` (the API's error object)."""

    custom_id: str
    ok: bool
    status_code: int | None = None
    body: Any = None
    error: Any = None


def parse_line(raw: bytes) -> BatchResult | None:
    """A result from one line of an output/error file (``None`` for a blank or bad line)."""
    try:
        line = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
        return None
    response = line.get("response") or {}
    status = response.get("status_code") if isinstance(response, dict) else None
    body = response.get("body") if isinstance(response, dict) else None
    ok = isinstance(status, int) and status < 400 and not line.get("error")
    error = line.get("error") or (None if ok else body)
    return BatchResult(line["custom_id"], ok, status, body, error)


def record(result: BatchResult) -> bytes:
    """The line ``read_results`` reads back."""
    return json.dumps(attrs.asdict(result), separators=(",", ":")).encode() + b"\n"


def read_results(path: Path) -> Iterator[BatchResult]:
    """One result per ``custom_id``, in first-seen order; a success wins over failures."""
    best: dict[str, BatchResult] = {}
    if path.exists():
        with open(path, "rb") as handle:
            for raw in handle:
                if raw.strip():
                    result = BatchResult(**json.loads(raw))
                    if result.custom_id not in best or (
                        result.ok and not best[result.custom_id].ok
                    ):
                        best[result.custom_id] = result
    yield from best.values()
