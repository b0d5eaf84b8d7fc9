"""Audio: speech, transcription and translation."""

from __future__ import annotations

from pathlib import Path

from openai import OpenAI

client = OpenAI()


def speak(text: str, target: Path) -> None:
    speech = client.audio.speech.create(
        model="gpt-4o-mini-tts", voice="coral", input=text, response_format="mp3"
    )
    speech.write_to_file(target)
    print(len(speech.content))


def transcribe(path: Path) -> str:
    with path.open("rb") as audio_file:
        transcription = client.audio.transcriptions.create(
            model="gpt-4o-transcribe", file=audio_file
        )
    return transcription.text


def transcribe_text(path: Path) -> str:
    return client.audio.transcriptions.create(model="whisper-1", file=path, response_format="text")


def translate(path: Path) -> str:
    with path.open("rb") as audio_file:
        translation = client.audio.translations.create(model="whisper-1", file=audio_file)
    return translation.text


def streamed_transcription(path: Path) -> str:
    text = ""
    stream = client.audio.transcriptions.create(
        model="gpt-4o-mini-transcribe", file=path, stream=True
    )
    for event in stream:
        if event.type == "transcript.text.delta":
            text += event.delta
        elif event.type == "transcript.text.done":
            text = event.text
    return text


def transcribe_verbose(path: Path) -> float:
    verbose = client.audio.transcriptions.create(
        model="whisper-1", file=path, response_format="verbose_json"
    )
    for segment in verbose.segments or []:
        print(segment.start, segment.text)
    return verbose.duration


def subtitles(path: Path) -> tuple[str, str]:
    srt = client.audio.transcriptions.create(model="whisper-1", file=path, response_format="srt")
    vtt = client.audio.translations.create(model="whisper-1", file=path, response_format="vtt")
    return srt.strip(), vtt.upper()


def translate_verbose(path: Path) -> str:
    verbose = client.audio.translations.create(
        model="whisper-1", file=path, response_format="verbose_json"
    )
    return verbose.language


def raw_text(path: Path) -> str:
    raw = client.audio.transcriptions.with_raw_response.create(
        model="whisper-1", file=path, response_format="text"
    )
    print(raw.headers.get("x-request-id"))
    return raw.parse()
