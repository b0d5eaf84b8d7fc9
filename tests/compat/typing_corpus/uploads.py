"""Large uploads in parts, and containers."""

from __future__ import annotations

from pathlib import Path

from openai import OpenAI

client = OpenAI()


def upload_in_parts(path: Path) -> str | None:
    data = path.read_bytes()
    upload = client.uploads.create(
        purpose="fine-tune", filename=path.name, bytes=len(data), mime_type="text/jsonl"
    )
    part_ids: list[str] = []
    for start in range(0, len(data), 64 * 1024 * 1024):
        part = client.uploads.parts.create(upload.id, data=data[start : start + 64 * 1024 * 1024])
        part_ids.append(part.id)
    done = client.uploads.complete(upload.id, part_ids=part_ids)
    print(done.status, done.bytes)
    return done.file.id if done.file is not None else None


def container_files(name: str) -> list[str]:
    container = client.containers.create(name=name)
    print(container.id, container.status)
    return [f.path for f in client.containers.files.list(container.id)]
