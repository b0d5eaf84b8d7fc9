"""Dump options the SDK's models take: include/exclude, by_alias, mode, to_dict/to_json."""

import json

from openai import OpenAI

client = OpenAI()
file = client.files.create(file=("data.jsonl", b"{}\n"), purpose="batch")

print(sorted(file.model_dump(include={"id", "filename"})))
print(sorted(file.model_dump(exclude={"id", "created_at"})))
print(file.model_dump(mode="json", include={"bytes", "purpose", "object"}))
print(sorted(file.model_dump(by_alias=True, exclude_none=True)))
print(sorted(json.loads(file.model_dump_json(exclude_unset=True))))
print(file.model_dump_json(include={"filename"}))
print(json.loads(file.to_json())["filename"], file.to_json(indent=None).startswith("{"))
print(sorted(file.to_dict(mode="json")) == sorted(file.to_dict(mode="python")))
print(sorted(file.to_dict(exclude_none=True, exclude_unset=True)))
print(file.to_dict(use_api_names=False)["filename"])

model = client.models.retrieve("gpt-4o-mini")
print(model.model_dump(include={"id", "owned_by"}), model.to_dict()["object"])
print(str(model) == repr(model), model.id in str(model))
print(dict(model)["id"], next(iter(model))[0])
print(model.model_copy(update={"id": "renamed"}).id, model.id)
