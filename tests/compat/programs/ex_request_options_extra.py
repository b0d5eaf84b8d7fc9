"""Per-request options: ``with_options``, extra headers/query/body, ``httpx.Timeout``."""

import httpx
from openai import OpenAI

client = OpenAI()
fast = client.with_options(max_retries=0, timeout=5)
print(fast.max_retries, fast.timeout, client.max_retries == fast.max_retries)
custom = client.with_options(timeout=httpx.Timeout(10.0, connect=2.0))
print(custom.timeout)

completion = fast.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "hi"}],
    extra_headers={"X-Trace": "abc"},
    extra_query={"debug": "1"},
    extra_body={"seed_note": "compat"},
    timeout=httpx.Timeout(3.0),
)
print(completion.object, completion.choices[0].message.role)

raw = client.with_options(default_headers={"X-Team": "t1"}).models.with_raw_response.list(
    extra_query={"tag": "a b"}, extra_headers={"X-One": "1"}
)
print(raw.status_code, raw.http_request.headers["x-team"], raw.http_request.headers["x-one"])
print(raw.http_request.url.params["tag"], raw.http_request.url.path)

emb = client.embeddings.create(
    model="text-embedding-3-small", input="x", extra_body={"user": "u-1"}, timeout=7
)
print(emb.object, len(emb.data))
copied = client.copy(max_retries=1, default_query={"v": "2"})
print(copied.max_retries, copied.models.list().object)
