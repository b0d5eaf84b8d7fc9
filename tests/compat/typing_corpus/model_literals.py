"""Model names as `Literal`s and the SDK's model aliases in user signatures."""

from __future__ import annotations

from typing import Literal

from openai import OpenAI
from openai.types import ChatModel, EmbeddingModel, ImageModel
from openai.types.audio import SpeechModel
from openai.types.shared import ResponsesModel

client = OpenAI()

Tier = Literal["gpt-4o-mini", "gpt-4o", "o3-mini"]
FAST: Tier = "gpt-4o-mini"


def chat(prompt: str, model: Tier = FAST) -> str:
    completion = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return completion.choices[0].message.content or ""


def chat_any(prompt: str, model: ChatModel | str) -> str:
    completion = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return completion.model


def respond(prompt: str, model: ResponsesModel = "gpt-4.1") -> str:
    return client.responses.create(model=model, input=prompt).output_text


def embed(text: str, model: EmbeddingModel = "text-embedding-3-small") -> list[float]:
    return client.embeddings.create(model=model, input=text).data[0].embedding


def speak(text: str, model: SpeechModel = "gpt-4o-mini-tts") -> bytes:
    return client.audio.speech.create(model=model, voice="alloy", input=text).content


def draw(prompt: str, model: ImageModel = "gpt-image-1") -> str | None:
    images = client.images.generate(model=model, prompt=prompt)
    return images.data[0].b64_json if images.data else None
