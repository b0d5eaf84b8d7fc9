"""Batches: upload the input, create, retrieve, list, cancel."""

import json

from openai import OpenAI

client = OpenAI()
lines = [
    {
        "custom_id": f"req-{i}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"hi {i}"}]},
    }
    for i in range(3)
]
payload = "\n".join(json.dumps(line) for line in lines).encode()
batch_file = client.files.create(file=("input.jsonl", payload), purpose="batch")

batch = client.batches.create(
    input_file_id=batch_file.id,
    endpoint="/v1/chat/completions",
    completion_window="24h",
    metadata={"job": "nightly"},
)
print(batch.object, batch.endpoint, batch.completion_window, batch.metadata["job"])
print(
    batch.metadata.get("job"),
    dict(batch.metadata),
    sorted(batch.metadata.items()),
    len(batch.metadata),
)
again = client.batches.retrieve(batch.id)
print(again.id == batch.id, again.input_file_id == batch_file.id)
print(batch.id in [b.id for b in client.batches.list(limit=5)])
cancelled = client.batches.cancel(batch.id)
print(cancelled.id == batch.id, cancelled.status in ("cancelling", "cancelled", "completed"))
