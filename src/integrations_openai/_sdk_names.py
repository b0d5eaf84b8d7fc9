"""Top-level names of the official SDK that are constants, aliases or one-line helpers.

``from openai import DEFAULT_MAX_RETRIES, file_from_path`` keeps working after the import
swap. The values are ours (``DEFAULT_MAX_RETRIES`` is 3 here, the SDK's 2), so code that
reads them sees what this client really does.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

import httpx
from integrations_openai_api._runtime.model import ApiModel

from ._policies import DEFAULT_MAX_RETRIES
from ._pool import pool_limits
from .config import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseModel",
    "file_from_path",
]

#: The pool limits a client gets when none are given.
DEFAULT_CONNECTION_LIMITS: Final[httpx.Limits] = pool_limits()

#: The base class of every response model (the SDK's name for it).
BaseModel = ApiModel


def file_from_path(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """``(file name, content)`` of the file at ``path``, ready for any ``file=`` argument."""
    file = Path(path)
    return file.name, file.read_bytes()
