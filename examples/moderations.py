"""Moderations: classify a text."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    result = client.moderations.create(model="omni-moderation-latest", input="I love kittens.")
    verdict = result.results[0]
    print(f"flagged: {verdict.flagged} (model {result.model})")
