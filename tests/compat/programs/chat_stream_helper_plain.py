"""client.chat.completions.stream without a response format: text events, the snapshot,
until_done(), get_final_completion() and an early break."""

from openai import OpenAI

client = OpenAI()
with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Tell me a short story"}]
) as stream:
    kinds = []
    for event in stream:
        kinds.append(event.type)
        if event.type == "content.delta":
            snapshot = event.snapshot
        if event.type == "content.done":
            print("done", event.content == snapshot, event.parsed)
    print(sorted(set(kinds)), kinds[0], kinds[-1])
    final = stream.get_final_completion()
    print(final.choices[0].message.parsed, final.choices[0].message.content == snapshot)
    print(stream.current_completion_snapshot.choices[0].finish_reason)

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "again"}]
) as stream:
    stream.until_done()
    print(stream.get_final_completion().choices[0].finish_reason)

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "stop early"}]
) as stream:
    for event in stream:
        if event.type == "content.delta":
            print("first delta", type(event).__name__, event.delta == event.snapshot)
            break
print("after break")
