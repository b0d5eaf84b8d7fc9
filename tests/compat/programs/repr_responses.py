"""Printing Responses output items, their content and dumps.

`shown`/`dumped` drop the fields the SDK has and the pinned spec lacks (out of scope);
`created_at` is a float in the SDK's types and an integer in the spec (its own line).
"""

import json
import re

from openai import OpenAI

SDK_ONLY = (
    "access_programs", "image", "input_transformations", "moderation", "prompt_cache_diagnostics",
    "prompt_cache_options", "tool_usage", "cache_write_tokens", "cache_write_tokens_details",
)  # fmt: skip


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
response = client.responses.create(model="gpt-4o-mini", input="Say hi")
print(response.created_at)
item = response.output[0]
print(item)
print(item.content[0])
print(item.model_dump_json(indent=2))
print(item.to_dict())
print(shown(response.usage))
print(response.metadata, response.text)
print(dumped(response.model_dump(exclude={"created_at"}), indent=2))
print(json.dumps({k: v for k, v in response.to_dict().items() if k != "created_at"}, indent=2))
