"""Responses: the newer unified API."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    response = client.responses.create(model="gpt-4o-mini", input="Say hello in three words.")
    print(f"response {response.id}: {response.status}")
    for item in response.output:
        for part in getattr(item, "content", None) or []:
            print("  output:", getattr(part, "text", type(part).__name__))
