"""``with_streaming_response``: read(), json(), iter_bytes/iter_text/iter_lines, parse()."""

import json

from openai import OpenAI

client = OpenAI(max_retries=2)
with client.models.with_streaming_response.list() as response:
    print(response.status_code, response.headers.get("content-type"))
    data = response.json()
    print(data["object"], len(data["data"]) > 0)
    print(response.parse().object)

with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
    body = response.read()
    print(type(body).__name__, json.loads(body)["id"], response.text() == body.decode())

with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
    pieces = list(response.iter_bytes())
    print(all(isinstance(p, bytes) for p in pieces), json.loads(b"".join(pieces))["id"])

with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
    print(json.loads("".join(response.iter_text()))["object"])

with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
) as response:
    lines = [line for line in response.iter_lines() if line]
    print(lines[0].startswith("data: "), lines[-1])
    print(response.http_request.url.path, response.request_id == response.headers["x-request-id"])

with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
) as response:
    stream = response.parse()
    print([c.choices[0].delta.content for c in stream if c.choices][:2])
print(response.is_closed)
