"""Upload shapes: open() handles, (name, fileobj, mime), Path, bytes; audio from a Path."""

import io
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
(tmp / "data.jsonl").write_text('{"a": 1}\n')
(tmp / "clip.wav").write_bytes(b"RIFF0000WAVEfmt ")

with open(tmp / "data.jsonl", "rb") as handle:
    first = client.files.create(file=handle, purpose="batch")
print(first.filename, first.bytes)
second = client.files.create(
    file=("renamed.jsonl", io.BytesIO(b"{}\n"), "application/jsonl"), purpose="batch"
)
print(second.filename, second.bytes)
third = client.files.create(file=tmp / "data.jsonl", purpose="user_data")
print(third.filename, third.purpose)
fourth = client.files.create(file=b'{"raw": true}\n', purpose="batch")
print(fourth.bytes, fourth.filename is not None)
transcript = client.audio.transcriptions.create(model="whisper-1", file=tmp / "clip.wav")
print(type(transcript.text).__name__)
with open(tmp / "clip.wav", "rb") as audio:
    words = client.audio.transcriptions.create(
        model="whisper-1",
        file=audio,
        response_format="verbose_json",
        timestamp_granularities=["word"],
    )
print(type(words.text).__name__, words.language is None or isinstance(words.language, str))
