"""Files: upload, look up, download and delete."""

from __future__ import annotations

from pathlib import Path

from openai import OpenAI

client = OpenAI()


def upload(path: Path) -> str:
    uploaded = client.files.create(file=path, purpose="fine-tune")
    print(uploaded.filename, uploaded.bytes, uploaded.purpose, uploaded.created_at)
    return uploaded.id


def upload_handle(path: str) -> str:
    with open(path, "rb") as handle:
        uploaded = client.files.create(file=handle, purpose="batch")
    if uploaded.expires_at is not None:
        print("expires:", uploaded.expires_at)
    return uploaded.id


def upload_bytes(name: str, data: bytes) -> str:
    return client.files.create(file=(name, data), purpose="user_data").id


def download(file_id: str, target: Path) -> int:
    content = client.files.content(file_id)
    content.write_to_file(target)
    print(content.text[:80])
    return len(content.read())


def describe(file_id: str) -> str:
    info = client.files.retrieve(file_id)
    return f"{info.id} {info.filename} {info.status}"


def remove(file_id: str) -> bool:
    deleted = client.files.delete(file_id)
    print(deleted.id, deleted.object)
    return deleted.deleted


def jsonl_files() -> list[str]:
    return [f.id for f in client.files.list(purpose="batch") if f.filename.endswith(".jsonl")]
