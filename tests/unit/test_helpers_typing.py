"""mypy --strict on user code of the ``.parse``/``.stream`` helpers: ``parsed`` is the
caller's type (or None), events narrow on ``type``. The functions are only type-checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, assert_type

import pytest

if TYPE_CHECKING:
    from integrations_openai_api._facade_runtime import EventStream
    from integrations_openai_api._helper_types import AssistantStreamHandler
    from integrations_openai_api.models import RunObject
    from integrations_openai_api.models.create_completion_response import CreateCompletionResponse
    from integrations_openai_api.unions import ResponseStreamEvent
    from pydantic import BaseModel

    from integrations_openai import AssistantEventHandler, AsyncOpenAIClient, OpenAIClient
    from integrations_openai.structured import ParsedChatCompletion, ParsedResponse

    class Answer(BaseModel):
        value: int

    class Printer(AssistantEventHandler):
        def on_text_delta(self, delta: object, snapshot: object) -> None:
            print(delta)


ROOT = Path(__file__).resolve().parents[2]


def _sync_usage(client: OpenAIClient) -> None:
    legacy = client.completions.create(model="m", prompt="hi", stream=True)
    assert_type(legacy, EventStream[CreateCompletionResponse])
    replay = client.responses.retrieve("resp_1", stream=True, starting_after=3)
    assert_type(replay, EventStream[ResponseStreamEvent])
    completion = client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    assert_type(completion, ParsedChatCompletion[Answer])
    assert_type(completion.choices[0].message.parsed, "Answer | None")
    assert_type(completion.choices[0].message.refusal, "str | None")
    response = client.responses.parse(model="m", input="hi", text_format=Answer)
    assert_type(response, ParsedResponse[Answer])
    assert_type(response.output_parsed, "Answer | None")
    for output_item in response.output:  # every output item type; text parts carry `parsed`
        if output_item.type == "message":
            for part in output_item.content:
                if part.type == "output_text":
                    assert_type(part.parsed, "Answer | None")
        elif output_item.type == "reasoning":
            assert_type(output_item.id, str)
    for run_event in client.threads.runs.create("thread_1", assistant_id="a", stream=True):
        if run_event.event == "thread.run.completed":  # narrows, UnknownVariant included
            assert_type(run_event.data, RunObject)
    with client.chat.completions.stream(model="m", messages=[], response_format=Answer) as stream:
        for event in stream:
            if event.type == "content.delta":
                assert_type(event.delta, str)
            elif event.type == "content.done":
                assert_type(event.parsed, "Answer | None")
        final = stream.get_final_completion()
        assert_type(final.choices[0].message.parsed, "Answer | None")
    with client.responses.stream(model="m", input="hi", text_format=Answer) as rstream:
        for text in rstream.text_deltas:
            assert_type(text, str)
        assert_type(rstream.get_final_response().output_parsed, "Answer | None")
    with client.responses.stream(response_id="resp_1", starting_after=3, resume=True) as again:
        again.until_done()
    with client.beta.threads.runs.stream("t", assistant_id="a", event_handler=Printer()) as mine:
        assert_type(mine, Printer)
        assert_type(mine.get_final_run(), RunObject)
    with client.beta.threads.runs.stream("t", assistant_id="a") as default:
        assert_type(default, AssistantStreamHandler)
        for text in default.text_deltas:
            assert_type(text, str)


async def _async_usage(client: AsyncOpenAIClient) -> None:
    completion = await client.chat.completions.parse(model="m", messages=[], response_format=Answer)
    assert_type(completion.choices[0].message.parsed, "Answer | None")
    async with client.chat.completions.stream(model="m", messages=[]) as stream:
        async for event in stream:
            if event.type == "refusal.done":
                assert_type(event.refusal, str)
    async with client.responses.stream(model="m", input="hi", text_format=Answer) as rstream:
        final = await rstream.get_final_response()
        assert_type(final.output_parsed, "Answer | None")


@pytest.mark.slow
def test_mypy_strict_types_the_helpers(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), __file__],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
