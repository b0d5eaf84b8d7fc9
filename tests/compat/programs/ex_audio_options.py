"""Audio: speech read whole and by chunks, transcription options and files given three ways."""

import io
import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
clip = tmp / "clip.wav"
clip.write_bytes(b"RIFF0000WAVEfake")

speech = client.audio.speech.create(
    model="tts-1-hd", voice="echo", input="Hi", response_format="opus"
)
print(type(speech.content).__name__, speech.response.status_code, speech.encoding is None or True)
print(sum(len(c) for c in speech.iter_bytes(chunk_size=3)) == len(speech.content))
speech.stream_to_file(tmp / "hi.opus")
print((tmp / "hi.opus").read_bytes() == speech.read())

t1 = client.audio.transcriptions.create(
    model="whisper-1",
    file=("clip.wav", clip.read_bytes(), "audio/wav"),
    language="en",
    prompt="names: Ada",
    temperature=0.2,
    response_format="verbose_json",
    timestamp_granularities=["segment"],
)
print(t1.language, t1.duration, type(t1.segments).__name__, t1.words)
t2 = client.audio.transcriptions.create(model="gpt-4o-mini-transcribe", file=io.BytesIO(b"abc"))
print(t2.text[:10], t2.logprobs)
t3 = client.audio.transcriptions.create(model="whisper-1", file=clip, response_format="text")
print(repr(t3[:12]))

tr = client.audio.translations.create(
    model="whisper-1",
    file=clip.open("rb"),
    prompt="be brief",
    temperature=0,
    response_format="json",
)
print(tr.text[:12], sorted(tr.to_dict()))
vtt = client.audio.translations.create(model="whisper-1", file=clip, response_format="vtt")
print(vtt.splitlines()[0])
