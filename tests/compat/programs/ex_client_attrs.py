"""Client attributes scripts read: key, org, project, headers, timeout, webhook secret."""

import httpx
from openai import OpenAI

client = OpenAI(organization="org-1", project="proj-1", default_headers={"x-team": "a"})
print(client.organization, client.project)
print(client.with_options(api_key="sk-other-00000000000000000").organization)
print(client.default_headers["x-team"])
print(type(client.base_url).__name__, client.base_url.path)
copy = client.with_options(timeout=httpx.Timeout(30.0, connect=5.0), max_retries=4)
print(copy.max_retries, copy.organization)
print(client.models.retrieve("gpt-4o-mini").id)
