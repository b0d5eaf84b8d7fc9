"""Low-level verbs: cast_to=httpx.Response, models, options; extra query and headers."""

import httpx
from openai import OpenAI
from openai.types import FileObject
from openai.types.chat import ChatCompletion

client = OpenAI(max_retries=0)
response = client.get("/models/gpt-4o-mini", cast_to=httpx.Response)
print(response.status_code, response.headers["content-type"].split(";")[0])
print(response.json()["id"], response.request.method, response.request.url.path)

completion = client.post(
    "/chat/completions",
    body={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
    cast_to=ChatCompletion,
)
print(isinstance(completion, ChatCompletion), completion.choices[0].message.role)

created = client.files.create(file=("q.jsonl", b"{}\n"), purpose="batch")
fetched = client.get(f"/files/{created.id}", cast_to=FileObject)
print(isinstance(fetched, FileObject), fetched.filename)
listed = client.get(
    "/files",
    cast_to=httpx.Response,
    options={"params": {"limit": 1}, "headers": {"x-extra": "1"}},
)
print(len(listed.json()["data"]), listed.request.headers.get("x-extra"))
print("limit=1" in str(listed.request.url))
