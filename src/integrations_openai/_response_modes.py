"""``client.with_raw_response`` / ``client.with_streaming_response``: the SDK's client-level
views, ``client.with_raw_response.chat.completions.create(...)``.

Each resource already has its own ``with_raw_response``; the view walks the attribute path
(``chat`` -> ``completions``) and, at the first resource that has the mode, hands out that
mode's method. Namespaces without operations (``chat``, ``beta``) are walked through.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

__all__ = ["ResponseMode"]

_MODES = frozenset({"with_raw_response", "with_streaming_response"})


class ResponseMode:
    """A view of ``target`` (the client, or a resource under it) in one response mode."""

    __slots__ = ("_mode", "_target")

    def __init__(self, target: object, mode: str) -> None:
        if mode not in _MODES:
            raise ValueError(f"unknown response mode {mode!r}")
        self._target = target
        self._mode = mode

    def __getattr__(self, name: str) -> Any:
        own = _own_mode(self._target, self._mode)
        if own is not None and hasattr(own, name):
            return getattr(own, name)
        return ResponseMode(getattr(self._target, name), self._mode)

    def __repr__(self) -> str:
        return f"<{self._mode} view of {type(self._target).__name__}>"


def _own_mode(target: object, mode: str) -> Any:
    """The resource's own generated mode object, if it has operations (else ``None``)."""
    if isinstance(inspect.getattr_static(type(target), mode, None), functools.cached_property):
        return getattr(target, mode)
    return None
