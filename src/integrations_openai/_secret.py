"""A string that never shows itself: the API key's container.

``repr``/``str``/``format`` print a mask, pickling is refused, and the value is read only
through ``get_secret_value()`` at the one place that needs it (the auth transport). A
callable source is read on every call, so a rotated key takes effect on the next attempt.
"""

from __future__ import annotations

import hmac
import inspect
from collections.abc import Awaitable, Callable
from typing import NoReturn

from ._redact import mask_secret, remember_secret
from .errors import ConfigurationError

__all__ = ["Secret", "key_problem"]


class Secret:
    """Holds a secret string (or a zero-argument callable returning one) without leaking it."""

    __slots__ = ("_source",)

    def __init__(self, source: str | Callable[[], str] | Callable[[], Awaitable[str]]) -> None:
        self._source = source
        if isinstance(source, str):
            remember_secret(source)  # masked in every log, span and message from now on

    def get_secret_value(self) -> str:
        """The current plain value. Call it only where the value is put on the wire."""
        source = self._source
        if not callable(source):
            return source
        value: object = source()
        if inspect.isawaitable(value):
            if inspect.iscoroutine(value):
                value.close()  # never awaited here: close it instead of leaking a warning
            raise ConfigurationError(
                "this credential source is async (returns an awaitable): use the async client"
            )
        return _checked(value)

    async def aget_secret_value(self) -> str:
        """The current value for the async client: an async source is awaited."""
        source = self._source
        if not callable(source):
            return source
        value: object = source()
        if inspect.isawaitable(value):
            value = await value
        return _checked(value)

    @property
    def is_dynamic(self) -> bool:
        """True when the value comes from a callable (re-read on every attempt)."""
        return callable(self._source)

    def __repr__(self) -> str:
        return f"Secret({mask_secret('x')!r})"

    def __str__(self) -> str:
        return mask_secret("x")

    def __format__(self, spec: str) -> str:
        return str(self)

    def __bool__(self) -> bool:
        return self.is_dynamic or bool(self._source)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        if self.is_dynamic or other.is_dynamic:
            return self._source is other._source
        # Constant-time comparison: equality checks must not time the key out byte by byte.
        return hmac.compare_digest(self.get_secret_value(), other.get_secret_value())

    def __hash__(self) -> int:
        return hash(type(self))

    def __reduce__(self) -> NoReturn:
        raise TypeError("Secret values cannot be pickled")


def _checked(value: object) -> str:
    if not isinstance(value, str):
        # The type only: whatever came back may still be (part of) a credential.
        raise ConfigurationError(
            f"the credential source returned {type(value).__name__}, not a string"
        )
    remember_secret(value)  # a rotated key is masked too
    return value


def key_problem(value: str) -> str | None:
    """Why ``value`` cannot be sent as an API key, or ``None``; never quotes the value.

    An HTTP header takes printable ASCII only: a stray newline, space or non-ASCII character
    would otherwise fail deep inside httpx with the key in the error text.
    """
    if not value:
        return "the API key is empty"
    # Printable ASCII without the space: "!" (33) to "~" (126), checked in C.
    if not (value.isascii() and value.isprintable() and " " not in value):
        return (
            "the API key contains whitespace, control or non-ASCII characters "
            "(a stray newline or quote?)"
        )
    return None
