"""README "Usage": a chat completion, read the SDK's way."""

from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "developer", "content": "Talk like a pirate."},
        {"role": "user", "content": "How do I check if a Python object is an instance of a class?"},
    ],
)

print(completion.choices[0].message.content)
print(completion.choices[0].finish_reason, completion.usage.total_tokens, completion.model)
print(completion._request_id)  # README "Request IDs"
print(client.models.retrieve("gpt-4o-mini")._request_id)
