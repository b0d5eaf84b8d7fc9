"""``chat.completions.parse`` and ``responses.parse`` over a real socket, sync and async."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from integrations_openai.errors import (
    ConfigurationError,
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    ResponseDecodeError,
)
from integrations_openai.structured import (
    ParsedChatCompletion,
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    pydantic_function_tool,
)
from tests.support.faultserver import FaultServer, json_reply

KEY = "sk-test-structured-0000"
MESSAGES = [{"role": "user", "content": "What is 1 + 2?"}]


class Answer(BaseModel):
    value: int
    unit: str | None = None


class GetWeather(BaseModel):
    city: str


def completion(content: str | None, *, finish: str = "stop", refusal: str | None = None,
               tool_calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:  # fmt: skip
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-x",
            "choices": [{"index": 0, "finish_reason": finish, "logprobs": None,
                         "message": message}]}  # fmt: skip


def response(text: str) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed",
            "model": "gpt-x", "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
            "output": [{"id": "msg_1", "type": "message", "role": "assistant",
                        "status": "completed", "content": [
                            {"type": "output_text", "text": text, "annotations": []}]}]}  # fmt: skip


async def parse_chat(driver: Any, server: FaultServer, **kwargs: Any) -> Any:
    kwargs.setdefault("response_format", Answer)
    client = driver.client(base_url=server.url + "/v1", max_retries=0)
    if driver.is_async:
        async with client:
            return await client.chat.completions.parse(model="gpt-x", messages=MESSAGES, **kwargs)
    with client:
        return client.chat.completions.parse(model="gpt-x", messages=MESSAGES, **kwargs)


async def test_chat_parse_sends_the_strict_schema_and_parses_message_and_tools(
    driver: Any, fault_server: FaultServer
) -> None:
    call = {"id": "call_1", "type": "function",
            "function": {"name": "GetWeather", "arguments": '{"city": "Paris"}'}}  # fmt: skip
    fault_server.enqueue(json_reply(completion('{"value": 3, "unit": null}', tool_calls=[call])))
    result = await parse_chat(driver, fault_server, tools=[pydantic_function_tool(GetWeather)])
    assert isinstance(result, ParsedChatCompletion)
    message = result.choices[0].message
    assert message.parsed == Answer(value=3)
    assert message.tool_calls is not None
    assert message.tool_calls[0].function.parsed_arguments == GetWeather(city="Paris")
    assert result.id == "chatcmpl-1"
    sent = fault_server.requests[0].json()
    assert sent["stream"] is False  # as the SDK sends it
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "Answer" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["schema"]["required"] == ["value", "unit"]
    assert sent["tools"][0]["function"]["strict"] is True


async def test_a_refusal_is_not_parsed(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(completion(None, refusal="I can't help with that.")))
    result = await parse_chat(driver, fault_server)
    assert result.choices[0].message.parsed is None
    assert result.choices[0].message.refusal == "I can't help with that."


@pytest.mark.parametrize(
    ("finish", "error"),
    [("length", LengthFinishReasonError), ("content_filter", ContentFilterFinishReasonError)],
)
async def test_a_cut_or_filtered_answer_raises(
    driver: Any, fault_server: FaultServer, finish: str, error: type[Exception]
) -> None:
    fault_server.enqueue(json_reply(completion('{"value": ', finish=finish)))
    with pytest.raises(error, match="Could not parse response content") as info:
        await parse_chat(driver, fault_server)
    held = info.value.completion  # type: ignore[attr-defined]
    assert type(held).__name__ == "ChatCompletion" and held.id == "chatcmpl-1"
    assert held.choices[0].finish_reason == finish


async def test_an_answer_off_the_schema_is_a_decode_error(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(json_reply(completion('{"value": "three"}')))
    with pytest.raises(ResponseDecodeError, match="does not fit Answer"):
        await parse_chat(driver, fault_server)


async def test_non_strict_tools_are_refused_before_sending(
    driver: Any, fault_server: FaultServer
) -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    with pytest.raises(ConfigurationError, match="'f' is not strict"):
        await parse_chat(driver, fault_server, tools=[tool])
    assert fault_server.request_count == 0


async def test_without_a_format_parse_returns_the_completion(
    driver: Any, fault_server: FaultServer
) -> None:
    fault_server.enqueue(json_reply(completion("plain text")))
    result = await parse_chat(driver, fault_server, response_format={"type": "text"})
    assert result.choices[0].message.content == "plain text"
    assert result.choices[0].message.parsed is None
    assert fault_server.requests[0].json()["response_format"] == {"type": "text"}


async def test_responses_parse_sets_text_format_and_output_parsed(
    driver: Any, fault_server: FaultServer
) -> None:
    body = response('{"value": 7, "unit": "m"}')
    body["output"].append({"type": "function_call", "id": "fc_1", "call_id": "call_1",
                           "name": "GetWeather", "arguments": '{"city": "Oslo"}',
                           "status": "completed"})  # fmt: skip
    fault_server.enqueue(json_reply(body))
    client = driver.client(base_url=fault_server.url + "/v1", max_retries=0)
    kwargs: dict[str, Any] = {"model": "gpt-x", "input": "How far?", "text_format": Answer,
                              "tools": [pydantic_function_tool(GetWeather)]}  # fmt: skip
    if driver.is_async:
        async with client:
            result = await client.responses.parse(**kwargs)
    else:
        with client:
            result = client.responses.parse(**kwargs)
    assert isinstance(result, ParsedResponse)
    assert result.output_parsed == Answer(value=7, unit="m")
    message, call = result.output
    assert isinstance(message, ParsedResponseOutputMessage)
    assert isinstance(message.content[0], ParsedResponseOutputText)
    assert message.content[0].parsed == Answer(value=7, unit="m")
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == GetWeather(city="Oslo")
    sent = fault_server.requests[0].json()
    assert sent["text"]["format"]["type"] == "json_schema"
    assert sent["text"]["format"]["name"] == "Answer"
    # chat-style tools are sent in the Responses shape (flat)
    assert sent["tools"][0]["name"] == "GetWeather" and "function" not in sent["tools"][0]


def test_text_format_must_be_a_model_type(fault_server: FaultServer) -> None:
    client = OpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1")
    with pytest.raises(ConfigurationError, match="text_format must be"):
        client.responses.parse(model="m", input="x", text_format=int)
    assert fault_server.request_count == 0


def test_a_body_that_is_not_json_is_a_decode_error(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply([1, 2]))
    client = OpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1", max_retries=0)
    with pytest.raises(ResponseDecodeError, match="not a JSON object"):
        client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Answer)


async def test_async_client_is_usable(fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(completion(json.dumps({"value": 1, "unit": None}))))
    async with AsyncOpenAIClient(api_key=KEY, base_url=fault_server.url + "/v1") as client:
        result = await client.chat.completions.parse(
            model="m", messages=MESSAGES, response_format=Answer
        )
    assert result.choices[0].message.parsed == Answer(value=1)
