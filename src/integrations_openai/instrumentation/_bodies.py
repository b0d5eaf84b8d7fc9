"""Sampled debug logs of request and response bodies, masked of secrets; off by default.

``DebugBodies`` is a listener: for a sampled share of facade calls it writes one DEBUG
record with the request body and the response (the typed result, or a stream's final
event), as bounded JSON with key-shaped text and bearer tokens masked. It costs nothing
unless its logger is enabled for DEBUG, and even then only the sampled calls are formatted.
``OPENAI_LOG_BODIES=<rate>`` (0 < rate <= 1) makes ``default_listeners()`` add one.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable, Mapping

from .._redact import redact_text
from ..errors import ConfigurationError
from ._events import Event, OperationEnd
from ._genai import content_text

__all__ = ["BODIES_ENV", "DebugBodies"]

#: The environment switch ``default_listeners()`` reads: a sampling rate in (0, 1].
BODIES_ENV = "OPENAI_LOG_BODIES"
_LOGGER = "integrations_openai.bodies"


class DebugBodies:
    """Logs the bodies of a ``sample_rate`` share of facade calls at DEBUG, masked.

    Records go to the ``integrations_openai.bodies`` logger (enable DEBUG on it, or on
    ``integrations_openai``, e.g. ``OPENAI_LOG=debug``) with ``openai_event``
    ``"DebugBodies"`` and ``openai_fields`` holding ``call_id``, ``operation``, ``request``
    and ``response`` (JSON text, at most 8192 characters each). ``random`` is the sampling
    draw (injectable for tests).
    """

    __slots__ = ("_logger", "_random", "sample_rate")

    def __init__(
        self,
        sample_rate: float = 1.0,
        *,
        logger: logging.Logger | None = None,
        random: Callable[[], float] = random.random,
    ) -> None:
        if (
            not isinstance(sample_rate, int | float)
            or isinstance(sample_rate, bool)
            or not 0.0 < sample_rate <= 1.0
        ):
            raise ConfigurationError(f"sample_rate must be in (0, 1], got {sample_rate!r}")
        self.sample_rate = float(sample_rate)
        self._logger = logger or logging.getLogger(_LOGGER)
        self._random = random

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DebugBodies | None:
        """A ``DebugBodies`` at the rate ``OPENAI_LOG_BODIES`` gives, or ``None`` if unset."""
        value = (os.environ if environ is None else environ).get(BODIES_ENV, "").strip()
        if not value:
            return None
        try:
            rate = float(value)
        except ValueError:
            raise ConfigurationError(
                f"{BODIES_ENV} must be a sampling rate in (0, 1], got {value!r}"
            ) from None
        return cls(rate)

    def __repr__(self) -> str:
        return f"DebugBodies(sample_rate={self.sample_rate})"

    def on_event(self, event: Event) -> None:
        """Log the bodies of a sampled ``OperationEnd``; ignore every other event."""
        if type(event) is not OperationEnd or not self._logger.isEnabledFor(logging.DEBUG):
            return
        if self.sample_rate < 1.0 and self._random() >= self.sample_rate:
            return
        request = event.facts.body
        response = event.result.body if event.result is not None else None
        fields = {
            "call_id": event.call_id,
            "operation": event.facts.operation_id,
            "request": redact_text(content_text(request)) if request is not None else None,
            "response": redact_text(content_text(response)) if response is not None else None,
            "error": event.error,
        }
        self._logger.debug(
            "bodies %s call=%s",
            event.facts.operation_id,
            event.call_id,
            extra={"openai_event": "DebugBodies", "openai_fields": fields},
        )
