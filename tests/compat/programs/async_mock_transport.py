"""AsyncOpenAI over httpx.AsyncClient(transport=httpx.MockTransport(...)) in a unit test:
a plain answer, a streamed one, and an error."""

import asyncio
import json

import httpx
import openai
from openai import AsyncOpenAI

calls = []


async def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content) if request.content else None
    calls.append((request.method, request.url.path, body and body.get("stream")))
    if request.url.path.endswith("/models/missing"):
        return httpx.Response(
            404,
            json={
                "error": {
                    "message": "The model 'missing' does not exist",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": "model_not_found",
                }
            },
            headers={"x-request-id": "req_404"},
        )
    if body and body.get("stream"):
        chunks = [
            {
                "id": "c1",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "m",
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": piece},
                        "finish_reason": None,
                    }
                ],
            }
            for piece in ("Hel", "lo")
        ]
        text = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
        return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})
    return httpx.Response(
        200,
        json={
            "id": "c0",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "logprobs": None,
                    "message": {"role": "assistant", "content": "Hi", "refusal": None},
                }
            ],
        },
    )


async def main() -> None:
    client = AsyncOpenAI(
        api_key="sk-test",
        base_url="https://example.test/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        max_retries=0,
    )
    completion = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    print(completion.choices[0].message.content, completion.id)
    stream = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    pieces = [chunk.choices[0].delta.content async for chunk in stream]
    print(pieces, type(stream).__name__)
    try:
        await client.models.retrieve("missing")
    except openai.NotFoundError as e:
        print(e.status_code, e.request_id, e.code, e.message)
        print(e.body)
    await client.close()
    print(calls)


asyncio.run(main())
