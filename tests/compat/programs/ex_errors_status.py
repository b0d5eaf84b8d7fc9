"""Status errors read the SDK's way: class, status, body, headers, request id."""

import openai
from openai import OpenAI

client = OpenAI(max_retries=0)
for call in (
    lambda: client.files.retrieve("file-missing"),
    lambda: client.fine_tuning.jobs.retrieve("ftjob-missing"),
    lambda: client.models.delete("gpt-4o-mini-not-mine"),
    lambda: OpenAI(api_key="sk-wrong-000000000000000000", max_retries=0).models.list(),
):
    try:
        call()
        print("no error")
    except openai.APIStatusError as e:
        print(type(e).__name__, e.status_code, isinstance(e, openai.APIError))
        print(e.body, e.code, e.param, e.type)
        print(
            e.response.headers["x-request-id"] == e.request_id,
            e.response.json()["error"]["message"],
        )
        print(e.request.method, e.request.url.path)
