"""Leaving streams early: ``break``, ``close()``, the response behind the stream."""

from openai import OpenAI

client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count to ten"}], stream=True
)
print(stream.response.status_code, stream.response.headers["content-type"].split(";")[0])
for i, chunk in enumerate(stream):
    print(i, chunk.choices[0].delta.content if chunk.choices else None)
    if i == 2:
        break
stream.close()
print(stream.response.is_closed)

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count"}]
) as managed:
    first = next(iter(managed))
    print(first.type, managed.current_completion_snapshot.choices[0].message.role)
print(managed.current_completion_snapshot.choices[0].message.role)

with client.responses.stream(model="gpt-4o-mini", input="count") as rstream:
    for event in rstream:
        print(event.type, event.sequence_number)
        if event.type == "response.output_text.delta":
            break
print("left early")

with client.responses.create(model="gpt-4o-mini", input="again", stream=True) as raw:
    kinds = [event.type for event in raw]
print(kinds[0], kinds[-1], len(kinds) > 3)
