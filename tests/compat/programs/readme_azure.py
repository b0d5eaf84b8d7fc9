"""README block: ``AzureOpenAI`` (the fake knows no deployments: we print what was sent)."""

import os

import openai
from openai import AzureOpenAI

os.environ.setdefault("AZURE_OPENAI_API_KEY", os.environ["OPENAI_API_KEY"])

# gets the API Key from environment variable AZURE_OPENAI_API_KEY
client = AzureOpenAI(
    api_version="2023-07-01-preview",
    azure_endpoint=os.environ["OPENAI_BASE_URL"].removesuffix("/v1"),
    max_retries=0,
)

try:
    completion = client.chat.completions.create(
        model="deployment-name",  # e.g. gpt-35-instant
        messages=[
            {
                "role": "user",
                "content": "How do I output all files in a directory using Python?",
            },
        ],
    )
    print(completion.to_json())
except openai.NotFoundError as e:
    print(e.status_code, e.request.method, e.request.url.path, e.request.url.params["api-version"])
    print(e.body)
