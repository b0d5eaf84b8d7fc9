"""Retries with ``max_retries`` given: Retry-After, which statuses retry, x-should-retry."""

import os

import httpx
import openai
from openai import OpenAI


def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    httpx.post(os.environ["OPENAI_BASE_URL"].removesuffix("/v1") + "/_fake/fail_next", json=script)


client = OpenAI(max_retries=2)
fail_next(route="GET /v1/models/{model}", status=429, retry_after=0.01, times=2)
raw = client.models.with_raw_response.retrieve("gpt-4o-mini")
print(raw.status_code, raw.parse().id, raw.retries_taken)

fail_next(route="GET /v1/models/{model}", status=500, retry_after=0.01, times=3)
try:
    client.models.retrieve("gpt-4o-mini")
except openai.InternalServerError as e:
    print("gave up after 2 retries", e.status_code, e.response.headers.get("retry-after-ms"))

fail_next(route="GET /v1/models/{model}", status=409, retry_after=0.01)
print(client.models.retrieve("gpt-4o-mini").id)

fail_next(route="GET /v1/models/{model}", status=400, retry_after=0.01)
try:
    client.models.retrieve("gpt-4o-mini")
except openai.BadRequestError as e:
    print("not retried", e.status_code)
print(client.models.retrieve("gpt-4o-mini").id)

fail_next(
    route="GET /v1/models/{model}",
    status=503,
    retry_after=0.01,
    headers={"x-should-retry": "false"},
)
try:
    client.models.retrieve("gpt-4o-mini")
except openai.APIStatusError as e:
    print("told not to retry", e.status_code)

fail_next(
    route="GET /v1/models/{model}", status=400, retry_after=0.01, headers={"x-should-retry": "true"}
)
print(client.models.retrieve("gpt-4o-mini").id)

fail_next(route="GET /v1/models/{model}", status=429, retry_after=0.01, times=2)
try:
    client.with_options(max_retries=1).models.retrieve("gpt-4o-mini")
except openai.RateLimitError as e:
    print("gave up", e.status_code)
print(client.models.retrieve("gpt-4o-mini").id)

fail_next(route="GET /v1/models/{model}", status=500, retry_after=0.01)
try:
    client.models.retrieve("gpt-4o-mini", extra_headers={}, timeout=5.0)
    print("retried per request")
except openai.APIStatusError as e:
    print(e.status_code)
print(client.max_retries, client.with_options(max_retries=0).max_retries)
