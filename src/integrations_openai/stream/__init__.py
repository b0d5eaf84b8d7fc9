"""Server-sent event streams: the SSE decoder, OpenAI's stream conventions, accumulators."""

from __future__ import annotations

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
    "AsyncStream",
    "ChatCompletionAccumulator",
    "EventDecoder",
    "EventRouter",
    "LineDecoder",
    "ResponseAccumulator",
    "SSEParser",
    "ServerSentEvent",
    "Stream",
    "StreamCore",
    "stream_headers",
]
