"""Stream objects as the SDK types them: openai.Stream, ChatCompletionChunk, close()."""

from openai import OpenAI, Stream
from openai.types.chat import ChatCompletionChunk
from openai.types.responses import ResponseStreamEvent

client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "count"}],
    stream=True,
    stream_options={"include_usage": True},
)
print(isinstance(stream, Stream), stream.response.status_code)
pieces = []
for chunk in stream:
    assert isinstance(chunk, ChatCompletionChunk)
    if chunk.choices and chunk.choices[0].delta.content:
        pieces.append(chunk.choices[0].delta.content)
    if chunk.usage:
        print("usage", chunk.usage.total_tokens > 0)
print("".join(pieces))

events = client.responses.create(model="gpt-4o-mini", input="hi", stream=True)
print(isinstance(events, Stream))
first = next(iter(events))
print(first.type, first.sequence_number)
events.close()
print(events.response.is_closed)

with client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}], stream=True
) as managed:
    kinds = [c.object for c in managed]
print(sorted(set(kinds)), managed.response.is_closed)
print(ResponseStreamEvent is not None)
