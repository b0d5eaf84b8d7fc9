"""The module-level client with raw and streamed responses, per-request options, and
settings read back."""

import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.base_url = os.environ["OPENAI_BASE_URL"] + "/"
openai.organization = "org-module"
openai.max_retries = 1
raw = openai.chat.completions.with_raw_response.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "raw"}],
    extra_headers={"x-app": "module"},
)
completion = raw.parse()
print(raw.status_code, completion.object, completion.choices[0].message.role)
print(raw.http_request.headers.get("x-app"), raw.http_request.url.path)
with openai.models.with_streaming_response.retrieve("gpt-4o-mini") as response:
    print(response.status_code, response.parse().id)
embedding = openai.embeddings.create(model="text-embedding-3-small", input="x", timeout=30)
print(embedding.object, embedding.usage.prompt_tokens > 0)
print(openai.organization, openai.max_retries)
files = openai.files.list()
print(len(files.data), files.object if hasattr(files, "object") else "list")
openai.organization = None
openai.max_retries = 2
openai.api_key = None
openai.base_url = None
