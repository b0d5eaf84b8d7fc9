"""Uploads: create, add parts by hand, complete (and cancel another)."""

from openai import OpenAI

client = OpenAI()
data = b'{"prompt": "a"}\n' * 10

upload = client.uploads.create(
    bytes=len(data), filename="train.jsonl", mime_type="text/jsonl", purpose="fine-tune"
)
print(upload.status, upload.filename, upload.bytes, upload.object)
half = len(data) // 2
first = client.uploads.parts.create(upload.id, data=data[:half])
second = client.uploads.parts.create(upload.id, data=data[half:])
print(first.object, first.upload_id == upload.id, second.id != first.id)

done = client.uploads.complete(upload.id, part_ids=[first.id, second.id])
print(done.status, done.file is not None and done.file.filename)

other = client.uploads.create(bytes=3, filename="x.jsonl", mime_type="text/jsonl", purpose="batch")
print(client.uploads.cancel(other.id).status)
