"""Server-sent event streams: the SSE decoder, OpenAI's stream conventions, accumulators."""

from __future__ import annotations

from ._assistants import (
    AssistantEventHandler,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantStreamManager,
)
from ._managers import (
    AsyncChatCompletionStream,
    AsyncChatCompletionStreamManager,
    AsyncResponseStream,
    AsyncResponseStreamManager,
    ChatCompletionStream,
    ChatCompletionStreamManager,
    ResponseStream,
    ResponseStreamManager,
)
from ._stream import DRAIN_LIMIT_BYTES, AsyncStream, Stream
from .accumulators import ChatCompletionAccumulator, ResponseAccumulator
from .events import (
    ACCEPT_EVENT_STREAM,
    DONE_MARKER,
    STREAM_HEADERS,
    TERMINAL_EVENT_TYPES,
    EventRouter,
    StreamCore,
    stream_headers,
)
from .sse import DEFAULT_MAX_LINE_BYTES, EventDecoder, LineDecoder, ServerSentEvent, SSEParser

__all__ = [
    "ACCEPT_EVENT_STREAM",
    "DEFAULT_MAX_LINE_BYTES",
    "DONE_MARKER",
    "DRAIN_LIMIT_BYTES",
    "STREAM_HEADERS",
    "TERMINAL_EVENT_TYPES",
    "AssistantEventHandler",
    "AssistantStreamManager",
    "AsyncAssistantEventHandler",
    "AsyncAssistantStreamManager",
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "AsyncStream",
    "ChatCompletionAccumulator",
    "ChatCompletionStream",
    "ChatCompletionStreamManager",
    "EventDecoder",
    "EventRouter",
    "LineDecoder",
    "ResponseAccumulator",
    "ResponseStream",
    "ResponseStreamManager",
    "SSEParser",
    "ServerSentEvent",
    "Stream",
    "StreamCore",
    "stream_headers",
]
