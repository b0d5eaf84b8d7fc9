"""README block: the Responses API, ``response.output_text``."""

import os

from openai import OpenAI

client = OpenAI(
    # This is the default and can be omitted
    api_key=os.environ.get("OPENAI_API_KEY"),
)

response = client.responses.create(
    model="gpt-5.5",
    instructions="You are a coding assistant that talks like a pirate.",
    input="How do I check if a Python object is an instance of a class?",
)

print(response.output_text)
print(response.id, response.status, response.model, response.usage.total_tokens)
print(response.output[0].type, response.output[0].content[0].type)
