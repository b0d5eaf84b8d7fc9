"""Embeddings: dimensions, float and base64 encodings, a batch of inputs, usage."""

from openai import OpenAI

client = OpenAI()
small = client.embeddings.create(model="text-embedding-3-small", input="hello", dimensions=8)
print(len(small.data), small.model, small.object, small.usage.prompt_tokens > 0)
vector = small.data[0].embedding
print(type(vector).__name__, type(vector[0]).__name__, small.data[0].index)

batch = client.embeddings.create(
    model="text-embedding-3-small", input=["a", "b", "c"], encoding_format="float"
)
print([d.index for d in batch.data], len(batch.data[0].embedding) == len(batch.data[2].embedding))

packed = client.embeddings.create(
    model="text-embedding-3-small", input="hi", encoding_format="base64"
)
print(type(packed.data[0].embedding).__name__)
tokens = client.embeddings.create(model="text-embedding-3-small", input=[[1, 2, 3]])
print(len(tokens.data))
