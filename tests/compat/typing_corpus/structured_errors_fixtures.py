"""What structured-output code annotates: the finish-reason errors, hand-built fixtures,
the parsed message, and raw responses."""

from __future__ import annotations

import openai
from openai import OpenAI
from openai.types.chat import ChatCompletion, ChatCompletionMessage, ParsedChatCompletion
from openai.types.completion_usage import CompletionUsage
from pydantic import BaseModel


class Event(BaseModel):
    name: str


client = OpenAI()


def extract(text: str) -> Event | None:
    try:
        completion: ParsedChatCompletion[Event] = client.chat.completions.parse(
            model="gpt-4o", messages=[{"role": "user", "content": text}], response_format=Event
        )
    except openai.LengthFinishReasonError as e:
        print("cut:", e.completion.usage)
        return None
    except openai.ContentFilterFinishReasonError:
        return None
    message = completion.choices[0].message
    if message.refusal:
        print(message.refusal)
    return message.parsed


def fixture() -> ChatCompletion:
    return ChatCompletion(
        id="chatcmpl-test",
        object="chat.completion",
        created=1,
        model="gpt-4o",
        choices=[],
        usage=CompletionUsage(prompt_tokens=1, completion_tokens=1, total_tokens=2),
    )


def message_fixture() -> ChatCompletionMessage:
    return ChatCompletionMessage(role="assistant", content="hi", refusal=None)


def raw_headers() -> tuple[int, str | None]:
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": "x"}]
    )
    completion: ChatCompletion = raw.parse()
    print(completion.id)
    return raw.status_code, raw.headers.get("x-request-id")
