"""A scriptable, fault-injecting HTTP/1.1 server on 127.0.0.1 for resilience tests.

Real sockets, its own thread (an asyncio loop), keep-alive, many concurrent connections, so
sync and async httpx clients talk to it exactly as they would to a real upstream.

Scripting API
-------------
::

    from tests.support.faultserver import FaultServer, Reply, json_reply, error_reply, sse

    with FaultServer() as server:                 # or the ``fault_server`` pytest fixture
        server.enqueue(                           # FIFO: one reply per incoming request
            error_reply(503),                     # OpenAI-shaped JSON error
            json_reply({"id": "x"}, headers={"x-request-id": "req_1"}),
        )
        httpx.get(server.url + "/v1/models")      # -> 503, then the next request -> 200
        server.requests[0].method, .path, .headers, .body, .json(), .connection_id
        server.accepts, server.request_count      # TCP accepts vs parsed requests (reuse)

Where a reply comes from, in order: the queue for the request's exact path
(``enqueue(..., path="/v1/x")``), the global queue, ``server.handler(request)`` if set
(a callable returning a ``Reply``, for dynamic behaviour: count, toggle, echo), and finally
``server.default`` (``200 {"ok": true}``). ``FaultServer(tls=context)`` serves HTTPS
(``tests/support/tls/``: a test CA and a 127.0.0.1/localhost certificate it signed).

The wire parts (``Reply``, ``SSEEvent``, ``RecordedRequest``, the reply helpers and the socket
engine) live in ``integrations_openai.testing.fake`` (the embedded OpenAI fake uses them too);
this module adds the FIFO scripting. ``Reply`` fields (all optional) combine freely:

- ``status``, ``headers`` (mapping or pairs), ``body`` (bytes, str, or a dict/list sent as JSON)
- ``delay``: seconds to wait before the status line (a slow server / read timeout)
- ``reset=True``: abort the connection with a TCP RST before any byte of the response
- ``declared_length``: the ``Content-Length`` to claim; larger than the body = a truncated body,
  the server sends what it has and closes the connection
- ``chunks``: send the body with ``Transfer-Encoding: chunked``, one HTTP chunk per item,
  ``chunk_delay`` seconds apart
- ``stall_after=n``: after ``n`` chunks stop sending but keep the connection open (a stalled
  stream) until the client goes away or the server stops
- ``cut_after=n``: after ``n`` chunks close the connection mid-body (no terminating chunk)
- ``close=True``: send ``Connection: close`` and close after this reply
- ``gate``: a ``threading.Event`` the server waits for before answering (hold replies until
  the test has seen what it needs, e.g. that N requests are in flight at once: no timing)
- ``abort=True``: with ``declared_length`` or ``cut_after``, end the connection with a TCP RST
  instead of a FIN (a reset mid-body)

Helpers build the common faults: ``json_reply``, ``error_reply`` (OpenAI ``{"error": ...}``),
``html_502``, ``malformed_json``, ``truncated``, ``reset``, ``stall`` (never answers), and
``sse(events, ...)`` for a ``text/event-stream`` body (events: dict -> JSON ``data:``, str ->
``data:`` line, ``SSEEvent`` for ``event:``/``id:``, bytes -> sent verbatim) with ``done``
(``data: [DONE]``), ``event_delay``, ``stall_after`` and ``cut_after`` counted in events.

Server-side records (thread-safe snapshots): ``requests`` (``RecordedRequest``: method, path,
query, headers as an ``httpx.Headers``, body, connection_id, received_at monotonic),
``accepts`` (TCP connections accepted), ``open_connections`` (and
``wait_for_open_connections(n)``), ``request_count``, ``wait_for_requests(n)``, and
``clear()`` to drop the script and the records between phases of one test.
"""

from __future__ import annotations

import ssl
from collections import deque
from collections.abc import Callable

from integrations_openai.testing.fake._server import WireServer
from integrations_openai.testing.fake._wire import (
    RecordedRequest,
    Reply,
    SSEEvent,
    error_reply,
    html_502,
    json_reply,
    malformed_json,
    reset,
    sse,
    stall,
    truncated,
)

__all__ = [
    "FaultServer",
    "RecordedRequest",
    "Reply",
    "SSEEvent",
    "error_reply",
    "html_502",
    "json_reply",
    "malformed_json",
    "reset",
    "sse",
    "stall",
    "truncated",
]

_DEFAULT_REPLY = json_reply({"ok": True})


class FaultServer(WireServer):
    """The scripted server. ``start()``/``stop()`` or use it as a context manager."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, *, tls: ssl.SSLContext | None = None
    ) -> None:
        super().__init__(host, port, tls=tls)
        self.default: Reply = _DEFAULT_REPLY
        self.handler: Callable[[RecordedRequest], Reply | None] | None = None
        self._queue: deque[Reply] = deque()
        self._path_queues: dict[str, deque[Reply]] = {}

    def enqueue(self, *replies: Reply, path: str | None = None) -> None:
        """Append replies to the global queue, or to the queue of one exact ``path``."""
        with self._lock:
            if path is None:
                self._queue.extend(replies)
            else:
                self._path_queues.setdefault(path, deque()).extend(replies)

    def clear(self) -> None:
        """Forget the script and the records (accept count too); keep the handler/default."""
        with self._lock:
            self._queue.clear()
            self._path_queues.clear()
        self.clear_records()

    @property
    def pending(self) -> int:
        """Scripted replies not yet consumed."""
        with self._lock:
            return len(self._queue) + sum(len(q) for q in self._path_queues.values())

    def reply_for(self, request: RecordedRequest) -> Reply:
        """Path queue, global queue, ``handler``, then ``default``."""
        with self._lock:
            queue = self._path_queues.get(request.path)
            if queue:
                return queue.popleft()
            if self._queue:
                return self._queue.popleft()
            handler = self.handler
        if handler is not None:
            reply = handler(request)
            if reply is not None:
                return reply
        return self.default
