"""Caching results: pickle, copy.deepcopy, json round trips and equality of SDK objects."""

import copy
import json
import pickle

from openai import OpenAI
from openai.types import CreateEmbeddingResponse
from openai.types.chat import ChatCompletion

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "cache me"}]
)
clone = pickle.loads(pickle.dumps(completion))
print(
    type(clone).__name__,
    clone == completion,
    clone.choices[0].message.content == completion.choices[0].message.content,
)
deep = copy.deepcopy(completion)
deep.choices[0].message.content = "changed"
print(completion.choices[0].message.content != "changed", deep.choices[0].message.content)
shallow = copy.copy(completion)
print(shallow.id == completion.id, shallow is not completion)
again = ChatCompletion.model_validate_json(completion.model_dump_json())
print(again == completion, again.usage.total_tokens == completion.usage.total_tokens)
from_json = ChatCompletion.model_validate(json.loads(completion.to_json()))
print(from_json.id == completion.id, isinstance(from_json, ChatCompletion))
embedding = client.embeddings.create(model="text-embedding-3-small", input="x")
restored = pickle.loads(pickle.dumps(embedding))
print(
    isinstance(restored, CreateEmbeddingResponse),
    len(restored.data[0].embedding) == len(embedding.data[0].embedding),
)
cache = {completion.id: completion.model_dump(mode="json")}
print(sorted(cache[completion.id]["choices"][0]["message"]))
print(ChatCompletion.model_validate(cache[completion.id]).choices[0].finish_reason)
