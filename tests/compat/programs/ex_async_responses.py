"""Async Responses API: create, output_text, stream manager, stream=True, retrieve."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    client = AsyncOpenAI()
    response = await client.responses.create(
        model="gpt-4o-mini", input="Say hi", instructions="Be short", store=True
    )
    print(response.object, response.status, response.output_text)
    print(response.output[0].type, response.usage is not None)

    got = await client.responses.retrieve(response.id)
    print(got.id == response.id, got.output_text == response.output_text)

    async with client.responses.stream(model="gpt-4o-mini", input="Stream it") as stream:
        kinds = []
        async for event in stream:
            kinds.append(event.type)
            if event.type == "response.output_text.delta":
                print("delta", event.delta)
        final = await stream.get_final_response()
    print(kinds[0], kinds[-1], final.output_text)

    events = await client.responses.create(model="gpt-4o-mini", input="raw", stream=True)
    async for event in events:
        if event.type == "response.completed":
            print("completed", event.response.output_text)
    items = [i.type async for i in client.responses.input_items.list(response.id)]
    print(items)
    await client.close()


asyncio.run(main())
