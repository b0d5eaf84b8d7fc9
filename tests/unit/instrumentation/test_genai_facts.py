"""The pure GenAI fact extraction: request parameters and result shapes."""

from __future__ import annotations

import json
import logging

import pytest

from integrations_openai import JsonFormatter, _logs
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
