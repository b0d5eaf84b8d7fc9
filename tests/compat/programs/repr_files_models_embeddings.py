"""Printing files, models and embeddings results (reprs and dumps)."""

from openai import OpenAI

client = OpenAI()
uploaded = client.files.create(file=("notes.jsonl", b'{"a": 1}\n'), purpose="batch")
print(uploaded)
print(uploaded.model_dump_json(indent=2))
print(client.files.retrieve(uploaded.id).to_dict())
for f in client.files.list():
    print(f)
print(client.files.delete(uploaded.id))
model = client.models.retrieve("gpt-4o-mini")
print(model.model_dump_json(exclude={"shutdown_date"}))  # a field the pinned spec lacks
print(model.to_json())
embedding = client.embeddings.create(model="text-embedding-3-small", input="hello", dimensions=4)
print(embedding.model_dump_json(indent=2))
print(embedding.data[0].model_dump(), embedding.usage)
