"""Standard Webhooks signatures, I/O-free: the secret, the signed content, the check.

A delivery carries ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and
``webhook-signature`` (space-separated ``v1,<base64 HMAC-SHA256>`` entries, several while a
secret is being rotated). The signed content is ``{id}.{timestamp}.{payload}`` keyed with
the secret (``whsec_<base64>``: the base64 part decoded). ``now`` is passed in, so the
timestamp window is decided without reading a clock here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import ConfigurationError, InvalidWebhookSignatureError

__all__ = [
    "DEFAULT_TOLERANCE",
    "HEADER_ID",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "secret_key",
    "sign",
    "verify",
]

HEADER_ID = "webhook-id"
HEADER_TIMESTAMP = "webhook-timestamp"
HEADER_SIGNATURE = "webhook-signature"
#: Seconds a delivery's timestamp may differ from now, either way (replay window).
DEFAULT_TOLERANCE = 300
_PREFIX = "whsec_"
_VERSION = "v1"

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def secret_key(secret: str) -> bytes:
    """The HMAC key of a secret: ``whsec_<base64>`` decoded, else the text itself (as the
    official SDK does). A malformed ``whsec_`` secret is a ``ConfigurationError``."""
    if not isinstance(secret, str) or not secret:
        raise ConfigurationError("the webhook secret must be a non-empty string")
    if not secret.startswith(_PREFIX):
        return secret.encode()
    encoded = secret[len(_PREFIX) :].strip()
    try:
        # Padding is optional in the wild (Standard Webhooks accepts unpadded secrets).
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        # Never quote the secret: it is a credential.
        raise ConfigurationError("the webhook secret is not valid base64 after 'whsec_'") from None
    if not key:
        raise ConfigurationError("the webhook secret is empty after 'whsec_'")
    return key


def _as_bytes(payload: str | bytes | bytearray | memoryview) -> bytes:
    if isinstance(payload, str):
        return payload.encode()
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise ConfigurationError(
        f"the webhook payload must be the raw body as str or bytes, not {type(payload).__name__}"
    )


def sign(key: bytes, webhook_id: str, timestamp: int, payload: str | bytes) -> str:
    """The ``v1,<base64>`` signature of one delivery (what a sender puts in the header)."""
    content = f"{webhook_id}.{timestamp}.".encode() + _as_bytes(payload)
    digest = hmac.new(key, content, hashlib.sha256).digest()
    return f"{_VERSION},{base64.b64encode(digest).decode()}"


def _header(headers: Headers, name: str) -> str:
    items = headers.items() if isinstance(headers, Mapping) else headers
    try:
        for key, value in items:
            if isinstance(key, str) and key.lower() == name:
                if not isinstance(value, str):
                    break
                return value
    except (TypeError, ValueError):
        raise ConfigurationError(
            "webhook headers must be a mapping or (name, value) pairs of strings"
        ) from None
    # A delivery without its headers is a bad argument, not a failed verification: a
    # ``ConfigurationError`` (a ``ValueError``, as the SDK raises), so ``except
    # InvalidWebhookSignatureError`` catches what it catches with the SDK.
    raise ConfigurationError(f"Could not find {name} header")


def _check_tolerance(tolerance: Any) -> float:
    if (
        isinstance(tolerance, bool)
        or not isinstance(tolerance, int | float)
        or not tolerance >= 0
        or math.isnan(tolerance)
    ):
        raise ConfigurationError(f"tolerance must be a number of seconds >= 0, got {tolerance!r}")
    return float(tolerance)


def verify(
    payload: str | bytes,
    headers: Headers,
    *,
    key: bytes,
    now: float,
    tolerance: float = DEFAULT_TOLERANCE,
) -> None:
    """Raise ``InvalidWebhookSignatureError`` unless one ``v1`` signature matches and the
    timestamp lies within ``tolerance`` seconds of ``now`` (too old: a replay; too new: a
    forged or skewed clock). Signatures are compared in constant time."""
    window = _check_tolerance(tolerance)
    body = _as_bytes(payload)
    signatures = _header(headers, HEADER_SIGNATURE)  # looked up in the SDK's order
    raw_timestamp = _header(headers, HEADER_TIMESTAMP)
    webhook_id = _header(headers, HEADER_ID)
    try:
        timestamp = int(raw_timestamp.strip())
    except ValueError:
        raise InvalidWebhookSignatureError(
            "the webhook-timestamp header is not a Unix time in seconds"
        ) from None
    if now - timestamp > window:
        raise InvalidWebhookSignatureError(
            f"the webhook timestamp is too old ({now - timestamp:.0f} s > {window:.0f} s tolerance)"
        )
    if timestamp - now > window:
        raise InvalidWebhookSignatureError(
            f"the webhook timestamp is too new ({timestamp - now:.0f} s ahead of this clock)"
        )
    expected = sign(key, webhook_id, timestamp, body).encode()
    candidates = [s for s in signatures.split() if s.startswith(f"{_VERSION},")]
    # Every candidate is compared (no early exit), each in constant time.
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(expected, candidate.encode())
    if not matched:
        raise InvalidWebhookSignatureError(
            "no webhook signature matches (wrong secret, or the payload was changed)"
        )
