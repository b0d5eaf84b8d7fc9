"""Speech to a file: the response written, streamed and read in chunks."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])

speech = client.audio.speech.create(
    model="gpt-4o-mini-tts", voice="alloy", input="Hello there", response_format="wav", speed=1.2
)
speech.write_to_file(tmp / "hello.wav")
print((tmp / "hello.wav").stat().st_size == len(speech.content), len(speech.read()) > 0)

with client.audio.speech.with_streaming_response.create(
    model="gpt-4o-mini-tts", voice="coral", input="Streamed", instructions="Cheerful"
) as response:
    response.stream_to_file(tmp / "streamed.mp3")
    print(response.status_code)
print((tmp / "streamed.mp3").stat().st_size > 0)

with client.audio.speech.with_streaming_response.create(
    model="tts-1", voice="nova", input="chunks"
) as response:
    total = sum(len(chunk) for chunk in response.iter_bytes(chunk_size=4))
print(total > 0)
