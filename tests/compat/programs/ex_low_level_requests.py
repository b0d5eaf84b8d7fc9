"""Undocumented-endpoint calls: client.get/post with cast_to, raw, and extra options."""

import httpx
from openai import OpenAI
from openai.types import Model

client = OpenAI(max_retries=2)
response = client.get("/models", cast_to=httpx.Response)
print(response.status_code, response.json()["object"], response.is_closed)
model = client.get("/models/gpt-4o-mini", cast_to=Model)
print(type(model).__name__, model.id)
body = client.post(
    "/embeddings",
    body={"model": "text-embedding-3-small", "input": "hi"},
    cast_to=object,
)
print(type(body).__name__, body["object"], len(body["data"]))
chat = client.post(
    "/chat/completions",
    body={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
    cast_to=httpx.Response,
)
print(chat.json()["object"], chat.headers["content-type"])
deleted = client.delete(
    f"/files/{client.files.create(file=('x.jsonl', b'{}'), purpose='batch').id}",
    cast_to=object,
)
print(deleted["deleted"], deleted["object"])
listed = client.get("/files", cast_to=object, options={"params": {"limit": 1}})
print(listed["object"], len(listed["data"]))
