"""The pure GenAI fact extraction: request parameters and result shapes."""

from __future__ import annotations

import logging

from integrations_openai import JsonFormatter
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
    assert '"message": "msg a"' in line and '"exc_type": "ValueError"' in line
