"""Responses with a JSON schema text format, multiple inputs, and reading the JSON back."""

import json

from openai import OpenAI

client = OpenAI()
schema = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "temp": {"type": "number"}},
    "required": ["city", "temp"],
    "additionalProperties": False,
}
response = client.responses.create(
    model="gpt-4o-mini",
    input=[
        {"role": "system", "content": "Answer in JSON."},
        {"role": "user", "content": [{"type": "input_text", "text": "Weather in Paris?"}]},
    ],
    text={"format": {"type": "json_schema", "name": "weather", "schema": schema, "strict": True}},
    temperature=0,
    max_output_tokens=100,
    metadata={"req": "1"},
)
print(response.status, response.metadata, response.text.format.type if response.text else None)
try:
    data = json.loads(response.output_text)
    print(sorted(data))
except json.JSONDecodeError:
    print("not JSON", bool(response.output_text))
print(response.usage.input_tokens >= 0 if response.usage else None)
item = response.output[0]
if item.type == "message":
    print([part.type for part in item.content], [len(p.annotations) for p in item.content])
