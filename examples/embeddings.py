"""Embeddings: requested as base64 on the wire, decoded to floats for you."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    result = client.embeddings.create(model="text-embedding-3-small", input=["hello", "world"])
    for item in result.data:
        vector = list(item.embedding)
        head = ", ".join(f"{x:+.4f}" for x in vector[:3])
        print(f"input {item.index}: {len(vector)} dimensions, starts [{head}, ...]")
    print(f"tokens used: {result.usage.total_tokens}")
