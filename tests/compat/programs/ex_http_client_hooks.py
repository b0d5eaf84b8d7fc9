"""A custom httpx client with event hooks sees every request the client sends."""

import httpx
from openai import DefaultHttpxClient, OpenAI

seen = []


def log_request(request: httpx.Request) -> None:
    seen.append(
        (
            request.method,
            request.url.path,
            request.headers.get("x-team"),
            request.headers.get("authorization", "").startswith("Bearer "),
        )
    )


def log_response(response: httpx.Response) -> None:
    seen.append(("<-", response.status_code))


client = OpenAI(
    default_headers={"x-team": "blue"},
    http_client=DefaultHttpxClient(
        event_hooks={"request": [log_request], "response": [log_response]}
    ),
    max_retries=0,
)
print(client.models.retrieve("gpt-4o-mini").id)
client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "hi"}],
    extra_headers={"x-team": "red"},
)
for entry in seen:
    print(entry)
client.close()

plain = OpenAI(http_client=httpx.Client(timeout=httpx.Timeout(20.0)), max_retries=0)
print(plain.embeddings.create(model="text-embedding-3-small", input="x").object)
plain.close()
