"""``NOT_GIVEN``/``omit`` arguments, ``openai.OpenAI`` through the module, client-level raw."""

import openai
from openai import NOT_GIVEN, OpenAI, omit

client = openai.OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "sentinels"}],
    temperature=NOT_GIVEN,
    max_completion_tokens=omit,
)
print(completion.choices[0].message.content)
print(isinstance(client, OpenAI), isinstance(openai.AsyncOpenAI(), openai.AsyncOpenAI))

raw = client.with_raw_response.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "raw via client"}]
)
print(raw.status_code, raw.parse().choices[0].message.content)
with client.with_streaming_response.models.retrieve("gpt-4o") as response:
    print(response.status_code, response.parse().id)
