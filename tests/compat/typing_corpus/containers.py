"""Containers: create one, upload a file, list and read files back."""

from __future__ import annotations

from openai import OpenAI
from openai.types import ContainerCreateResponse, ContainerListResponse
from openai.types.containers import FileCreateResponse, FileListResponse

client = OpenAI()


def make(name: str) -> ContainerCreateResponse:
    return client.containers.create(
        name=name, expires_after={"anchor": "last_active_at", "minutes": 20}
    )


def upload(container_id: str, data: bytes) -> FileCreateResponse:
    return client.containers.files.create(container_id, file=("data.csv", data))


def files(container_id: str) -> list[FileListResponse]:
    return list(client.containers.files.list(container_id, limit=20))


def names() -> dict[str, str]:
    found: dict[str, str] = {}
    for container in client.containers.list(order="desc"):
        item: ContainerListResponse = container
        found[item.id] = f"{item.name} ({item.status})"
    return found


def read(container_id: str, file_id: str) -> bytes:
    content = client.containers.files.content.retrieve(file_id, container_id=container_id)
    return content.read()
