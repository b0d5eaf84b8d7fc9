"""Sync raw responses: bodies (content, text, json), streams through parse(), headers."""

import json

from openai import OpenAI

client = OpenAI()
raw = client.embeddings.with_raw_response.create(model="text-embedding-3-small", input="hi")
print(raw.status_code, type(raw.content).__name__, json.loads(raw.text)["object"])
print(raw.text.startswith("{"), raw.headers["content-type"].split(";")[0])
embedding = raw.parse()
print(embedding.object, len(embedding.data), embedding.model)
print(raw.http_request.headers.get("content-type"), raw.http_response.status_code)

streamed = client.chat.completions.with_raw_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}], stream=True
)
print(streamed.headers.get("content-type", "").split(";")[0])
text = "".join(chunk.choices[0].delta.content or "" for chunk in streamed.parse() if chunk.choices)
print(text)

speech = client.audio.speech.with_raw_response.create(
    model="gpt-4o-mini-tts", voice="alloy", input="raw speech"
)
print(speech.status_code, len(speech.content) > 0, len(speech.parse().content) > 0)
deleted_file = client.files.with_raw_response.create(file=("r.jsonl", b"{}\n"), purpose="batch")
print(deleted_file.parse().filename, deleted_file.retries_taken)
