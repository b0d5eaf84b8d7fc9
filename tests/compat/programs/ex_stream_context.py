"""Streams as context managers, closed early, and their response headers."""

from openai import OpenAI

client = OpenAI()
with client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count to three"}], stream=True
) as stream:
    print(stream.response.status_code, stream.response.headers.get("content-type"))
    for i, chunk in enumerate(stream):
        print(chunk.choices[0].delta.content)
        if i == 2:
            break
print("closed early")

stream = client.responses.create(model="gpt-4o-mini", input="hello there", stream=True)
text = []
for event in stream:
    if event.type == "response.output_text.delta":
        text.append(event.delta)
    elif event.type == "response.completed":
        print(event.response.usage.output_tokens > 0, event.response.output_text)
print("".join(text))
stream.close()
