"""JSON mode, message dumps, ``until_done`` on sync managers, trailing-slash base URLs."""

import json
import os

from openai import OpenAI

client = OpenAI(base_url=os.environ["OPENAI_BASE_URL"] + "/")
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "give me json"}],
    response_format={"type": "json_object"},
)
message = completion.choices[0].message
print(message.to_dict())
print(message.model_dump_json(exclude_none=True))
print(message.model_dump(exclude_unset=True))
try:
    print(type(json.loads(message.content)).__name__)
except json.JSONDecodeError:
    print("not json")

with client.chat.completions.stream(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
) as stream:
    stream.until_done()
    print(stream.get_final_completion().choices[0].finish_reason)

with client.responses.stream(model="gpt-4o-mini", input="y") as stream:
    stream.until_done()
    print(stream.get_final_response().output_text)
