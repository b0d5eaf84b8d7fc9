"""Batches: upload a request file, start a batch, check on it."""

from integrations_openai import OpenAIClient

REQUEST = (
    b'{"custom_id": "r1", "method": "POST", "url": "/v1/embeddings", '
    b'"body": {"model": "text-embedding-3-small", "input": "hello"}}\n'
)

with OpenAIClient() as client:
    batch_file = client.files.create(file=("batch.jsonl", REQUEST), purpose="batch")
    batch = client.batches.create(
        input_file_id=batch_file.id, endpoint="/v1/embeddings", completion_window="24h"
    )
    print(f"batch {batch.id}: {batch.status}")
    print(f"retrieved: {client.batches.retrieve(batch.id).status}")
    cancelled = client.batches.cancel(batch.id)
    print(f"cancel requested: {cancelled.status}")
