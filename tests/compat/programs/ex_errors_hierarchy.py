"""The SDK's exception tree as users catch it: one handler per family."""

import os

import openai
from openai import OpenAI

print(issubclass(openai.APIStatusError, openai.APIError))
print(issubclass(openai.APIConnectionError, openai.APIError))
print(issubclass(openai.APITimeoutError, openai.APIConnectionError))
print(issubclass(openai.APIError, openai.OpenAIError))
for name in (
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
):
    print(name, issubclass(getattr(openai, name), openai.APIStatusError))

client = OpenAI(max_retries=0)


def classify(call) -> str:
    try:
        call()
        return "ok"
    except openai.NotFoundError:
        return "not found"
    except openai.AuthenticationError:
        return "auth"
    except openai.APIStatusError as e:
        return f"status {e.status_code}"
    except openai.APIConnectionError:
        return "connection"
    except openai.OpenAIError:
        return "other"


print(classify(lambda: client.models.retrieve("gpt-4o-mini")))
print(classify(lambda: client.files.retrieve("file-nope")))
print(classify(lambda: OpenAI(api_key="sk-no-000000000000000000000", max_retries=0).files.list()))
print(
    classify(lambda: OpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0).files.list())
)
try:
    OpenAI(api_key=None).files  # noqa: B018
    os.environ.pop("OPENAI_API_KEY")
    OpenAI()
except openai.OpenAIError as e:
    print("OpenAIError", "api_key" in str(e))
