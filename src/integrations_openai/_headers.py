"""Typed views of OpenAI response headers: rate-limit state and request ids.

Everything here is pure: it takes a header mapping and returns data, so the
transport, the errors and the raw-response accessors share one parser.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import attrs

from ._redact import redact_text

__all__ = ["RateLimitInfo", "non_negative_number", "parse_reset_seconds", "request_id_from"]

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def non_negative_number(text: str) -> float | None:
    """A header's plain number (``"1.5"``), or ``None`` unless finite and >= 0.

    "inf", "nan", "1e400" and negatives are not a wait anyone can honour.
    """
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def parse_reset_seconds(value: str | None) -> float | None:
    """Parse an ``x-ratelimit-reset-*`` value (``"6m0s"``, ``"1.5s"``, ``"20ms"``, ``"2"``).

    Returns seconds, or ``None`` when the value is absent or unreadable.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    seconds = non_negative_number(text)  # a bare number is seconds
    if seconds is not None:
        return seconds
    total, pos = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != pos:
            return None
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        pos = match.end()
    return total if pos == len(text) and math.isfinite(total) else None


def _int_or_none(value: str | None) -> int | None:
    """A non-negative count, or ``None`` (a negative limit or remaining is unreadable)."""
    if value is None:
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
    upstream echoing a credential there must not turn it into a leak.
    """
    value = headers.get("x-request-id")
    return redact_text(value) if value else value
