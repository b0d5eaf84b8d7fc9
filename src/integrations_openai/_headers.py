"""Typed views of OpenAI response headers: rate-limit state and request ids.

Everything here is pure: it takes a header mapping and returns data, so the
transport, the errors and the raw-response accessors share one parser.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from ._redact import redact_text

if TYPE_CHECKING:
    import httpx

__all__ = [
    "MAX_NUMBER_CHARS",
    "MAX_REQUEST_ID_CHARS",
    "RateLimitInfo",
    "non_negative_number",
    "parse_reset_seconds",
    "request_id_from",
    "request_id_of",
]

# Real numeric header values are a dozen characters ("6m0s", "1.5", "149984"). Anything
# far longer is garbage or hostile: it is ignored before any parsing, so no parser here
# spends more than constant time on it (int() of a long digit string is quadratic).
MAX_NUMBER_CHARS = 64
# Request ids are ~40 characters; a longer one is kept, truncated, for diagnostics.
MAX_REQUEST_ID_CHARS = 256

# Anchored at each position in turn (``match(text, pos)``): the parse is linear, where
# scanning with ``finditer`` retried ``\d+`` from every digit of a run (quadratic).
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)", re.ASCII)
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def non_negative_number(text: str) -> float | None:
    """A header's plain number (``"1.5"``), or ``None`` unless finite and >= 0.

    "inf", "nan", "1e400" and negatives are not a wait anyone can honour; values longer
    than ``MAX_NUMBER_CHARS`` are not read at all.
    """
    if len(text) > MAX_NUMBER_CHARS:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def parse_reset_seconds(value: str | None) -> float | None:
    """Parse an ``x-ratelimit-reset-*`` value (``"6m0s"``, ``"1.5s"``, ``"20ms"``, ``"2"``).

    Returns seconds, or ``None`` when the value is absent or unreadable.
    """
    if value is None or len(value) > MAX_NUMBER_CHARS:
        return None
    text = value.strip()
    if not text:
        return None
    seconds = non_negative_number(text)  # a bare number is seconds
    if seconds is not None:
        return seconds
    total, pos, end = 0.0, 0, len(text)
    while pos < end:
        match = _DURATION_PART.match(text, pos)
        if match is None:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        pos = match.end()
    return total if math.isfinite(total) else None


def _int_or_none(value: str | None) -> int | None:
    """A non-negative count, or ``None`` (a negative limit or remaining is unreadable)."""
    if value is None or len(value) > MAX_NUMBER_CHARS:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number >= 0 else None


@attrs.frozen(slots=True)
class RateLimitInfo:
    """Rate-limit state reported by the server on one response (``x-ratelimit-*``).

    ``reset_*`` are seconds from the moment the response was received.
    Every field is ``None`` when the server did not send that header.
    """

    limit_requests: int | None = None
    limit_tokens: int | None = None
    remaining_requests: int | None = None
    remaining_tokens: int | None = None
    reset_requests: float | None = None
    reset_tokens: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        """Read the six ``x-ratelimit-*`` headers; missing or malformed ones stay ``None``."""
        get = headers.get
        return cls(
            limit_requests=_int_or_none(get("x-ratelimit-limit-requests")),
            limit_tokens=_int_or_none(get("x-ratelimit-limit-tokens")),
            remaining_requests=_int_or_none(get("x-ratelimit-remaining-requests")),
            remaining_tokens=_int_or_none(get("x-ratelimit-remaining-tokens")),
            reset_requests=parse_reset_seconds(get("x-ratelimit-reset-requests")),
            reset_tokens=parse_reset_seconds(get("x-ratelimit-reset-tokens")),
        )

    @property
    def is_empty(self) -> bool:
        """True when the response carried no rate-limit header at all."""
        return self == _EMPTY


_EMPTY = RateLimitInfo()


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The ``x-request-id`` the server assigned, if any, key-shaped text masked.

    It is server-supplied text that ends up in errors, events and logs: a hostile or buggy
    upstream echoing a credential there must not turn it into a leak. An absurdly long one
    is cut to ``MAX_REQUEST_ID_CHARS`` first (it is copied into every error and event).
    """
    value = headers.get("x-request-id")
    return redact_text(value[:MAX_REQUEST_ID_CHARS]) if value else value


#: Where ``request_id_of`` keeps a response's masked request id (read once per response).
REQUEST_ID_KEY = "integrations_openai.request_id"
_UNREAD = object()


def request_id_of(response: httpx.Response) -> str | None:
    """``request_id_from(response.headers)``, read once per response: the telemetry layer,
    the parsed model and the raw response wrappers all ask for it."""
    extensions = response.extensions
    found = extensions.get(REQUEST_ID_KEY, _UNREAD)
    if found is _UNREAD:
        found = request_id_from(response.headers)
        try:  # noqa: SIM105 - once per response: no context manager around one store
            extensions[REQUEST_ID_KEY] = found
        except TypeError:  # a read-only mapping given by hand: read again next time
            pass
    return found  # type: ignore[no-any-return]
