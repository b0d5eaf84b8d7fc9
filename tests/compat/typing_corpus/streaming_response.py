"""`with_streaming_response`: read the body as it arrives, or parse it at the end."""

from __future__ import annotations

from pathlib import Path

from openai import OpenAI

client = OpenAI()


def lines(question: str) -> list[str]:
    out: list[str] = []
    with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    ) as response:
        print(response.headers.get("x-request-id"), response.status_code)
        for line in response.iter_lines():
            out.append(line)
    return out


def parsed_at_the_end(question: str) -> str | None:
    with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": question}]
    ) as response:
        completion = response.parse()
    return completion.choices[0].message.content


def speech_to_file(text: str, target: Path) -> None:
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input=text
    ) as response:
        response.stream_to_file(target)


def download_chunks(file_id: str) -> int:
    size = 0
    with client.files.with_streaming_response.content(file_id) as response:
        for chunk in response.iter_bytes():
            size += len(chunk)
    return size
