"""Threads, their messages and runs.

A run goes queued -> in_progress -> completed (adding the assistant's answer to the thread);
with function tools it stops at requires_action until ``submit_tool_outputs``, then goes
in_progress -> completed. Each retrieve is a poll (one stage further); fake time works too.
With ``stream: true`` the run goes as far as it can at once and its events are streamed
(``thread.run.*``, ``thread.message.*``, then ``done``).
"""

from __future__ import annotations

import json
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._state import FakeState
from .._text import prompt_text, token_count
from .._wire import Reply, SSEEvent, sse
from ._common import deleted, json_schema_answer, metadata, words

__all__ = ["DURATIONS", "routes"]

routes = RouteTable()

#: Seconds of fake time in queued and in_progress.
DURATIONS = [1.0, 3.0]
_TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")


def _thread(call: Call, body: dict[str, Any]) -> dict[str, Any]:
    thread = call.state.add(
        "threads",
        {
            "id": call.state.ids.new("thread_"),
            "object": "thread",
            "created_at": call.state.now(),
            "tool_resources": body.get("tool_resources") or {},
            "metadata": metadata(body) or {},
        },
    )
    for message in body.get("messages") or []:
        _message(call.state, thread["id"], message)
    return thread


def _message(
    state: FakeState, thread_id: str, body: dict[str, Any], *, run: dict[str, Any] | None = None
) -> dict[str, Any]:
    role = body.get("role")
    if role not in ("user", "assistant"):
        raise ApiError(400, "'role' must be 'user' or 'assistant'.", param="role")
    content = body.get("content")
    text = prompt_text(content)
    if not text and not isinstance(content, list):
        raise ApiError(400, "Missing required parameter: 'content'.", param="content")
    now = state.now()
    message = {
        "id": state.ids.new("msg_"),
        "object": "thread.message",
        "created_at": now,
        "thread_id": thread_id,
        "status": "completed",
        "incomplete_details": None,
        "completed_at": now,
        "incomplete_at": None,
        "role": role,
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
        "assistant_id": run["assistant_id"] if run else None,
        "run_id": run["id"] if run else None,
        "attachments": body.get("attachments") or [],
        "metadata": metadata(body) or {},
    }
    return state.add("messages:" + thread_id, message)


def _get_thread(call: Call) -> dict[str, Any]:
    return call.state.get("threads", call.params["thread_id"], "thread")


@routes.route("POST", "/threads")
def create_thread(call: Call) -> Answer:
    """A thread, with its first messages."""
    return _thread(call, call.body())


@routes.route("GET", "/threads/{thread_id}")
def retrieve_thread(call: Call) -> Answer:
    """One thread."""
    return _get_thread(call)


@routes.route("POST", "/threads/{thread_id}")
def update_thread(call: Call) -> Answer:
    """Change metadata or tool resources."""
    thread = _get_thread(call)
    body = call.body()
    if "metadata" in body:
        thread["metadata"] = metadata(body) or {}
    if "tool_resources" in body:
        thread["tool_resources"] = body["tool_resources"] or {}
    return thread


@routes.route("DELETE", "/threads/{thread_id}")
def delete_thread(call: Call) -> Answer:
    """Delete a thread."""
    thread = call.state.remove("threads", call.params["thread_id"], "thread")
    return deleted(thread["id"], "thread.deleted")


@routes.route("POST", "/threads/{thread_id}/messages")
def create_message(call: Call) -> Answer:
    """Add a message."""
    return _message(call.state, _get_thread(call)["id"], call.body())


@routes.route("GET", "/threads/{thread_id}/messages")
def list_messages(call: Call) -> Answer:
    """Messages, newest first (``run_id`` filters)."""
    thread = _get_thread(call)
    for run in call.state.all("runs:" + thread["id"]):
        call.state.tick(run, poll=False)
    run_id = call.query.get("run_id")
    items = [m for m in call.state.all("messages:" + thread["id"]) if run_id in (None, m["run_id"])]
    return call.page(items)


@routes.route("GET", "/threads/{thread_id}/messages/{message_id}")
def retrieve_message(call: Call) -> Answer:
    """One message."""
    return call.state.get(
        "messages:" + _get_thread(call)["id"], call.params["message_id"], "message"
    )


@routes.route("POST", "/threads/{thread_id}/messages/{message_id}")
def update_message(call: Call) -> Answer:
    """Change a message's metadata."""
    message = retrieve_message(call)
    assert isinstance(message, dict)
    message["metadata"] = metadata(call.body()) or {}
    return message


@routes.route("DELETE", "/threads/{thread_id}/messages/{message_id}")
def delete_message(call: Call) -> Answer:
    """Delete a message."""
    found = call.state.remove(
        "messages:" + _get_thread(call)["id"], call.params["message_id"], "message"
    )
    return deleted(found["id"], "thread.message.deleted")


# runs


def _function_tools(run: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for t in run["tools"] if isinstance(t, dict) and t.get("type") == "function"]


def _on_enter(state: FakeState, run: dict[str, Any]) -> Any:
    def enter(stage: str, at: float) -> None:
        stamp = int(at)
        run["status"] = stage
        if stage == "in_progress":
            run["started_at"] = run["started_at"] or stamp
            run["required_action"] = None
        elif stage == "requires_action":
            run["required_action"] = {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {"tool_calls": _tool_calls(state, run)},
            }
        elif stage == "completed":
            _answer(state, run, stamp)
        elif stage == "cancelled":
            run["cancelled_at"] = stamp

    return enter


def _tool_calls(state: FakeState, run: dict[str, Any]) -> list[dict[str, Any]]:
    calls = []
    for tool in _function_tools(run)[:1]:
        function = tool.get("function") or {}
        calls.append(
            {
                "id": state.ids.new("call_"),
                "type": "function",
                "function": {
                    "name": function.get("name", "tool"),
                    "arguments": json_schema_answer(state.values, function.get("parameters")),
                },
            }
        )
    return calls


def _answer(state: FakeState, run: dict[str, Any], stamp: int) -> None:
    history = state.all("messages:" + run["thread_id"])
    prompt = next(
        (m["content"][0]["text"]["value"] for m in reversed(history) if m["role"] == "user"), ""
    )
    text = state.reply(prompt)
    if run.get("_tool_outputs"):
        text = f"Using the tool results ({'; '.join(run['_tool_outputs'])}): {text}"
    message = _message(state, run["thread_id"], {"role": "assistant", "content": text}, run=run)
    prompt_tokens = sum(token_count(json.dumps(m["content"])) for m in history)
    completion = token_count(text)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": prompt_tokens + completion,
    }
    run.update(completed_at=stamp, usage=usage)
    _step(state, run, message, stamp, usage)


def _step(
    state: FakeState,
    run: dict[str, Any],
    message: dict[str, Any],
    stamp: int,
    usage: dict[str, int],
) -> dict[str, Any]:
    """The run step that wrote ``message`` (as the API lists it under the run)."""
    step = {
        "id": state.ids.new("step_"),
        "object": "thread.run.step",
        "created_at": stamp,
        "run_id": run["id"],
        "assistant_id": run["assistant_id"],
        "thread_id": run["thread_id"],
        "type": "message_creation",
        "status": "completed",
        "cancelled_at": None,
        "completed_at": stamp,
        "expired_at": None,
        "failed_at": None,
        "last_error": None,
        "step_details": {
            "type": "message_creation",
            "message_creation": {"message_id": message["id"]},
        },
        "usage": usage,
        "metadata": {},
    }
    return state.add("steps:" + run["id"], step)


def _public(run: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in run.items() if not k.startswith("_")}


def _run(call: Call, thread_id: str, body: dict[str, Any]) -> Answer:
    call.required(body, "assistant_id")
    assistant = call.state.get("assistants", body["assistant_id"], "assistant")
    for message in body.get("additional_messages") or []:
        _message(call.state, thread_id, message)
    now = call.state.now()
    run: dict[str, Any] = {
        "id": call.state.ids.new("run_"),
        "object": "thread.run",
        "created_at": now,
        "thread_id": thread_id,
        "assistant_id": assistant["id"],
        "status": "queued",
        "required_action": None,
        "last_error": None,
        "expires_at": now + 600,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "model": body.get("model") or assistant["model"],
        "instructions": body.get("instructions") or assistant["instructions"] or "",
        "tools": body.get("tools") if body.get("tools") is not None else assistant["tools"],
        "metadata": metadata(body) or {},
        "usage": None,
        "incomplete_details": None,
        "max_prompt_tokens": body.get("max_prompt_tokens"),
        "max_completion_tokens": body.get("max_completion_tokens"),
        "truncation_strategy": body.get("truncation_strategy")
        or {"type": "auto", "last_messages": None},
        "tool_choice": body.get("tool_choice") or "auto",
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "response_format": body.get("response_format") or "auto",
        "temperature": body.get("temperature", 1.0),
        "top_p": body.get("top_p", 1.0),
    }
    call.state.add("runs:" + thread_id, run)
    last = (
        "requires_action" if _function_tools(run) and run["tool_choice"] != "none" else "completed"
    )
    call.state.track(run, ["queued", "in_progress", last], DURATIONS, _on_enter(call.state, run))
    if body.get("stream"):
        return _stream(call.state, run, [("thread.run.created", _public(run))])
    return _public(run)


def _stream(state: FakeState, run: dict[str, Any], events: list[tuple[str, Any]]) -> Reply:
    """Run the schedule to its end now, streaming an event per stage (and the answer)."""
    schedule = state.schedule(run["id"])
    assert schedule is not None
    events.append((f"thread.run.{run['status']}", _public(run)))
    while not schedule.done:
        known = {s["id"] for s in state.all("steps:" + run["id"])}
        schedule.tick(state.clock.now(), poll=True)
        for step in state.all("steps:" + run["id"]):
            if step["id"] not in known:
                events += _step_events(state, step)
        events.append((f"thread.run.{run['status']}", _public(run)))
    stream = [SSEEvent(json.dumps(data), event=name) for name, data in events]
    return sse([*stream, SSEEvent("[DONE]", event="done")], done=False)


def _step_events(state: FakeState, step: dict[str, Any]) -> list[tuple[str, Any]]:
    """A step's events around those of the message it wrote, in the API's order."""
    pending = {**step, "status": "in_progress", "completed_at": None, "usage": None}
    message_id = step["step_details"]["message_creation"]["message_id"]
    message = state.get("messages:" + step["thread_id"], message_id, "message")
    return [
        ("thread.run.step.created", pending),
        ("thread.run.step.in_progress", pending),
        *_message_events(message),
        ("thread.run.step.completed", step),
    ]


def _message_events(message: dict[str, Any]) -> list[tuple[str, Any]]:
    text = message["content"][0]["text"]["value"]
    pending = {**message, "status": "in_progress", "content": [], "completed_at": None}
    deltas = [
        {
            "id": message["id"],
            "object": "thread.message.delta",
            "delta": {
                "content": [
                    {"index": 0, "type": "text", "text": {"value": piece, "annotations": []}}
                ]
            },
        }
        for piece in words(text)
    ]
    return [
        ("thread.message.created", pending),
        ("thread.message.in_progress", pending),
        *(("thread.message.delta", d) for d in deltas),
        ("thread.message.completed", message),
    ]


@routes.route("POST", "/threads/{thread_id}/runs")
def create_run(call: Call) -> Answer:
    """Start a run of an assistant on the thread."""
    return _run(call, _get_thread(call)["id"], call.body())


@routes.route("POST", "/threads/runs")
def create_thread_and_run(call: Call) -> Answer:
    """A new thread and a run on it."""
    body = call.body()
    thread = _thread(call, body.get("thread") or {})
    return _run(call, thread["id"], body)


def _get_run(call: Call) -> dict[str, Any]:
    return call.state.get("runs:" + _get_thread(call)["id"], call.params["run_id"], "run")


@routes.route("GET", "/threads/{thread_id}/runs/{run_id}")
def retrieve_run(call: Call) -> Answer:
    """The run, one stage further per poll (or as far as fake time says)."""
    return _public(call.state.tick(_get_run(call), poll=True))


@routes.route("GET", "/threads/{thread_id}/runs")
def list_runs(call: Call) -> Answer:
    """Runs, newest first."""
    thread = _get_thread(call)
    return call.page(
        [_public(call.state.tick(r, poll=False)) for r in call.state.all("runs:" + thread["id"])]
    )


@routes.route("GET", "/threads/{thread_id}/runs/{run_id}/steps")
def list_run_steps(call: Call) -> Answer:
    """The run's steps, newest first."""
    run = call.state.tick(_get_run(call), poll=False)
    return call.page(call.state.all("steps:" + run["id"]))


@routes.route("GET", "/threads/{thread_id}/runs/{run_id}/steps/{step_id}")
def retrieve_run_step(call: Call) -> Answer:
    """One step of the run."""
    run = _get_run(call)
    return call.state.get("steps:" + run["id"], call.params["step_id"], "run step")


@routes.route("POST", "/threads/{thread_id}/runs/{run_id}")
def update_run(call: Call) -> Answer:
    """Change a run's metadata."""
    run = _get_run(call)
    run["metadata"] = metadata(call.body()) or {}
    return _public(run)


@routes.route("POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs")
def submit_tool_outputs(call: Call) -> Answer:
    """Answer the run's tool calls; it resumes (in_progress, then completed)."""
    run = call.state.tick(_get_run(call), poll=False)
    if run["status"] != "requires_action":
        raise ApiError(400, f'Runs in status "{run["status"]}" do not accept tool outputs.')
    body = call.body()
    outputs = body.get("tool_outputs")
    expected = {c["id"] for c in run["required_action"]["submit_tool_outputs"]["tool_calls"]}
    given = {o.get("tool_call_id") for o in outputs or [] if isinstance(o, dict)}
    if not outputs or given != expected:
        raise ApiError(
            400,
            f"Expected tool outputs for call_ids {sorted(expected)}, got {sorted(map(str, given))}.",
            param="tool_outputs",
        )
    run["_tool_outputs"] = [str(o.get("output", "")) for o in outputs]
    schedule = call.state.schedule(run["id"])
    assert schedule is not None
    schedule.replace(["in_progress", "completed"], DURATIONS[1:], call.state.clock.now())
    if body.get("stream"):
        return _stream(call.state, run, [])
    return _public(run)


@routes.route("POST", "/threads/{thread_id}/runs/{run_id}/cancel")
def cancel_run(call: Call) -> Answer:
    """cancelling now, cancelled at the next poll."""
    run = call.state.tick(_get_run(call), poll=False)
    if run["status"] in _TERMINAL:
        raise ApiError(400, f"Cannot cancel run with status '{run['status']}'.")
    schedule = call.state.schedule(run["id"])
    assert schedule is not None
    schedule.replace(["cancelling", "cancelled"], [1.0], call.state.clock.now())
    return _public(run)
