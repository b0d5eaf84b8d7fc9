"""Chat history kept in typed variables: plain dicts, the SDK's Param TypedDicts, its result types."""

from __future__ import annotations

from openai import OpenAI
from openai.types.chat import (
    ChatCompletion,
    ChatCompletionAssistantMessageParam,
    ChatCompletionMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolParam,
    ChatCompletionUserMessageParam,
)

client = OpenAI()


def from_plain_dicts(history: list[dict[str, str]]) -> str:
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=history)
    return completion.choices[0].message.content or ""


def from_typed_history(question: str) -> ChatCompletion:
    messages: list[ChatCompletionMessageParam] = [
        ChatCompletionSystemMessageParam(role="system", content="You are terse."),
        {"role": "user", "content": question},
    ]
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    reply = completion.choices[0].message.content or ""
    assistant: ChatCompletionAssistantMessageParam = {"role": "assistant", "content": reply}
    messages.append(assistant)
    follow_up: ChatCompletionUserMessageParam = {"role": "user", "content": "And briefly?"}
    messages.append(follow_up)
    return client.chat.completions.create(model="gpt-4o-mini", messages=messages)


def with_tools(question: str) -> list[str]:
    tools: list[ChatCompletionToolParam] = [
        {
            "type": "function",
            "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
        }
    ]
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        tools=tools,
    )
    calls = completion.choices[0].message.tool_calls or []
    return [call.id for call in calls]


def summary(completion: ChatCompletion) -> str:
    usage = completion.usage
    tokens = usage.total_tokens if usage is not None else 0
    return f"{completion.id}: {tokens} tokens"
