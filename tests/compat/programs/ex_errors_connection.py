"""Errors on an unreachable ``base_url`` and status errors, read attribute by attribute."""

import os

import openai
from openai import OpenAI

closed = OpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0, timeout=2)
try:
    closed.models.list()
except openai.APIConnectionError as e:
    print(type(e).__name__, str(e), isinstance(e, openai.APIError))
    print(e.request.method, e.request.url.path, e.message)
    print(getattr(e, "status_code", "no status"), e.body, e.code, e.type)

try:
    closed.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
except openai.APIError as e:
    print(type(e).__name__, isinstance(e, openai.APITimeoutError))

client = OpenAI(max_retries=0)
try:
    client.beta.assistants.retrieve("asst_missing")
except openai.NotFoundError as e:
    print(type(e).__name__, e.status_code, str(e))
    print(e.response.status_code, e.response.headers.get("content-type"))
    print(e.body)
    print(e.request.method, e.request.url.path, e.request_id is not None)

try:
    OpenAI(api_key="sk-not-valid-000000000000000", max_retries=0).files.list()
except openai.AuthenticationError as e:
    print(type(e).__name__, e.status_code, e.code, e.type, e.param)
    print(str(e))
