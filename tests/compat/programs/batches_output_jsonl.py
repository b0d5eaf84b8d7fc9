"""The batch workflow end to end: JSONL in, create, poll by retrieve, read the output file
line by line."""

import json

from openai import OpenAI

client = OpenAI()
lines = [
    {
        "custom_id": f"req-{i}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"Say {i}"}]},
    }
    for i in range(3)
]
batch_file = client.files.create(
    file=("batch.jsonl", "\n".join(json.dumps(line) for line in lines).encode()), purpose="batch"
)
batch = client.batches.create(
    input_file_id=batch_file.id,
    endpoint="/v1/chat/completions",
    completion_window="24h",
    metadata={"job": "nightly"},
)
print(batch.status, batch.endpoint, batch.completion_window, batch.input_file_id == batch_file.id)
for _ in range(20):
    batch = client.batches.retrieve(batch.id)
    if batch.status in ("completed", "failed", "expired", "cancelled"):
        break
print(
    batch.status,
    batch.request_counts.total,
    batch.request_counts.completed,
    batch.request_counts.failed,
)
output = client.files.content(batch.output_file_id)
results = [json.loads(line) for line in output.text.splitlines() if line.strip()]
print(sorted(r["custom_id"] for r in results))
print(sorted(results[0]), results[0]["response"]["status_code"], results[0]["error"])
print(sorted(b.id for b in client.batches.list(limit=10)) == [batch.id])
