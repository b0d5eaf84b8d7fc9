"""Binary downloads: file content and speech, as bytes and as the SDK's binary content."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])

content = client.files.content("file-1")
print(content.text)
print(len(content.read()), content.content == content.read())
print([line for line in content.iter_lines()])
content.write_to_file(tmp / "file-1.jsonl")
print((tmp / "file-1.jsonl").read_bytes() == content.read())

speech = client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="Hello")
speech.write_to_file(tmp / "speech.mp3")
print((tmp / "speech.mp3").stat().st_size, speech.response.headers["content-type"])

with client.audio.speech.with_streaming_response.create(
    model="gpt-4o-mini-tts", voice="alloy", input="Hello"
) as response:
    response.stream_to_file(tmp / "streamed.mp3")
print((tmp / "streamed.mp3").read_bytes() == (tmp / "speech.mp3").read_bytes())
