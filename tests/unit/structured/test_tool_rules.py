"""Which tools ``.parse``/``.stream`` accept and what their arguments parse into, per API."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from integrations_openai.errors import ConfigurationError
from integrations_openai.structured import pydantic_function_tool
from integrations_openai.structured._core import prepare

LOOSE = {"type": "function", "function": {"name": "loose", "parameters": {"type": "object"}}}
STRICT = {
    "type": "function",
    "function": {"name": "strict", "parameters": {"type": "object"}, "strict": True},
}


class City(BaseModel):
    name: str


def test_chat_helpers_refuse_a_non_strict_tool() -> None:
    for kind in ("chat.parse", "chat.stream"):
        with pytest.raises(ConfigurationError, match="'loose' is not strict"):
            prepare(kind, {"model": "m", "tools": [LOOSE]}, {})


def test_responses_and_assistants_helpers_leave_a_non_strict_tool_unparsed() -> None:
    flat = {"type": "function", "name": "loose", "parameters": {"type": "object"}}
    for kind, tool in (("responses.stream", flat), ("assistants.stream", LOOSE)):
        prepared = prepare(kind, {"model": "m", "tools": [tool]}, {})
        assert prepared.parse_arguments("loose", '{"a": 1}') is None


def test_a_strict_plain_tool_parses_into_json_a_pydantic_one_into_its_model() -> None:
    tools = [STRICT, pydantic_function_tool(City)]
    prepared = prepare("chat.parse", {"model": "m", "tools": tools}, {})
    assert prepared.parse_arguments("strict", '{"a": [1]}') == {"a": [1]}
    assert prepared.parse_arguments("City", '{"name": "Oslo"}') == City(name="Oslo")


def test_a_chat_tool_is_flattened_for_responses_with_the_sdk_keys() -> None:
    prepared = prepare("responses.parse", {"model": "m", "tools": [STRICT]}, {})
    assert prepared.body["tools"] == [
        {
            "type": "function",
            "name": "strict",
            "description": None,
            "parameters": {"type": "object"},
            "strict": True,
        }
    ]


def test_a_stream_snapshot_parses_best_effort_and_never_raises() -> None:
    prepared = prepare(
        "chat.stream", {"model": "m", "response_format": City, "tools": [STRICT]}, {}
    )
    call = {"id": "c1", "type": "function", "function": {"name": "strict", "arguments": '{"a": [1'}}
    message = {"role": "assistant", "content": '{"name": "Os', "tool_calls": [call]}
    snap = {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "message": message, "finish_reason": "length"}]}  # fmt: skip
    completion = prepared.chat_completion(snap, partial=True)  # "length": no error mid-stream
    (choice,) = completion.choices
    assert choice.message.parsed == {}  # the unfinished string is not shown
    assert choice.message.tool_calls[0].function.parsed_arguments == {"a": [1]}
