"""Models: list, retrieve, a raw retrieve's headers, delete a fine-tuned model."""

from openai import OpenAI

client = OpenAI()
models = client.models.list()
ids = [m.id for m in models]
print(len(ids) > 0, all(m.object == "model" for m in models.data))
first = client.models.retrieve(ids[0])
print(first.id == ids[0], first.owned_by is not None, isinstance(first.created, int))
raw = client.models.with_raw_response.retrieve(ids[0])
print(raw.headers.get("content-type", "").startswith("application/json"), raw.parse().id)
print(raw.elapsed.total_seconds() >= 0, raw.url.path.endswith(ids[0]))
