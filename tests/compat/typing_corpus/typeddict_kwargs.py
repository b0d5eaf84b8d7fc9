"""Request params kept as `TypedDict`s and unpacked into `create(**kwargs)`."""

from __future__ import annotations

from openai import OpenAI
from openai.types import EmbeddingCreateParams
from openai.types.chat import ChatCompletion
from openai.types.chat.completion_create_params import CompletionCreateParamsNonStreaming
from openai.types.responses import Response
from openai.types.responses.response_create_params import ResponseCreateParamsNonStreaming

client = OpenAI()

BASE: CompletionCreateParamsNonStreaming = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "system", "content": "Be brief."}],
    "temperature": 0.2,
}


def with_question(question: str) -> CompletionCreateParamsNonStreaming:
    params = BASE.copy()
    params["messages"] = [*BASE["messages"], {"role": "user", "content": question}]
    return params


def ask(question: str) -> ChatCompletion:
    completion: ChatCompletion = client.chat.completions.create(**with_question(question))
    return completion


def respond(question: str) -> Response:
    params: ResponseCreateParamsNonStreaming = {"model": "gpt-4.1", "input": question}
    params["instructions"] = "Answer in one line."
    response: Response = client.responses.create(**params)
    return response


def embed(texts: list[str]) -> int:
    params: EmbeddingCreateParams = {"model": "text-embedding-3-small", "input": texts}
    return len(client.embeddings.create(**params).data)
