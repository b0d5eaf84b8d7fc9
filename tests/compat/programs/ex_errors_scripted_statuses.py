"""Every status the API answers, read the SDK's way: class, fields, response, request."""

import os

import httpx
import openai
from openai import OpenAI


def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    httpx.post(os.environ["OPENAI_BASE_URL"].removesuffix("/v1") + "/_fake/fail_next", json=script)


client = OpenAI(max_retries=0)
for status, code, param in (
    (400, "invalid_value", "model"),
    (403, "unsupported_country", None),
    (404, "model_not_found", "model"),
    (409, None, None),
    (422, "invalid_type", "input"),
    (429, "rate_limit_exceeded", None),
    (500, None, None),
    (503, None, None),
):
    fail_next(route="POST /v1/embeddings", status=status, code=code, param=param)
    try:
        client.embeddings.create(model="text-embedding-3-small", input="hello")
        print("no error")
    except openai.APIStatusError as e:
        print(e.status_code, e.code, e.param, e.type)
        print(e.message)
        print(e.body)
        print(e.request_id == e.response.headers.get("x-request-id"), e.response.status_code)
        print(e.response.headers.get("content-type"), e.request.method, e.request.url.path)
        print(str(e.request.url).endswith("/v1/embeddings"))
        print(
            isinstance(e, openai.APIError),
            isinstance(e, openai.OpenAIError),
            isinstance(e, openai.APIConnectionError),
            isinstance(e, openai.BadRequestError),
            isinstance(e, openai.InternalServerError),
        )
        names = [c.__name__ for c in type(e).__mro__]
        print([n for n in ("APIStatusError", "APIError", "OpenAIError", "Exception") if n in names])
        last = e

print(type(last).__name__, isinstance(last, openai.InternalServerError))
print(repr(last))
