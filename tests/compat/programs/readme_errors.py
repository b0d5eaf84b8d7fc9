"""README block: handling errors (connection, 429, other statuses)."""

import os

import openai
from openai import OpenAI


def attempt(client: OpenAI) -> None:
    try:
        client.fine_tuning.jobs.create(
            model="gpt-4o",
            training_file="file-abc123",
        )
    except openai.APIConnectionError as e:
        print("The server could not be reached")
        print(type(e.__cause__).__name__)  # an underlying Exception, likely raised within HTTPX.
    except openai.RateLimitError as e:
        print("A 429 status code was received; we should back off a bit.")
    except openai.APIStatusError as e:
        print("Another non-200-range status code was received")
        print(e.status_code)
        print(e.response)
        print(e.message)
        print(e.body)
        print(type(e).__name__, e.code, e.type, e.param)


attempt(OpenAI())
attempt(OpenAI(api_key="sk-wrong-key-000000000000"))
attempt(OpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0))
