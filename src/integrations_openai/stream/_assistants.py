"""``AssistantEventHandler``: subclass it and override ``on_*`` callbacks to follow an
Assistants run stream (``client.beta.threads.runs.stream(..., event_handler=...)``).

The handler is also the stream: iterate it for the typed ``thread.*`` events, or call
``until_done()``; ``text_deltas``, ``get_final_run()``, ``get_final_messages()`` and the
``current_*`` snapshots read what ``_assistant_core.AssistantCore`` accumulated. The async
twin has async callbacks. A handler serves one stream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..errors import ConfigurationError, TimeoutError
from ._assistant_core import AssistantCore
from ._helper_cores import Pair
from ._stream import AsyncStream, Stream

if TYPE_CHECKING:
    from integrations_openai_api.models import (
        MessageContentImageFileObjectImageFile,
        MessageContentTextObjectText,
        MessageDeltaContentTextObjectText,
        MessageDeltaObjectDelta,
        MessageObject,
        RunObject,
        RunStepDeltaObjectDelta,
        RunStepObject,
    )
    from integrations_openai_api.unions import AssistantStreamEvent

__all__ = [
    "AssistantEventHandler",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantStreamManager",
]

H = TypeVar("H", bound="AssistantEventHandler")
AH = TypeVar("AH", bound="AsyncAssistantEventHandler")


class _HandlerBase:
    """State both handlers share: the core, the current event, one-stream-only."""

    def __init__(self) -> None:
        self._core = AssistantCore()
        self._started = False
        self.current_event: AssistantStreamEvent | None = None

    def _claim(self) -> None:
        if self._started:
            raise ConfigurationError("an event handler serves one stream: make a new one")
        self._started = True

    @property
    def current_run(self) -> RunObject | None:
        """The run as last streamed."""
        return None if self._core.run is None else self._core.final_run()

    @property
    def current_message_snapshot(self) -> MessageObject | None:
        """The message being streamed."""
        return self._core.current_message()  # type: ignore[no-any-return]

    @property
    def current_run_step_snapshot(self) -> RunStepObject | None:
        """The run step being streamed."""
        return self._core.current_step()  # type: ignore[no-any-return]


class AssistantEventHandler(_HandlerBase):
    """Callbacks for an Assistants stream; every ``on_*`` does nothing unless overridden."""

    def _init(self, raw: Stream[Pair]) -> None:
        self._claim()
        self._raw = raw
        self._iterator = self._events()

    def _events(self) -> Iterator[AssistantStreamEvent]:
        try:
            for data, event in self._raw:
                self.current_event = event
                self.on_event(event)
                for name, args in self._core.handle_routed(data):
                    getattr(self, name)(*args)
                self.current_event = None  # the event in hand only during its callbacks
                yield event
        except TimeoutError:
            self.on_timeout()
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        self.on_end()

    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        return self

    def __next__(self) -> AssistantStreamEvent:
        return next(self._iterator)

    @property
    def text_deltas(self) -> Iterator[str]:
        """The message text as it arrives."""
        for event in self:
            if getattr(event, "event", None) == "thread.message.delta":
                yield from self._core_delta_texts(event)

    @staticmethod
    def _core_delta_texts(event: Any) -> list[str]:
        content = getattr(getattr(event.data, "delta", None), "content", None)
        out = []
        for part in content if isinstance(content, list) else ():
            value = getattr(getattr(part, "text", None), "value", None)
            if isinstance(value, str) and value:
                out.append(value)
        return out

    def until_done(self) -> None:
        """Read the stream to its end (callbacks run on the way)."""
        for _ in self:
            pass

    def get_final_run(self) -> RunObject:
        """Read to the end; the run as it finished."""
        self.until_done()
        return self._core.final_run()  # type: ignore[no-any-return]

    def get_final_messages(self) -> list[MessageObject]:
        """Read to the end; every message of the stream."""
        self.until_done()
        return self._core.final_messages()

    def get_final_run_steps(self) -> list[RunStepObject]:
        """Read to the end; every run step of the stream."""
        self.until_done()
        return self._core.final_steps()

    def close(self) -> None:
        """Release the connection."""
        self._raw.close()

    # ---- callbacks (override what you need)

    def on_event(self, event: AssistantStreamEvent) -> None:
        """Every event, before the specific callbacks below."""

    def on_end(self) -> None:
        """The stream ended normally."""

    def on_exception(self, exception: Exception) -> None:
        """The stream failed with ``exception`` (raised after this returns)."""

    def on_timeout(self) -> None:
        """The stream stalled past its idle timeout (``TimeoutError`` follows)."""

    def on_run_step_created(self, run_step: RunStepObject) -> None:
        """A run step started."""

    def on_run_step_delta(self, delta: RunStepDeltaObjectDelta, snapshot: RunStepObject) -> None:
        """A run step changed: ``delta`` new, ``snapshot`` the step so far."""

    def on_run_step_done(self, run_step: RunStepObject) -> None:
        """A run step completed, failed, was cancelled or expired."""

    def on_tool_call_created(self, tool_call: Any) -> None:
        """A tool call started (code interpreter, file search, function)."""

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        """A tool call changed: ``delta`` new, ``snapshot`` the call so far."""

    def on_tool_call_done(self, tool_call: Any) -> None:
        """A tool call is complete."""

    def on_message_created(self, message: MessageObject) -> None:
        """A message started."""

    def on_message_delta(self, delta: MessageDeltaObjectDelta, snapshot: MessageObject) -> None:
        """A message changed."""

    def on_message_done(self, message: MessageObject) -> None:
        """A message is complete."""

    def on_text_created(self, text: MessageContentTextObjectText) -> None:
        """A text part of a message started."""

    def on_text_delta(
        self, delta: MessageDeltaContentTextObjectText, snapshot: MessageContentTextObjectText
    ) -> None:
        """More text: ``delta.value`` new, ``snapshot.value`` the text so far."""

    def on_text_done(self, text: MessageContentTextObjectText) -> None:
        """A text part is complete."""

    def on_image_file_done(self, image_file: MessageContentImageFileObjectImageFile) -> None:
        """A message included an image file."""


class AsyncAssistantEventHandler(_HandlerBase):
    """The async twin of ``AssistantEventHandler`` (``async def on_*`` callbacks)."""

    def _init(self, raw: AsyncStream[Pair]) -> None:
        self._claim()
        self._raw = raw
        self._iterator = self._events()

    async def _events(self) -> AsyncIterator[AssistantStreamEvent]:
        try:
            async for data, event in self._raw:
                self.current_event = event
                await self.on_event(event)
                for name, args in self._core.handle_routed(data):
                    await getattr(self, name)(*args)
                self.current_event = None  # the event in hand only during its callbacks
                yield event
        except TimeoutError:
            await self.on_timeout()
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        await self.on_end()

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        return self

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._iterator.__anext__()

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The message text as it arrives."""
        async for event in self:
            if getattr(event, "event", None) == "thread.message.delta":
                for part in AssistantEventHandler._core_delta_texts(event):
                    yield part

    async def until_done(self) -> None:
        """Read the stream to its end."""
        async for _ in self:
            pass

    async def get_final_run(self) -> RunObject:
        """Read to the end; the run as it finished."""
        await self.until_done()
        return self._core.final_run()  # type: ignore[no-any-return]

    async def get_final_messages(self) -> list[MessageObject]:
        """Read to the end; every message of the stream."""
        await self.until_done()
        return self._core.final_messages()

    async def get_final_run_steps(self) -> list[RunStepObject]:
        """Read to the end; every run step of the stream."""
        await self.until_done()
        return self._core.final_steps()

    async def close(self) -> None:
        """Release the connection."""
        await self._raw.close()

    async def on_event(self, event: AssistantStreamEvent) -> None:
        """See ``AssistantEventHandler``."""

    async def on_end(self) -> None:
        """See ``AssistantEventHandler``."""

    async def on_exception(self, exception: Exception) -> None:
        """See ``AssistantEventHandler``."""

    async def on_timeout(self) -> None:
        """See ``AssistantEventHandler``."""

    async def on_run_step_created(self, run_step: RunStepObject) -> None:
        """See ``AssistantEventHandler``."""

    async def on_run_step_delta(
        self, delta: RunStepDeltaObjectDelta, snapshot: RunStepObject
    ) -> None:
        """See ``AssistantEventHandler``."""

    async def on_run_step_done(self, run_step: RunStepObject) -> None:
        """See ``AssistantEventHandler``."""

    async def on_tool_call_created(self, tool_call: Any) -> None:
        """See ``AssistantEventHandler``."""

    async def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        """See ``AssistantEventHandler``."""

    async def on_tool_call_done(self, tool_call: Any) -> None:
        """See ``AssistantEventHandler``."""

    async def on_message_created(self, message: MessageObject) -> None:
        """See ``AssistantEventHandler``."""

    async def on_message_delta(
        self, delta: MessageDeltaObjectDelta, snapshot: MessageObject
    ) -> None:
        """See ``AssistantEventHandler``."""

    async def on_message_done(self, message: MessageObject) -> None:
        """See ``AssistantEventHandler``."""

    async def on_text_created(self, text: MessageContentTextObjectText) -> None:
        """See ``AssistantEventHandler``."""

    async def on_text_delta(
        self, delta: MessageDeltaContentTextObjectText, snapshot: MessageContentTextObjectText
    ) -> None:
        """See ``AssistantEventHandler``."""

    async def on_text_done(self, text: MessageContentTextObjectText) -> None:
        """See ``AssistantEventHandler``."""

    async def on_image_file_done(self, image_file: MessageContentImageFileObjectImageFile) -> None:
        """See ``AssistantEventHandler``."""


class AssistantStreamManager(Generic[H]):
    """``with client.beta.threads.runs.stream(...) as handler``: sends on enter."""

    __slots__ = ("_handler", "_start")

    def __init__(self, start: Callable[[], Stream[Pair]], handler: H) -> None:
        self._start = start
        self._handler = handler

    def __enter__(self) -> H:
        self._handler._init(self._start())
        return self._handler

    def __exit__(self, *exc: object) -> None:
        if self._handler._started:
            self._handler.close()


class AsyncAssistantStreamManager(Generic[AH]):
    """``async with client.beta.threads.runs.stream(...) as handler``."""

    __slots__ = ("_handler", "_start")

    def __init__(self, start: Callable[[], Awaitable[AsyncStream[Pair]]], handler: AH) -> None:
        self._start = start
        self._handler = handler

    async def __aenter__(self) -> AH:
        self._handler._init(await self._start())
        return self._handler

    async def __aexit__(self, *exc: object) -> None:
        if self._handler._started:
            await self._handler.close()
