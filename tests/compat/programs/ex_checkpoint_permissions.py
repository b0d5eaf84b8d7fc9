"""Fine-tuned checkpoint permissions: create, retrieve, list, delete."""

from openai import OpenAI

client = OpenAI()
checkpoint = "ft:gpt-4o-mini-2024-07-18:org::abc123"
created = client.fine_tuning.checkpoints.permissions.create(checkpoint, project_ids=["proj_abc"])
print(created.object, [p.object for p in created.data])
permissions = client.fine_tuning.checkpoints.permissions.retrieve(checkpoint, limit=5)
print(permissions.object, isinstance(permissions.data, list))
print(permissions.has_more in (True, False))
listed = client.fine_tuning.checkpoints.permissions.list(checkpoint, limit=5, order="ascending")
print([p.object for p in listed])
raw = client.fine_tuning.checkpoints.permissions.with_raw_response.retrieve(checkpoint)
print(raw.status_code, raw.parse().object)
