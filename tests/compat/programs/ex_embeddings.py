"""Embeddings: a vector per input, usage, and the base64 encoding handled for you."""

from openai import OpenAI

client = OpenAI()

result = client.embeddings.create(model="text-embedding-3-small", input=["hello", "world"])
print(result.object, result.model, len(result.data), result.usage.prompt_tokens)
for item in result.data:
    print(item.index, item.object, len(item.embedding), type(item.embedding[0]).__name__)

small = client.embeddings.create(model="text-embedding-3-small", input="hi", dimensions=8)
print(len(small.data[0].embedding))
