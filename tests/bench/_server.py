"""A fault server in its own process for throughput benchmarks: ``python tests/bench/_server.py``.

Concurrency benchmarks measure how many requests per second a client completes; with the
server in the client's process the two would share one GIL and the numbers would say more
about the server. It answers every POST with a chat completion (a streamed one of ``argv[1]`` chunks when the
body asks ``"stream": true``) and every GET with a model, prints its port on the first
line, and stops when its standard input closes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench._common import chat_chunk_sse
from tests.support.faultserver import FaultServer, RecordedRequest, Reply

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


def main() -> None:
    """Serve until standard input closes; ``argv[1]`` (optional): chunks per streamed reply."""
    chat = Reply(headers={"content-type": "application/json"}, body=json.dumps(CHAT).encode())
    model = Reply(headers={"content-type": "application/json"}, body=json.dumps(MODEL).encode())
    chunks = chat_chunk_sse(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
    stream = Reply(headers={"content-type": "text/event-stream"}, chunks=chunks)

    def handler(request: RecordedRequest) -> Reply:
        if request.method != "POST":
            return model
        return stream if json.loads(request.body).get("stream") else chat

    with FaultServer() as server:
        server.handler = handler
        print(server.port, flush=True)
        sys.stdin.read()  # the parent closes the pipe (or dies): stop
        print(server.accepts, flush=True)


if __name__ == "__main__":
    main()
