"""Async Assistants: threads, messages, create_and_poll, create_and_run_poll, steps."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    assistant = await client.beta.assistants.create(
        model="gpt-4o-mini", name="helper", instructions="Be brief."
    )
    thread = await client.beta.threads.create(
        messages=[{"role": "user", "content": "Hello"}], metadata={"k": "v"}
    )
    print(assistant.object, thread.object, thread.metadata)
    message = await client.beta.threads.messages.create(
        thread_id=thread.id, role="user", content="And again"
    )
    print(message.role, message.content[0].type, message.content[0].text.value)

    run = await client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=1
    )
    print(run.object, run.status, run.thread_id == thread.id)
    steps = [
        s.object async for s in client.beta.threads.runs.steps.list(run.id, thread_id=thread.id)
    ]
    print(set(steps) <= {"thread.run.step"})
    messages = await client.beta.threads.messages.list(thread_id=thread.id, order="asc")
    print([m.role for m in messages.data][:2])

    second = await client.beta.threads.create_and_run_poll(
        assistant_id=assistant.id,
        thread={"messages": [{"role": "user", "content": "Hi"}]},
        poll_interval_ms=1,
    )
    print(second.status, second.assistant_id == assistant.id)
    print((await client.beta.assistants.delete(assistant.id)).deleted)
    await client.close()


asyncio.run(main())
