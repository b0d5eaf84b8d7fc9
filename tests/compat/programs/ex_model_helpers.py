"""Pydantic helpers on results: dumps, validate, construct, copy, fields set."""

import json

from openai import OpenAI
from openai.types import Embedding
from openai.types.chat import ChatCompletion

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
)
unset = completion.model_dump(exclude_unset=True)
print(sorted(unset))
print(sorted(unset["choices"][0]["message"]))
as_json = completion.model_dump(mode="json")
print(json.dumps(as_json["usage"], sort_keys=True))
text = completion.model_dump_json(indent=2, exclude_none=True)
print(text.splitlines()[0], len(json.loads(text)["choices"]))
print(sorted(json.loads(completion.to_json(indent=None))) == sorted(unset))
print(sorted(completion.to_dict(exclude_unset=True)) == sorted(unset))

again = ChatCompletion.model_validate(completion.model_dump())
print(
    again == completion, again.choices[0].message.content == completion.choices[0].message.content
)
built = ChatCompletion.model_construct(id="x", object="chat.completion", choices=[])
print(built.id, built.choices, sorted(built.model_fields_set))
changed = completion.copy(update={"model": "other"})
print(changed.model, completion.model != changed.model)
deep = completion.model_copy(deep=True)
print(deep == completion, deep.choices[0] is not completion.choices[0])
print(sorted(completion.model_fields_set))
print(sorted(completion.choices[0].message.model_fields_set))

emb = Embedding.model_validate({"embedding": [0.5], "index": 0, "object": "embedding"})
print(emb, emb.model_dump(exclude_defaults=True))
print(completion.model_extra, completion.choices[0].model_extra)
