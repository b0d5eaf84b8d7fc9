"""The module-level client beyond chat: files, responses, raw responses, moderations."""

import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.base_url = os.environ["OPENAI_BASE_URL"] + "/"
openai.max_retries = 0

file = openai.files.create(file=("m.jsonl", b"{}\n"), purpose="batch")
print(file.filename, file.purpose)
print([f.filename for f in openai.files.list()])
response = openai.responses.create(model="gpt-4o-mini", input="hi")
print(response.output_text)
raw = openai.models.with_raw_response.retrieve("gpt-4o-mini")
print(raw.status_code, raw.parse().id)
print(openai.moderations.create(input="fine").results[0].flagged in (True, False))
print(openai.Client is openai.OpenAI, openai.AsyncClient is openai.AsyncOpenAI)
openai.api_key = None
openai.base_url = None
openai.max_retries = 2  # the module settings as the other programs leave them
