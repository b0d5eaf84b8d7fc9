"""A minimal HTTP/1.1 server in its own process for throughput benchmarks:
``python tests/bench/_server.py [stream_chunks]``.

Throughput benchmarks measure how many requests (or streamed chunks) per second a client
completes; with the server in the client's process the two would share one GIL, and a
threaded server answering a few hundred requests per second would cap every client at its
own speed. This one is a bare asyncio protocol with fixed answers (thousands of requests per
second on one core), so the clients, not the server, set the pace. It answers every POST
with a chat completion (a streamed one of ``stream_chunks`` chunks when the body asks
``"stream": true``) and every GET with a model, keeps connections alive, prints its port on
the first line and, when its standard input closes, the number of TCP connections it
accepted, then stops.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench._common import chat_chunk_sse

CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "Hello there!", "refusal": None},
        }
    ],
    "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
}
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}


def _reply(body: dict[str, object]) -> bytes:
    data = json.dumps(body).encode()
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(data)}\r\n"
    return head.encode() + b"x-request-id: req_bench\r\n\r\n" + data


def _streamed(chunks: list[bytes]) -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
    )
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks)
    return head + body + b"0\r\n\r\n"


async def _read_body(reader: asyncio.StreamReader, head: bytes) -> bytes:
    length, chunked = 0, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if not chunked:
        return await reader.readexactly(length) if length else b""
    body = b""
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        body += (await reader.readexactly(size + 2))[:-2]
    await reader.readuntil(b"\r\n")
    return body


async def main() -> None:
    """Serve until standard input closes."""
    chat, model = _reply(CHAT), _reply(MODEL)
    stream = _streamed(chat_chunk_sse(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
    accepts = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal accepts
        accepts += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                body = await _read_body(reader, head)
                if not head.startswith(b"POST"):
                    writer.write(model)
                elif body and json.loads(body).get("stream"):
                    writer.write(stream)
                else:
                    writer.write(chat)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # the parent closes the pipe (or dies)
    server.close()
    print(accepts, flush=True)


if __name__ == "__main__":
    asyncio.run(main())
