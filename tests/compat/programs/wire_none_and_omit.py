"""Optional arguments: what None, NOT_GIVEN, omit and extra_* put on the wire."""

import os

import httpx
from openai import NOT_GIVEN, OpenAI, omit

client = OpenAI()
messages = [{"role": "user", "content": "hi"}]
client.chat.completions.create(
    model="gpt-4o-mini", messages=messages, temperature=NOT_GIVEN, user=omit
)
client.chat.completions.create(model="gpt-4o-mini", messages=messages, max_tokens=None, stop=None)
client.chat.completions.create(
    model="gpt-4o-mini",
    messages=messages,
    extra_body={"custom_flag": True, "temperature": 0.5},
    extra_query={"trace": "1"},
    extra_headers={"X-Trace": "abc"},
)
client.embeddings.create(model="text-embedding-3-small", input="x", dimensions=NOT_GIVEN, user=None)
client.files.list(purpose="batch", limit=NOT_GIVEN)
client.models.list(extra_query={"owner": "me"})
seen = httpx.get(
    os.environ["OPENAI_BASE_URL"] + "/models",
    headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
)
print(seen.status_code)
print("sent")
