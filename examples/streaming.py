"""Streaming: chat chunks as they arrive (typed events, closed by the context manager)."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Count to three."}],
        stream=True,
        stream_options={"include_usage": True},  # a last chunk carries the token usage
    )
    pieces: list[str] = []
    chunks, usage = 0, None
    with stream:
        for chunk in stream:
            chunks += 1
            usage = chunk.usage or usage
            for choice in chunk.choices:
                if isinstance(choice.delta.content, str) and choice.delta.content:
                    pieces.append(choice.delta.content)
    print(f"{chunks} chunks, {len(pieces)} with text: {' '.join(map(repr, pieces))}")
    print(f"assembled: {''.join(pieces)!r}")
    if usage is not None:
        print(f"usage chunk: {usage.total_tokens} tokens")
