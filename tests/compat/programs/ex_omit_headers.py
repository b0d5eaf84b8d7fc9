"""Per-request header control: Omit() drops a default header, extra_headers override."""

import httpx
from openai import DefaultHttpxClient, Omit, OpenAI

sent = []


def remember(request: httpx.Request) -> None:
    sent.append((request.headers.get("x-team"), request.headers.get("x-trace")))


client = OpenAI(
    default_headers={"x-team": "blue"},
    http_client=DefaultHttpxClient(event_hooks={"request": [remember]}),
)
client.models.retrieve("gpt-4o-mini")
client.models.retrieve("gpt-4o-mini", extra_headers={"x-team": Omit()})
client.models.retrieve("gpt-4o-mini", extra_headers={"x-trace": "t-1"})
client.with_options(default_headers={"x-team": "green"}).models.list()
client.models.list(extra_headers={"x-team": "red", "x-trace": "t-2"})
for entry in sent:
    print(entry)
