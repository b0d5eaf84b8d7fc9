"""README block: Chat Completions."""

from openai import OpenAI

client = OpenAI()

completion = client.chat.completions.create(
    model="gpt-5.5",
    messages=[
        {"role": "developer", "content": "Talk like a pirate."},
        {
            "role": "user",
            "content": "How do I check if a Python object is an instance of a class?",
        },
    ],
)

print(completion.choices[0].message.content)
print(completion.choices[0].message.role, completion.choices[0].finish_reason)
print(completion.object, completion.created, completion.usage.prompt_tokens)
print(completion.choices[0].message.tool_calls, completion.system_fingerprint is None)
