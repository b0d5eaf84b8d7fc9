"""The README's plain stream loop, extended: accumulate deltas, read finish reason, usage
chunk, the response headers and stream metadata."""

from openai import OpenAI
from openai.types.chat import ChatCompletionChunk

client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
    stream_options={"include_usage": True},
)
print(
    type(stream).__name__,
    stream.response.status_code,
    stream.response.headers["content-type"].split(";")[0],
)
text, finish, usage, ids = [], None, None, set()
for chunk in stream:
    assert isinstance(chunk, ChatCompletionChunk)
    ids.add(chunk.id)
    if chunk.usage:
        usage = chunk.usage
    for choice in chunk.choices:
        text.append(choice.delta.content or "")
        finish = choice.finish_reason or finish
print(
    len(ids),
    finish,
    len("".join(text)) > 0,
    usage.total_tokens == usage.prompt_tokens + usage.completion_tokens,
)
print(chunk.object, chunk.choices, chunk.usage.completion_tokens > 0)
print(type(usage).__name__)

with client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "again"}], stream=True, n=1
) as second:
    first = next(iter(second))
    print(first.choices[0].delta.role, first.choices[0].index, first.object)
print(second.response.is_closed)
