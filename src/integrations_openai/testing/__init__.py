"""Testing aids for code that uses this client.

- Test mode (``set_testing``): no backoff sleeps, capped attempts, fresh breakers.
- ``FakeOpenAI``: an in-process fake of the OpenAI API on 127.0.0.1 that answers like the
  real one, keeps state, moves statuses on a clock the test controls and injects faults
  (``integrations_openai.testing.fake``; loaded on first use, so importing this package
  stays cheap).
- A pytest plugin (``integrations_openai.testing.pytest_plugin``) with the ``openai_fake``,
  ``openai_client`` and ``async_openai_client`` fixtures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._mode import (
    Resettable,
    async_sleep,
    is_testing,
    register_resettable,
    retries_for,
    set_testing,
    sleep,
)

if TYPE_CHECKING:
    from .fake import FakeOpenAI

__all__ = [
    "FakeOpenAI",
    "Resettable",
    "async_sleep",
    "is_testing",
    "register_resettable",
    "retries_for",
    "set_testing",
    "sleep",
]


def __getattr__(name: str) -> Any:
    # The fake (a server, its routes, its state) loads only when a test asks for it.
    if name == "FakeOpenAI":
        from .fake import FakeOpenAI

        return FakeOpenAI
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
