"""examples/audio.py style: speech to a file, and a transcription of it."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
speech_file_path = Path(os.environ["COMPAT_TMP"]) / "speech.mp3"

with client.audio.speech.with_streaming_response.create(
    model="tts-1",
    voice="alloy",
    input="the quick brown fox jumped over the lazy dogs",
) as response:
    print(response.status_code, response.headers.get("content-type"))
    response.stream_to_file(speech_file_path)
print(speech_file_path.stat().st_size > 0)

speech = client.audio.speech.create(
    model="tts-1", voice="alloy", input="hello", response_format="wav"
)
print(len(speech.content) > 0, speech.content == speech.read())

transcription = client.audio.transcriptions.create(model="whisper-1", file=speech_file_path)
print(transcription.text)

translation = client.audio.translations.create(model="whisper-1", file=speech_file_path)
print(translation.text)
