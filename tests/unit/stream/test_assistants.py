"""Assistants streams: ``AssistantEventHandler`` callbacks, snapshots and final objects
over a real socket (sync and async), and the core's delta merging."""

from __future__ import annotations

from typing import Any

import pytest

from integrations_openai import AssistantEventHandler, AsyncAssistantEventHandler
from integrations_openai.errors import ConfigurationError, StreamError
from integrations_openai.stream._assistant_core import AssistantCore, merge_delta
from tests.support.faultserver import FaultServer, SSEEvent, sse

RUN = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1",
       "assistant_id": "asst_1", "status": "queued", "model": "gpt-x", "instructions": "",
       "tools": [], "metadata": {}, "parallel_tool_calls": True}  # fmt: skip
STEP = {"id": "step_1", "object": "thread.run.step", "created_at": 1, "assistant_id": "asst_1",
        "thread_id": "thread_1", "run_id": "run_1", "type": "tool_calls",
        "status": "in_progress", "step_details": {"type": "tool_calls", "tool_calls": []}}  # fmt: skip
MESSAGE = {"id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "thread_1",
           "status": "in_progress", "role": "assistant", "content": [], "assistant_id": "asst_1",
           "run_id": "run_1", "attachments": [], "metadata": {}}  # fmt: skip


def code_delta(index: int, **code: Any) -> dict[str, Any]:
    call: dict[str, Any] = {"index": index, "type": "code_interpreter", "code_interpreter": code}
    if "outputs" in code:
        call["id"] = "call_1"
    return {"id": "step_1", "object": "thread.run.step.delta",
            "delta": {"step_details": {"type": "tool_calls", "tool_calls": [call]}}}  # fmt: skip


def text_delta(value: str) -> dict[str, Any]:
    part = {"index": 0, "type": "text", "text": {"value": value, "annotations": []}}
    return {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": [part]}}


FINAL_TEXT = {"type": "text", "text": {"value": "Hello", "annotations": []}}
FINAL_CALL = {"id": "call_1", "type": "code_interpreter",
              "code_interpreter": {"input": "print(1)", "outputs": []}}  # fmt: skip
DETAILS = {"type": "tool_calls", "tool_calls": [FINAL_CALL]}
EVENTS = [
    ("thread.run.created", RUN),
    ("thread.run.step.created", STEP),
    ("thread.run.step.delta", code_delta(0, input="print(", outputs=[])),
    ("thread.run.step.delta", code_delta(0, input="1)")),
    ("thread.run.step.completed", {**STEP, "status": "completed", "step_details": DETAILS}),
    ("thread.message.created", MESSAGE),
    ("thread.message.delta", text_delta("Hel")),
    ("thread.message.delta", text_delta("lo")),
    ("thread.message.completed", {**MESSAGE, "status": "completed", "content": [FINAL_TEXT]}),
    ("thread.run.completed", {**RUN, "status": "completed"}),
]


def reply(events: list[tuple[str, dict[str, Any]]] = EVENTS) -> Any:
    frames = [SSEEvent(data, event=name) for name, data in events]
    return sse([*frames, SSEEvent("[DONE]", event="done")], done=False)


def _code(tool_call: Any) -> str:
    # to_dict: the wire names, whatever the python attribute is called
    return str(tool_call.to_dict()["code_interpreter"]["input"])


class Recorder(AssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def on_event(self, event: Any) -> None:
        self.calls.append(f"event:{event.event}")

    def on_tool_call_created(self, tool_call: Any) -> None:
        self.calls.append(f"tool_created:{_code(tool_call)}")

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(f"tool_delta:{_code(snapshot)}")

    def on_tool_call_done(self, tool_call: Any) -> None:
        self.calls.append(f"tool_done:{_code(tool_call)}")

    def on_text_created(self, text: Any) -> None:
        self.calls.append(f"text_created:{text.value}")

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(f"text_delta:{delta.value}/{snapshot.value}")

    def on_text_done(self, text: Any) -> None:
        self.calls.append(f"text_done:{text.value}")

    def on_message_done(self, message: Any) -> None:
        self.calls.append(f"message_done:{message.id}")

    def on_run_step_done(self, run_step: Any) -> None:
        self.calls.append(f"step_done:{run_step.status}")

    def on_end(self) -> None:
        self.calls.append("end")


class AsyncRecorder(AsyncAssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(f"text_delta:{delta.value}/{snapshot.value}")

    async def on_tool_call_done(self, tool_call: Any) -> None:
        self.calls.append(f"tool_done:{_code(tool_call)}")

    async def on_end(self) -> None:
        self.calls.append("end")


CALLBACKS = [
    "event:thread.run.created", "event:thread.run.step.created",
    "event:thread.run.step.delta", "tool_created:print(", "tool_delta:print(",
    "event:thread.run.step.delta", "tool_delta:print(1)",
    "event:thread.run.step.completed", "tool_done:print(1)", "step_done:completed",
    "event:thread.message.created",
    "event:thread.message.delta", "text_created:Hel", "text_delta:Hel/Hel",
    "event:thread.message.delta", "text_delta:lo/Hello",
    "event:thread.message.completed", "text_done:Hello", "message_done:msg_1",
    "event:thread.run.completed", "end",
]  # fmt: skip


def test_runs_stream_calls_the_handler_and_builds_final_objects(
    fault_server: FaultServer,
) -> None:
    from integrations_openai import OpenAIClient

    fault_server.enqueue(reply())
    client = OpenAIClient(api_key="sk-test-0000", base_url=fault_server.url + "/v1")
    handler = Recorder()
    manager = client.beta.threads.runs.stream("thread_1", assistant_id="asst_1",
                                              event_handler=handler)  # fmt: skip
    with manager as stream:
        assert stream is handler
        run = stream.get_final_run()
    assert handler.calls == CALLBACKS
    assert run.status == "completed"
    (message,) = handler.get_final_messages()
    assert message.content[0].text.value == "Hello"
    (step,) = handler.get_final_run_steps()
    assert step.status == "completed"
    assert handler.current_run is not None and handler.current_run.id == "run_1"
    assert handler.current_message_snapshot is not None
    assert handler.current_run_step_snapshot is not None
    assert handler.current_event is None  # set only while its callbacks run, as the SDK's
    request = fault_server.requests[0]
    assert request.path == "/v1/threads/thread_1/runs" and request.json()["stream"] is True


def test_text_deltas_and_the_default_handler(fault_server: FaultServer) -> None:
    from integrations_openai import OpenAIClient

    fault_server.enqueue(reply(), reply())
    client = OpenAIClient(api_key="sk-test-0000", base_url=fault_server.url + "/v1")
    with client.threads.runs.create_and_stream("thread_1", assistant_id="asst_1") as stream:
        assert list(stream.text_deltas) == ["Hel", "lo"]
    with client.threads.create_and_run_stream(assistant_id="asst_1") as stream:
        events = [e.event for e in stream]
    assert events[0] == "thread.run.created" and len(events) == len(EVENTS)
    assert fault_server.requests[1].path == "/v1/threads/runs"


async def test_async_handler_and_submit_tool_outputs_stream(fault_server: FaultServer) -> None:
    from integrations_openai import AsyncOpenAIClient

    fault_server.enqueue(reply(), reply())
    async with AsyncOpenAIClient(api_key="sk-x-0000", base_url=fault_server.url + "/v1") as c:
        handler = AsyncRecorder()
        async with c.beta.threads.runs.stream(
            "thread_1", assistant_id="asst_1", event_handler=handler
        ) as stream:
            run = await stream.get_final_run()
        manager = c.threads.runs.submit_tool_outputs_stream(
            "run_1", thread_id="thread_1", tool_outputs=[{"tool_call_id": "c", "output": "1"}]
        )
        async with manager as again:
            deltas = [d async for d in again.text_deltas]
            messages = await again.get_final_messages()
            steps = await again.get_final_run_steps()
    assert run.status == "completed"
    assert handler.calls == ["tool_done:print(1)", "text_delta:Hel/Hel", "text_delta:lo/Hello",
                             "end"]  # fmt: skip
    assert deltas == ["Hel", "lo"] and len(messages) == 1 and len(steps) == 1
    assert fault_server.requests[1].path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"


def test_a_handler_serves_one_stream_and_must_match_the_client(fault_server: FaultServer) -> None:
    from integrations_openai import OpenAIClient

    fault_server.enqueue(reply())
    client = OpenAIClient(api_key="sk-test-0000", base_url=fault_server.url + "/v1")
    handler = AssistantEventHandler()
    with client.threads.runs.stream("t", assistant_id="a", event_handler=handler) as stream:
        stream.until_done()
    again = client.threads.runs.stream("t", assistant_id="a", event_handler=handler)
    with pytest.raises(ConfigurationError, match="one stream"), again:
        pass
    with pytest.raises(ConfigurationError, match="AssistantEventHandler subclass"):
        client.threads.runs.stream("t", assistant_id="a", event_handler=AsyncRecorder())  # type: ignore[arg-type]


def test_a_failing_stream_reaches_on_exception(fault_server: FaultServer) -> None:
    from integrations_openai import OpenAIClient

    seen: list[Exception] = []

    class Failing(AssistantEventHandler):
        def on_exception(self, exception: Exception) -> None:
            seen.append(exception)

    truncated = [SSEEvent(data, event=name) for name, data in EVENTS[:3]]  # no [DONE]
    fault_server.enqueue(sse(truncated, done=False))
    client = OpenAIClient(api_key="sk-test-0000", base_url=fault_server.url + "/v1")
    manager = client.threads.runs.stream("t", assistant_id="a", event_handler=Failing())
    with pytest.raises(StreamError), manager as stream:
        stream.until_done()
    assert len(seen) == 1 and isinstance(seen[0], StreamError)


def test_merge_delta_appends_text_and_merges_lists_by_index() -> None:
    snapshot: dict[str, Any] = {"type": "function", "function": {"name": "f", "arguments": "{"}}
    merge_delta(snapshot, {"index": 0, "type": "function", "function": {"arguments": "}"}})
    assert snapshot == {"type": "function", "function": {"name": "f", "arguments": "{}"}}
    outputs: dict[str, Any] = {"outputs": [{"type": "logs", "logs": "a"}]}
    merge_delta(outputs, {"outputs": [{"index": 0, "logs": "b"}, {"index": 1, "type": "image"}]})
    assert outputs == {"outputs": [{"type": "logs", "logs": "ab"}, {"type": "image"}]}


def test_core_refuses_a_delta_for_an_unknown_message() -> None:
    core = AssistantCore()
    with pytest.raises(StreamError, match="does not fit"):
        core.handle("thread.message.delta", text_delta("x"))
    with pytest.raises(StreamError, match=r"no thread\.run event"):
        core.final_run()
    assert core.current_message() is None and core.current_step() is None


def test_in_progress_events_call_nothing_and_end_nothing() -> None:
    core = AssistantCore()
    core.handle("thread.run.step.created", STEP)
    core.handle("thread.message.created", MESSAGE)
    assert core.handle("thread.run.step.in_progress", STEP) == []
    assert core.handle("thread.message.in_progress", MESSAGE) == []
    names = [name for name, _ in core.handle("thread.message.delta", text_delta("Hi"))]
    assert "on_text_delta" in names and "on_message_done" not in names
    assert core.current_step() is not None and core.current_step().id == "step_1"
