"""``with_raw_response.parse`` and ``with_streaming_response.parse``: the SDK's response views
wrap its ``parse`` helpers too; ``.parse()`` of the response is the parsed answer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from integrations_openai.structured import ParsedChatCompletion, ParsedResponse
from tests.support.faultserver import FaultServer, json_reply
from tests.unit.structured.test_parse import MESSAGES, completion, response

HEADERS = {"x-request-id": "req_parse_1", "x-ratelimit-remaining-requests": "41"}


class Answer(BaseModel):
    value: int


async def _call(driver: Any, server: FaultServer, view: str, resource: str) -> Any:
    """Call ``<resource>.<view>.parse`` and return ``(parsed, status, request id, header)``."""
    client = driver.client(base_url=server.url + "/v1", max_retries=0)
    if resource == "chat":
        kwargs: dict[str, Any] = {"model": "gpt-x", "messages": MESSAGES, "response_format": Answer}
    else:
        kwargs = {"model": "gpt-x", "input": "How many?", "text_format": Answer}

    def target(c: Any) -> Any:
        base = c.chat.completions if resource == "chat" else c.responses
        return getattr(base, view).parse

    if driver.is_async:
        async with client:
            if view == "with_raw_response":
                raw = await target(client)(**kwargs)
                return raw.parse(), raw.status_code, raw.request_id, raw.headers
            async with target(client)(**kwargs) as streamed:
                parsed = await streamed.parse()
                return parsed, streamed.status_code, streamed.request_id, streamed.headers
    with client:
        if view == "with_raw_response":
            raw = target(client)(**kwargs)
            return raw.parse(), raw.status_code, raw.request_id, raw.headers
        with target(client)(**kwargs) as streamed:
            return streamed.parse(), streamed.status_code, streamed.request_id, streamed.headers


async def test_chat_raw_parse(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(completion('{"value": 3}'), headers=HEADERS))
    parsed, status, request_id, headers = await _call(
        driver, fault_server, "with_raw_response", "chat"
    )
    assert isinstance(parsed, ParsedChatCompletion)
    assert parsed.choices[0].message.parsed == Answer(value=3)
    assert (status, request_id) == (200, "req_parse_1")
    assert headers["x-ratelimit-remaining-requests"] == "41"
    assert parsed._request_id == "req_parse_1"
    # the strict schema was sent, as for the plain helper
    sent = fault_server.requests[0].json()
    assert sent["response_format"]["json_schema"]["name"] == "Answer"


async def test_chat_streaming_parse(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(completion('{"value": 5}'), headers=HEADERS))
    parsed, status, request_id, _ = await _call(
        driver, fault_server, "with_streaming_response", "chat"
    )
    assert isinstance(parsed, ParsedChatCompletion)
    assert parsed.choices[0].message.parsed == Answer(value=5)
    assert (status, request_id) == (200, "req_parse_1")


async def test_responses_raw_and_streaming_parse(driver: Any, fault_server: FaultServer) -> None:
    fault_server.enqueue(json_reply(response('{"value": 7}'), headers=HEADERS))
    fault_server.enqueue(json_reply(response('{"value": 8}'), headers=HEADERS))
    raw = await _call(driver, fault_server, "with_raw_response", "responses")
    streamed = await _call(driver, fault_server, "with_streaming_response", "responses")
    assert isinstance(raw[0], ParsedResponse)
    assert raw[0].output_parsed == Answer(value=7)
    assert raw[2] == "req_parse_1"
    assert streamed[0].output_parsed == Answer(value=8)
    assert fault_server.requests[1].json()["text"]["format"]["name"] == "Answer"


def test_beta_and_client_level_views_reach_parse(fault_server: FaultServer) -> None:
    from integrations_openai import OpenAIClient

    fault_server.enqueue(json_reply(completion('{"value": 1}')))
    fault_server.enqueue(json_reply(completion('{"value": 2}')))
    with OpenAIClient(api_key="sk-test-views", base_url=fault_server.url + "/v1") as client:
        first = client.beta.chat.completions.with_raw_response.parse(
            model="gpt-x", messages=MESSAGES, response_format=Answer
        )
        second = client.with_raw_response.chat.completions.parse(
            model="gpt-x", messages=MESSAGES, response_format=Answer
        )
    assert first.parse().choices[0].message.parsed == Answer(value=1)
    assert second.parse().choices[0].message.parsed == Answer(value=2)


def test_stream_helpers_are_not_in_the_views() -> None:
    from integrations_openai import OpenAIClient

    with OpenAIClient(api_key="sk-test-views") as client:
        # the SDK's views wrap ``parse`` only: a stream manager has no response to wrap
        assert not hasattr(client.chat.completions.with_raw_response, "stream")
        assert not hasattr(client.responses.with_streaming_response, "stream")
