"""Vector store file batches: create from ids, retrieve, list the batch's files, cancel."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="batches")
file_ids = [
    client.files.create(file=(f"f{i}.md", f"# doc {i}".encode()), purpose="assistants").id
    for i in range(3)
]

batch = client.vector_stores.file_batches.create(
    vector_store_id=store.id, file_ids=file_ids, attributes={"kind": "md"}
)
print(batch.object, batch.vector_store_id == store.id, batch.file_counts.total)

again = client.vector_stores.file_batches.retrieve(batch.id, vector_store_id=store.id)
print(again.id == batch.id, again.status, again.file_counts.to_json(indent=None))

files = client.vector_stores.file_batches.list_files(
    batch.id, vector_store_id=store.id, limit=2, order="asc"
)
print(len(files.data), files.has_next_page(), all(f.object == "vector_store.file" for f in files))
print(sorted(f.id for f in files) == sorted(file_ids))

polled = client.vector_stores.file_batches.create_and_poll(
    vector_store_id=store.id, file_ids=file_ids[:1], poll_interval_ms=1
)
print(polled.status, polled.file_counts.completed)

cancelled = client.vector_stores.file_batches.cancel(batch.id, vector_store_id=store.id)
print(cancelled.id == batch.id, cancelled.status in ("cancelled", "cancelling", "completed"))
