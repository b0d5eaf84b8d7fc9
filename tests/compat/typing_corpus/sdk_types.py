"""Helpers annotated with the SDK's `openai.types` names: responses, events, embeddings."""

from __future__ import annotations

from openai import OpenAI
from openai.types import CreateEmbeddingResponse, Embedding
from openai.types.chat import ChatCompletionChunk
from openai.types.responses import (
    Response,
    ResponseInputParam,
    ResponseOutputItem,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseStreamEvent,
)

client = OpenAI()


def texts(response: Response) -> list[str]:
    out: list[str] = []
    items: list[ResponseOutputItem] = list(response.output)
    for item in items:
        if isinstance(item, ResponseOutputMessage):
            for part in item.content:
                if isinstance(part, ResponseOutputText):
                    out.append(part.text)
    return out


def ask(question: str) -> list[str]:
    conversation: ResponseInputParam = [{"role": "user", "content": question}]
    return texts(client.responses.create(model="gpt-4o-mini", input=conversation))


def deltas(events: list[ResponseStreamEvent]) -> str:
    return "".join(e.delta for e in events if e.type == "response.output_text.delta")


def stream_text(question: str) -> str:
    collected: list[ResponseStreamEvent] = []
    for event in client.responses.create(model="gpt-4o-mini", input=question, stream=True):
        collected.append(event)
    return deltas(collected)


def chunk_text(chunk: ChatCompletionChunk) -> str:
    return "".join(choice.delta.content or "" for choice in chunk.choices)


def vectors(texts: list[str]) -> list[list[float]]:
    result: CreateEmbeddingResponse = client.embeddings.create(
        model="text-embedding-3-small", input=texts
    )
    first: Embedding = result.data[0]
    print(first.index)
    return [item.embedding for item in result.data]
