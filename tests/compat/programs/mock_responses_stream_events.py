"""client.responses.stream over a mocked event stream: text deltas, a function call's
arguments, reasoning summary, and get_final_response()."""

import json

import httpx
from openai import OpenAI
from openai.types.responses import (
    ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseTextDeltaEvent,
)

BASE = {
    "id": "resp_s",
    "object": "response",
    "created_at": 1,
    "model": "gpt-4.1",
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "output": [],
    "status": "in_progress",
}
MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "status": "in_progress",
    "content": [],
}
CALL = {
    "id": "fc_1",
    "type": "function_call",
    "call_id": "call_1",
    "name": "get_weather",
    "arguments": "",
    "status": "in_progress",
}
DONE_MESSAGE = {
    **MESSAGE,
    "status": "completed",
    "content": [{"type": "output_text", "text": "Hello there", "annotations": []}],
}
DONE_CALL = {**CALL, "arguments": '{"city":"Oslo"}', "status": "completed"}
EVENTS = [
    {"type": "response.created", "sequence_number": 0, "response": BASE},
    {"type": "response.in_progress", "sequence_number": 1, "response": BASE},
    {
        "type": "response.output_item.added",
        "sequence_number": 2,
        "output_index": 0,
        "item": MESSAGE,
    },
    {
        "type": "response.content_part.added",
        "sequence_number": 3,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "part": {"type": "output_text", "text": "", "annotations": []},
    },
    *[
        {
            "type": "response.output_text.delta",
            "sequence_number": 4 + i,
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": d,
            "logprobs": [],
        }
        for i, d in enumerate(["Hello", " there"])
    ],
    {
        "type": "response.output_text.done",
        "sequence_number": 6,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "text": "Hello there",
        "logprobs": [],
    },
    {
        "type": "response.content_part.done",
        "sequence_number": 7,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "part": {"type": "output_text", "text": "Hello there", "annotations": []},
    },
    {
        "type": "response.output_item.done",
        "sequence_number": 8,
        "output_index": 0,
        "item": DONE_MESSAGE,
    },
    {"type": "response.output_item.added", "sequence_number": 9, "output_index": 1, "item": CALL},
    {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 10,
        "item_id": "fc_1",
        "output_index": 1,
        "delta": '{"city":',
    },
    {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 11,
        "item_id": "fc_1",
        "output_index": 1,
        "delta": '"Oslo"}',
    },
    {
        "type": "response.function_call_arguments.done",
        "sequence_number": 12,
        "item_id": "fc_1",
        "output_index": 1,
        "arguments": '{"city":"Oslo"}',
    },
    {
        "type": "response.output_item.done",
        "sequence_number": 13,
        "output_index": 1,
        "item": DONE_CALL,
    },
    {
        "type": "response.completed",
        "sequence_number": 14,
        "response": {
            **BASE,
            "status": "completed",
            "output": [DONE_MESSAGE, DONE_CALL],
            "usage": {
                "input_tokens": 3,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens": 4,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": 7,
            },
        },
    },
]
BODY = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in EVENTS)


def handler(request: httpx.Request) -> httpx.Response:
    print("sent", sorted(json.loads(request.content).items()))
    return httpx.Response(200, text=BODY, headers={"content-type": "text/event-stream"})


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
with client.responses.stream(
    model="gpt-4.1",
    input="Say hello and check Oslo weather",
    tools=[
        {
            "type": "function",
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            "strict": False,
        }
    ],
) as stream:
    for event in stream:
        print(event.type, type(event).__name__, event.sequence_number)
        if isinstance(event, ResponseTextDeltaEvent):
            print("  text", repr(event.delta), event.snapshot)
        elif isinstance(event, ResponseFunctionCallArgumentsDeltaEvent):
            print("  args", repr(event.delta), event.snapshot)
        elif isinstance(event, ResponseCompletedEvent):
            print("  completed", event.response.output_text, event.response.usage.total_tokens)
    final = stream.get_final_response()
print(type(final).__name__.startswith("ParsedResponse"), final.id, final.status, final.output_text)
print([type(o).__name__ for o in final.output], final.output[1].arguments)
