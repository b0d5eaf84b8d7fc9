"""with_streaming_response on a stream: raw SSE lines, text, and parse() into chunks."""

import json

from openai import OpenAI

client = OpenAI()
with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "sse"}], stream=True
) as response:
    print(response.status_code, response.headers["content-type"].split(";")[0])
    data = [line[6:] for line in response.iter_lines() if line.startswith("data: ")]
print(data[-1], json.loads(data[0])["object"])

with client.chat.completions.with_streaming_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "sse"}], stream=True
) as response:
    contents = [c.choices[0].delta.content for c in response.parse() if c.choices]
print(contents[:1], len(contents) > 1)

with client.responses.with_streaming_response.create(
    model="gpt-4o-mini", input="stream", stream=True
) as response:
    text = "".join(response.iter_text())
print(text.count("event: ") > 0, "response.completed" in text)

with client.embeddings.with_streaming_response.create(
    model="text-embedding-3-small", input="x", encoding_format="float"
) as response:
    body = response.json()
print(body["object"], len(body["data"][0]["embedding"]) > 0)
