"""OpenAI's conventions on top of plain SSE, written once for both stream drivers.

``EventRouter`` turns each ``ServerSentEvent`` into a typed event through an injected
``parse(dict)``: ``data: [DONE]`` ends the stream, in-band ``{"error": ...}`` payloads and
``event: error`` become ``StreamError``, Assistants' ``event: thread.*`` names are kept
next to their payload, and a stream that ends before its last event is a ``StreamError``.
``StreamCore`` adds the byte decoding and the translation of httpx failures, so a driver
only moves bytes. Both are I/O-free.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from .._headers import request_id_from
from .._json import load_event, loads
from .._options import options_of
from ..errors import OpenAIError, StreamError, TimeoutError, error_from_response
from ..errors._classify import error_from_event
from ..errors._failure import Phase, classify_exception
from ._sse import DEFAULT_MAX_LINE_BYTES, ServerSentEvent, SSEParser
from ._timing import StreamTimer

__all__ = [
    "ACCEPT_EVENT_STREAM",
    "DONE_MARKER",
    "STREAM_HEADERS",
    "TERMINAL_EVENT_TYPES",
    "EventRouter",
    "StreamCore",
    "stream_headers",
]

T = TypeVar("T")

ACCEPT_EVENT_STREAM = "text/event-stream"
STREAM_HEADERS: Mapping[str, str] = {"Accept": ACCEPT_EVENT_STREAM}
DONE_MARKER = "[DONE]"

# Streams without a trailing ``[DONE]`` end with one of these event types; after one of
# them, the end of the body is a normal end rather than a truncation.
TERMINAL_EVENT_TYPES = frozenset(
    {
        "response.completed",
        "response.failed",
        "response.incomplete",
        "speech.audio.done",
        "transcript.text.done",
        "image_generation.completed",
        "image_edit.completed",
    }
)

_SNIPPET = 200
_DONE_BYTES = DONE_MARKER.encode()
_BOM_BYTES = b"\xef\xbb\xbf"


def _label(kind: object) -> str | None:
    """An event ``type`` fit for a message: strings only, cut short."""
    return kind[:_SNIPPET] if isinstance(kind, str) else None


def stream_headers(headers: Mapping[str, str] | None = None) -> dict[str, str]:
    """``headers`` plus ``Accept: text/event-stream`` (the caller's own Accept wins)."""
    out = dict(STREAM_HEADERS)
    if headers:
        out.update(headers)
    return out


def _identity(value: dict[str, Any]) -> Any:
    """The default ``parse``: events stay plain dicts (the accumulators use it too)."""
    return value


def _text(data: bytes) -> str:
    """The default ``text`` of a router: UTF-8, invalid bytes replaced (the SSE default)."""
    return data.decode("utf-8", "replace")


class EventRouter(Generic[T]):
    """Map one SSE event to a typed event, ``None`` (nothing to yield) or ``StreamError``.

    ``done`` turns true on ``[DONE]`` (later events are ignored); ``complete`` on
    ``[DONE]`` or a terminal event type, after which the end of the body is expected.
    ``route_data`` takes a plain event's undecoded data (``SSEParser.feed_raw``); ``text``
    is how such data becomes text when the fast JSON path refuses it.
    """

    __slots__ = ("_parse", "_terminal", "complete", "done", "request_id", "text")

    def __init__(
        self,
        parse: Callable[[dict[str, Any]], T] | None = None,
        *,
        request_id: str | None = None,
        terminal_types: Iterable[str] = TERMINAL_EVENT_TYPES,
        text: Callable[[bytes], str] = _text,
    ) -> None:
        self._parse: Callable[[dict[str, Any]], T] = parse or _identity
        self._terminal = frozenset(terminal_types)
        self.request_id = request_id
        self.text = text
        self.done = False
        self.complete = False

    def route(self, sse: ServerSentEvent) -> T | None:
        """Return the typed event for ``sse`` or ``None`` for ``[DONE]`` and after it."""
        if self.done:
            return None
        data = sse.data
        if data.startswith(DONE_MARKER):
            self.done = self.complete = True
            return None
        return self._typed(load_event(data, request_id=self.request_id), sse.event, data)

    def route_data(self, data: bytes) -> T | None:
        """``route`` for an unnamed event's data, still UTF-8 bytes (the streams' hot path).

        The bytes go to the JSON decoder as they are; whatever it refuses (and a leading
        BOM, which it would skip) takes the text path of ``route``, so the verdict is the same.
        """
        if self.done:
            return None
        if data.startswith(_DONE_BYTES):
            self.done = self.complete = True
            return None
        if not data.startswith(_BOM_BYTES):
            try:
                payload = loads(data)
            except ValueError:
                pass
            else:
                return self._typed(payload, "message", data)
        return self.route(ServerSentEvent(self.text(data)))

    def _typed(self, payload: Any, event: str, data: str | bytes) -> T | None:
        """The typed event for a decoded payload: OpenAI's conventions, then ``parse``."""
        if not isinstance(payload, dict):
            text = data if isinstance(data, str) else self.text(data)
            raise StreamError(
                f"event data is not a JSON object: {text[:_SNIPPET]!r}",
                request_id=self.request_id,
                body=payload,
            )
        kind = payload.get("type")
        if event == "error" or kind == "error":
            raise self._error(payload)
        if event.startswith("thread."):
            # Assistants payloads carry no type field: the event name is the discriminator.
            obj: dict[str, Any] = {"event": event, "data": payload}
        else:
            if payload.get("error") is not None:
                raise self._error(payload)
            obj = payload
            # The discriminator is server data: a list or object there is not a crash.
            if isinstance(kind, str) and kind in self._terminal:
                self.complete = True
        try:
            return self._parse(obj)
        except OpenAIError:
            raise
        except Exception as exc:  # RecursionError from a parser included
            raise StreamError(
                f"could not parse stream event {_label(kind) or event!r}: {exc}",
                request_id=self.request_id,
                body=payload,
            ) from exc

    def _error(self, payload: dict[str, Any]) -> StreamError:
        return error_from_event(payload, self.request_id)


class StreamCore(Generic[T]):
    """Everything a stream does except I/O: bytes in, typed events out, errors mapped.

    Drivers call ``feed(chunk)`` per body chunk, ``finish()`` at the end of the body and
    ``translate(exc)`` for an httpx failure while reading. ``timer`` holds the stream's
    time limits (see ``StreamTimer``); ``clock`` is read once per chunk, so time is injected.
    """

    __slots__ = ("_clock", "_content_type", "_parser", "router", "timer")

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[dict[str, Any]], T] | None = None,
        *,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        terminal_types: Iterable[str] = TERMINAL_EVENT_TYPES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._parser = SSEParser(max_line_bytes=max_line_bytes)
        request_id = request_id_from(response.headers)
        self.router: EventRouter[T] = EventRouter(
            parse,
            request_id=request_id,
            terminal_types=terminal_types,
            text=self._parser.text,
        )
        self._content_type = response.headers.get("content-type", "")
        self._clock = clock
        self.timer = _timer_for(response, clock(), request_id)

    def remaining(self) -> float | None:
        """Seconds the driver may wait for the next chunk (``None``: no limit)."""
        return self.timer.remaining(self._clock())

    @property
    def done(self) -> bool:
        """``[DONE]`` was seen: stop yielding, drain the rest."""
        return self.router.done

    @property
    def complete(self) -> bool:
        """The stream reached its natural end (``[DONE]`` or a terminal event)."""
        return self.router.complete

    def feed(self, chunk: bytes) -> list[T]:
        """The typed events completed by ``chunk``; a time limit already passed raises."""
        now = self._clock()
        timer = self.timer
        timer.check(now)
        items = self._parser.feed_raw(chunk)
        if not items:
            return []
        timer.event(now, len(items))  # only a dispatched event is progress, never a comment
        router = self.router
        route_data, route = router.route_data, router.route
        out: list[T] = []
        for item in items:
            event = route_data(item) if isinstance(item, bytes) else route(item)
            if event is not None:
                out.append(event)
        return out

    def finish(self) -> None:
        """End of body: raise ``StreamError`` unless the stream had reached its end."""
        self._parser.close()
        if self.router.complete:
            return
        ctype = self._content_type.partition(";")[0].strip().lower()
        if ctype and ctype != ACCEPT_EVENT_STREAM:
            message = f"expected an event stream, the server sent {ctype!r}"
        else:
            message = "the event stream ended before its final event (truncated stream)"
        raise StreamError(message, request_id=self.router.request_id)

    def error_for(self, response: httpx.Response) -> OpenAIError:
        """The error of an error-status response (its body already read)."""
        return error_from_response(response.status_code, response.headers, response.content)

    def translate(self, exc: BaseException) -> BaseException:
        """Our exception for a failure raised while reading the body.

        The failure classifier decides (phase ``STREAM``: nothing is replayed); an
        ``OpenAIError`` that an error-boundary transport already made of an httpx error is
        re-mapped from its cause, so a stream reports "stream idle" and "cut off" the same
        way over any transport stack. Anything else is returned unchanged.
        """
        failure = classify_exception(exc, Phase.STREAM)
        if failure.phase is not Phase.STREAM or not failure.kind:
            return exc  # not a failure of the stream's I/O (ours, or a bug): unchanged
        if failure.error is TimeoutError:
            return self.timer.expired()  # the byte-level backstop fired: name the limit
        cause = exc.__cause__ if isinstance(exc, OpenAIError) else exc
        return failure.error(
            f"{failure.kind}: {cause}", request_id=self.router.request_id, retryable=False
        )


def _timer_for(response: httpx.Response, now: float, request_id: str | None) -> StreamTimer:
    """The limits the call plan set; a foreign response keeps httpx's read timeout as idle."""
    if not _has_request(response):
        return StreamTimer(now, request_id=request_id)
    options = options_of(response.request)
    if options is not None and options.stream_idle is not None:
        return StreamTimer(
            now,
            deadline=options.deadline,
            idle=options.stream_idle,
            first_event=options.first_event,
            request_id=request_id,
        )
    timeout = response.request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return StreamTimer(
        now,
        deadline=options.deadline if options is not None else None,
        idle=read if isinstance(read, int | float) else None,
        request_id=request_id,
    )


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when unset
    except RuntimeError:
        return False
    return True
