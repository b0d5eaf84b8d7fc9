"""The module-level client: ``openai.api_key = ...; openai.chat.completions.create(...)``."""

import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.base_url = os.environ["OPENAI_BASE_URL"] + "/"
openai.max_retries = 0

completion = openai.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "module client"}]
)
print(completion.choices[0].message.content)
print([m.id for m in openai.models.list()][:2])
print(openai.embeddings.create(model="text-embedding-3-small", input="x").data[0].object)
openai.api_key = "sk-wrong-key-000000000000"
try:
    openai.models.list()
except openai.AuthenticationError as e:
    print("auth:", e.status_code)
openai.api_key = None
openai.base_url = None
openai.max_retries = 2
