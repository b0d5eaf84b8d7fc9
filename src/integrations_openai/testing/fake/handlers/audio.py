"""Audio: speech (real WAV bytes, or some bytes of the asked format) and transcriptions that
hand back the text of speech the fake itself produced."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._text import token_count
from .._wire import Reply

__all__ = ["routes", "wav"]

routes = RouteTable()

_MEDIA = {
    "mp3": "audio/mpeg",
    "opus": "audio/ogg",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}
_RATE = 8000
_FALLBACK_TEXT = "This is a transcription from the fake OpenAI server."


def wav(seconds: float) -> bytes:
    """A mono 16-bit WAV of silence lasting ``seconds``."""
    frames = int(_RATE * seconds)
    data = b"\x00\x00" * frames
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(data),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        _RATE,
        _RATE * 2,
        2,
        16,
        b"data",
        len(data),
    )
    return header + data


def _key(data: bytes) -> str:
    return "speech:" + hashlib.sha256(data).hexdigest()


@routes.route("POST", "/audio/speech")
def speech(call: Call) -> Answer:
    """Audio for ``input`` (about 0.06 s per character)."""
    body = call.body()
    call.required(body, "model", "input", "voice")
    fmt = body.get("response_format", "mp3")
    if fmt not in _MEDIA:
        raise ApiError(400, f"Invalid response_format: {fmt!r}.", param="response_format")
    seconds = min(30.0, 0.06 * len(str(body["input"])))
    audio = wav(seconds)
    if fmt != "wav":  # not a real encoding, but the right media type and a plausible size
        audio = (
            audio[44:]
            if fmt == "pcm"
            else b"FAKE" + fmt.encode() + audio[44 : 44 + len(audio) // 10]
        )
    call.state.blobs[_key(audio)] = str(body["input"]).encode()
    return Reply(headers={"content-type": _MEDIA[fmt]}, body=audio)


def _text(call: Call) -> tuple[str, dict[str, str]]:
    form = call.form()
    upload = form.files.get("file")
    if upload is None:
        raise ApiError(400, "Missing required parameter: 'file'.", param="file")
    if not form.fields.get("model"):
        raise ApiError(400, "Missing required parameter: 'model'.", param="model")
    spoken = call.state.blobs.get(_key(upload.data))
    return (spoken.decode() if spoken else _FALLBACK_TEXT), form.fields


def _answer(text: str, fields: dict[str, str], task: str) -> Answer:
    fmt = fields.get("response_format", "json")
    if fmt in ("text", "srt", "vtt"):
        if fmt == "srt":
            text = f"1\n00:00:00,000 --> 00:00:02,000\n{text}\n"
        elif fmt == "vtt":
            text = f"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n{text}\n"
        return Reply(headers={"content-type": "text/plain; charset=utf-8"}, body=text + "\n")
    if fmt == "verbose_json":
        duration = round(0.06 * len(text), 2)
        segment = {
            "id": 0,
            "seek": 0,
            "start": 0.0,
            "end": duration,
            "text": text,
            "tokens": [1, 2, 3],
            "temperature": 0.0,
            "avg_logprob": -0.2,
            "compression_ratio": 1.0,
            "no_speech_prob": 0.01,
        }
        return {
            "task": task,
            "language": "english",
            "duration": duration,
            "text": text,
            "segments": [segment],
        }
    out: dict[str, Any] = {"text": text}
    if task == "transcribe":
        tokens = token_count(text)
        out["usage"] = {
            "type": "tokens",
            "input_tokens": tokens,
            "output_tokens": tokens,
            "total_tokens": 2 * tokens,
        }
    return out


@routes.route("POST", "/audio/transcriptions")
def transcribe(call: Call) -> Answer:
    """The text of the uploaded audio (speech made by this fake comes back word for word)."""
    text, fields = _text(call)
    return _answer(text, fields, "transcribe")


@routes.route("POST", "/audio/translations")
def translate(call: Call) -> Answer:
    """The English text of the uploaded audio."""
    text, fields = _text(call)
    return _answer(text, fields, "translate")
