"""Error bodies as scripts read them: message, code, param, type from the JSON error."""

import os

import httpx
import openai
from openai import OpenAI


def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    httpx.post(os.environ["OPENAI_BASE_URL"].removesuffix("/v1") + "/_fake/fail_next", json=script)


client = OpenAI(max_retries=0)
fail_next(
    route="POST /v1/chat/completions",
    status=400,
    code="context_length_exceeded",
    param="messages",
    message="This model's maximum context length is 128000 tokens.",
)
try:
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
except openai.BadRequestError as e:
    print(e.code, e.param, e.type)
    print(e.message)
    print(e.body["message"], sorted(e.body))
    print(e.response.json()["error"]["code"], e.response.status_code)
    print(str(e) == e.message, e.args[0] == e.message if e.args else None)

fail_next(route="POST /v1/chat/completions", status=429, code="insufficient_quota")
try:
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
except openai.RateLimitError as e:
    print(type(e).__mro__[1].__name__ in ("APIStatusError", "RateLimitError"), e.code, e.type)
    print(e.message)

fail_next(route="GET /v1/files/{file_id}", status=404, message="No such File object: file-x")
try:
    client.files.retrieve("file-x")
except openai.APIStatusError as e:
    print(e.status_code, e.message, e.body)
    print(e.response.headers.get("x-request-id") == e.request_id)

fail_next(route="POST /v1/moderations", status=500, headers={"x-should-retry": "false"})
try:
    OpenAI(max_retries=3).moderations.create(input="x")
except openai.InternalServerError as e:
    print(e.status_code, e.body["type"], e.response.headers.get("x-should-retry"))
