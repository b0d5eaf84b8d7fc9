"""Realistic answers to mutate: recorded cassettes plus api.openai.com-shaped bodies.

A ``Seed`` is one answer (status, headers, body) and the public client call that receives
it (``call(client)`` consumes the result fully: iterates the stream or the pages, reads
the fields). Families: JSON bodies of several operations, error bodies, the three SSE
stream kinds (chat chunks, Responses events, Assistants events), and headers (rate-limit,
retry-after, request id) carried by every seed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import yaml

from .calls import (
    Call,
    batch_poll,
    chat_create,
    chat_create_raw,
    chat_manager,
    chat_stream,
    embeddings_create,
    file_content,
    files_list,
    model_retrieve,
    models_list,
    responses_create,
    responses_manager,
    responses_stream,
    responses_stream_events,
    run_manager,
    run_stream,
    speech_create,
)

__all__ = ["SEEDS", "Seed"]

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"

RATE_HEADERS = (
    ("x-ratelimit-limit-requests", "10000"),
    ("x-ratelimit-limit-tokens", "2000000"),
    ("x-ratelimit-remaining-requests", "9999"),
    ("x-ratelimit-remaining-tokens", "1999984"),
    ("x-ratelimit-reset-requests", "6ms"),
    ("x-ratelimit-reset-tokens", "0s"),
    ("x-request-id", "req_7b1a0f3c9d2e4b5a8c6d0e1f2a3b4c5d"),
    ("openai-processing-ms", "312"),
    ("openai-version", "2020-10-01"),
)


@attrs.frozen
class Seed:
    """One answer and the public call that gets it."""

    name: str
    family: str  # "json", "error", "sse"
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    call: Call


def _json_headers(extra: tuple[tuple[str, str], ...] = ()) -> tuple[tuple[str, str], ...]:
    return (("content-type", "application/json"), *RATE_HEADERS, *extra)


def _sse_headers() -> tuple[tuple[str, str], ...]:
    return (("content-type", "text/event-stream; charset=utf-8"), *RATE_HEADERS)


def _cassette(name: str) -> bytes:
    data = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text())
    body: str = data["interactions"][0]["response"]["body"]["string"]
    return body.encode()


# ---- realistic bodies ----------------------------------------------------------------------

CHAT_COMPLETION = {
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
    "object": "chat.completion",
    "created": 1741569952,
    "model": "gpt-4.1-2025-04-14",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Hello! How can I assist you today?",
                "refusal": None,
                "annotations": [],
                "tool_calls": [
                    {
                        "id": "call_abc123",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                    }
                ],
            },
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {
        "prompt_tokens": 19,
        "completion_tokens": 10,
        "total_tokens": 29,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    },
    "service_tier": "default",
}


def _chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-123",
        "object": "chat.completion.chunk",
        "created": 1694268190,
        "model": "gpt-4o-mini",
        "system_fingerprint": "fp_44709d6fcb",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        **extra,
    }


def sse(events: list[tuple[str | None, Any]], done: bool) -> bytes:
    out = []
    for name, data in events:
        head = f"event: {name}\n" if name else ""
        out.append(f"{head}data: {json.dumps(data, separators=(',', ':'))}\n\n")
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()


CHAT_STREAM = sse(
    [
        (None, _chunk({"role": "assistant", "content": ""})),
        (None, _chunk({"content": "Hello"})),
        (
            None,
            _chunk(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"ci'},
                        }
                    ]
                }
            ),
        ),
        (None, _chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ty":"P"}'}}]})),
        (
            None,
            _chunk(
                {}, "stop", usage={"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}
            ),
        ),
    ],
    done=True,
)

_RESPONSE = {
    "id": "resp_67ccd2bed1ec8190b14f964abc054267",
    "object": "response",
    "created_at": 1741476542,
    "status": "in_progress",
    "model": "gpt-4o-2024-08-06",
    "output": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "usage": None,
}
_MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "status": "in_progress",
    "role": "assistant",
    "content": [],
}
_DONE_MESSAGE = {
    **_MESSAGE,
    "status": "completed",
    "content": [{"type": "output_text", "text": "Hi there", "annotations": []}],
}
RESPONSES_STREAM = sse(
    [
        (
            "response.created",
            {"type": "response.created", "sequence_number": 0, "response": _RESPONSE},
        ),
        (
            "response.output_item.added",
            {
                "type": "response.output_item.added",
                "sequence_number": 1,
                "output_index": 0,
                "item": _MESSAGE,
            },
        ),
        (
            "response.content_part.added",
            {
                "type": "response.content_part.added",
                "sequence_number": 2,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "output_text", "text": "", "annotations": []},
            },
        ),
        (
            "response.output_text.delta",
            {
                "type": "response.output_text.delta",
                "sequence_number": 3,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "delta": "Hi there",
                "logprobs": [],
            },
        ),
        (
            "response.output_item.done",
            {
                "type": "response.output_item.done",
                "sequence_number": 4,
                "output_index": 0,
                "item": _DONE_MESSAGE,
            },
        ),
        (
            "response.completed",
            {
                "type": "response.completed",
                "sequence_number": 5,
                "response": {**_RESPONSE, "status": "completed", "output": [_DONE_MESSAGE]},
            },
        ),
    ],
    done=False,
)

_RUN = {
    "id": "run_123",
    "object": "thread.run",
    "created_at": 1710330640,
    "assistant_id": "asst_123",
    "thread_id": "thread_123",
    "status": "queued",
    "model": "gpt-4o",
    "instructions": None,
    "tools": [],
    "metadata": {},
}
_MESSAGE_OBJ = {
    "id": "msg_123",
    "object": "thread.message",
    "created_at": 1710330641,
    "assistant_id": "asst_123",
    "thread_id": "thread_123",
    "run_id": "run_123",
    "status": "in_progress",
    "role": "assistant",
    "content": [],
    "attachments": [],
    "metadata": {},
}
RUN_STREAM = sse(
    [
        ("thread.run.created", _RUN),
        ("thread.run.in_progress", {**_RUN, "status": "in_progress"}),
        ("thread.message.created", _MESSAGE_OBJ),
        (
            "thread.message.delta",
            {
                "id": "msg_123",
                "object": "thread.message.delta",
                "delta": {
                    "content": [
                        {"index": 0, "type": "text", "text": {"value": "Hello", "annotations": []}}
                    ]
                },
            },
        ),
        (
            "thread.message.completed",
            {
                **_MESSAGE_OBJ,
                "status": "completed",
                "content": [{"type": "text", "text": {"value": "Hello", "annotations": []}}],
            },
        ),
        ("thread.run.completed", {**_RUN, "status": "completed"}),
    ],
    done=True,
)

FILES_PAGE = {
    "object": "list",
    "data": [
        {
            "id": f"file-abc12{i}",
            "object": "file",
            "bytes": 175,
            "created_at": 1613677385,
            "expires_at": 1677614202,
            "filename": "salesOverview.pdf",
            "purpose": "assistants",
        }
        for i in range(3)
    ],
    "first_id": "file-abc120",
    "last_id": "file-abc122",
    "has_more": False,
}

BATCH = {
    "id": "batch_abc123",
    "object": "batch",
    "endpoint": "/v1/chat/completions",
    "errors": None,
    "input_file_id": "file-abc123",
    "completion_window": "24h",
    "status": "completed",
    "output_file_id": None,
    "error_file_id": None,
    "created_at": 1711471533,
    "request_counts": {"total": 100, "completed": 95, "failed": 0},
    "metadata": {"customer_id": "user_123456789"},
}

EMBEDDINGS = {
    "object": "list",
    "data": [{"object": "embedding", "index": 0, "embedding": "AAAAAAAAgD8AAABA"}],
    "model": "text-embedding-3-small",
    "usage": {"prompt_tokens": 8, "total_tokens": 8},
}


def _error(message: str, type_: str, code: str | None, param: str | None = None) -> bytes:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return json.dumps(body).encode()


def _dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


SEEDS: tuple[Seed, ...] = (
    Seed("chat.create", "json", 200, _json_headers(), _dumps(CHAT_COMPLETION), chat_create),
    Seed(
        "chat.create/cassette",
        "json",
        200,
        _json_headers(),
        _cassette("createChatCompletion"),
        chat_create,
    ),
    Seed(
        "responses.create/cassette",
        "json",
        200,
        _json_headers(),
        _cassette("createResponse"),
        responses_create,
    ),
    Seed("files.list", "json", 200, _json_headers(), _dumps(FILES_PAGE), files_list),
    Seed(
        "models.list/cassette", "json", 200, _json_headers(), _cassette("listModels"), models_list
    ),
    Seed(
        "models.retrieve/cassette",
        "json",
        200,
        _json_headers(),
        _cassette("retrieveModel"),
        model_retrieve,
    ),
    Seed(
        "batches.poll",
        "json",
        200,
        _json_headers((("openai-poll-after-ms", "500"),)),
        _dumps(BATCH),
        batch_poll,
    ),
    Seed("embeddings.create", "json", 200, _json_headers(), _dumps(EMBEDDINGS), embeddings_create),
    Seed(
        "speech.create",
        "json",
        200,
        (("content-type", "audio/mpeg"), *RATE_HEADERS),
        b"ID3\x04\x00fake-mp3",
        speech_create,
    ),
    Seed("chat.create/raw", "json", 200, _json_headers(), _dumps(CHAT_COMPLETION), chat_create_raw),
    Seed(
        "files.content",
        "json",
        200,
        (("content-type", "application/octet-stream"), *RATE_HEADERS),
        b'{"custom_id": "request-1", "response": {"status_code": 200}}\n',
        file_content,
    ),
    Seed(
        "error.429",
        "error",
        429,
        _json_headers((("retry-after", "1"), ("retry-after-ms", "20"))),
        _error(
            "Rate limit reached for gpt-4o-mini on tokens per min (TPM).",
            "tokens",
            "rate_limit_exceeded",
        ),
        chat_create,
    ),
    Seed(
        "error.400",
        "error",
        400,
        _json_headers(),
        _error("Invalid value for 'model'.", "invalid_request_error", "invalid_value", "model"),
        responses_create,
    ),
    Seed(
        "error.500",
        "error",
        500,
        _json_headers((("x-should-retry", "false"),)),
        _error("The server had an error.", "server_error", None),
        files_list,
    ),
    Seed("sse.chat", "sse", 200, _sse_headers(), CHAT_STREAM, chat_stream),
    Seed(
        "sse.chat/cassette",
        "sse",
        200,
        _sse_headers(),
        _cassette("createChatCompletion.stream"),
        chat_stream,
    ),
    Seed("sse.responses", "sse", 200, _sse_headers(), RESPONSES_STREAM, responses_stream),
    Seed(
        "sse.responses/cassette",
        "sse",
        200,
        _sse_headers(),
        _cassette("createResponse.stream"),
        responses_stream_events,
    ),
    Seed("sse.assistants", "sse", 200, _sse_headers(), RUN_STREAM, run_stream),
    Seed("sse.chat/manager", "sse", 200, _sse_headers(), CHAT_STREAM, chat_manager),
    Seed("sse.responses/manager", "sse", 200, _sse_headers(), RESPONSES_STREAM, responses_manager),
    Seed("sse.assistants/manager", "sse", 200, _sse_headers(), RUN_STREAM, run_manager),
)
