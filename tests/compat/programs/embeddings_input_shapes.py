"""Embeddings with the input shapes people pass: a string, a list, token ids, lists of token
ids; float and base64 encodings; dimensions."""

from openai import OpenAI

client = OpenAI()
for given in ("hello", ["a", "b", "c"], [1, 2, 3], [[1, 2], [3, 4]]):
    result = client.embeddings.create(model="text-embedding-3-small", input=given)
    print(
        type(given).__name__,
        len(result.data),
        [d.index for d in result.data],
        result.usage.prompt_tokens >= 0,
    )
floats = client.embeddings.create(
    model="text-embedding-3-small", input="x", encoding_format="float"
)
print(type(floats.data[0].embedding).__name__, type(floats.data[0].embedding[0]).__name__)
default = client.embeddings.create(model="text-embedding-3-small", input="x")
print(
    type(default.data[0].embedding[0]).__name__,
    default.data[0].embedding == floats.data[0].embedding,
)
b64 = client.embeddings.create(model="text-embedding-3-small", input="x", encoding_format="base64")
print(type(b64.data[0].embedding).__name__)
small = client.embeddings.create(model="text-embedding-3-small", input="x", dimensions=8)
print(len(small.data[0].embedding), small.model, small.object)
