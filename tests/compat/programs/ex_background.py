"""examples/responses/background.py style: a background response polled until done."""

from openai import OpenAI

client = OpenAI()
response = client.responses.create(model="gpt-4o-mini", input="take your time", background=True)
print(response.background, response.status in ("queued", "in_progress", "completed"))
for _ in range(20):
    if response.status not in ("queued", "in_progress"):
        break
    response = client.responses.retrieve(response.id)
print(response.status, response.output_text)
