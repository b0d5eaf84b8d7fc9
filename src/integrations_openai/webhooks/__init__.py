"""Webhooks: verify OpenAI's signed deliveries and parse them into typed events.

::

    event = client.webhooks.unwrap(request.body, request.headers)  # OPENAI_WEBHOOK_SECRET
    if event.type == "response.completed":
        ...

A bad signature or a stale timestamp raises ``InvalidWebhookSignatureError``. The event
classes (``WebhookBatchCompleted``...) and the ``WebhookEvent`` union are generated from the
spec's ``webhooks:``; an unknown event type parses as ``UnknownVariant``.
"""

from __future__ import annotations

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
    "verify",
]
