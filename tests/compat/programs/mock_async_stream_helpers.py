"""Async stream helpers over a mocked event stream: a refusal with logprobs in chat, and a
function call in responses."""

import asyncio
import json

import httpx
from openai import AsyncOpenAI


def chunk(delta: dict, finish: object = None, logprobs: object = None) -> dict:
    return {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": logprobs}],
    }


def lp(token: str) -> dict:
    return {
        "content": None,
        "refusal": [{"token": token, "logprob": -1.0, "bytes": None, "top_logprobs": []}],
    }


CHAT = [
    chunk({"role": "assistant", "content": "", "refusal": None}),
    chunk({"refusal": "I can't"}, logprobs=lp("I can't")),
    chunk({"refusal": " do that."}, logprobs=lp(" do that.")),
    chunk({}, "stop"),
]
RESPONSE = {
    "id": "resp_a",
    "object": "response",
    "created_at": 1,
    "model": "m",
    "status": "in_progress",
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
    "output": [],
}
CALL = {
    "id": "fc_1",
    "type": "function_call",
    "call_id": "call_1",
    "name": "lookup",
    "arguments": "",
    "status": "in_progress",
}
DONE_CALL = {**CALL, "arguments": '{"q":"x"}', "status": "completed"}
EVENTS = [
    {"type": "response.created", "sequence_number": 0, "response": RESPONSE},
    {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": CALL},
    {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 2,
        "item_id": "fc_1",
        "output_index": 0,
        "delta": '{"q":',
    },
    {
        "type": "response.function_call_arguments.delta",
        "sequence_number": 3,
        "item_id": "fc_1",
        "output_index": 0,
        "delta": '"x"}',
    },
    {
        "type": "response.function_call_arguments.done",
        "sequence_number": 4,
        "item_id": "fc_1",
        "output_index": 0,
        "arguments": '{"q":"x"}',
    },
    {
        "type": "response.output_item.done",
        "sequence_number": 5,
        "output_index": 0,
        "item": DONE_CALL,
    },
    {
        "type": "response.completed",
        "sequence_number": 6,
        "response": {**RESPONSE, "status": "completed", "output": [DONE_CALL]},
    },
]


async def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/chat/completions"):
        text = "".join(f"data: {json.dumps(c)}\n\n" for c in CHAT) + "data: [DONE]\n\n"
    else:
        text = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in EVENTS)
    return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})


async def main() -> None:
    client = AsyncOpenAI(
        api_key="sk-test", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    async with client.chat.completions.stream(
        model="m", messages=[{"role": "user", "content": "x"}], logprobs=True
    ) as stream:
        async for event in stream:
            if event.type == "chunk":
                continue
            print(event.type, type(event).__name__)
            if event.type == "refusal.delta":
                print("  ", repr(event.delta), event.snapshot)
            elif event.type == "refusal.done":
                print("  ", event.refusal)
            elif event.type == "logprobs.refusal.delta":
                print("  ", [t.token for t in event.refusal], [t.token for t in event.snapshot])
            elif event.type == "logprobs.refusal.done":
                print("  ", [t.token for t in event.refusal])
        final = await stream.get_final_completion()
    print(
        final.choices[0].message.refusal,
        final.choices[0].message.parsed,
        final.choices[0].logprobs.refusal[1].token,
    )
    async with client.responses.stream(model="m", input="x") as stream:
        async for event in stream:
            print(event.type, type(event).__name__)
            if event.type == "response.function_call_arguments.delta":
                print("  ", event.delta, event.snapshot)
            if event.type == "response.completed":
                print(
                    "  ",
                    event.response.output[0].arguments,
                    type(event.response.output[0]).__name__,
                )
        final = await stream.get_final_response()
    print(final.status, final.output[0].name)
    await client.close()


asyncio.run(main())
