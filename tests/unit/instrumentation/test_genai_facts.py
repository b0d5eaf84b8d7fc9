"""The pure GenAI fact extraction: request parameters and result shapes."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping

import pytest
from integrations_openai_api.models.completion_usage import CompletionUsage
from integrations_openai_api.models.completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails,
)
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)

from integrations_openai import JsonFormatter, _logs
from integrations_openai.instrumentation import _genai
from integrations_openai.instrumentation._genai import (
    capture_enabled,
    content_text,
    request_facts,
    result_facts,
)


def test_request_parameters_and_non_genai() -> None:
    facts = request_facts(
        "createChatCompletion",
        {"model": "m", "stop": "END", "n": 2, "temperature": True, "service_tier": "flex"},
    )
    attrs = dict(facts.attributes)
    assert attrs["gen_ai.request.stop_sequences"] == ("END",)
    assert attrs["gen_ai.request.choice.count"] == 2
    assert "gen_ai.request.temperature" not in attrs  # a bool is not a temperature
    listed = request_facts("createEmbedding", {"model": "e", "encoding_format": ["float"]})
    assert dict(listed.attributes)["gen_ai.request.encoding_formats"] == ("float",)
    other = request_facts("createFile", {"purpose": "batch"})
    assert (other.operation, other.genai, other.model, other.attributes) == (
        "createFile", False, None, ())  # fmt: skip


def test_responses_result_and_incomplete_reason() -> None:
    event = {
        "type": "response.incomplete",
        "response": {
            "id": "resp_1",
            "model": "gpt-5",
            "status": "incomplete",
            "incomplete_details": {"reason": "max_output_tokens"},
            "usage": {"input_tokens": 3, "output_tokens": 4},
            "output": [],
        },
    }
    result = result_facts(event)
    assert result.finish_reasons == ("max_output_tokens",)
    assert (result.input_tokens, result.output_tokens, result.response_id) == (3, 4, "resp_1")
    assert result_facts(object()).finish_reasons == ()


def test_capture_switch_and_content_text() -> None:
    assert capture_enabled({"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "True"})
    assert not capture_enabled({})
    assert content_text({"a": object()}).startswith('{"a": "<object')
    assert len(content_text("x" * 10_000)) == 8192


def test_json_formatter_plain_record_and_exception() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, "f", 1, "msg %s", ("a",), sys.exc_info())
    line = JsonFormatter().format(record)
    data = json.loads(line)
    assert data["message"] == "msg a" and data["exc_type"] == "ValueError"
    assert "\n" not in line


@pytest.mark.parametrize("fast", [True, False], ids=["orjson", "stdlib"])
def test_json_line_is_the_same_with_either_encoder(
    fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fast:
        pytest.importorskip("orjson")
    else:
        monkeypatch.setattr(_logs, "_fast", None)
    data = {"message": "é ok", "n": 3, "x": 0.25, "t": ("a", "b"), "o": object(), "none": None}
    line = _logs.encode_line(data)
    assert line.startswith('{"message":"é ok","n":3,"x":0.25,"t":["a","b"],"o":"<object')
    assert line.endswith(',"none":null}')


def test_json_line_falls_back_where_orjson_refuses() -> None:
    pytest.importorskip("orjson")
    # Beyond 64 bits, a non-string key, a lone surrogate: orjson raises, the line is made.
    data = {"big": 2**70, 1: "int key", "s": "\ud800"}
    assert json.loads(_logs.encode_line(data)) == {"big": 2**70, "1": "int key", "s": "\ud800"}


class _Usage(Mapping[str, object]):
    """A mapping that is not a dict: read by key."""

    def __init__(self, **values: object) -> None:
        self._values = values

    def __getitem__(self, key: str) -> object:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class _Plain:
    """Not a generated model: any attribute may be there."""

    def __init__(self) -> None:
        self.id = "plain-1"
        self.usage = {"prompt_tokens": 4, "completion_tokens": 1}


def test_result_fields_are_read_alike_from_every_shape() -> None:
    chat = CreateChatCompletionResponse.from_dict(
        {
            "id": "chatcmpl-9",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o-mini",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant"}},
            ],
            "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
        }
    )
    typed = result_facts(chat)
    as_dict = result_facts(chat.to_dict())
    assert typed == as_dict
    assert (typed.response_id, typed.input_tokens, typed.output_tokens) == ("chatcmpl-9", 9, 3)
    assert typed.finish_reasons == ("stop",)
    assert result_facts({"usage": _Usage(input_tokens=5, output_tokens=2)}).input_tokens == 5
    plain = result_facts(_Plain())
    assert (plain.response_id, plain.input_tokens, plain.output_tokens) == ("plain-1", 4, 1)
    assert result_facts(None) == result_facts(object())  # unknown shapes: empty facts
    usage = CompletionUsage.from_dict({"prompt_tokens": 2, "completion_tokens": 1})
    assert result_facts({"usage": usage}).input_tokens == 2


def test_a_model_field_left_unset_reads_none() -> None:
    usage = CompletionUsage.from_dict({"prompt_tokens": 2, "completion_tokens": 1})
    object.__delattr__(usage, "prompt_tokens")  # a hand-made instance missing a slot
    facts = result_facts({"usage": usage})
    assert facts.input_tokens is None and facts.output_tokens == 1


def test_a_model_with_one_field_read_or_a_method_of_that_name() -> None:
    details = CompletionUsageCompletionTokensDetails.from_dict({"reasoning_tokens": 6})
    assert list(_genai._fields(details, ("reasoning_tokens", "other"), {})) == [6, None]
    # A name the class has but not as a field (a method): read by attribute, as it is.
    read = _genai._fields(details, ("reasoning_tokens", "to_dict"), {})
    assert read[0] == 6 and callable(read[1])


def test_a_model_field_that_is_no_identifier_is_read_by_name() -> None:
    class Odd:
        _attr_names_ = ("from", "id")

    odd = Odd()
    setattr(odd, "from", 1)  # a keyword: no ``obj.from`` in a compiled reader
    odd.id = "x"  # type: ignore[attr-defined]
    assert list(_genai._fields(odd, ("id", "from", "model"), {})) == ["x", 1, None]


def test_a_compiled_reader_reads_an_unset_field_as_none() -> None:
    details = CompletionUsageCompletionTokensDetails.from_dict({"reasoning_tokens": 6})
    readers: dict[type, _genai._Reader] = {}
    assert list(_genai._fields(details, ("reasoning_tokens", "other"), readers)) == [6, None]
    object.__delattr__(details, "reasoning_tokens")  # a hand-made instance missing a slot
    assert list(_genai._fields(details, ("reasoning_tokens", "other"), readers)) == [None, None]
