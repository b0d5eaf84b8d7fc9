"""Responses: the newer unified API."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    response = client.responses.create(model="gpt-4o-mini", input="Say hello in three words.")
    print(f"response {response.id}: {response.status}")
    for item in response.output:
        for part in getattr(item, "content", None) or []:
            text = getattr(part, "text", None)
            if isinstance(text, str):
                print(f"  answer: {text!r}")
    if response.usage:
        print(f"tokens: {response.usage.input_tokens} in, {response.usage.output_tokens} out")
