"""Audio transcription and translation: response_format text, json, verbose_json; speech
to a file."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
audio = tmp / "speech.mp3"
with client.audio.speech.with_streaming_response.create(
    model="gpt-4o-mini-tts", voice="coral", input="Today is a wonderful day."
) as response:
    response.stream_to_file(audio)
print(audio.stat().st_size > 0)
transcription = client.audio.transcriptions.create(model="whisper-1", file=audio)
print(type(transcription).__name__, type(transcription.text).__name__)
text = client.audio.transcriptions.create(model="whisper-1", file=audio, response_format="text")
print(type(text).__name__, len(text) > 0)
verbose = client.audio.transcriptions.create(
    model="whisper-1",
    file=open(audio, "rb"),
    response_format="verbose_json",
    timestamp_granularities=["segment"],
)
print(type(verbose).__name__, verbose.language is not None, type(verbose.duration).__name__)
print([type(s).__name__ for s in (verbose.segments or [])][:1])
translation = client.audio.translations.create(model="whisper-1", file=audio)
print(type(translation).__name__, isinstance(translation.text, str))
