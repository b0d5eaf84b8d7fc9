"""Turn the caller's requests into Batch API input lines and split them at the API's limits.

Pure: no I/O beyond reading the caller's iterable or JSONL file line by line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from ..errors import ConfigurationError

__all__ = ["MAX_FILE_BYTES", "MAX_REQUESTS_PER_FILE", "input_lines", "split"]

#: The Batch API's limits per input file: 50,000 requests and 200 MB.
MAX_REQUESTS_PER_FILE: Final = 50_000
MAX_FILE_BYTES: Final = 200 * 1024 * 1024


def _items(requests: Iterable[Mapping[str, Any]] | str | Path) -> Iterator[Any]:
    if isinstance(requests, str | Path):
        with open(requests, encoding="utf-8") as handle:
            for number, text in enumerate(handle, 1):
                if text.strip():
                    try:
                        yield json.loads(text)
                    except ValueError:
                        raise ConfigurationError(f"{requests}: line {number} is not JSON") from None
        return
    yield from requests


def input_lines(
    requests: Iterable[Mapping[str, Any]] | str | Path, endpoint: str
) -> Iterator[tuple[str, bytes]]:
    """``(custom_id, JSONL line)`` per request, in order.

    An item is a request body (its ``custom_id`` is assigned: ``request-<n>``) or a full
    line (``{"custom_id", "method", "url", "body"}``, kept as is). Duplicate ids are refused.
    """
    seen: set[str] = set()
    for index, item in enumerate(_items(requests)):
        if not isinstance(item, Mapping):
            raise ConfigurationError(f"request {index} must be a JSON object, got {item!r:.80}")
        if "body" in item and "custom_id" in item:
            line = dict(item)
            line.setdefault("method", "POST")
            line.setdefault("url", endpoint)
        else:
            line = {"custom_id": f"request-{index}", "method": "POST", "url": endpoint,
                    "body": dict(item)}  # fmt: skip
        custom_id = line["custom_id"]
        if not isinstance(custom_id, str) or not custom_id:
            raise ConfigurationError(f"request {index}: custom_id must be a non-empty string")
        if custom_id in seen:
            raise ConfigurationError(f"request {index}: duplicate custom_id {custom_id!r}")
        seen.add(custom_id)
        yield custom_id, json.dumps(line, separators=(",", ":")).encode() + b"\n"


def split(
    lines: Iterable[tuple[str, bytes]],
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
) -> Iterator[list[tuple[str, bytes]]]:
    """Consecutive groups of lines, each within ``max_requests`` and ``max_bytes``."""
    group: list[tuple[str, bytes]] = []
    size = 0
    for custom_id, line in lines:
        if len(line) > max_bytes:
            raise ConfigurationError(f"request {custom_id!r} alone exceeds {max_bytes} bytes")
        if group and (len(group) >= max_requests or size + len(line) > max_bytes):
            yield group
            group, size = [], 0
        group.append((custom_id, line))
        size += len(line)
    if group:
        yield group
