"""Chat completions: answers, tool calls, JSON-schema outputs, streams with a usage chunk."""

from __future__ import annotations

import json
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import prompt_text, token_count
from ._common import deleted, json_schema_answer, sse_reply, words

__all__ = ["routes"]

routes = RouteTable()


def _check(body: dict[str, Any]) -> None:
    if not isinstance(body.get("model"), str) or not body["model"]:
        raise ApiError(400, "you must provide a model parameter", param="model")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "'messages' must be a non-empty array.", param="messages")
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or "role" not in message:
            raise ApiError(400, f"messages[{index}] must have a 'role'.", param="messages")
    temperature = body.get("temperature")
    if temperature is not None and (
        isinstance(temperature, bool)
        or not isinstance(temperature, int | float)
        or not 0 <= temperature <= 2
    ):
        raise ApiError(
            400,
            f"Invalid type for 'temperature': expected a decimal between 0 and 2, "
            f"but got {type(temperature).__name__} instead.",
            param="temperature",
            code="invalid_type",
        )


def _tool_calls(call: Call, body: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Call the first function tool once, unless the last message already answers a call."""
    tools = [
        t for t in body.get("tools") or [] if isinstance(t, dict) and t.get("type") == "function"
    ]
    if not tools or body.get("tool_choice") == "none" or body["messages"][-1].get("role") == "tool":
        return None
    function = tools[0].get("function") or {}
    arguments = json_schema_answer(call.state.values, function.get("parameters"))
    return [
        {
            "id": call.state.ids.new("call_"),
            "type": "function",
            "function": {"name": function.get("name", "tool"), "arguments": arguments},
        }
    ]


def _content(call: Call, body: dict[str, Any]) -> str:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return json_schema_answer(call.state.values, (fmt.get("json_schema") or {}).get("schema"))
    if fmt.get("type") == "json_object":
        return json.dumps({"answer": call.state.reply(_last_user_text(body))})
    return call.state.reply(_last_user_text(body))


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body["messages"]):
        if message.get("role") == "user":
            return prompt_text(message.get("content"))
    return ""


def _usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


@routes.route("POST", "/chat/completions")
def create(call: Call) -> Answer:
    """A completion (or its stream) for the last user message."""
    body = call.body()
    _check(body)
    tool_calls = _tool_calls(call, body)
    text = None if tool_calls else _content(call, body)
    prompt_tokens = sum(4 + token_count(prompt_text(m.get("content"))) for m in body["messages"])
    completion_tokens = token_count(text or json.dumps(tool_calls))
    n = body.get("n") or 1
    head = {
        "id": call.state.ids.new("chatcmpl-"),
        "created": call.state.now(),
        "model": body["model"],
        "system_fingerprint": "fp_fake0001",
        "service_tier": "default",
    }
    if body.get("stream"):
        return _stream(head, text, tool_calls, body, prompt_tokens, completion_tokens)
    message: dict[str, Any] = {
        "role": "assistant",
        "content": text,
        "refusal": None,
        "annotations": [],
    }
    if tool_calls:
        message["tool_calls"] = tool_calls
    completion = {
        **head,
        "object": "chat.completion",
        "choices": [
            {
                "index": index,
                "message": message,
                "finish_reason": "tool_calls" if tool_calls else "stop",
                "logprobs": None,
            }
            for index in range(n)
        ],
        "usage": _usage(prompt_tokens, completion_tokens * n),
    }
    if body.get("store"):
        call.state.add("chat_completions", {**completion, "metadata": body.get("metadata") or {}})
    return completion


def _stream(
    head: dict[str, Any],
    text: str | None,
    tool_calls: list[dict[str, Any]] | None,
    body: dict[str, Any],
    prompt_tokens: int,
    completion_tokens: int,
) -> Answer:
    with_usage = bool((body.get("stream_options") or {}).get("include_usage"))

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        out = {
            **head,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        if with_usage:
            out["usage"] = None
        return out

    events = [chunk({"role": "assistant", "content": "", "refusal": None})]
    if tool_calls:
        events += [chunk({"tool_calls": [{"index": i, **tc}]}) for i, tc in enumerate(tool_calls)]
    else:
        events += [chunk({"content": piece}) for piece in words(text or "")]
    events.append(chunk({}, "tool_calls" if tool_calls else "stop"))
    if with_usage:
        events.append(
            {
                **head,
                "object": "chat.completion.chunk",
                "choices": [],
                "usage": _usage(prompt_tokens, completion_tokens),
            }
        )
    return sse_reply(events, named=False, done=True)


@routes.route("GET", "/chat/completions")
def list_stored(call: Call) -> Answer:
    """Completions created with ``store: true``."""
    model = call.query.get("model")
    items = [c for c in call.state.all("chat_completions") if model in (None, c["model"])]
    return call.page(items, newest_first=False)


@routes.route("GET", "/chat/completions/{completion_id}")
def retrieve(call: Call) -> Answer:
    """One stored completion."""
    return call.state.get("chat_completions", call.params["completion_id"], "chat completion")


@routes.route("DELETE", "/chat/completions/{completion_id}")
def delete(call: Call) -> Answer:
    """Forget a stored completion."""
    found = call.state.remove("chat_completions", call.params["completion_id"], "chat completion")
    return deleted(found["id"], "chat.completion.deleted")
