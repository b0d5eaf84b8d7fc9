"""Streams stopped midway: close(), with-blocks, the response behind them, reading after."""

from openai import OpenAI

client = OpenAI(max_retries=2)
stream = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "count to ten"}], stream=True
)
print(type(stream).__name__, stream.response.headers.get("x-request-id") is not None)
it = iter(stream)
print(next(it).choices[0].delta.role)
stream.close()
print(stream.response.is_closed)

with client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "again"}], stream=True
) as stream:
    print(stream.response.status_code, stream.response.http_version)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].finish_reason:
            print(chunk.choices[0].finish_reason)
print(stream.response.is_closed)

stream = client.responses.create(model="gpt-4o-mini", input="hi", stream=True)
with stream:
    first = next(iter(stream))
    print(first.type, first.sequence_number)
print(stream.response.is_closed)
print(client.models.retrieve("gpt-4o-mini").id)
