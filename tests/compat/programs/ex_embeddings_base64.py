"""Embeddings with ``encoding_format`` and per-call ``timeout``/``max_retries``."""

from openai import OpenAI

client = OpenAI()
plain = client.embeddings.create(
    model="text-embedding-3-small", input="hello", encoding_format="float", timeout=10
)
print(len(plain.data[0].embedding), type(plain.data[0].embedding[0]).__name__)
encoded = client.embeddings.create(
    model="text-embedding-3-small", input=["a", "b"], encoding_format="base64"
)
print(len(encoded.data), type(encoded.data[0].embedding).__name__)
