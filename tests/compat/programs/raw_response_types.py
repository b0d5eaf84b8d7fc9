"""with_raw_response across resources: parse() result types and the HTTP details."""

import json

from openai import OpenAI

client = OpenAI()
raw = client.embeddings.with_raw_response.create(model="text-embedding-3-small", input="hi")
print(type(raw).__name__, raw.status_code, raw.http_version, raw.method, raw.url.path)
print(raw.headers.get("content-type"), raw.retries_taken, type(raw.elapsed).__name__)
embedding = raw.parse()
print(type(embedding).__name__, embedding.data[0].object, raw.parse() is embedding)
print(json.loads(raw.text)["object"], json.loads(raw.content)["model"] == embedding.model)
print(raw.request_id == raw.headers.get("x-request-id"), raw.http_request.method)

raw_file = client.files.with_raw_response.create(file=("notes.txt", b"hello"), purpose="assistants")
file = raw_file.parse()
print(type(file).__name__, file.filename, file.purpose, raw_file.status_code)
raw_model = client.models.with_raw_response.retrieve("gpt-4o-mini")
print(type(raw_model.parse()).__name__, raw_model.parse().id)
raw_content = client.files.with_raw_response.content(file.id)
print(raw_content.status_code, raw_content.content, raw_content.parse().content)
raw_delete = client.files.with_raw_response.delete(file.id)
deleted = raw_delete.parse()
print(type(deleted).__name__, deleted.deleted, deleted.id == file.id, deleted.object)
raw_chat = client.chat.completions.with_raw_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}], n=2
)
chat = raw_chat.parse()
print(type(chat).__name__, len(chat.choices), chat._request_id == raw_chat.request_id)
print(
    type(chat.choices[0]).__name__,
    type(chat.choices[0].message).__name__,
    type(chat.usage).__name__,
)
