"""``Stream`` / ``AsyncStream``: thin drivers moving bytes from httpx into ``StreamCore``.

The stream owns its response. A stream read to its end, or closed after its final event,
drains what is left (bounded) so httpx returns the connection to the pool; a stream closed
early closes the response (httpx then discards that connection: the server is still
writing to it). Use it as a context manager so an early ``break`` cannot leak a socket.

Time limits (total deadline, first event, idle between events) are decided by the core on
an injected ``clock``. The async driver waits for each chunk no longer than the core
allows; the sync driver checks on every chunk, and a silent socket is cut by httpx's
byte-level read timeout (the plan sets it to the smaller of the two stream limits), which
the core then names.
"""

from __future__ import annotations

import logging
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Sequence,
)
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

import anyio
import httpx

from ._events import TERMINAL_EVENT_TYPES, StreamCore
from ._sse import DEFAULT_MAX_LINE_BYTES

_log = logging.getLogger("integrations_openai")


class StreamObserver(Protocol):
    """What watches a stream for telemetry (``instrumentation.CallTracker`` is one)."""

    def chunks(self, events: Sequence[Any]) -> None:
        """Events just decoded (one batch per body chunk), before the caller sees them."""

    def fail(self, exc: BaseException) -> None:
        """The stream raised ``exc``."""

    def close(self, *, complete: bool) -> None:
        """The stream was released (``complete``: its final event had arrived)."""


__all__ = ["DRAIN_LIMIT_BYTES", "AsyncStream", "Stream"]

T = TypeVar("T")

# After the final event a server sends a few bytes at most (the chunked-encoding end);
# more than this and reading on is not worth it: close the connection instead.
DRAIN_LIMIT_BYTES = 64 * 1024


class _Base(Generic[T]):
    __slots__ = ("_closed", "_core", "_observer", "response")

    def __init__(
        self,
        response: httpx.Response,
        *,
        parse: Callable[[dict[str, Any]], T] | None = None,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        terminal_types: Iterable[str] = TERMINAL_EVENT_TYPES,
        observer: StreamObserver | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.response = response
        # Telemetry: sees each batch of events, the stream's failure and its end.
        self._observer = observer
        self._core: StreamCore[T] = StreamCore(
            response,
            parse,
            max_line_bytes=max_line_bytes,
            terminal_types=terminal_types,
            clock=clock,
        )
        self._closed = False
        self._start(response)

    def _start(self, response: httpx.Response) -> None:
        """Open the driver's byte iterator and event generator."""
        raise NotImplementedError

    def _observe(self, what: str, *args: Any, **kwargs: Any) -> None:
        # Telemetry must never break the caller's stream: a failing observer is logged once
        # and dropped, and the events keep flowing.
        try:
            getattr(self._observer, what)(*args, **kwargs)
        except Exception:
            _log.warning("stream telemetry failed; disabled for this stream", exc_info=True)
            self._observer = None

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` of the streamed response."""
        return self._core.router.request_id

    @property
    def complete(self) -> bool:
        """True once the stream reached its final event."""
        return self._core.complete

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} {state} request_id={self.request_id!r}>"


class Stream(_Base[T]):
    """An iterator of typed events over a streamed ``httpx.Response``; also a context manager."""

    __slots__ = ("_chunks", "_iterator")

    def _start(self, response: httpx.Response) -> None:
        self._chunks: Iterator[bytes] = response.iter_bytes()
        self._iterator = self._events()

    def _events(self) -> Generator[T, None, None]:
        core = self._core
        try:
            if self.response.is_error:  # a plain httpx client does not raise on statuses
                self.response.read()
                raise core.error_for(self.response)
            try:
                for chunk in self._chunks:
                    events = core.feed(chunk)
                    if self._observer is not None and events:
                        self._observe("chunks", events)
                    yield from events
                    if core.done:
                        break
                else:
                    core.finish()
                    return
            except Exception as exc:
                mapped = core.translate(exc)
                if mapped is exc:
                    raise
                raise mapped from exc
        except GeneratorExit:  # closed early by the caller: not a failure
            raise
        except BaseException as exc:
            if self._observer is not None:
                self._observe("fail", exc)
            raise
        finally:
            self._release()

    def __iter__(self) -> Iterator[T]:
        # The event generator itself: a ``for`` loop then skips ``__next__`` on every event.
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Release the connection: drained back to the pool if the stream had ended."""
        self._release()
        self._iterator.close()

    def _release(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._observer is not None:
            self._observe("close", complete=self._core.complete)
        try:
            if self._core.complete:
                budget = DRAIN_LIMIT_BYTES
                for chunk in self._chunks:
                    budget -= len(chunk)
                    if budget < 0:
                        break
        except Exception:  # every event was delivered; a failed drain only costs the socket
            pass
        finally:
            self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_Base[T]):
    """An async iterator of typed events over a streamed ``httpx.Response``."""

    __slots__ = ("_chunks", "_iterator")

    def _start(self, response: httpx.Response) -> None:
        self._chunks: AsyncIterator[bytes] = response.aiter_bytes()
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[T, None]:
        core = self._core
        try:
            if self.response.is_error:
                await self.response.aread()
                raise core.error_for(self.response)
            try:
                while True:
                    chunk = await self._next_chunk()
                    if chunk is None:
                        core.finish()
                        return
                    events = core.feed(chunk)
                    if self._observer is not None and events:
                        self._observe("chunks", events)
                    for item in events:
                        yield item
                    if core.done:
                        break
            except Exception as exc:
                mapped = core.translate(exc)
                if mapped is exc:
                    raise
                raise mapped from exc
        except GeneratorExit:  # closed early by the caller: not a failure
            raise
        except BaseException as exc:  # CancelledError included: reported, then re-raised
            if self._observer is not None:
                self._observe("fail", exc)
            raise
        finally:
            await self._release()

    async def _next_chunk(self) -> bytes | None:
        """The next body chunk (``None`` at the end), waiting no longer than the core allows."""
        remaining = self._core.remaining()
        if remaining is None:
            return await anext(self._chunks, None)
        with anyio.move_on_after(remaining) as scope:
            return await anext(self._chunks, None)
        if scope.cancelled_caught:
            raise self._core.timer.expired()
        return None  # pragma: no cover - the scope either returned or was cancelled

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator  # see Stream.__iter__

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def _release(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._observer is not None:
            self._observe("close", complete=self._core.complete)
        try:
            if self._core.complete:
                budget = DRAIN_LIMIT_BYTES
                async for chunk in self._chunks:
                    budget -= len(chunk)
                    if budget < 0:
                        break
        except Exception:  # see Stream._release
            pass
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        """Release the connection: drained back to the pool if the stream had ended."""
        await self._release()
        await self._iterator.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
