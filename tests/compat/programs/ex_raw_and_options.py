"""Raw responses on lists and retrieves, ``copy``/``with_options``, request ids."""

from openai import OpenAI

client = OpenAI()
for name in ("a", "b", "c"):
    client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")

raw = client.files.with_raw_response.list(limit=2)
page = raw.parse()
print(
    raw.status_code, raw.http_response.status_code, raw.headers["x-request-id"] == page._request_id
)
print([f.filename for f in page.data], page.has_next_page(), page.has_more)
print([f.filename for f in page])
print([len(p.data) for p in page.iter_pages()])

raw_model = client.models.with_raw_response.retrieve("gpt-4o-mini")
print(raw_model.parse().id, raw_model.request_id == raw_model.headers["x-request-id"])

copied = client.copy(max_retries=1, default_headers={"x-team": "compat"})
print(copied.max_retries, client.max_retries, copied.api_key == client.api_key)
scoped = client.with_options(timeout=30.0)
print(scoped.timeout, scoped.base_url == client.base_url)
print(str(client.base_url).endswith("/v1/"))
