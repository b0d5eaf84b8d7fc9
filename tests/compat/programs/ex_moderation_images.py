"""Moderations: text, a list of texts, and multimodal input with an image."""

from openai import OpenAI

client = OpenAI()

one = client.moderations.create(input="I want to hug my cat")
print(one.model, len(one.results), one.results[0].flagged)
print(sorted(one.results[0].categories.to_dict())[:3])

many = client.moderations.create(model="omni-moderation-latest", input=["hello", "goodbye"])
print(len(many.results), [r.flagged for r in many.results])

mixed = client.moderations.create(
    model="omni-moderation-latest",
    input=[
        {"type": "text", "text": "is this fine?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
    ],
)
result = mixed.results[0]
print(result.flagged, type(result.category_scores.violence).__name__)
print(
    result.category_applied_input_types is None
    or isinstance(result.category_applied_input_types.violence, list)
)
