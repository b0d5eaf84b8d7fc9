"""client.chat.completions.stream over a mocked SSE answer with logprobs, a refusal and a
tool call: every event the helper yields, and the final completion."""

import json

import httpx
from openai import OpenAI, pydantic_function_tool
from pydantic import BaseModel


def chunk(delta: dict, finish: object = None, logprobs: object = None) -> dict:
    return {
        "id": "chatcmpl-s",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "system_fingerprint": "fp_s",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": logprobs}],
    }


def lp(token: str) -> dict:
    return {"content": [{"token": token, "logprob": -0.5, "bytes": None, "top_logprobs": []}]}


CHUNKS = [
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": '{"city": '}, logprobs=lp('{"city": ')),
    chunk({"content": '"Paris"}'}, logprobs=lp('"Paris"}')),
    chunk(
        {
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_9",
                    "type": "function",
                    "function": {"name": "Lookup", "arguments": ""},
                }
            ]
        }
    ),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"q": "pa'}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ris"}'}}]}),
    chunk({}, "stop"),
    {
        "id": "chatcmpl-s",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [],
        "usage": {"prompt_tokens": 5, "completion_tokens": 9, "total_tokens": 14},
    },
]
BODY = "".join(f"data: {json.dumps(c)}\n\n" for c in CHUNKS) + "data: [DONE]\n\n"


class City(BaseModel):
    city: str


class Lookup(BaseModel):
    q: str


def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    print("sent", body["stream"], body["stream_options"], body["response_format"]["type"])
    return httpx.Response(200, text=BODY, headers={"content-type": "text/event-stream"})


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
with client.chat.completions.stream(
    model="gpt-4o",
    messages=[{"role": "user", "content": "city?"}],
    response_format=City,
    tools=[pydantic_function_tool(Lookup)],
    logprobs=True,
    stream_options={"include_usage": True},
) as stream:
    for event in stream:
        print(event.type, type(event).__name__)
        if event.type == "content.delta":
            print("  delta", repr(event.delta), "parsed", event.parsed)
        elif event.type == "content.done":
            print("  done", event.content, event.parsed)
        elif event.type == "logprobs.content.delta":
            print("  lp", [t.token for t in event.content])
        elif event.type == "logprobs.content.done":
            print("  lp done", len(event.content))
        elif event.type == "tool_calls.function.arguments.delta":
            print(
                "  args",
                event.name,
                event.index,
                repr(event.arguments_delta),
                event.parsed_arguments,
            )
        elif event.type == "tool_calls.function.arguments.done":
            print("  args done", event.name, event.arguments, event.parsed_arguments)
        elif event.type == "chunk":
            print("  chunk", event.chunk.choices[0].delta.content if event.chunk.choices else None)
            print("  snapshot", event.snapshot.choices[0].message.content)
    final = stream.get_final_completion()
print(type(final).__name__.startswith("ParsedChatCompletion"), final.usage)
message = final.choices[0].message
print(message.parsed, message.tool_calls[0].function.parsed_arguments)
print(final.choices[0].logprobs.content[1].token, final.choices[0].finish_reason)
print(
    message.tool_calls[0].id, message.tool_calls[0].type, message.tool_calls[0].function.arguments
)
