"""Responses stored and read back: retrieve, input_items (typed items and their content),
cancel on a background response, and output_text on each."""

from openai import OpenAI

client = OpenAI()
response = client.responses.create(
    model="gpt-4.1",
    input=[
        {"role": "developer", "content": "Be brief."},
        {"role": "user", "content": [{"type": "input_text", "text": "Name a color."}]},
    ],
    store=True,
)
again = client.responses.retrieve(response.id)
print(again.id == response.id, again.output_text == response.output_text, again.status)
items = client.responses.input_items.list(response.id, order="asc")
for item in items:
    print(
        item.type,
        type(item).__name__,
        item.role,
        [(c.type, type(c).__name__) for c in item.content],
    )
print(len(items.data), items.has_more)
background = client.responses.create(model="gpt-4.1", input="long task", background=True)
print(background.status, background.background)
cancelled = client.responses.cancel(background.id)
print(
    cancelled.id == background.id,
    cancelled.status in ("cancelled", "completed", "in_progress", "queued"),
)
