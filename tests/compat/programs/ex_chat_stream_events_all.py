"""``chat.completions.stream`` event by event: every type, snapshots, logprobs, until_done."""

from openai import OpenAI

client = OpenAI()
with client.chat.completions.stream(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Say hello in three words."}],
    logprobs=True,
    top_logprobs=2,
) as stream:
    for event in stream:
        if event.type == "chunk":
            print("chunk", event.chunk.object, event.snapshot.object)
            print("  snapshot:", repr(event.snapshot.choices[0].message.content))
        elif event.type == "content.delta":
            print("content.delta", repr(event.delta), repr(event.snapshot), event.parsed)
        elif event.type == "content.done":
            print("content.done", repr(event.content), event.parsed)
        elif event.type == "logprobs.content.delta":
            print("logprobs.content.delta", [t.token for t in event.content])
        elif event.type == "logprobs.content.done":
            print("logprobs.content.done", len(event.content))
        else:
            print("other", event.type)
    snap = stream.current_completion_snapshot
    print(snap.object, snap.id, snap.choices[0].finish_reason)
completion = stream.get_final_completion()
print(completion.object, completion.choices[0].message.parsed)
print(completion.choices[0].message.content == snap.choices[0].message.content)
print(completion.choices[0].logprobs is not None, completion.usage)

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "again"}]
) as stream:
    stream.until_done()
    final = stream.get_final_completion()
print(final.choices[0].message.role, final.choices[0].finish_reason, final.object)
print(final.model_dump(exclude_unset=True).keys())
