"""Responses: `ResponseInputParam` lists built from `ResponseInputItemParam` items."""

from __future__ import annotations

import json

from openai import OpenAI
from openai.types.responses import (
    FunctionToolParam,
    Response,
    ResponseFunctionToolCall,
    ResponseInputItemParam,
    ResponseInputParam,
    ToolParam,
)

client = OpenAI()

TOOL: FunctionToolParam = {
    "type": "function",
    "name": "add",
    "description": "Add two numbers",
    "parameters": {"type": "object", "properties": {"a": {"type": "number"}}},
    "strict": False,
}
TOOLS: list[ToolParam] = [TOOL, {"type": "web_search"}]


def user(text: str) -> ResponseInputItemParam:
    return {"role": "user", "content": [{"type": "input_text", "text": text}]}


def output_for(call: ResponseFunctionToolCall) -> ResponseInputItemParam:
    args = json.loads(call.arguments)
    return {
        "type": "function_call_output",
        "call_id": call.call_id,
        "output": str(sum(args.values())),
    }


def step(inputs: ResponseInputParam) -> Response:
    return client.responses.create(model="gpt-4.1", input=inputs, tools=TOOLS)


def solve(question: str) -> str:
    inputs: ResponseInputParam = [user(question)]
    response = step(inputs)
    calls = [item for item in response.output if item.type == "function_call"]
    while calls:
        for call in calls:
            inputs.append(
                {
                    "type": "function_call",
                    "call_id": call.call_id,
                    "name": call.name,
                    "arguments": call.arguments,
                }
            )
            inputs.append(output_for(call))
        response = step(inputs)
        calls = [item for item in response.output if item.type == "function_call"]
    return response.output_text
