"""Responses that did not complete: incomplete_details, a refusal part, an error; how
scripts check them."""

import httpx
from openai import OpenAI
from openai.types.responses import ResponseOutputRefusal

BASE = {
    "object": "response",
    "created_at": 1,
    "model": "gpt-4.1",
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
}
REPLIES = [
    {
        **BASE,
        "id": "resp_1",
        "status": "incomplete",
        "incomplete_details": {"reason": "max_output_tokens"},
        "output": [
            {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "status": "incomplete",
                "content": [{"type": "output_text", "text": "Partial ans", "annotations": []}],
            }
        ],
    },
    {
        **BASE,
        "id": "resp_2",
        "status": "completed",
        "output": [
            {
                "id": "msg_2",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "refusal", "refusal": "I can't help with that."}],
            }
        ],
    },
    {
        **BASE,
        "id": "resp_3",
        "status": "failed",
        "output": [],
        "error": {"code": "server_error", "message": "Something went wrong"},
    },
]


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=REPLIES.pop(0))


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
for _ in range(3):
    response = client.responses.create(model="gpt-4.1", input="x", max_output_tokens=16)
    print(response.id, response.status, repr(response.output_text))
    if response.incomplete_details:
        print(
            "  incomplete:",
            response.incomplete_details.reason,
            type(response.incomplete_details).__name__,
        )
    if response.error:
        print(
            "  error:", response.error.code, response.error.message, type(response.error).__name__
        )
    for item in response.output:
        for part in item.content:
            if isinstance(part, ResponseOutputRefusal):
                print("  refusal:", part.refusal, part.type)
    print("  ", response.usage, response.incomplete_details)
