"""Raw and streamed views of the `parse` helpers; waiting for a file; its content as text."""

from __future__ import annotations

from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel

client = OpenAI()
aclient = AsyncOpenAI()


class Step(BaseModel):
    explanation: str
    output: str


def raw_parse(question: str) -> str | None:
    raw = client.chat.completions.with_raw_response.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        response_format=Step,
    )
    print(raw.headers.get("x-request-id"), raw.http_response.status_code)
    completion = raw.parse()
    step = completion.choices[0].message.parsed
    return step.output if step is not None else None


def streamed_parse(question: str) -> int:
    with client.beta.chat.completions.with_streaming_response.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        response_format=Step,
    ) as response:
        print(response.status_code)
        completion = response.parse()
        return len(completion.choices)


async def raw_responses_parse(question: str) -> str:
    raw = await aclient.responses.with_raw_response.parse(
        model="gpt-4o-mini", input=question, text_format=Step
    )
    parsed = raw.parse().output_parsed
    return parsed.explanation if parsed else ""


def wait_then_read(file_id: str) -> str:
    done = client.files.wait_for_processing(file_id, poll_interval=1.0, max_wait_seconds=60)
    if done.status != "processed":
        return done.status
    return client.files.retrieve_content(done.id)


async def read_async(file_id: str) -> int:
    done = await aclient.files.wait_for_processing(file_id)
    raw = await aclient.files.with_raw_response.retrieve_content(done.id)
    text: str = raw.parse()
    return len(text)
