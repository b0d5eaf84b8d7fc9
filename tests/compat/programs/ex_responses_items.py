"""Responses: retrieve, input items, background + cancel, delete."""

from openai import OpenAI

client = OpenAI()
first = client.responses.create(
    model="gpt-4o-mini",
    input=[{"role": "user", "content": "Tell me a joke"}],
    store=True,
    metadata={"k": "v"},
)
print(first.status, first.output_text)
again = client.responses.retrieve(first.id)
print(again.id == first.id, again.output_text == first.output_text)
items = client.responses.input_items.list(first.id)
print([i.type for i in items], items.has_next_page())
follow = client.responses.create(
    model="gpt-4o-mini", input="And another", previous_response_id=first.id
)
print(follow.previous_response_id == first.id, follow.output_text)
print(client.responses.delete(first.id) is None)
