"""Client attributes and lifecycle: key, URLs, headers, user agent, copy, close."""

import httpx
import openai
from openai import OpenAI

client = OpenAI(max_retries=2)
print(client.organization, client.project)
print(type(client.base_url).__name__, client.base_url.scheme, client.base_url.path)
print(str(client.base_url).endswith("/v1/"), client.base_url.host)
print(client.max_retries, type(client.timeout).__name__)
print(client.user_agent == client.default_headers["User-Agent"])
headers = client.default_headers
print(headers["Accept"], headers["Content-Type"], "Authorization" in headers)
print(client.webhook_secret is not None)

scoped = OpenAI(organization="org-x", project="proj-y", max_retries=2)
print(
    scoped.default_headers.get("OpenAI-Organization"), scoped.default_headers.get("OpenAI-Project")
)

copied = client.copy(max_retries=5, timeout=httpx.Timeout(12.0, connect=3.0))
print(copied.max_retries, copied.timeout, copied is client, copied.api_key == client.api_key)
other = client.with_options(base_url="http://127.0.0.1:1/v2", max_retries=0)
print(str(other.base_url), other.max_retries)
print(client.is_closed())
client.close()
print(client.is_closed())
with OpenAI(max_retries=2) as managed:
    print(managed.models.retrieve("gpt-4o-mini").id, managed.is_closed())
print(managed.is_closed())
print(openai.DEFAULT_MAX_RETRIES)
