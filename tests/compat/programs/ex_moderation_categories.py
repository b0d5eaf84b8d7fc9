"""Moderations: categories and scores dumped by alias and by name, applied input types."""

from openai import OpenAI

client = OpenAI()
result = client.moderations.create(model="omni-moderation-latest", input="some text").results[0]

by_name = result.categories.model_dump()
by_alias = result.categories.model_dump(by_alias=True)
print(len(by_name), sorted(by_name)[:4])
print(sorted(set(by_alias) - set(by_name)))
print(result.categories.self_harm == by_alias.get("self-harm"))
scores = result.category_scores.to_dict()
print(sorted(scores)[:3], all(isinstance(v, float) for v in scores.values()))
print(type(result.category_scores.harassment_threatening).__name__)
flagged = [name for name, hit in by_name.items() if hit]
print(flagged == [] or all(isinstance(n, str) for n in flagged))
print(result.model_dump_json(include={"flagged"}))
