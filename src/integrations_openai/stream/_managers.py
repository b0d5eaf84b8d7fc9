"""Stream managers: what ``client.chat.completions.stream(...)`` and
``client.responses.stream(...)`` return, sync and async.

A manager sends nothing until entered (``with`` / ``async with``); the stream it yields
iterates events (the cores in ``_helper_cores`` decide what they are), offers
``until_done()``, the final (parsed) result and, for chat, ``current_completion_snapshot``;
leaving the block closes the connection. ``make_manager`` / ``make_async_manager`` build
the right one for a helper kind from an ``open`` callable supplied by the requester.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

from integrations_openai_api._facade_runtime import UNSET, Operation

from ..errors import ConfigurationError, OpenAIError
from ..structured import Prepared
from ._assistants import (
    AssistantEventHandler,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantStreamManager,
)
from ._helper_cores import ChatCore, Pair, ResponseCore
from ._stream import AsyncStream, Stream

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamManager",
    "ResponseStream",
    "ResponseStreamManager",
    "make_async_manager",
    "make_manager",
]

_Path = Mapping[str, object] | None
_H = TypeVar("_H", AssistantEventHandler, AsyncAssistantEventHandler)
Opener = Callable[[Operation, _Path, _Path, _Path], Stream[Pair]]
AsyncOpener = Callable[[Operation, _Path, _Path, _Path], Awaitable[AsyncStream[Pair]]]


# ---- chat --------------------------------------------------------------------------------


class ChatCompletionStream:
    """Chat stream events (``chunk``, ``content.delta``, ``content.done``...) and the
    completion they build."""

    __slots__ = ("_core", "_iterator", "_raw")

    def __init__(self, raw: Stream[Pair], core: ChatCore) -> None:
        self._raw = raw
        self._core = core
        self._iterator = self._events()

    def _events(self) -> Iterator[Any]:
        for pair in self._raw:
            yield from self._core.events(pair)

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return next(self._iterator)

    @property
    def response(self) -> Any:
        """The streamed ``httpx.Response`` (status, headers)."""
        return self._raw.response

    @property
    def current_completion_snapshot(self) -> Any:
        """The completion built so far."""
        return self._core.snapshot()

    def until_done(self) -> ChatCompletionStream:
        """Read the stream to its end."""
        for _ in self._iterator:
            pass
        return self

    def get_final_completion(self) -> Any:
        """Read to the end; the ``ParsedChatCompletion`` (``message.parsed``...)."""
        self.until_done()
        return self._core.final()

    def close(self) -> None:
        """Release the connection (early: the rest of the answer is dropped)."""
        self._raw.close()


class ChatCompletionStreamManager:
    """``with client.chat.completions.stream(...) as stream``: sends on enter."""

    __slots__ = ("_start", "_stream")

    def __init__(self, start: Callable[[], ChatCompletionStream]) -> None:
        self._start = start
        self._stream: ChatCompletionStream | None = None

    def __enter__(self) -> ChatCompletionStream:
        self._stream = self._start()
        return self._stream

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStream:
    """The async twin of ``ChatCompletionStream``."""

    __slots__ = ("_core", "_iterator", "_raw")

    def __init__(self, raw: AsyncStream[Pair], core: ChatCore) -> None:
        self._raw = raw
        self._core = core
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[Any]:
        async for pair in self._raw:
            for event in self._core.events(pair):
                yield event

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        return await self._iterator.__anext__()

    @property
    def response(self) -> Any:
        """The streamed ``httpx.Response``."""
        return self._raw.response

    @property
    def current_completion_snapshot(self) -> Any:
        """The completion built so far."""
        return self._core.snapshot()

    async def until_done(self) -> AsyncChatCompletionStream:
        """Read the stream to its end."""
        async for _ in self._iterator:
            pass
        return self

    async def get_final_completion(self) -> Any:
        """Read to the end; the ``ParsedChatCompletion``."""
        await self.until_done()
        return self._core.final()

    async def close(self) -> None:
        """Release the connection."""
        await self._raw.close()


class AsyncChatCompletionStreamManager:
    """``async with client.chat.completions.stream(...) as stream``."""

    __slots__ = ("_start", "_stream")

    def __init__(self, start: Callable[[], Awaitable[AsyncChatCompletionStream]]) -> None:
        self._start = start
        self._stream: AsyncChatCompletionStream | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream:
        self._stream = await self._start()
        return self._stream

    async def __aexit__(self, *exc: object) -> None:
        if self._stream is not None:
            await self._stream.close()


# ---- responses ---------------------------------------------------------------------------


class ResponseStream:
    """Typed Responses events, ``text_deltas``, and the final ``ParsedResponse``.

    With ``resume=True`` a stream cut mid-way (dropped connection, stall, truncation) is
    picked up again from the last ``sequence_number`` seen, events already delivered are
    not repeated (background responses only: the server keeps their events).
    """

    __slots__ = ("_core", "_pairs", "_raw", "_reopen")

    def __init__(
        self,
        raw: Stream[Pair],
        core: ResponseCore,
        reopen: Callable[[_Path, _Path], Stream[Pair]],
    ) -> None:
        self._raw = raw
        self._core = core
        self._reopen = reopen
        self._pairs = self._accepted()

    def _accepted(self) -> Iterator[tuple[Pair, Any]]:
        core = self._core
        while True:
            try:
                for pair in self._raw:
                    event = core.accept(pair)
                    if event is not None:
                        yield pair, event
                return
            except OpenAIError as exc:
                if not core.can_resume(exc):
                    raise
                self._raw.close()
                self._raw = self._reopen(*core.resume_request())

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return next(self._pairs)[1]

    @property
    def text_deltas(self) -> Iterator[str]:
        """The output text as it arrives (reads the same stream as iterating events)."""
        for pair, _event in self._pairs:
            delta = self._core.text_delta(pair)
            if delta:
                yield delta

    @property
    def response_id(self) -> str | None:
        """The response's id, once ``response.created`` arrived."""
        return self._core.response_id

    def until_done(self) -> ResponseStream:
        """Read the stream to its end."""
        for _ in self._pairs:
            pass
        return self

    def get_final_response(self) -> Any:
        """Read to the end; the ``ParsedResponse`` (``output_parsed``)."""
        self.until_done()
        return self._core.final()

    def close(self) -> None:
        """Release the connection."""
        self._raw.close()


class ResponseStreamManager:
    """``with client.responses.stream(...) as stream``: sends on enter."""

    __slots__ = ("_start", "_stream")

    def __init__(self, start: Callable[[], ResponseStream]) -> None:
        self._start = start
        self._stream: ResponseStream | None = None

    def __enter__(self) -> ResponseStream:
        self._stream = self._start()
        return self._stream

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream:
    """The async twin of ``ResponseStream``."""

    __slots__ = ("_core", "_pairs", "_raw", "_reopen")

    def __init__(
        self,
        raw: AsyncStream[Pair],
        core: ResponseCore,
        reopen: Callable[[_Path, _Path], Awaitable[AsyncStream[Pair]]],
    ) -> None:
        self._raw = raw
        self._core = core
        self._reopen = reopen
        self._pairs = self._accepted()

    async def _accepted(self) -> AsyncIterator[tuple[Pair, Any]]:
        core = self._core
        while True:
            try:
                async for pair in self._raw:
                    event = core.accept(pair)
                    if event is not None:
                        yield pair, event
                return
            except OpenAIError as exc:
                if not core.can_resume(exc):
                    raise
                await self._raw.close()
                self._raw = await self._reopen(*core.resume_request())

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        return (await self._pairs.__anext__())[1]

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The output text as it arrives."""
        async for pair, _event in self._pairs:
            delta = self._core.text_delta(pair)
            if delta:
                yield delta

    @property
    def response_id(self) -> str | None:
        """The response's id, once ``response.created`` arrived."""
        return self._core.response_id

    async def until_done(self) -> AsyncResponseStream:
        """Read the stream to its end."""
        async for _ in self._pairs:
            pass
        return self

    async def get_final_response(self) -> Any:
        """Read to the end; the ``ParsedResponse``."""
        await self.until_done()
        return self._core.final()

    async def close(self) -> None:
        """Release the connection."""
        await self._raw.close()


class AsyncResponseStreamManager:
    """``async with client.responses.stream(...) as stream``."""

    __slots__ = ("_start", "_stream")

    def __init__(self, start: Callable[[], Awaitable[AsyncResponseStream]]) -> None:
        self._start = start
        self._stream: AsyncResponseStream | None = None

    async def __aenter__(self) -> AsyncResponseStream:
        self._stream = await self._start()
        return self._stream

    async def __aexit__(self, *exc: object) -> None:
        if self._stream is not None:
            await self._stream.close()


# ---- the one place that decides what a helper kind opens -----------------------------------


def _response_start(
    prepared: Prepared, extra: Mapping[str, object]
) -> tuple[ResponseCore, tuple[str, _Path, _Path, _Path]]:
    """The core, and (operation key, path, query, body) of the first request."""
    response_id = extra.get("response_id", UNSET)
    starting_after = extra.get("starting_after", UNSET)
    resume = extra.get("resume", False) is True
    if response_id is UNSET:
        core = ResponseCore(prepared, resume=resume)
        return core, ("create", None, None, prepared.body)
    if not isinstance(response_id, str) or not response_id:
        raise ConfigurationError("response_id must be a non-empty string")
    if set(prepared.body) - {"stream"}:
        raise ConfigurationError(
            "responses.stream: pass either response_id (resume a response) or the"
            " arguments of a new one, not both"
        )
    after = None if starting_after is UNSET else starting_after
    if after is not None and (not isinstance(after, int) or isinstance(after, bool)):
        raise ConfigurationError("starting_after must be an int (a sequence_number)")
    core = ResponseCore(prepared, resume=resume, response_id=response_id, starting_after=after)
    path, query = core.resume_request()
    return core, ("retrieve", path, query, None)


def _handler(extra: Mapping[str, object], cls: type[_H]) -> _H:
    """The caller's event handler (a fresh ``cls`` if none); the wrong kind is refused."""
    handler = extra.get("event_handler")
    if handler is None or handler is UNSET:
        return cls()
    if not isinstance(handler, cls):
        raise ConfigurationError(
            f"event_handler must be an instance of a {cls.__name__} subclass,"
            f" not {type(handler).__name__}"
        )
    return handler


def make_manager(
    kind: str,
    ops: Mapping[str, Operation],
    path: _Path,
    prepared: Prepared,
    extra: Mapping[str, object],
    open_stream: Opener,
) -> Any:
    """The sync manager of a ``.stream`` helper."""
    if kind == "assistants.stream":
        handler = _handler(extra, AssistantEventHandler)
        return AssistantStreamManager(
            lambda: open_stream(ops["create"], path, None, prepared.body), handler
        )
    if kind == "chat.stream":

        def start_chat() -> ChatCompletionStream:
            raw = open_stream(ops["create"], path, None, prepared.body)
            return ChatCompletionStream(raw, ChatCore(prepared))

        return ChatCompletionStreamManager(start_chat)
    core, (key, first_path, query, body) = _response_start(prepared, extra)

    def start_response() -> ResponseStream:
        raw = open_stream(ops[key], first_path, query, body)
        return ResponseStream(raw, core, lambda p, q: open_stream(ops["retrieve"], p, q, None))

    return ResponseStreamManager(start_response)


def make_async_manager(
    kind: str,
    ops: Mapping[str, Operation],
    path: _Path,
    prepared: Prepared,
    extra: Mapping[str, object],
    open_stream: AsyncOpener,
) -> Any:
    """The async manager of a ``.stream`` helper."""
    if kind == "assistants.stream":
        handler = _handler(extra, AsyncAssistantEventHandler)
        return AsyncAssistantStreamManager(
            lambda: open_stream(ops["create"], path, None, prepared.body), handler
        )
    if kind == "chat.stream":

        async def start_chat() -> AsyncChatCompletionStream:
            raw = await open_stream(ops["create"], path, None, prepared.body)
            return AsyncChatCompletionStream(raw, ChatCore(prepared))

        return AsyncChatCompletionStreamManager(start_chat)
    core, (key, first_path, query, body) = _response_start(prepared, extra)

    async def start_response() -> AsyncResponseStream:
        raw = await open_stream(ops[key], first_path, query, body)
        return AsyncResponseStream(raw, core, lambda p, q: open_stream(ops["retrieve"], p, q, None))

    return AsyncResponseStreamManager(start_response)
