"""README blocks: file uploads as ``Path``, bytes and ``(name, file, type)`` tuples."""

import io
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
os.chdir(os.environ["COMPAT_TMP"])
Path("input.jsonl").write_text('{"prompt": "a"}\n')

created = client.files.create(
    file=Path("input.jsonl"),
    purpose="fine-tune",
)
print(created.id, created.filename, created.bytes, created.purpose, created.status)

audio_bytes = b"RIFF....WAVEfmt fake-audio"
audio = io.BytesIO(audio_bytes)
transcription = client.audio.transcriptions.create(
    model="gpt-4o-transcribe",
    file=("audio.wav", audio, "audio/wav"),
)
print(transcription.text)
