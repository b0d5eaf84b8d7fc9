"""with_streaming_response: read a streamed chat answer line by line, and a body in bytes."""

import json

from openai import OpenAI

client = OpenAI()
with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "stream me"}], stream=True
) as response:
    print(response.status_code, response.headers.get("content-type", "").split(";")[0])
    print(type(response).__name__, response.is_closed)
    data = [line for line in response.iter_lines() if line.startswith("data: ")]
    print(data[-1])
    pieces = [json.loads(line[6:]) for line in data[:-1]]
    print(
        pieces[0]["object"],
        "".join(p["choices"][0]["delta"].get("content") or "" for p in pieces) != "",
    )
print(response.is_closed)

with client.embeddings.with_streaming_response.create(
    model="text-embedding-3-small", input="x", encoding_format="float"
) as response:
    body = b"".join(response.iter_bytes())
    print(json.loads(body)["object"], response.http_request.url.path)

with client.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
    model = response.parse()
    print(
        type(model).__name__, model.id, response.request_id == response.headers.get("x-request-id")
    )

with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "typed"}], stream=True
) as response:
    stream = response.parse()
    texts = [chunk.choices[0].delta.content for chunk in stream if chunk.choices]
    print(type(stream).__name__, texts[0], len(texts) > 1)
