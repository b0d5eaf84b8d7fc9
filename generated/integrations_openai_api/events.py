"""Stream event entry points: one call turns a decoded SSE `data` object into its typed
event (or an `UnknownVariant` for an event type this client does not know yet).

Assistants events are discriminated by the SSE `event:` name: pass
`{"event": <name>, "data": <decoded data>}`. Written by scripts/codegen/dispatch.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._runtime.lenient import UnknownVariant
from .unions import (
    parse_assistant_stream_event,
    parse_create_speech_response_stream_event,
    parse_create_transcription_response_stream_event,
    parse_image_edit_stream_event,
    parse_image_gen_stream_event,
    parse_message_stream_event,
    parse_realtime_client_event,
    parse_realtime_server_event,
    parse_realtime_translation_client_event,
    parse_realtime_translation_server_event,
    parse_response_stream_event,
    parse_run_step_stream_event,
    parse_run_stream_event,
    parse_webhook_event,
)

if TYPE_CHECKING:
    from .models.create_chat_completion_stream_response import CreateChatCompletionStreamResponse


_chunk_parser: Callable[[Mapping[str, Any]], CreateChatCompletionStreamResponse] | None = None


def parse_chat_completion_chunk(data: Mapping[str, Any]) -> CreateChatCompletionStreamResponse:
    """Parse one streamed chat completion chunk (`chat.completion.chunk`)."""
    global _chunk_parser
    if _chunk_parser is None:  # imported on first use, once
        from .models.create_chat_completion_stream_response import (
            CreateChatCompletionStreamResponse,
        )

        _chunk_parser = CreateChatCompletionStreamResponse.from_dict
    return _chunk_parser(data)


__all__ = [
    "UnknownVariant",
    "parse_assistant_stream_event",
    "parse_chat_completion_chunk",
    "parse_create_speech_response_stream_event",
    "parse_create_transcription_response_stream_event",
    "parse_image_edit_stream_event",
    "parse_image_gen_stream_event",
    "parse_message_stream_event",
    "parse_realtime_client_event",
    "parse_realtime_server_event",
    "parse_realtime_translation_client_event",
    "parse_realtime_translation_server_event",
    "parse_response_stream_event",
    "parse_run_step_stream_event",
    "parse_run_stream_event",
    "parse_webhook_event",
]
