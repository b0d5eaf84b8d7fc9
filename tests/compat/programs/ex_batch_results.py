"""A batch from input file to results: poll with retrieve, read the output lines."""

import json

from openai import OpenAI

client = OpenAI()
requests = [
    {
        "custom_id": f"req-{i}",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]},
    }
    for i in range(2)
]
data = "".join(json.dumps(r) + "\n" for r in requests).encode()
batch_input = client.files.create(file=("requests.jsonl", data), purpose="batch")
batch = client.batches.create(
    input_file_id=batch_input.id, endpoint="/v1/chat/completions", completion_window="24h"
)
for _ in range(10):
    batch = client.batches.retrieve(batch.id)
    if batch.status in ("completed", "failed", "expired", "cancelled"):
        break
print(batch.status, batch.request_counts.total if batch.request_counts else None)
if batch.output_file_id:
    lines = client.files.content(batch.output_file_id).text.splitlines()
    for line in lines:
        row = json.loads(line)
        print(row["custom_id"], row["response"]["status_code"] if row.get("response") else None)
