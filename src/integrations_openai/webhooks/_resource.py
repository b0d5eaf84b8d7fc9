"""``client.webhooks``: verify a delivery, then parse it into a typed event.

Verification needs no I/O, so one class serves both clients (the official SDK's async
``unwrap`` is not a coroutine either). The clock is injected for the timestamp window.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._secret import Secret
from ..errors import ConfigurationError, ResponseDecodeError
from ._signature import DEFAULT_TOLERANCE, Headers, secret_key, verify

if TYPE_CHECKING:
    from integrations_openai_api.unions import WebhookEvent

__all__ = ["Webhooks"]


class Webhooks:
    """Checks and parses webhook deliveries signed with ``secret`` (Standard Webhooks)."""

    __slots__ = ("_clock", "_secret")

    def __init__(
        self, secret: str | Secret | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        if secret is not None and not isinstance(secret, str | Secret):
            raise ConfigurationError(
                f"webhook_secret must be a string or a Secret, not {type(secret).__name__}"
            )
        self._secret = Secret(secret) if isinstance(secret, str) else secret
        self._clock = clock

    def __repr__(self) -> str:
        return f"Webhooks(secret={self._secret!r})"

    def _key(self, secret: str | Secret | None) -> bytes:
        chosen = self._secret if secret is None else secret
        if chosen is None:
            raise ConfigurationError(
                "no webhook secret: pass secret=..., webhook_secret=... to the client, "
                "or set OPENAI_WEBHOOK_SECRET"
            )
        if isinstance(chosen, Secret):
            return secret_key(chosen.get_secret_value())
        return secret_key(chosen)

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Headers,
        *,
        secret: str | Secret | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise ``InvalidWebhookSignatureError`` unless ``payload`` (the raw body, exactly as
        received) is signed with the secret and at most ``tolerance`` seconds from now."""
        verify(payload, headers, key=self._key(secret), now=self._clock(), tolerance=tolerance)

    def unwrap(
        self, payload: str | bytes, headers: Headers, *, secret: str | Secret | None = None
    ) -> WebhookEvent:
        """Verify the delivery, then return its typed event (``WebhookBatchCompleted``...).

        An event type this client does not know yet is an ``UnknownVariant`` holding the
        raw fields, never an error.
        """
        self.verify_signature(payload, headers, secret=secret)
        return parse_event(payload)


def parse_event(payload: str | bytes) -> WebhookEvent:
    """The typed event of a (verified) payload; ``ResponseDecodeError`` if it is no JSON object."""
    from integrations_openai_api.unions import parse_webhook_event

    try:
        data: Any = json.loads(payload)
    except (ValueError, TypeError) as exc:
        raise ResponseDecodeError(f"the webhook payload is not JSON ({exc})") from None
    if not isinstance(data, Mapping):
        raise ResponseDecodeError(
            f"the webhook payload is a JSON {type(data).__name__}, not an object"
        )
    return parse_webhook_event(data)
