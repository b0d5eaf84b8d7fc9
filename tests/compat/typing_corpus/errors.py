"""Handling errors by the SDK's exception classes."""

from __future__ import annotations

import time

import openai
from openai import OpenAI

client = OpenAI()


def ask(question: str) -> str | None:
    try:
        completion = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
        )
    except openai.APIConnectionError as e:
        print("The server could not be reached")
        print(e.__cause__)
        return None
    except openai.RateLimitError as e:
        print("A 429 status code was received; we should back off a bit.", e.status_code)
        retry_after = e.response.headers.get("retry-after")
        if retry_after is not None:
            time.sleep(float(retry_after))
        return None
    except openai.APIStatusError as e:
        print("Another non-200-range status code was received")
        print(e.status_code)
        print(e.response)
        print(e.request_id, e.body)
        return None
    return completion.choices[0].message.content


def classify(question: str) -> str:
    try:
        client.chat.completions.create(
            model="nope", messages=[{"role": "user", "content": question}]
        )
    except openai.BadRequestError as e:
        return f"bad request: {e.code} {e.param} {e.type} {e.message}"
    except openai.AuthenticationError:
        return "check OPENAI_API_KEY"
    except openai.PermissionDeniedError:
        return "no access"
    except openai.NotFoundError as e:
        return f"not found: {e.status_code}"
    except openai.UnprocessableEntityError:
        return "unprocessable"
    except openai.InternalServerError as e:
        return f"server: {e.status_code}"
    except openai.APITimeoutError:
        return "timed out"
    except openai.APIError as e:
        return f"other: {e.message}"
    return "ok"


def base_class(question: str) -> bool:
    try:
        ask(question)
    except openai.OpenAIError as e:
        print(type(e).__name__, str(e))
        return False
    return True
