"""Top-level names of the official SDK that are constants, aliases or one-line helpers.

``from openai import DEFAULT_MAX_RETRIES, file_from_path`` keeps working after the import
swap. The values are ours (``DEFAULT_MAX_RETRIES`` is 3 here, the SDK's 2), so code that
reads them sees what this client really does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, TypeAlias, TypedDict

import httpx
from integrations_openai_api._runtime.model import ApiModel

from ._policies import DEFAULT_MAX_RETRIES
from ._pool import pool_limits
from .config import DEFAULT_TIMEOUT, Timeout

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseModel",
    "ProxiesTypes",
    "RequestOptions",
    "file_from_path",
]

#: The pool limits a client gets when none are given.
DEFAULT_CONNECTION_LIMITS: Final[httpx.Limits] = pool_limits()

#: The base class of every response model (the SDK's name for it).
BaseModel = ApiModel

#: The SDK's alias for what a proxy setting may be, for code that annotates with it.
ProxiesTypes: TypeAlias = str | httpx.Proxy | Mapping[str, str | httpx.Proxy | None]


class RequestOptions(TypedDict, total=False):
    """Per-request options, the SDK's names (``extra_headers=`` and friends on each call)."""

    headers: Mapping[str, str]
    max_retries: int
    timeout: float | Timeout | httpx.Timeout | None
    params: Mapping[str, object]
    extra_json: Mapping[str, Any]
    idempotency_key: str


def file_from_path(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """``(file name, content)`` of the file at ``path``, ready for any ``file=`` argument."""
    file = Path(path)
    return file.name, file.read_bytes()
