"""Response parsing never fails a whole object because of one field (forward compatibility).

Each case uses real generated models with payloads shaped like real API traffic: an
unexpected `null`, a missing required field, an enum value the spec does not list, an
unknown union variant, unknown extra fields, all of them nested in lists and unions too.
Every parsed object must give back the exact input from `to_dict()`.
"""

from __future__ import annotations

import copy
import inspect
from typing import Any

import pytest
from integrations_openai_api._runtime.lenient import UnknownVariant
from integrations_openai_api.models.batch import Batch
from integrations_openai_api.models.chat_completion_response_message import (
    ChatCompletionResponseMessage,
)
from integrations_openai_api.models.comparison_filter import ComparisonFilter
from integrations_openai_api.models.completion_usage import CompletionUsage
from integrations_openai_api.models.create_chat_completion_request import (
    CreateChatCompletionRequest,
)
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)
from integrations_openai_api.models.fine_tuning_job_hyperparameters import (
    FineTuningJobHyperparameters,
)
from integrations_openai_api.models.function_tool_call import FunctionToolCall
from integrations_openai_api.models.message_object import MessageObject
from integrations_openai_api.models.output_message import OutputMessage
from integrations_openai_api.models.response_object import ResponseObject
from integrations_openai_api.models.vector_store_file_attributes_2 import (
    VectorStoreFileAttributes2,
)
from integrations_openai_api.models.vector_store_object import VectorStoreObject
from integrations_openai_api.unions import parse_output_item


def round_trips(cls: type[Any], payload: dict[str, Any]) -> Any:
    original = copy.deepcopy(payload)
    parsed = cls.from_dict(payload)
    assert parsed.to_dict() == original
    assert payload == original  # the input is not mutated
    return parsed


def chat_completion(**choice: Any) -> dict[str, Any]:
    message = {"role": "assistant", "content": "Hello!", "refusal": None}
    first = {"index": 0, "message": message, "finish_reason": "stop", "logprobs": None}
    first.update(choice)
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "gpt-4o-mini",
        "choices": [first],
        "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
    }


def test_valid_chat_completion_is_fully_typed() -> None:
    parsed = round_trips(CreateChatCompletionResponse, chat_completion())
    choice = parsed.choices[0]
    assert isinstance(choice, CreateChatCompletionResponseChoicesItem)
    assert isinstance(choice.message, ChatCompletionResponseMessage)
    assert isinstance(parsed.usage, CompletionUsage)
    assert choice.finish_reason == "stop"


def test_unknown_enum_value_is_kept_as_the_raw_string() -> None:
    parsed = round_trips(
        CreateChatCompletionResponse, chat_completion(finish_reason="brand_new_reason")
    )
    choice = parsed.choices[0]
    assert choice.finish_reason == "brand_new_reason"
    assert isinstance(choice.message, ChatCompletionResponseMessage)  # siblings stay typed


def test_missing_required_fields_read_none_and_stay_absent() -> None:
    payload = chat_completion()
    del payload["choices"][0]["logprobs"]
    del payload["choices"][0]["message"]["refusal"]
    parsed = round_trips(CreateChatCompletionResponse, payload)
    assert parsed.choices[0].logprobs is None
    assert parsed.choices[0].message.refusal is None
    assert "refusal" not in parsed.choices[0].message.model_fields_set
    assert "refusal" not in parsed.choices[0].message.to_dict()


def test_unexpected_null_is_kept_as_none() -> None:
    payload = chat_completion()
    payload["usage"] = None  # not nullable in the spec
    payload["choices"][0]["index"] = None
    parsed = round_trips(CreateChatCompletionResponse, payload)
    assert parsed.usage is None
    assert parsed.choices[0].index is None
    assert isinstance(parsed.choices[0].message, ChatCompletionResponseMessage)


def test_wrong_json_type_is_kept_raw() -> None:
    payload = chat_completion()
    payload["choices"][0]["message"] = "not an object"
    payload["created"] = "yesterday"
    parsed = round_trips(CreateChatCompletionResponse, payload)
    assert parsed.choices[0].message == "not an object"


def test_unknown_fields_round_trip_at_every_level() -> None:
    payload = chat_completion()
    payload["brand_new_top_level"] = {"nested": [1, 2]}
    payload["choices"][0]["message"]["new_message_field"] = True
    payload["usage"]["new_usage_detail"] = {"cached": 3}
    parsed = round_trips(CreateChatCompletionResponse, payload)
    assert parsed["brand_new_top_level"] == {"nested": [1, 2]}
    assert parsed.choices[0].message["new_message_field"] is True


def test_broken_list_item_does_not_fail_its_neighbours() -> None:
    payload = chat_completion()
    payload["choices"].append(None)
    payload["choices"].append({"index": 1, "finish_reason": "tool_calls"})
    parsed = round_trips(CreateChatCompletionResponse, payload)
    assert isinstance(parsed.choices[0], CreateChatCompletionResponseChoicesItem)
    assert parsed.choices[1] is None
    assert isinstance(parsed.choices[2], CreateChatCompletionResponseChoicesItem)
    assert parsed.choices[2].message is None
    assert "message" not in parsed.choices[2].model_fields_set


def response_object(*output: dict[str, Any], usage: Any = None) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "status": "completed",
        "model": "gpt-4.1",
        "output": list(output),
        "usage": usage,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "metadata": {},
        "parallel_tool_calls": True,
        "temperature": 1.0,
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
    }


MESSAGE = {
    "type": "message",
    "id": "msg_1",
    "status": "completed",
    "role": "assistant",
    "content": [{"type": "output_text", "text": "Hi", "annotations": []}],
}
FUNCTION_CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_1",
    "name": "get_weather",
    "arguments": '{"city": "Paris"}',
    "status": "completed",
}
NEW_ITEM = {"type": "hologram_call", "id": "hg_1", "frames": [{"n": 1}]}


def test_unknown_union_variant_becomes_unknown_variant() -> None:
    parsed = round_trips(ResponseObject, response_object(MESSAGE, NEW_ITEM, FUNCTION_CALL))
    first, second, third = parsed.output
    assert isinstance(first, OutputMessage)
    assert isinstance(second, UnknownVariant)
    assert second.type == "hologram_call"
    assert second["frames"] == [{"n": 1}]
    assert isinstance(third, FunctionToolCall)
    assert parsed.usage is None  # `usage: null`, as on `response.created`


def test_an_unknown_variant_serializes_like_a_model() -> None:
    """`to_json()` and `model_dump_json()` work on an unknown member as on a known one (a
    result printed whole reaches them): the raw JSON, indented by 2 or compact."""
    item = UnknownVariant({"type": "hologram_call", "frames": [{"n": 1}]})
    assert (
        item.to_json()
        == '{\n  "type": "hologram_call",\n  "frames": [\n    {\n      "n": 1\n    }\n  ]\n}'
    )
    assert item.model_dump_json() == '{"type":"hologram_call","frames":[{"n":1}]}'
    assert item.to_json(indent=None) == item.model_dump_json()


def test_an_unknown_assistants_event_keeps_its_event_name() -> None:
    """`event` is the Assistants stream's discriminator: a new event name reads as it came,
    so `if e.event == "thread.x":` runs for it too; a non-string one reads `""`."""
    from integrations_openai_api.events import parse_assistant_stream_event

    new = parse_assistant_stream_event({"event": "thread.hologram.created", "data": {"id": "h"}})
    assert isinstance(new, UnknownVariant)
    assert new.event == "thread.hologram.created" and new.type == ""
    assert new.data == {"event": "thread.hologram.created", "data": {"id": "h"}}
    assert UnknownVariant({"event": {"nested": 1}}).event == ""
    known = parse_assistant_stream_event({"event": "done", "data": "[DONE]"})
    assert not isinstance(known, UnknownVariant) and known.event == "done"


def test_unknown_variant_nested_in_a_known_variant() -> None:
    message = copy.deepcopy(MESSAGE)
    message["content"].append({"type": "output_sparkle", "sparkle": 1})
    message["content"][0]["annotations"].append({"type": "new_annotation", "x": 1})
    parsed = round_trips(ResponseObject, response_object(message))
    content = parsed.output[0].content
    assert isinstance(content[1], UnknownVariant)
    assert isinstance(content[0].annotations[0], UnknownVariant)
    assert content[0].text == "Hi"


def test_unknown_enum_inside_a_union_member() -> None:
    call = dict(FUNCTION_CALL, status="paused_for_review")
    item = parse_output_item(call)
    assert isinstance(item, FunctionToolCall)
    assert item.status == "paused_for_review"
    assert item.to_dict() == call


@pytest.mark.parametrize(
    ("cls", "payload", "field", "expected"),
    [
        (
            Batch,
            {
                "id": "batch_1",
                "object": "batch",
                "endpoint": "/v1/chat/completions",
                "input_file_id": "file-1",
                "completion_window": "24h",
                "status": "validating",
                "created_at": 1,
                "errors": None,
            },
            "errors",
            None,
        ),
        (
            VectorStoreObject,
            {
                "id": "vs_1",
                "object": "vector_store",
                "created_at": 1,
                "name": "docs",
                "usage_bytes": 0,
                "file_counts": {
                    "in_progress": 0,
                    "completed": 1,
                    "failed": 0,
                    "cancelled": 0,
                    "total": 1,
                },
                "status": "completed",
                "last_active_at": 1,
                "metadata": {},
                "expires_after": None,
            },
            "expires_after",
            None,
        ),
        (
            MessageObject,
            {
                "id": "msg_1",
                "object": "thread.message",
                "created_at": 1,
                "thread_id": "thread_1",
                "role": "assistant",
                "content": [],
                "assistant_id": None,
                "run_id": None,
                "attachments": [],
                "metadata": {},
            },
            "status",
            None,
        ),
    ],
)
def test_real_world_deviations(
    cls: type[Any], payload: dict[str, Any], field: str, expected: Any
) -> None:
    parsed = round_trips(cls, payload)
    assert getattr(parsed, field) is expected


def test_request_constructors_stay_strict() -> None:
    params = inspect.signature(CreateChatCompletionRequest).parameters
    assert params["messages"].default is inspect.Parameter.empty
    assert params["model"].default is inspect.Parameter.empty
    with pytest.raises(TypeError):
        CreateChatCompletionRequest()  # type: ignore[call-arg]


def test_list_union_members_are_told_apart_by_their_items() -> None:
    from integrations_openai_api.models.create_moderation_request import CreateModerationRequest

    parts = {"input": [{"type": "text", "text": "hi"}], "model": "omni-moderation-latest"}
    parsed = round_trips(CreateModerationRequest, parts)
    assert not isinstance(parsed.input[0], dict)  # typed parts, not raw dicts
    strings = round_trips(CreateModerationRequest, {"input": ["a", "b"]})
    assert strings.input == ["a", "b"]


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        (1767225600, 1767225600.0),  # a JSON integer in a `number` field: its float
        (0.5, 0.5),
        (None, None),
        ("1.5", "1.5"),  # not a number: kept raw, as every mismatch is
        (True, True),  # a bool is no JSON number
        (2**60 + 1, 2**60 + 1),  # a float cannot hold it exactly: kept as the integer
    ],
)
def test_number_fields_read_integers_as_floats(raw: object, read: object) -> None:
    body = {
        "id": "resp_1",
        "object": "response",
        "created_at": raw,
        "model": "m",
        "output": [],
        "temperature": raw,
    }
    response = ResponseObject.from_dict(body)
    for value in (response.created_at, response.temperature):
        assert value == read and type(value) is type(read)
    assert response.to_dict()["created_at"] == read
    assert "created_at=" + repr(read) in repr(response)


def test_a_union_with_float_and_no_int_reads_integers_as_floats() -> None:
    # `str | float | bool` (attributes), `float | str` in a list (filters), `"auto" | float`:
    # the SDK's pydantic unions read 1 as 1.0; booleans and other values stay as they are.
    attributes = VectorStoreFileAttributes2.from_dict({"n": 1, "ok": True, "s": "x", "f": 2.5})
    assert dict(attributes) == {"n": 1.0, "ok": True, "s": "x", "f": 2.5}
    assert type(attributes["n"]) is float and attributes["ok"] is True
    flt = ComparisonFilter.from_dict({"type": "in", "key": "k", "value": [1, "a"]})
    assert flt.value == [1.0, "a"] and type(flt.value[0]) is float
    hyper = FineTuningJobHyperparameters.from_dict(
        {"learning_rate_multiplier": 2, "n_epochs": 3, "batch_size": "auto"}
    )
    assert type(hyper.learning_rate_multiplier) is float and type(hyper.n_epochs) is int
