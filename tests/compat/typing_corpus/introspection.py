"""Model classes read as pydantic ones: fields, JSON validation, TypeAdapter; client URLs."""

from __future__ import annotations

import pydantic
from openai import OpenAI
from openai.types import FileObject
from openai.types.chat import ChatCompletion

client = OpenAI()


def field_names() -> list[str]:
    return [name for name in FileObject.model_fields if not name.startswith("_")]


def annotation_of(name: str) -> object:
    info = FileObject.model_fields[name]
    return info.annotation


def from_json(text: str) -> FileObject:
    file = FileObject.model_validate_json(text)
    print(file.filename, file.bytes)
    return file


def adapted(payload: dict[str, object]) -> ChatCompletion:
    adapter = pydantic.TypeAdapter(ChatCompletion)
    completion = adapter.validate_python(payload)
    print(adapter.dump_json(completion))
    return completion


def websocket_root() -> str | None:
    url = client.websocket_base_url
    return None if url is None else str(url)


def checkpoint_permissions(checkpoint: str) -> list[str]:
    listed = client.fine_tuning.checkpoints.permissions.list(checkpoint, limit=5)
    return [permission.project_id for permission in listed]


def no_timeout(model: str) -> str:
    slow = OpenAI(timeout=None)
    return slow.models.retrieve(model, timeout=None).id
