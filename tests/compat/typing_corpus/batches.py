"""Batches: create, poll, read results."""

from __future__ import annotations

import json
import time

from openai import OpenAI

client = OpenAI()


def submit(input_file_id: str) -> str:
    batch = client.batches.create(
        input_file_id=input_file_id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly"},
    )
    print(batch.id, batch.status, batch.created_at)
    return batch.id


def wait(batch_id: str) -> list[dict[str, object]]:
    batch = client.batches.retrieve(batch_id)
    while batch.status not in ("completed", "failed", "expired", "cancelled"):
        time.sleep(30)
        batch = client.batches.retrieve(batch_id)
    if batch.request_counts is not None:
        print(batch.request_counts.completed, "/", batch.request_counts.total)
    if batch.errors is not None and batch.errors.data:
        for error in batch.errors.data:
            print(error.code, error.message, error.line)
    if batch.output_file_id is None:
        return []
    content = client.files.content(batch.output_file_id)
    return [json.loads(line) for line in content.text.splitlines()]


def cancel(batch_id: str) -> str:
    return client.batches.cancel(batch_id).status


def recent() -> list[tuple[str, int | None]]:
    return [(b.id, b.completed_at) for b in client.batches.list(limit=10)]
