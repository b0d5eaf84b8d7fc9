"""Errors read by their attributes: status, body, code, headers, request id."""

from __future__ import annotations

import time

import openai
from openai import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    OpenAI,
    RateLimitError,
)

client = OpenAI(max_retries=0)


def retry_after(error: RateLimitError) -> float:
    header = error.response.headers.get("retry-after")
    return float(header) if header else 1.0


def describe(error: APIStatusError) -> str:
    body = error.body if isinstance(error.body, dict) else {}
    return (
        f"{error.status_code} {error.code} {error.param} {error.request_id} {body.get('message')}"
    )


def ask(prompt: str) -> str | None:
    for _ in range(3):
        try:
            return client.responses.create(model="gpt-4.1", input=prompt).output_text
        except RateLimitError as error:
            time.sleep(retry_after(error))
        except BadRequestError as error:
            print(describe(error), error.type)
            return None
        except APITimeoutError as error:
            print("timeout", error.message)
        except APIConnectionError as error:
            print("connection", error.message, error.__cause__)
        except openai.AuthenticationError as error:
            raise SystemExit(error.message) from error
        except APIError as error:
            print(error.message, error.body, error.code)
            raise
    return None
