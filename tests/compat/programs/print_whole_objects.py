"""print() of whole results, as scripts do while exploring."""

from openai import OpenAI

client = OpenAI()
file = client.files.create(file=("a.txt", b"abc"), purpose="assistants")
print(file)
embedding = client.embeddings.create(
    model="text-embedding-3-small", input="x", encoding_format="float", dimensions=4
)
print(embedding.usage)
print(embedding.data[0].model_dump(exclude={"embedding"}), len(embedding.data[0].embedding))
store = client.vector_stores.create(name="s")
print(store.file_counts)
print(repr(store.file_counts))
print(client.files.delete(file.id))
batch_file = client.files.create(file=("b.jsonl", b"{}\n"), purpose="batch")
batch = client.batches.create(
    input_file_id=batch_file.id, endpoint="/v1/embeddings", completion_window="24h"
)
print(batch.request_counts)
print(batch.model_dump(include={"endpoint", "completion_window", "object", "status"}))
