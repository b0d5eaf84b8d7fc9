"""Chat streaming: accumulate `ChatCompletionChunk`s, including tool call deltas."""

from __future__ import annotations

from dataclasses import dataclass, field

from openai import OpenAI
from openai.types.chat import ChatCompletionChunk
from openai.types.chat.chat_completion_chunk import ChoiceDeltaToolCall
from openai.types.completion_usage import CompletionUsage

client = OpenAI()


@dataclass
class Call:
    id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass
class Accumulator:
    text: list[str] = field(default_factory=list)
    calls: dict[int, Call] = field(default_factory=dict)
    finish: str | None = None
    usage: CompletionUsage | None = None

    def tool_delta(self, delta: ChoiceDeltaToolCall) -> None:
        call = self.calls.setdefault(delta.index, Call())
        if delta.id:
            call.id = delta.id
        if delta.function is not None:
            call.name += delta.function.name or ""
            call.arguments += delta.function.arguments or ""

    def add(self, chunk: ChatCompletionChunk) -> None:
        if chunk.usage is not None:
            self.usage = chunk.usage
        for choice in chunk.choices:
            if choice.delta.content:
                self.text.append(choice.delta.content)
            for tool_call in choice.delta.tool_calls or []:
                self.tool_delta(tool_call)
            if choice.finish_reason is not None:
                self.finish = choice.finish_reason


def collect(prompt: str) -> Accumulator:
    acc = Accumulator()
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        acc.add(chunk)
    return acc
