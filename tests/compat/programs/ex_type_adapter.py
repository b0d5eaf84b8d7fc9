"""pydantic on SDK types: TypeAdapter over models, lists of models and param TypedDicts."""

from typing import List

import pydantic
from openai import OpenAI
from openai.types import FileObject
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
)

adapter = pydantic.TypeAdapter(ChatCompletion)
again = adapter.validate_python(completion.model_dump())
print(isinstance(again, ChatCompletion), again.id == completion.id, again == completion)
round_trip = adapter.validate_json(completion.model_dump_json())
print(round_trip.choices[0].message.content == completion.choices[0].message.content)
print(sorted(adapter.dump_python(completion, exclude_none=True))[:3])

files = [client.files.create(file=(f"{n}.jsonl", b"{}\n"), purpose="batch") for n in "ab"]
many = pydantic.TypeAdapter(List[FileObject])
dumped = many.dump_json(files)
print([f.filename for f in many.validate_json(dumped)])

messages = pydantic.TypeAdapter(List[ChatCompletionMessageParam]).validate_python(
    [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hello"}]
)
print([m["role"] for m in messages], [m["content"] for m in messages])
reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
print(reply.choices[0].message.role)
