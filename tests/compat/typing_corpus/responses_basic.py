"""The Responses API: output_text, narrowing output items, usage, reasoning."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def respond(prompt: str) -> str:
    response = client.responses.create(
        model="gpt-5-mini", instructions="Answer briefly.", input=prompt
    )
    print(response.id, response.status, response.model)
    if response.usage is not None:
        print(response.usage.input_tokens, response.usage.output_tokens)
    if response.error is not None:
        print("failed:", response.error.code, response.error.message)
    return response.output_text


def walk_output(prompt: str) -> list[str]:
    response = client.responses.create(
        model="gpt-5-mini",
        input=[{"role": "user", "content": prompt}],
        reasoning={"effort": "low", "summary": "auto"},
    )
    texts: list[str] = []
    for item in response.output:
        if item.type == "message":
            for content in item.content:
                if content.type == "output_text":
                    texts.append(content.text)
                    for annotation in content.annotations:
                        if annotation.type == "url_citation":
                            print("source:", annotation.url)
                elif content.type == "refusal":
                    print("refused:", content.refusal)
        elif item.type == "reasoning":
            for summary in item.summary:
                print("thought:", summary.text)
        elif item.type == "function_call":
            print("wants", item.name, item.arguments, item.call_id)
        elif item.type == "web_search_call":
            print("searched:", item.status)
    return texts


def follow_up(previous_id: str, prompt: str) -> str:
    response = client.responses.create(
        model="gpt-5-mini",
        previous_response_id=previous_id,
        input=prompt,
        store=True,
        metadata={"topic": "demo"},
    )
    if response.incomplete_details is not None:
        print("incomplete:", response.incomplete_details.reason)
    return response.output_text


def lifecycle(response_id: str) -> None:
    response = client.responses.retrieve(response_id)
    if response.status in ("queued", "in_progress"):
        cancelled = client.responses.cancel(response_id)
        print(cancelled.status)
    client.responses.delete(response_id)
