"""Assistants runs: poll, answer required function calls, read the status."""

from __future__ import annotations

import json

from openai import OpenAI
from openai.types.beta.threads import RequiredActionFunctionToolCall, Run, RunStatus
from openai.types.beta.threads.run_submit_tool_outputs_params import ToolOutput

client = OpenAI()

FINISHED: set[RunStatus] = {"completed", "failed", "cancelled", "expired", "incomplete"}


def answer(call: RequiredActionFunctionToolCall) -> ToolOutput:
    args = json.loads(call.function.arguments)
    return {"tool_call_id": call.id, "output": json.dumps({"echo": args})}


def drive(thread_id: str, assistant_id: str) -> Run:
    run = client.beta.threads.runs.create_and_poll(thread_id=thread_id, assistant_id=assistant_id)
    while run.status == "requires_action" and run.required_action is not None:
        calls = run.required_action.submit_tool_outputs.tool_calls
        outputs = [answer(call) for call in calls]
        run = client.beta.threads.runs.submit_tool_outputs_and_poll(
            run_id=run.id, thread_id=thread_id, tool_outputs=outputs
        )
    return run


def report(run: Run) -> str:
    if run.status in FINISHED and run.last_error is not None:
        return f"{run.last_error.code}: {run.last_error.message}"
    usage = run.usage.total_tokens if run.usage else 0
    return f"{run.status} ({usage} tokens)"
