"""Assistants and threads (beta): create, run and poll, read messages."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def make_assistant() -> str:
    assistant = client.beta.assistants.create(
        name="Math Tutor",
        instructions="You are a personal math tutor.",
        tools=[{"type": "code_interpreter"}],
        model="gpt-4o",
    )
    print(assistant.name, assistant.model, assistant.instructions)
    return assistant.id


def ask(assistant_id: str, question: str) -> list[str]:
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question)
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant_id, instructions="Address the user as Jane."
    )
    print(run.status, run.id)
    if run.status != "completed":
        if run.last_error is not None:
            print(run.last_error.code, run.last_error.message)
        return []
    answers: list[str] = []
    messages = client.beta.threads.messages.list(thread_id=thread.id)
    for message in messages:
        for block in message.content:
            if block.type == "text":
                answers.append(block.text.value)
    return answers


def run_usage(thread_id: str, run_id: str) -> int:
    run = client.beta.threads.runs.retrieve(run_id, thread_id=thread_id)
    return run.usage.total_tokens if run.usage is not None else 0


def list_assistants() -> list[str | None]:
    return [a.name for a in client.beta.assistants.list(order="desc", limit=20)]
