"""Run one test body against both drivers (``OpenAIClient`` and ``AsyncOpenAIClient``).

Tests are ``async def`` and take the ``driver`` fixture (parametrized in tests/conftest.py:
"sync" on the default sync transport (our stdlib pool), "sync-httpx" on httpx's own
(httpcore), "async" on the default async transport (aiohttp), "async-httpx" on httpx's own,
so every behaviour is proven on all four transports); the driver hides the await::

    async def test_x(driver, fault_server):
        client = driver.client(base_url=fault_server.url + "/v1")
        response = await driver.request(client, "GET", "/models")
        await driver.close(client)

The sync driver calls the blocking client directly (the fault server has its own thread).
"""

from __future__ import annotations

from typing import Any

import httpx

from integrations_openai._client import AsyncOpenAIClient, OpenAIClient

__all__ = ["Driver"]

TEST_KEY = "sk-test-DRIVERKEY0123456789abcdef"


class Driver:
    """Creates clients of one flavour and awaits their calls uniformly."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_async = name.startswith("async")

    def __repr__(self) -> str:
        return f"Driver({self.name})"

    def client(self, **kwargs: Any) -> OpenAIClient | AsyncOpenAIClient:
        """A client with a test key (override with ``api_key=``)."""
        kwargs.setdefault("api_key", TEST_KEY)
        if self.name == "async-httpx":
            kwargs.setdefault("async_transport", "httpx")
        if self.name == "sync-httpx":
            kwargs.setdefault("sync_transport", "httpx")
        cls = AsyncOpenAIClient if self.is_async else OpenAIClient
        return cls(**kwargs)

    async def request(self, client: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """``client.request(...)``, awaited when async."""
        if self.is_async:
            return await client.request(method, path, **kwargs)  # type: ignore[no-any-return]
        return client.request(method, path, **kwargs)  # type: ignore[no-any-return]

    async def send(self, client: Any, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """``client.send(...)``, awaited when async."""
        if self.is_async:
            return await client.send(request, **kwargs)  # type: ignore[no-any-return]
        return client.send(request, **kwargs)  # type: ignore[no-any-return]

    async def read(self, response: httpx.Response) -> bytes:
        """The full body of a streamed response."""
        if self.is_async:
            return await response.aread()
        return response.read()

    async def close(self, client: Any) -> None:
        """``close()`` or ``aclose()``."""
        if self.is_async:
            await client.aclose()
        else:
            client.close()

    async def close_response(self, response: httpx.Response) -> None:
        """Close a streamed response."""
        if self.is_async:
            await response.aclose()
        else:
            response.close()
