"""pytest plugin (entry point ``pytest11``): fixtures backed by the embedded OpenAI fake.

- ``openai_fake``: a running ``FakeOpenAI``; ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` point
  at it for the test, so code that builds its own client (ours or the official SDK) talks
  to the fake too. Options via ``@pytest.mark.openai_fake(step_per_poll=False, ...)``.
- ``openai_client`` / ``async_openai_client``: an ``OpenAIClient`` / ``AsyncOpenAIClient``
  bound to it, closed after the test; retries as configured but without backoff sleeps.

::

    def test_summary(openai_fake, openai_client):
        openai_fake.reply_with("Short.")
        assert summarize(openai_client, "long text") == "Short."
        assert openai_fake.calls("POST /v1/chat/completions")[0].json()["model"] == "gpt-4o-mini"

Importing this module costs nothing: the fake loads when a fixture is first used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from .._client import AsyncOpenAIClient, OpenAIClient
    from .fake import FakeOpenAI

__all__ = ["async_openai_client", "openai_client", "openai_fake"]

# Test mode with the configured retries kept (cap=True: attempts only lowers them) and no
# backoff sleeps, so a scripted 429 is retried at once.
_KEEP_RETRIES = 1_000

F = TypeVar("F", bound=Callable[..., Any])


def _async_fixture(function: F) -> F:
    """pytest-asyncio's fixture decorator when it is installed (async fixtures need an
    async plugin), else pytest's own (anyio's plugin runs plain async fixtures)."""
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover - this suite has pytest-asyncio
        return cast(F, pytest.fixture(function))
    return cast(F, pytest_asyncio.fixture(function))


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``openai_fake`` marker (keyword arguments for ``FakeOpenAI``)."""
    config.addinivalue_line(
        "markers", "openai_fake(**options): options for the openai_fake fixture's FakeOpenAI"
    )


@pytest.fixture
def openai_fake(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeOpenAI]:
    """A fresh fake of the OpenAI API on 127.0.0.1, with the environment pointing at it."""
    from .fake import FakeOpenAI

    marker = request.node.get_closest_marker("openai_fake")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with FakeOpenAI(**options) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        monkeypatch.setenv("OPENAI_API_KEY", fake.api_key)
        yield fake


@pytest.fixture
def openai_client(openai_fake: FakeOpenAI) -> Iterator[OpenAIClient]:
    """An ``OpenAIClient`` bound to ``openai_fake`` (retries without backoff sleeps)."""
    from ._mode import set_testing

    with set_testing(attempts=_KEEP_RETRIES, cap=True), openai_fake.client() as client:
        yield client


@_async_fixture
async def async_openai_client(openai_fake: FakeOpenAI) -> AsyncIterator[AsyncOpenAIClient]:
    """An ``AsyncOpenAIClient`` bound to ``openai_fake`` (retries without backoff sleeps)."""
    from ._mode import set_testing

    with set_testing(attempts=_KEEP_RETRIES, cap=True):
        async with openai_fake.async_client() as client:
            yield client
