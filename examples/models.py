"""Models: list them (auto-paginating iterator) and fetch one."""

import itertools

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    models = list(itertools.islice(client.models.list(), 5))
    print("first models:", ", ".join(m.id for m in models))
    model = client.models.retrieve(models[0].id)
    print(f"retrieved {model.id}, owned by {model.owned_by}")
