"""`with_raw_response`: headers and status next to the parsed result."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def with_headers(question: str) -> str | None:
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    )
    print(raw.headers.get("x-ratelimit-remaining-tokens"))
    print(raw.status_code, raw.request_id, raw.http_response.status_code)
    completion = raw.parse()
    print(completion._request_id)
    return completion.choices[0].message.content


def raw_list() -> list[str]:
    raw = client.models.with_raw_response.list()
    print(raw.headers.get("openai-processing-ms"))
    page = raw.parse()
    return [model.id for model in page]


def raw_embedding(text: str) -> int:
    raw = client.embeddings.with_raw_response.create(model="text-embedding-3-small", input=text)
    return len(raw.parse().data[0].embedding)


def request_id_of_result(text: str) -> str | None:
    response = client.responses.create(model="gpt-5-mini", input=text)
    return response._request_id
