"""Structured outputs when the model stops early or refuses: the SDK's parse errors."""

import httpx
import openai
from openai import OpenAI
from pydantic import BaseModel


class CalendarEvent(BaseModel):
    name: str
    date: str
    participants: list[str]


def answer(finish_reason: str, content: object, refusal: object = None) -> dict:
    return {
        "id": "chatcmpl-x",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-2024-08-06",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "logprobs": None,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 7, "total_tokens": 10},
    }


answers = [
    answer("length", '{"name": "Science fa'),
    answer("content_filter", None),
    answer("stop", None, "I'm sorry, I can't help with that."),
    answer("stop", '{"name": "Fair", "date": "Friday", "participants": ["Alice", "Bob"]}'),
    answer("stop", '{"name": 3}'),
]


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=answers.pop(0))


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
for _ in range(5):
    try:
        completion = client.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[{"role": "user", "content": "Alice and Bob are going to a science fair."}],
            response_format=CalendarEvent,
            max_completion_tokens=20,
        )
    except openai.LengthFinishReasonError as e:
        print(type(e).__name__, isinstance(e, openai.OpenAIError))
        print(str(e))
        print(e.completion.usage.completion_tokens, e.completion.choices[0].finish_reason)
    except openai.ContentFilterFinishReasonError as e:
        print(type(e).__name__, isinstance(e, openai.OpenAIError), str(e))
    except Exception as e:
        print("other", type(e).__name__, isinstance(e, ValueError))
    else:
        message = completion.choices[0].message
        print(type(completion).__name__, type(message).__name__)
        if message.refusal:
            print("refused:", message.refusal, message.parsed)
        else:
            print(message.parsed, type(message.parsed).__name__)
            print(message.parsed.participants)
