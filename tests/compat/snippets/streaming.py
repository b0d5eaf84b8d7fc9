"""README "Streaming responses" and ".with_streaming_response"."""

import openai
from openai import OpenAI

client = OpenAI()

stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Say this is a test"}],
    stream=True,
)
for chunk in stream:
    print(repr(chunk.choices[0].delta.content), chunk.choices[0].finish_reason)

with client.chat.completions.with_streaming_response.create(
    messages=[{"role": "user", "content": "Say this is a test"}],
    model="gpt-4o-mini",
) as response:
    print(response.headers.get("X-My-Header"))
    for line in response.iter_lines():
        print(line[:40])
print("closed:", response.is_closed)

with client.chat.completions.with_streaming_response.create(
    messages=[{"role": "user", "content": "parse me"}],
    model="gpt-4o-mini",
) as response:
    print(response.status_code, response.parse().choices[0].message.content)

with client.files.with_streaming_response.content("file-1") as response:
    print([len(chunk) for chunk in response.iter_bytes()])

# The connection breaks mid-stream: reported as a connection error, never replayed.
stream = client.chat.completions.create(model="cut-stream", messages=[], stream=True)
try:
    for chunk in stream:
        print(chunk.choices[0].delta.content)
except openai.APITimeoutError:
    print("stream timed out")
except openai.APIConnectionError:
    print("connection lost while streaming")
