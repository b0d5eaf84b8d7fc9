"""``AsyncAssistantEventHandler`` with async callbacks and ``create_and_run_stream``."""

import asyncio

from openai import AsyncAssistantEventHandler, AsyncOpenAI
from typing_extensions import override


class Handler(AsyncAssistantEventHandler):
    @override
    async def on_text_created(self, text) -> None:
        print("created", repr(text.value))

    @override
    async def on_text_delta(self, delta, snapshot) -> None:
        print("delta", repr(delta.value), len(snapshot.value))

    @override
    async def on_message_done(self, message) -> None:
        print("message", message.status, message.content[0].text.value)

    @override
    async def on_run_step_done(self, run_step) -> None:
        print("step", run_step.type, run_step.status)

    @override
    async def on_end(self) -> None:
        print("end")


async def main() -> None:
    async with AsyncOpenAI() as client:
        assistant = await client.beta.assistants.create(model="gpt-4o-mini")
        async with client.beta.threads.create_and_run_stream(
            assistant_id=assistant.id,
            thread={"messages": [{"role": "user", "content": "tell me a joke"}]},
            event_handler=Handler(),
        ) as stream:
            await stream.until_done()
            run = await stream.get_final_run()
        print(run.status, run.usage is not None)
        messages = await stream.get_final_messages()
        print([m.role for m in messages])

        thread = await client.beta.threads.create()
        await client.beta.threads.messages.create(thread.id, role="user", content="hello")
        async with client.beta.threads.runs.stream(
            thread_id=thread.id, assistant_id=assistant.id
        ) as stream:
            async for text in stream.text_deltas:
                print("text", repr(text))
        print((await stream.get_final_run()).status)


asyncio.run(main())
