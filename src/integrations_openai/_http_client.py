"""The httpx pieces a client is made of: its two httpx clients, and the bottoms of its stack.

``HttpClient``/``AsyncHttpClient`` send straight to the stack (httpx's client layer skipped
when nothing there would act), tell it which sends are streamed, and join each path to the
base URL once.
``UserClientTransport``/``AsyncUserClientTransport`` put a caller's own ``httpx.Client``
(proxies, mTLS, limits, mounts, HTTP/2) at the bottom of our stack, so every resilience
layer still applies. ``Borrowed`` lends a pool to a copy without letting it close it.
``WrongDriver`` refuses calls made through the generated client's other driver.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from ._direct import AsyncTimed, Timed, check_send, received, sends_direct, since
from .errors import ConfigurationError

__all__ = [
    "AsyncHttpClient",
    "AsyncUserClientTransport",
    "Borrowed",
    "HttpClient",
    "UserClientTransport",
    "WrongDriver",
    "user_transport",
]


# Paths joined to one base URL are kept up to this many; then the memo starts over (ids in
# paths, e.g. /files/{id}, would otherwise grow it without end).
_MERGED_URLS_MAX = 256


class _UrlMemo:
    """The absolute URL of each relative path, joined to the client's base URL once.

    httpx parses the path and then the joined URL on every request (two full URL parses);
    a client sends to a handful of paths, and an ``httpx.URL`` is immutable, so one parse
    per path serves every later request. Another base URL (``http.base_url = ...``) starts
    a new memo.
    """

    __slots__ = ("base", "urls")

    def __init__(self) -> None:
        self.base: object = None
        self.urls: dict[str, httpx.URL] = {}

    def merge(self, base: httpx.URL, url: str, join: Callable[[str], httpx.URL]) -> httpx.URL:
        if self.base is not base:
            self.base, self.urls = base, {}
        merged = self.urls.get(url)
        if merged is None:
            if len(self.urls) >= _MERGED_URLS_MAX:
                self.urls = {}
            merged = self.urls[url] = join(url)
        return merged


class HttpClient(httpx.Client):
    """An ``httpx.Client`` over our stack whose sends skip httpx's client layer.

    ``before_send(request, stream)`` runs first for every send (ours, a facade download, a
    raw ``http.stream()``): it checks the client is open, gives a foreign request a call
    plan, and marks a streamed send, so the buffer layer never reads such a body in full.
    """

    def __init__(
        self, *, before_send: Callable[[httpx.Request, bool], None], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._before = before_send
        self._stack = kwargs.get("transport")
        self._urls = _UrlMemo()

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)
        return self._urls.merge(self._base_url, url, super()._merge_url)

    def send(
        self, request: httpx.Request, *, stream: bool = False, **kwargs: Any
    ) -> httpx.Response:
        self._before(request, stream)
        if self._stack is None or not sends_direct(self, kwargs):
            return super().send(request, stream=stream, **kwargs)
        check_send(self, request)
        history: list[httpx.Response] = []
        while True:
            start = time.perf_counter()
            response: httpx.Response = self._stack.handle_request(request)
            try:
                redirect = received(self, request, response, history)
                if redirect is None or not self.follow_redirects:
                    response.next_request = redirect
                    break
                response.read()
                response.elapsed = since(start)
            except BaseException:
                response.close()
                raise
            history.append(response)
            request = redirect
            self._before(request, stream)
        if stream:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = Timed(response.stream, response, start)
            return response
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        response.elapsed = since(start)
        return response


class AsyncHttpClient(httpx.AsyncClient):
    """The async twin of ``HttpClient``."""

    def __init__(
        self, *, before_send: Callable[[httpx.Request, bool], None], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._before = before_send
        self._stack = kwargs.get("transport")
        self._urls = _UrlMemo()

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)
        return self._urls.merge(self._base_url, url, super()._merge_url)

    async def send(
        self, request: httpx.Request, *, stream: bool = False, **kwargs: Any
    ) -> httpx.Response:
        self._before(request, stream)
        if self._stack is None or not sends_direct(self, kwargs):
            return await super().send(request, stream=stream, **kwargs)
        check_send(self, request)
        history: list[httpx.Response] = []
        while True:
            start = time.perf_counter()
            response: httpx.Response = await self._stack.handle_async_request(request)
            try:
                redirect = received(self, request, response, history)
                if redirect is None or not self.follow_redirects:
                    response.next_request = redirect
                    break
                await response.aread()
                response.elapsed = since(start)
            except BaseException:
                await response.aclose()
                raise
            history.append(response)
            request = redirect
            self._before(request, stream)
        if stream:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = AsyncTimed(response.stream, response, start)
            return response
        try:
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        response.elapsed = since(start)
        return response


class UserClientTransport(httpx.BaseTransport):
    """The caller's ``httpx.Client`` as the network under our stack.

    Each attempt goes through ``client.send(request, stream=True)``: its transport and
    mounts (pool, limits, proxies, TLS and client certificates, HTTP/2), its ``auth`` and its
    event hooks apply. Its ``base_url``, ``timeout``, default ``headers``/``params`` and
    redirect setting do not: the request is already built (and redirects followed) above.
    """

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        self.client.close()


class AsyncUserClientTransport(httpx.AsyncBaseTransport):
    """The async twin of ``UserClientTransport`` (an ``httpx.AsyncClient``)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        await self.client.aclose()


def user_transport(client: object, *, is_async: bool, owner: str) -> Any:
    """The bottom transport for a caller's ``http_client``, after checking its driver."""
    wanted = httpx.AsyncClient if is_async else httpx.Client
    if not isinstance(client, wanted):
        other = "httpx.Client" if is_async else "httpx.AsyncClient"
        detail = (
            f"an {other}"
            if isinstance(client, httpx.Client | httpx.AsyncClient)
            else (f"a {type(client).__name__}")
        )
        raise ConfigurationError(
            f"{owner} needs http_client to be an {wanted.__module__}.{wanted.__name__}, "
            f"got {detail}"
        )
    if is_async:
        return AsyncUserClientTransport(client)  # type: ignore[arg-type]
    return UserClientTransport(client)  # type: ignore[arg-type]


class Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A pool lent to a copy with its own stack: sends go through, ``close`` is its owner's."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._inner.handle_async_request(request)
        return response

    def close(self) -> None:
        return None

    async def aclose(self) -> None:
        return None


class WrongDriver(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Bottom of the generated client's *other* driver: refuses, so nothing bypasses the stack."""

    def __init__(self, owner: str) -> None:
        other = "AsyncOpenAIClient" if owner == "OpenAIClient" else "OpenAIClient"
        self._message = f"this generated client belongs to {owner}; use {other} for that driver"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)
