"""README "Handling errors": each status caught by the SDK's except clauses, attributes read."""

import os

import openai
from openai import OpenAI

client = OpenAI(max_retries=0)

NAMES = [
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
]

for model in [
    "bad-request",
    "bad-key",
    "forbidden",
    "missing-model",
    "conflict",
    "unprocessable",
    "rate-limited",
    "no-quota",
    "boom",
]:
    try:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
    except openai.APIConnectionError:
        print(model, "-> the server could not be reached")
    except openai.RateLimitError as e:
        print(model, "-> a 429 status code was received; we should back off a bit.")
        print("   ", e.status_code, e.code, e.type, e.request_id)
        print("    caught by", [name for name in NAMES if isinstance(e, getattr(openai, name))])
    except openai.APIStatusError as e:
        print(model, "-> another non-200-range status code was received")
        print("   ", e.status_code, e.response.status_code, e.request_id)
        print("   ", e.code, e.param, e.type)
        print("   ", e.body)
        print("   ", e.response.json()["error"]["code"], e.request.method, e.request.url.path)
        # Which of the SDK's except clauses would have caught it.
        print("    caught by", [name for name in NAMES if isinstance(e, getattr(openai, name))])

# A key the server masked keeps its visible tail.
try:
    client.chat.completions.create(model="bad-key", messages=[])
except openai.AuthenticationError as e:
    print("masked:", e.body["message"])

# No server there: a connection error, before any status.
unreachable = OpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0)
try:
    unreachable.models.list()
except openai.APITimeoutError:
    print("timed out")
except openai.APIConnectionError as e:
    print("connection error:", isinstance(e, openai.APIError), e.request.url.path)

# A server too slow for the timeout: APITimeoutError, a kind of APIConnectionError.
try:
    client.chat.completions.create(model="slow", messages=[], timeout=0.3)
except openai.APITimeoutError as e:
    print("timeout:", isinstance(e, openai.APIConnectionError), e.request.url.path)
