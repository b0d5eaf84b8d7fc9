"""Webhooks: verify OpenAI's signed deliveries and parse them into typed events.

::

    event = client.webhooks.unwrap(request.body, request.headers)  # OPENAI_WEBHOOK_SECRET
    if event.type == "response.completed":
        ...

A bad signature or a stale timestamp raises ``InvalidWebhookSignatureError``; a delivery
without its ``webhook-*`` headers a ``ConfigurationError`` (a ``ValueError``, as the SDK's). The event
classes (``WebhookBatchCompleted``...) and the ``WebhookEvent`` union are generated from the
spec's ``webhooks:``; an unknown event type parses as ``UnknownVariant``.
"""

from __future__ import annotations

import os
import typing

from ..errors import InvalidWebhookSignatureError
from ._resource import Webhooks, parse_event
from ._signature import (
    DEFAULT_TOLERANCE,
    HEADER_ID,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    secret_key,
    sign,
    verify,
)

if typing.TYPE_CHECKING:
    from integrations_openai_api.unions import WebhookEvent

    from .._secret import Secret
    from ._signature import Headers

__all__ = [
    "DEFAULT_TOLERANCE",
    "HEADER_ID",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "InvalidWebhookSignatureError",
    "Webhooks",
    "parse_event",
    "secret_key",
    "sign",
    "unwrap",
    "verify",
    "verify_signature",
]


def _package_webhooks() -> Webhooks:
    # The package as a client (``openai.webhook_secret = ...``), else the environment; no
    # API key needed: checking a signature involves no call.
    from .._module_client import setting
    from ..config import ENV_WEBHOOK_SECRET

    return Webhooks(setting("webhook_secret") or os.environ.get(ENV_WEBHOOK_SECRET))


def unwrap(
    payload: str | bytes, headers: Headers, *, secret: str | Secret | None = None
) -> WebhookEvent:
    """``Webhooks.unwrap`` with the package-level secret (``openai.webhooks.unwrap(...)``)."""
    return _package_webhooks().unwrap(payload, headers, secret=secret)


def verify_signature(
    payload: str | bytes,
    headers: Headers,
    *,
    secret: str | Secret | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
) -> None:
    """``Webhooks.verify_signature`` with the package-level secret."""
    _package_webhooks().verify_signature(payload, headers, secret=secret, tolerance=tolerance)
