"""The README's except ladder over scripted answers: which branch catches what."""

import os

import httpx
import openai
from openai import OpenAI


def fail_next(**script: object) -> None:
    """Script the fake's next answer (the fake's control route, not an API call)."""
    httpx.post(os.environ["OPENAI_BASE_URL"].removesuffix("/v1") + "/_fake/fail_next", json=script)


client = OpenAI(max_retries=0)
for script in (
    {"status": 401, "code": "invalid_api_key"},
    {"status": 403},
    {"status": 404},
    {"status": 409},
    {"status": 422},
    {"status": 429, "code": "insufficient_quota"},
    {"status": 502},
    {"reset": True},
):
    fail_next(route="GET /v1/models", **script)
    try:
        client.models.list()
        print("no error")
    except openai.AuthenticationError as e:
        print("auth", e.status_code, e.body)
    except openai.PermissionDeniedError as e:
        print("permission", e.status_code)
    except openai.NotFoundError as e:
        print("not found", e.status_code)
    except openai.ConflictError as e:
        print("conflict", e.status_code)
    except openai.UnprocessableEntityError as e:
        print("unprocessable", e.status_code)
    except openai.RateLimitError as e:
        print("rate limit", e.status_code, e.code, e.type)
    except openai.InternalServerError as e:
        print("server", e.status_code, e.message)
    except openai.APIConnectionError as e:
        print("connection", e.message, e.body, e.code)
    except openai.APIError as e:
        print("api error", e.message, e.body)

print(issubclass(openai.APITimeoutError, openai.APIConnectionError))
print(issubclass(openai.APIResponseValidationError, openai.APIError))
print(issubclass(openai.RateLimitError, openai.APIStatusError))
print(issubclass(openai.APIStatusError, openai.APIError), issubclass(openai.APIError, Exception))
