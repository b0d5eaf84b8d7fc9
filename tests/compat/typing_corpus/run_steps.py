"""Assistants run steps: step details and tool calls narrowed on `type`."""

from __future__ import annotations

from openai import OpenAI
from openai.types.beta.threads.runs import (
    CodeInterpreterToolCall,
    RunStep,
    ToolCall,
    ToolCallsStepDetails,
)

client = OpenAI()


def describe(call: ToolCall) -> str:
    if call.type == "code_interpreter":
        logs = [o.logs for o in call.code_interpreter.outputs if o.type == "logs"]
        return f"code: {call.code_interpreter.input} -> {' '.join(logs)}"
    if call.type == "file_search":
        return f"file search {call.id}"
    return f"{call.function.name}({call.function.arguments}) = {call.function.output}"


def tool_calls(step: RunStep) -> list[ToolCall]:
    details = step.step_details
    if isinstance(details, ToolCallsStepDetails):
        return list(details.tool_calls)
    return []


def summary(thread_id: str, run_id: str) -> list[str]:
    out: list[str] = []
    for step in client.beta.threads.runs.steps.list(run_id, thread_id=thread_id):
        if step.step_details.type == "message_creation":
            out.append(f"message {step.step_details.message_creation.message_id}")
        for call in tool_calls(step):
            out.append(describe(call))
        if step.usage is not None:
            out.append(f"tokens {step.usage.total_tokens}")
    return out


def images(call: CodeInterpreterToolCall) -> list[str]:
    return [o.image.file_id for o in call.code_interpreter.outputs if o.type == "image"]
