"""The module-level client on other resources: files, moderations, models, raw responses."""

import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.base_url = os.environ["OPENAI_BASE_URL"] + "/"
openai.max_retries = 0

upload = openai.files.create(file=("notes.txt", b"module level"), purpose="assistants")
print(upload.filename, upload.purpose, upload.bytes)
print(upload.id in [f.id for f in openai.files.list(purpose="assistants")])
print(openai.files.content(upload.id).text)
print(openai.files.delete(upload.id).deleted)

mod = openai.moderations.create(input="hello")
print(mod.results[0].flagged, type(mod.results[0].categories.model_dump()).__name__)

model = openai.models.retrieve("gpt-4o-mini")
print(model.id, model.object, model.owned_by)
print(len(openai.embeddings.create(model="text-embedding-3-small", input="m").data))
raw = openai.models.with_raw_response.list()
print(raw.status_code, raw.headers.get("content-type"))

openai.api_key = None
openai.base_url = None
openai.max_retries = 2
