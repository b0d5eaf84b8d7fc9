"""Audio: a transcription in every response_format, and translations."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
speech = Path(os.environ["COMPAT_TMP"]) / "speech.mp3"
speech.write_bytes(b"ID3fake-audio-bytes")

default = client.audio.transcriptions.create(model="whisper-1", file=speech.open("rb"))
print(type(default.text).__name__, default.text[:20])

for fmt in ("text", "srt", "vtt"):
    text = client.audio.transcriptions.create(model="whisper-1", file=speech, response_format=fmt)
    print(fmt, type(text).__name__, text.splitlines()[0])

as_json = client.audio.transcriptions.create(
    model="gpt-4o-transcribe", file=speech, response_format="json"
)
print(as_json.text[:20])

verbose = client.audio.transcriptions.create(
    model="whisper-1",
    file=speech,
    response_format="verbose_json",
    timestamp_granularities=["word", "segment"],
)
print(verbose.language, verbose.duration, verbose.text[:20])

translated = client.audio.translations.create(model="whisper-1", file=speech)
print(translated.text[:20])
srt = client.audio.translations.create(model="whisper-1", file=speech, response_format="srt")
print(type(srt).__name__, srt.splitlines()[0])

raw = client.audio.transcriptions.with_raw_response.create(
    model="whisper-1", file=speech, response_format="text"
)
print(raw.status_code, raw.parse().splitlines()[0])
