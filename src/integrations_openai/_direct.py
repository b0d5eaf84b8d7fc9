"""The per-call path of our httpx clients: requests built in one pass, sends straight down.

``compose_request`` builds what ``httpx.Client.build_request`` would for a JSON (or empty)
body, without its generic merging. ``httpx.Client.send`` (request hooks, auth flow,
redirects, cookie jar, the body stream wrapped to time it, a log line) costs more per call
than our whole stack, and for our requests does nothing the stack does not: credentials,
retries and error mapping are layers. So ``HttpClient.send`` goes straight to the stack
(``sends_direct`` decides) and does by itself, for each hop, what that layer does
observably: the request's timeout (``check_send``), ``response.request``, the cookie jar
(read only when a response sets a cookie), httpx's log line, ``history`` and redirects
(``received``: followed with httpx's own redirect request, or left in ``next_request``),
``response.elapsed`` (``since``, or ``Timed`` for a body read later). What a caller set on
the httpx client that this does not mirror (event hooks, ``auth``), or passed to ``send``
(``auth=``, ``follow_redirects=``), takes httpx's full path, so ``client.http`` keeps every
httpx behaviour. The two drivers are ``HttpClient`` and ``AsyncHttpClient``.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

__all__ = [
    "AsyncTimed",
    "Timed",
    "check_send",
    "compose_request",
    "received",
    "sends_direct",
    "since",
]

_HTTPX_LOG = logging.getLogger("httpx")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_AnyClient = httpx.Client | httpx.AsyncClient


def compose_request(
    http: _AnyClient,
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    body: Any = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Request | None:
    """``http.build_request(method, url, params=..., json=body, headers=...)`` in one pass.

    The same request (URL, headers in the same order, body bytes, timeout) without httpx's
    generic path, which merges each part into a new object and then normalizes the headers
    and encodes the body again inside ``httpx.Request``. ``None`` when the client holds
    cookies: httpx builds that request (the jar decides which cookies go where).
    """
    if http.cookies:
        return None
    method = method.upper()
    merged = http.headers
    if headers:
        merged = httpx.Headers(merged)
        merged.update(headers)
    raw = merged.raw
    names = {name.lower() for name, _ in raw}
    query = http.params
    target = http._merge_url(url)
    if params or query:
        target = httpx.URL(target, params=httpx.QueryParams(query).merge(params))
    content = b""
    if body is not None:
        content = json.dumps(
            body, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
        # httpx's body headers, unless given (then the caller's stand).
        if b"content-length" not in names:
            raw.append((b"Content-Length", str(len(content)).encode()))
            names.add(b"content-length")
        if b"content-type" not in names:
            raw.append((b"Content-Type", b"application/json"))
    # The headers httpx puts first: Host, and an empty body's length where one is expected.
    auto: list[tuple[bytes, bytes]] = []
    if b"host" not in names and target.host:
        auto.append((b"Host", target.netloc))
    if (
        method in _BODY_METHODS
        and b"content-length" not in names
        and b"transfer-encoding" not in names
    ):
        auto.append((b"Content-Length", b"0"))
    request = httpx.Request(
        method,
        target,
        headers=httpx.Headers(auto + raw if auto else raw),
        stream=httpx.ByteStream(content),
        extensions={"timeout": http.timeout.as_dict()},
    )
    request.read()  # the body is in memory: ``request.content`` as httpx gives it
    return request


def sends_direct(http: _AnyClient, kwargs: Mapping[str, Any]) -> bool:
    """Whether this send may skip httpx's client layer (nothing there would act on it).

    ``kwargs`` are ``send``'s own (``auth=``, ``follow_redirects=``); httpx's ``request``,
    ``get``... and ``stream`` pass them as ``USE_CLIENT_DEFAULT``, which changes nothing.
    """
    hooks = http.event_hooks
    return (
        http.auth is None
        and not hooks["request"]
        and not hooks["response"]
        and all(value is httpx.USE_CLIENT_DEFAULT for value in kwargs.values())
    )


def check_send(http: _AnyClient, request: httpx.Request) -> None:
    """What ``httpx.Client.send`` checks and sets before the first hop."""
    if http.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    if "timeout" not in request.extensions:  # a request not built by this client
        request.extensions = {**request.extensions, "timeout": http.timeout.as_dict()}


def received(
    http: _AnyClient,
    request: httpx.Request,
    response: httpx.Response,
    history: list[httpx.Response],
) -> httpx.Request | None:
    """Bind ``response`` to ``request`` as httpx does; the next hop's request if it is a
    redirect (``TooManyRedirects`` past ``max_redirects`` when following)."""
    response.request = request
    headers = response.headers
    if "set-cookie" in headers or "set-cookie2" in headers:
        http.cookies.extract_cookies(response)
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        _HTTPX_LOG.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
    if history:
        response.history = list(history)
    if not response.has_redirect_location:
        return None
    redirect: httpx.Request = http._build_redirect_request(request, response)
    if http.follow_redirects and len(history) >= http.max_redirects:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=redirect)
    return redirect


def since(start: float) -> datetime.timedelta:
    """The time from ``start`` (a ``time.perf_counter()`` value) to now, as httpx's
    ``response.elapsed``."""
    return datetime.timedelta(seconds=time.perf_counter() - start)


class Timed(httpx.SyncByteStream):
    """A streamed body that sets ``response.elapsed`` when closed (as httpx does)."""

    __slots__ = ("_inner", "_response", "_start")

    def __init__(self, inner: httpx.SyncByteStream, response: httpx.Response, start: float) -> None:
        self._inner, self._response, self._start = inner, response, start

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        self._response.elapsed = since(self._start)
        self._inner.close()


class AsyncTimed(httpx.AsyncByteStream):
    """The async twin of ``Timed``."""

    __slots__ = ("_inner", "_response", "_start")

    def __init__(
        self, inner: httpx.AsyncByteStream, response: httpx.Response, start: float
    ) -> None:
        self._inner, self._response, self._start = inner, response, start

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        self._response.elapsed = since(self._start)
        await self._inner.aclose()
