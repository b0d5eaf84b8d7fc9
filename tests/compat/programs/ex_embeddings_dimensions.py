"""Embeddings: default encoding vs explicit float, dimensions, token inputs, dump shapes."""

from openai import OpenAI

client = OpenAI()

default = client.embeddings.create(model="text-embedding-3-large", input="compare me", dimensions=4)
explicit = client.embeddings.create(
    model="text-embedding-3-large", input="compare me", dimensions=4, encoding_format="float"
)
a, b = default.data[0].embedding, explicit.data[0].embedding
print(len(a), len(b), type(a).__name__, type(a[0]).__name__, type(b[0]).__name__)
print(default.data[0].object, default.usage.to_dict())

many = client.embeddings.create(model="text-embedding-3-small", input=[[1, 2], [3, 4, 5]])
print([d.index for d in many.data], many.usage.prompt_tokens == many.usage.total_tokens)

dumped = default.model_dump()
print(sorted(dumped), sorted(dumped["data"][0]), type(dumped["data"][0]["embedding"]).__name__)
print(default.to_json(indent=None)[:40])
