"""README blocks: undocumented endpoints (``client.get``/``post``) and extra params."""

import httpx
from openai import OpenAI

client = OpenAI()

response = client.post(
    "/moderations",
    cast_to=httpx.Response,
    body={"input": "hello"},
)
print(response.status_code, response.headers.get("x-request-id"))
print(response.json()["results"][0]["flagged"])

completion = client.chat.completions.create(
    model="gpt-5.5",
    messages=[{"role": "user", "content": "extra"}],
    extra_headers={"x-custom": "1"},
    extra_query={"q": "1"},
    extra_body={"metadata": {"k": "v"}},
)
print(completion.choices[0].message.content)
