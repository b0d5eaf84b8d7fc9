"""Unit tests that pin the exact bytes a call sends (the JSON body as captured by a mock
transport), for create, parse, stream and the Responses API."""

import httpx
from openai import OpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    value: int


CHAT = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": '{"value": 1}'},
        }
    ],
}
RESPONSE = {
    "id": "r",
    "object": "response",
    "created_at": 1,
    "model": "m",
    "status": "completed",
    "output": [],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
}
bodies = []


def handler(request: httpx.Request) -> httpx.Response:
    bodies.append(request.content)
    if request.headers.get("accept") == "text/event-stream":
        return httpx.Response(
            200, text="data: [DONE]\n\n", headers={"content-type": "text/event-stream"}
        )
    if request.url.path.endswith("/responses"):
        return httpx.Response(200, json=RESPONSE)
    if request.url.path.endswith("/embeddings"):
        return httpx.Response(
            200,
            json={
                "object": "list",
                "data": [],
                "model": "m",
                "usage": {"prompt_tokens": 0, "total_tokens": 0},
            },
        )
    return httpx.Response(200, json=CHAT)


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
messages = [{"role": "user", "content": "héllo"}]
client.chat.completions.create(
    messages=messages, model="gpt-4o", temperature=0.2, max_tokens=5, seed=1
)
client.chat.completions.parse(messages=messages, model="gpt-4o", response_format=Answer, n=1)
client.responses.create(input="hi", model="gpt-4.1", instructions="be brief", store=False)
client.embeddings.create(input=["a", "b"], model="text-embedding-3-small", encoding_format="float")
client.moderations.create(input="text", model="omni-moderation-latest")
with client.chat.completions.create(
    messages=messages, model="gpt-4o", stream=True, stream_options={"include_usage": True}
) as stream:
    list(stream)
for body in bodies:
    print(body.decode())
bodies.clear()
client.responses.parse(input="hi", model="gpt-4.1", text_format=Answer)
print(bodies[0].decode())
