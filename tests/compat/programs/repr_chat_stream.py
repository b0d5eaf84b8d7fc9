"""Printing streamed chat chunks and their deltas.

`shown` drops the fields the SDK has and the pinned spec lacks (out of scope); everything
else must print exactly as the SDK prints it.
"""

import re

from openai import OpenAI

SDK_ONLY = (
    "audio",
    "moderation",
    "obfuscation",
    "text_tokens",
    "cache_write_tokens",
    "image_tokens",
)


def shown(obj: object) -> str:
    names = "|".join(SDK_ONLY)
    return re.sub(rf", (?:{names})=None|(?:{names})=None, ", "", repr(obj))


client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
    stream_options={"include_usage": True},
)
for chunk in stream:
    print(shown(chunk))
    if chunk.choices:
        print(shown(chunk.choices[0]))
        print(shown(chunk.choices[0].delta))
        print(chunk.choices[0].delta.model_dump_json(exclude_unset=True))
    print(chunk.to_dict())
