"""Chat: a `ChatCompletionMessageParam` history built up turn by turn, with tool results."""

from __future__ import annotations

from openai import OpenAI
from openai.types.chat import (
    ChatCompletionAssistantMessageParam,
    ChatCompletionContentPartParam,
    ChatCompletionMessage,
    ChatCompletionMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolMessageParam,
    ChatCompletionUserMessageParam,
)

client = OpenAI()


class Chat:
    def __init__(self, system: str) -> None:
        first: ChatCompletionSystemMessageParam = {"role": "system", "content": system}
        self.history: list[ChatCompletionMessageParam] = [first]

    def user(self, text: str, image_url: str | None = None) -> None:
        parts: list[ChatCompletionContentPartParam] = [{"type": "text", "text": text}]
        if image_url:
            parts.append({"type": "image_url", "image_url": {"url": image_url, "detail": "low"}})
        message: ChatCompletionUserMessageParam = {"role": "user", "content": parts}
        self.history.append(message)

    def remember(self, reply: ChatCompletionMessage) -> None:
        turn: ChatCompletionAssistantMessageParam = {"role": "assistant", "content": reply.content}
        if reply.tool_calls:
            turn["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
                for call in reply.tool_calls
                if call.type == "function"
            ]
        self.history.append(turn)

    def tool_result(self, call_id: str, output: str) -> None:
        result: ChatCompletionToolMessageParam = {
            "role": "tool",
            "tool_call_id": call_id,
            "content": output,
        }
        self.history.append(result)

    def send(self) -> ChatCompletionMessage:
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=self.history)
        reply = completion.choices[0].message
        self.remember(reply)
        return reply
