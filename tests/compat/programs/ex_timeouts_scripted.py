"""Timeouts: httpx.Timeout objects, per request and per client, and a slow answer."""

import os

import httpx
import openai
from openai import OpenAI


def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    httpx.post(os.environ["OPENAI_BASE_URL"].removesuffix("/v1") + "/_fake/fail_next", json=script)


client = OpenAI(max_retries=0, timeout=httpx.Timeout(20.0, connect=2.0))
print(client.timeout, client.with_options(timeout=5.0).timeout)
fail_next(route="GET /v1/models/{model}", delay=1.0)
try:
    client.models.retrieve("gpt-4o-mini", timeout=0.2)
except openai.APITimeoutError as e:
    print(type(e).__name__, e.message, isinstance(e, openai.APIConnectionError))
    print(e.request.method, e.request.url.path)

fail_next(route="GET /v1/models/{model}", delay=1.0)
try:
    client.with_options(timeout=httpx.Timeout(0.2)).models.retrieve("gpt-4o-mini")
except openai.APITimeoutError as e:
    print("client option", str(e))

fail_next(route="GET /v1/models/{model}", delay=0.3)
print(client.models.retrieve("gpt-4o-mini", timeout=httpx.Timeout(60.0, read=30.0)).id)
print(client.copy(timeout=3.0).timeout, client.timeout)
