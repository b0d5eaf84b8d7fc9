"""A mixed script: chat, streams, Responses, embeddings, files, batches, parse helpers."""

from __future__ import annotations

import openai
from openai import OpenAI
from pydantic import BaseModel

client = OpenAI()


def ask(question: str) -> str | None:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": question},
        ],
    )
    if completion.usage is not None:
        print("tokens:", completion.usage.total_tokens)
    print(completion.id, completion.model, completion.choices[0].finish_reason)
    return completion.choices[0].message.content


def stream_chat(question: str) -> str:
    parts: list[str] = []
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content is not None:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


def respond(prompt: str) -> str:
    response = client.responses.create(model="gpt-5-mini", input=prompt)
    print(response.id, response.status)
    return response.output_text


def stream_response(prompt: str) -> None:
    stream = client.responses.create(model="gpt-5-mini", input=prompt, stream=True)
    for event in stream:
        if event.type == "response.output_text.delta":
            print(event.delta, end="")


def embed(text: str) -> list[float]:
    result = client.embeddings.create(model="text-embedding-3-small", input=text)
    print(result.usage.prompt_tokens)
    return result.data[0].embedding


def upload(path: str) -> str:
    with open(path, "rb") as handle:
        uploaded = client.files.create(file=handle, purpose="batch")
    print(uploaded.filename, uploaded.bytes)
    return uploaded.id


def model_ids() -> list[str]:
    return [model.id for model in client.models.list()]


def batch_progress(batch_id: str) -> str:
    batch = client.batches.retrieve(batch_id)
    if batch.request_counts is not None:
        print(batch.request_counts.completed, "/", batch.request_counts.total)
    if batch.completed_at is not None:
        print("done at", batch.completed_at)
    return batch.status


def first_files() -> list[str]:
    page = client.files.list()
    return [item.id for item in page.data]


def moderate(text: str) -> bool:
    result = client.moderations.create(input=text)
    return result.results[0].flagged


def polite_ask(question: str) -> str | None:
    try:
        return ask(question)
    except openai.RateLimitError as exc:
        print("rate limited:", exc.status_code)
        return None
    except openai.NotFoundError as exc:
        print("no such model:", exc.status_code)
        return None
    except openai.APIStatusError as exc:
        print("refused:", exc.status_code, exc.request_id)
        raise


class Answer(BaseModel):
    value: int
    unit: str | None


class Lookup(BaseModel):
    city: str


def structured(question: str) -> int | None:
    completion = client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        response_format=Answer,
        tools=[openai.pydantic_function_tool(Lookup)],
    )
    message = completion.choices[0].message
    if message.parsed is not None:
        return message.parsed.value
    print(message.refusal)
    return None


def structured_response(prompt: str) -> Answer | None:
    return client.responses.parse(
        model="gpt-5-mini", input=prompt, text_format=Answer
    ).output_parsed


def stream_structured(question: str) -> None:
    with client.chat.completions.stream(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
        response_format=Answer,
    ) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta, end="")
            elif event.type == "content.done" and event.parsed is not None:
                print(event.parsed.value)
        final = stream.get_final_completion()
    print(final.choices[0].message.parsed)


def stream_response_helper(prompt: str) -> None:
    with client.responses.stream(model="gpt-5-mini", input=prompt) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="")
        final = stream.get_final_response()
    print(final.id)


class Printer(openai.AssistantEventHandler):
    def on_text_delta(self, delta: object, snapshot: object) -> None:
        print(delta)


def run_assistant(thread_id: str, assistant_id: str) -> None:
    with client.beta.threads.runs.stream(
        thread_id=thread_id, assistant_id=assistant_id, event_handler=Printer()
    ) as handler:
        handler.until_done()
