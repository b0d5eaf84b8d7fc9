"""Models: list, retrieve, and the pydantic-style dumps."""

from openai import OpenAI

client = OpenAI()
models = client.models.list()
print(models.object if hasattr(models, "object") else "list")
print(sorted(m.id for m in models)[:3])
model = client.models.retrieve("gpt-4o-mini")
print(model)
print(model.model_dump())
print(model.owned_by, model.object, model.created)
