"""Responses: a text answer (or a function call), its named stream events, stored responses."""

from __future__ import annotations

import json
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import prompt_text, token_count
from ._common import deleted, json_schema_answer, metadata, sse_reply, words

__all__ = ["routes"]

routes = RouteTable()


def _input_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for item in reversed(value):
            if isinstance(item, dict) and item.get("role", "user") == "user" and "content" in item:
                return prompt_text(item["content"])
    return ""


def _answered_call(value: Any) -> bool:
    return isinstance(value, list) and any(
        isinstance(i, dict) and i.get("type") == "function_call_output" for i in value
    )


def _output(call: Call, body: dict[str, Any]) -> list[dict[str, Any]]:
    ids = call.state.ids
    tools = [
        t for t in body.get("tools") or [] if isinstance(t, dict) and t.get("type") == "function"
    ]
    if tools and body.get("tool_choice") != "none" and not _answered_call(body.get("input")):
        return [
            {
                "id": ids.new("fc_"),
                "type": "function_call",
                "status": "completed",
                "call_id": ids.new("call_"),
                "name": tools[0].get("name", "tool"),
                "arguments": json_schema_answer(call.state.values, tools[0].get("parameters")),
            }
        ]
    fmt = (body.get("text") or {}).get("format") or {}
    if fmt.get("type") == "json_schema":
        text = json_schema_answer(call.state.values, fmt.get("schema"))
    else:
        text = call.state.reply(_input_text(body.get("input")))
    return [
        {
            "id": ids.new("msg_"),
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
        }
    ]


def _tool(tool: Any) -> Any:
    """A request's tool as the response echoes it (functions get their defaults)."""
    if isinstance(tool, dict) and tool.get("type") == "function":
        return {"strict": True, "parameters": None, **tool}
    return tool


def _usage(body: dict[str, Any], output: list[dict[str, Any]]) -> dict[str, Any]:
    prompt = token_count(json.dumps(body.get("input", ""))) + token_count(
        body.get("instructions") or ""
    )
    completion = sum(
        token_count(part.get("text", "")) for item in output for part in item.get("content", [])
    ) or token_count(json.dumps(output))
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": prompt + completion,
    }


@routes.route("POST", "/responses")
def create(call: Call) -> Answer:
    """A completed response (or its event stream)."""
    body = call.body()
    if not body.get("model"):
        raise ApiError(400, "Missing required parameter: 'model'.", param="model")
    if "input" not in body and "previous_response_id" not in body and "prompt" not in body:
        raise ApiError(400, "Missing required parameter: 'input'.", param="input")
    output = _output(call, body)
    response = call.state.values.make(
        "Response",
        id=call.state.ids.new("resp_"),
        object="response",
        created_at=call.state.now(),
        status="completed",
        model=body["model"],
        output=output,
        instructions=body.get("instructions"),
        tools=[_tool(t) for t in body.get("tools") or []],
        tool_choice=body.get("tool_choice", "auto"),
        parallel_tool_calls=body.get("parallel_tool_calls", True),
        previous_response_id=body.get("previous_response_id"),
        metadata=metadata(body) or {},
        temperature=body.get("temperature", 1.0),
        top_p=body.get("top_p", 1.0),
        text=body.get("text") or {"format": {"type": "text"}},
        error=None,
        incomplete_details=None,
        usage=_usage(body, output),
    )
    if body.get("store", True):
        call.state.add("responses", response)
        call.state.add("response_inputs", {"id": response["id"], "input": body.get("input")})
    if body.get("stream"):
        return _stream(response)
    return response


def _stream(response: dict[str, Any]) -> Answer:
    pending = {k: v for k, v in response.items() if k != "usage"}
    pending.update(status="in_progress", output=[])
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": pending},
        {"type": "response.in_progress", "response": pending},
    ]
    for index, item in enumerate(response["output"]):
        if item["type"] != "message":
            events.append(
                {"type": "response.output_item.added", "output_index": index, "item": item}
            )
            events.append(
                {"type": "response.output_item.done", "output_index": index, "item": item}
            )
            continue
        part = item["content"][0]
        ids = {"item_id": item["id"], "output_index": index, "content_index": 0}
        events += [
            {
                "type": "response.output_item.added",
                "output_index": index,
                "item": {**item, "status": "in_progress", "content": []},
            },
            {"type": "response.content_part.added", **ids, "part": {**part, "text": ""}},
            *(
                {"type": "response.output_text.delta", **ids, "delta": piece, "logprobs": []}
                for piece in words(part["text"])
            ),
            {"type": "response.output_text.done", **ids, "text": part["text"], "logprobs": []},
            {"type": "response.content_part.done", **ids, "part": part},
            {"type": "response.output_item.done", "output_index": index, "item": item},
        ]
    events.append({"type": "response.completed", "response": response})
    for number, event in enumerate(events):
        event["sequence_number"] = number
    return sse_reply(events, named=True, done=False)


@routes.route("GET", "/responses/{response_id}")
def retrieve(call: Call) -> Answer:
    """A stored response."""
    return call.state.get("responses", call.params["response_id"], "response")


@routes.route("DELETE", "/responses/{response_id}")
def delete(call: Call) -> Answer:
    """Forget a stored response."""
    found = call.state.remove("responses", call.params["response_id"], "response")
    return deleted(found["id"], "response.deleted")


@routes.route("GET", "/responses/{response_id}/input_items")
def input_items(call: Call) -> Answer:
    """The input of a stored response, as items."""
    response_id = call.params["response_id"]
    call.state.get("responses", response_id, "response")
    raw = call.state.get("response_inputs", response_id, "response")["input"]
    entries = [{"role": "user", "content": raw}] if isinstance(raw, str) else list(raw or [])
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        content = entry.get("content")
        parts = (
            [{"type": "input_text", "text": content}] if isinstance(content, str) else content or []
        )
        items.append(
            {
                "id": call.state.ids.new("msg_"),
                "type": "message",
                "role": entry.get("role", "user"),
                "status": "completed",
                "content": parts,
            }
        )
    return call.page(items, newest_first=False)
