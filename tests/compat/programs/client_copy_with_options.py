"""client.copy / with_options: what changes, what is shared, what each request sends."""

import httpx
from openai import OpenAI

client = OpenAI(organization="org-base", project="proj-base", default_headers={"x-app": "demo"})
print(client.organization, client.project, str(client.base_url).endswith("/v1/"))
print(client.default_headers["x-app"], client.default_headers["OpenAI-Organization"])
copy = client.copy(organization="org-copy", default_headers={"x-extra": "1"}, timeout=12.5)
print(copy.organization, copy.project, copy.timeout, client.timeout == copy.timeout)
print(copy.default_headers.get("x-app"), copy.default_headers.get("x-extra"))
replaced = client.copy(set_default_headers={"x-only": "yes"})
print(replaced.default_headers.get("x-app"), replaced.default_headers.get("x-only"))
quick = client.with_options(max_retries=7, timeout=httpx.Timeout(3.0, connect=1.0))
print(quick.max_retries, quick.timeout.connect, quick.timeout.read, type(quick).__name__)
print(quick.with_options(max_retries=1).max_retries, client.api_key == quick.api_key)
print(
    quick.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    ).object
)
try:
    client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})
except ValueError as e:
    print("ValueError", e)
try:
    client.copy(default_query={"a": "1"}, set_default_query={"b": "2"})
except ValueError as e:
    print("ValueError", e)
