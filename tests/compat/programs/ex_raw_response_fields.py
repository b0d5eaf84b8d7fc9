"""``with_raw_response``: every field scripts read, and ``parse()`` called twice."""

import datetime

from openai import OpenAI

client = OpenAI(max_retries=2)
raw = client.chat.completions.with_raw_response.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
)
print(raw.status_code, raw.http_request.method, raw.http_request.url.path)
print(str(raw.url).endswith("/v1/chat/completions"), raw.method, raw.http_version)
print(raw.request_id == raw.headers.get("x-request-id"), raw.headers["content-type"])
print(isinstance(raw.elapsed, datetime.timedelta), raw.retries_taken, raw.is_closed)
first = raw.parse()
second = raw.parse()
print(first is second, first.choices[0].message.content)
print(type(raw.content).__name__, type(raw.text).__name__, raw.text == raw.content.decode())
print(raw.http_response.json()["object"], raw.http_response.status_code)

models = client.models.with_raw_response.list()
page = models.parse()
print(type(page).__name__, page.object, [m.id for m in page.data][:2])
print(models.headers.get("openai-processing-ms"), models.status_code)

deleted = client.files.with_raw_response.delete(
    client.files.create(file=("x.jsonl", b"{}\n"), purpose="batch").id
)
print(deleted.parse().deleted, deleted.status_code)
content = client.files.with_raw_response.create(file=("y.jsonl", b"{}\n"), purpose="batch")
print(content.parse().filename, content.http_request.headers["content-type"].split(";")[0])
