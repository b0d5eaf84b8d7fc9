"""Responses: conversation state (``previous_response_id``), retrieve, input items, delete."""

from openai import OpenAI

client = OpenAI()
first = client.responses.create(model="gpt-4o-mini", input="tell me a joke")
print(first.output_text)
second = client.responses.create(
    model="gpt-4o-mini",
    previous_response_id=first.id,
    input=[{"role": "user", "content": "explain why"}],
)
print(second.output_text, second.previous_response_id == first.id)
again = client.responses.retrieve(first.id)
print(again.id == first.id, again.output_text == first.output_text)
items = client.responses.input_items.list(first.id)
print([item.type for item in items])
client.responses.delete(first.id)  # the SDK returns None; ours the body the API sends
print(len([r.id for r in client.responses.input_items.list(second.id)]))
print(first.error, first.incomplete_details, first.instructions)
