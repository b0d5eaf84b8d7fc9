"""Moderations: classify a text."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    result = client.moderations.create(model="omni-moderation-latest", input="I love kittens.")
    verdict = result.results[0]
    scores = verdict.category_scores.to_dict()
    top = max(scores, key=lambda name: scores[name])
    print(f"'I love kittens.' flagged: {verdict.flagged} (model {result.model})")
    print(f"highest category score: {top} = {scores[top]:.4f}")
