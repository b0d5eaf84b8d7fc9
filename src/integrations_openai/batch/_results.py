"""Collected answers: one JSONL record per line of an output or error file, appended.

A rerun may append a part's records again (killed before its state was saved); reading
keeps one record per ``custom_id``, a success over any failure, so every id has one result.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import attrs

from ..errors import OpenAIError

__all__ = ["BatchResult", "parse_line", "read_results"]

T = TypeVar("T")


@attrs.frozen
class BatchResult(Generic[T]):
    """One request's outcome: ``ok`` with ``status_code`` and ``body`` (what the
    synchronous call would have returned: its typed model through ``client.batches.run``,
    the JSON otherwise), else ``error`` (the API's error object)."""

    custom_id: str
    ok: bool
    status_code: int | None = None
    body: T | None = None
    error: Any = None


def parse_line(raw: bytes) -> BatchResult[Any] | None:
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


def record(result: BatchResult[Any]) -> bytes:
    """The line ``read_results`` reads back."""
    # Not attrs.asdict: it walks every nested body (a third of a 100k-request run's time).
    data = {
        "custom_id": result.custom_id,
        "ok": result.ok,
        "status_code": result.status_code,
        "body": result.body,
        "error": result.error,
    }
    return json.dumps(data, separators=(",", ":")).encode() + b"\n"


def read_results(
    path: Path, parse: Callable[[Any], Any] | None = None
) -> Iterator[BatchResult[Any]]:
    """One result per ``custom_id``, in first-seen order; a success wins over failures.

    ``parse`` turns a successful body into the endpoint's model; a body it refuses becomes a
    failed result saying so (one odd line never costs the other results).
    """
    best: dict[str, BatchResult[Any]] = {}
    if path.exists():
        with open(path, "rb") as handle:
            for raw in handle:
                if raw.strip():
                    result = BatchResult(**json.loads(raw))
                    if result.custom_id not in best or (
                        result.ok and not best[result.custom_id].ok
                    ):
                        best[result.custom_id] = result
    for result in best.values():
        yield result if parse is None or not result.ok else _typed(result, parse)


def _typed(result: BatchResult[Any], parse: Callable[[Any], Any]) -> BatchResult[Any]:
    try:
        return attrs.evolve(result, body=parse(result.body))
    except OpenAIError as exc:
        error = {"code": "response_decode_error", "message": str(exc)}
        return attrs.evolve(result, ok=False, error=error)
