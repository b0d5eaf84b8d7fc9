"""Timeouts given as None (no limit), numbers and httpx.Timeout, per client and per call."""

import httpx
from openai import OpenAI

client = OpenAI(timeout=httpx.Timeout(None, connect=5.0))
print(client.timeout)
print(client.models.retrieve("gpt-4o-mini", timeout=None).id)
print(client.models.retrieve("gpt-4o-mini", timeout=httpx.Timeout(30.0)).id)
print(client.with_options(timeout=None).models.retrieve("gpt-4o-mini").id)
no_limit = OpenAI(timeout=None)
print(no_limit.timeout, no_limit.models.retrieve("gpt-4o-mini").object)
