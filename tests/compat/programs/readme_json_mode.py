"""README block: nested params (``text={"format": {"type": "json_object"}}``)."""

from openai import OpenAI

client = OpenAI()

response = client.responses.create(
    input=[
        {
            "role": "user",
            "content": "How much ?",
        }
    ],
    model="gpt-5.5",
    text={"format": {"type": "json_object"}},
)
print(response.text.format.type)
print(response.output_text)
