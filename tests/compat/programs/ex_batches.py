"""Batches: upload the input, create, retrieve until done, read the output file."""

import json

from openai import OpenAI

client = OpenAI()
lines = [
    {"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions",
     "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"line {i}"}]}}
    for i in range(2)
]  # fmt: skip
batch_input = client.files.create(
    file=("input.jsonl", "\n".join(json.dumps(line) for line in lines).encode()), purpose="batch"
)
batch = client.batches.create(
    input_file_id=batch_input.id, endpoint="/v1/chat/completions", completion_window="24h"
)
print(batch.status, batch.endpoint, batch.completion_window, batch.output_file_id)
for _ in range(10):
    batch = client.batches.retrieve(batch.id)
    print(batch.status, batch.request_counts.total if batch.request_counts else None)
    if batch.status in ("completed", "failed", "expired", "cancelled"):
        break
if batch.output_file_id:
    for line in client.files.content(batch.output_file_id).text.splitlines():
        row = json.loads(line)
        print(row["custom_id"], row["response"]["status_code"])
print([b.id == batch.id for b in client.batches.list()])
