"""Batches: upload requests, start a batch, follow it, read the results by custom_id."""

import json

from _demo import TERMINAL, pause

from integrations_openai import OpenAIClient

REQUESTS = b"".join(
    json.dumps(
        {
            "custom_id": f"greeting-{n}",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "text-embedding-3-small", "input": word},
        }
    ).encode()
    + b"\n"
    for n, word in enumerate(["hello", "bonjour"])
)

with OpenAIClient() as client:
    batch_file = client.files.create(file=("batch.jsonl", REQUESTS), purpose="batch")
    batch = client.batches.create(
        input_file_id=batch_file.id, endpoint="/v1/embeddings", completion_window="24h"
    )
    print(f"batch {batch.id}: {batch.status}")
    for _ in range(4):
        pause()
        batch = client.batches.retrieve(batch.id)
        print(f"  polled: {batch.status}")
        if batch.status in TERMINAL:
            break
    if batch.status == "completed" and batch.output_file_id:
        for line in client.files.content(batch.output_file_id).splitlines():
            result = json.loads(line)
            body = result["response"]["body"]
            size = len(body["data"][0]["embedding"]) if "data" in body else 0
            print(
                f"  {result['custom_id']}: HTTP {result['response']['status_code']}, {size} dimensions"
            )
    else:  # a real batch takes minutes to hours: do not leave it running
        print(f"still {batch.status}; cancelling: {client.batches.cancel(batch.id).status}")
