"""Streaming the Responses API: an event loop narrowing on `event.type`."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def stream_text(prompt: str) -> str:
    out: list[str] = []
    stream = client.responses.create(model="gpt-5-mini", input=prompt, stream=True)
    for event in stream:
        if event.type == "response.output_text.delta":
            out.append(event.delta)
            print(event.delta, end="", flush=True)
        elif event.type == "response.output_text.done":
            print("\n-- text done at index", event.output_index)
        elif event.type == "response.created":
            print("id:", event.response.id)
        elif event.type == "response.completed":
            usage = event.response.usage
            if usage is not None:
                print("tokens:", usage.total_tokens)
        elif event.type == "response.failed":
            print("failed:", event.response.error)
        elif event.type == "response.function_call_arguments.delta":
            print("args +", event.delta, "for", event.item_id)
        elif event.type == "response.function_call_arguments.done":
            print("args:", event.arguments)
        elif event.type == "response.output_item.added":
            print("item:", event.item.type)
        elif event.type == "response.reasoning_summary_text.delta":
            print("thinking:", event.delta)
        elif event.type == "error":
            print("error:", event.message, event.code)
    return "".join(out)


def sequence_numbers(prompt: str) -> list[int]:
    numbers: list[int] = []
    with client.responses.create(model="gpt-5-mini", input=prompt, stream=True) as stream:
        for event in stream:
            numbers.append(event.sequence_number)
    return numbers


def helper(prompt: str) -> str:
    with client.responses.stream(model="gpt-5-mini", input=prompt) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="")
            elif event.type == "response.completed":
                print("\ncompleted", event.response.id)
        final = stream.get_final_response()
    return final.output_text
