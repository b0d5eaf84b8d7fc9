"""Moderations: flagged, categories and scores under the API's names."""

from openai import OpenAI

client = OpenAI()
moderation = client.moderations.create(
    model="omni-moderation-latest", input="I want to hug everyone"
)
result = moderation.results[0]
print(moderation.model, result.flagged)
print(result.categories.violence, result.categories.self_harm, result.categories.hate_threatening)
print(type(result.category_scores.violence).__name__)
print(sorted(result.categories.model_dump(by_alias=True))[:4])
