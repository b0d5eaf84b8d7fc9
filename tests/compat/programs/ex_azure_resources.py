"""AzureOpenAI beyond chat: deployment-scoped embeddings, files, models, and the URL sent."""

import os

import openai
from openai import AzureOpenAI

endpoint = os.environ["OPENAI_BASE_URL"].removesuffix("/v1")
client = AzureOpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    api_version="2024-10-21",
    azure_endpoint=endpoint,
    max_retries=0,
)
print(client.base_url.path, client.base_url.params.get("api-version"))

scoped = AzureOpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    api_version="2024-10-21",
    azure_endpoint=endpoint,
    azure_deployment="my-embedder",
    max_retries=0,
)
print(scoped.base_url.path)

for name, call in (
    ("embeddings", lambda: client.embeddings.create(model="my-embedder", input="hi")),
    ("models", lambda: client.models.list()),
    ("files", lambda: client.files.list()),
    ("scoped", lambda: scoped.embeddings.create(model="ignored", input=["a", "b"])),
    ("retrieve", lambda: client.models.retrieve("gpt-4o")),
):
    try:
        result = call()
        print(name, "ok", type(result).__name__)
    except openai.APIStatusError as e:
        print(name, e.status_code, e.request.method, e.request.url.path)
        print(sorted(e.request.url.params.keys()), e.request.url.params["api-version"])

copied = client.with_options(timeout=5)
print(isinstance(copied, AzureOpenAI), copied.base_url.path == client.base_url.path)
