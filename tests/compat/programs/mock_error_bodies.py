"""Error bodies a proxy or gateway sends (plain text, HTML, JSON without `error`, an
error string), read the SDK's way: status_code, body, code, message, response."""

import httpx
import openai
from openai import OpenAI

REPLIES = [
    httpx.Response(
        400,
        json={
            "error": {
                "message": "Bad thing",
                "type": "invalid_request_error",
                "param": "messages",
                "code": "bad",
            }
        },
    ),
    httpx.Response(401, json={"error": "invalid api key"}),
    httpx.Response(403, json={"detail": "forbidden by gateway"}),
    httpx.Response(404, text="not found"),
    httpx.Response(
        429,
        json={"error": {"message": "Slow down", "type": "requests", "code": None}},
        headers={"retry-after": "0"},
    ),
    httpx.Response(413, json={"error": {"message": "Too large", "type": "invalid_request_error"}}),
]


def handler(request: httpx.Request) -> httpx.Response:
    return REPLIES.pop(0)


client = OpenAI(
    api_key="sk-test",
    max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(handler)),
)
for _ in range(6):
    try:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    except openai.APIStatusError as e:
        print(e.status_code, isinstance(e, openai.APIStatusError), e.code, e.param, e.type)
        print("  body:", e.body)
        print("  message:", e.message)
        print("  text:", e.response.text[:40], e.response.headers.get("content-type"))
        print(
            "  ",
            isinstance(e, openai.AuthenticationError),
            isinstance(e, openai.PermissionDeniedError),
            isinstance(e, openai.NotFoundError),
            isinstance(e, openai.RateLimitError),
        )
