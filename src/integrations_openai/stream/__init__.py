"""Server-sent event streams: the typed streams, stream managers, event handlers and
accumulators a caller holds. The machinery under them (the SSE decoder, OpenAI's stream
conventions, time limits) lives in private modules, shared by both drivers."""

from ._accumulators import ChatCompletionAccumulator, ResponseAccumulator
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
from ._sse import ServerSentEvent
from ._stream import AsyncStream, Stream

__all__ = [
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
    "ResponseAccumulator",
    "ResponseStream",
    "ResponseStreamManager",
    "ServerSentEvent",
    "Stream",
]
