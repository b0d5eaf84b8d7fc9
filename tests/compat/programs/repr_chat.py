"""Printing a chat completion: repr, the pieces users print, and every dump.

`shown`/`dumped` drop the fields the SDK has and the pinned spec lacks (out of scope: they
differ by design); everything else must print exactly as the SDK prints it.
"""

import json
import re

from openai import OpenAI

SDK_ONLY = ("metadata", "moderation", "text_tokens", "cache_write_tokens", "image_tokens")


def shown(obj: object) -> str:
    names = "|".join(SDK_ONLY)
    return re.sub(rf", (?:{names})=None|(?:{names})=None, ", "", repr(obj))


def dumped(data: dict, indent: int | None = None) -> str:
    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in SDK_ONLY}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(data), indent=indent)


client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hi"}]
)
print(shown(completion))
print(completion.choices[0])
print(completion.choices[0].message)
print(shown(completion.usage))
print(dumped(completion.model_dump()))
print(dumped(json.loads(completion.model_dump_json()), indent=2))
print(completion.choices[0].model_dump_json(indent=2))
print(completion.model_dump(exclude_unset=True))
print(completion.model_dump(exclude_none=True, by_alias=True))
print(completion.to_dict())
print(completion.to_json())
print(completion.choices[0].message.model_dump_json())
