"""examples/responses_input_tokens.py style: count a request's input tokens."""

from openai import OpenAI

client = OpenAI()
count = client.responses.input_tokens.count(model="gpt-4o-mini", input="how many tokens is this?")
print(count.object, type(count.input_tokens).__name__)
