"""Streaming: chat chunks as they arrive (typed events, closed by the context manager)."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    stream = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Count to three."}],
        stream=True,
    )
    text, chunks = "", 0
    with stream:
        for chunk in stream:
            chunks += 1
            for choice in chunk.choices:
                piece = choice.delta.content
                if isinstance(piece, str):  # role-only and final chunks carry no text
                    text += piece
                    print(f"chunk {chunks}: {piece!r}")
    print(f"{chunks} chunks, text: {text!r}")
