"""Tiny upload payloads for multipart operations (valid enough for a mock, small in cassettes)."""

from __future__ import annotations

import struct
import zlib


def _png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _wav_silence(samples: int = 160) -> bytes:
    data = b"\x00\x00" * samples
    fmt = struct.pack("<HHIIHH", 1, 1, 16000, 32000, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVEfmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )


# file name -> (content, media type)
FILES: dict[str, tuple[bytes, str]] = {
    "image.png": (_png_1x1(), "image/png"),
    "audio.wav": (_wav_silence(), "audio/wav"),
    "data.jsonl": (
        b'{"custom_id": "1", "method": "POST", "url": "/v1/embeddings"}\n',
        "application/jsonl",
    ),
    "notes.txt": (b"hello from the contract tests\n", "text/plain"),
    "video.mp4": (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", "video/mp4"),
    "part.bin": (b"0123456789", "application/octet-stream"),
    "SKILL.md": (
        b"---\nname: example\ndescription: example skill\n---\nSay hello.\n",
        "text/markdown",
    ),
}

# multipart field name -> fixture file (operation-specific choices in FIELD_BY_OPERATION)
FIELD_FILES = {
    "image": "image.png",
    "mask": "image.png",
    "input_reference": "image.png",
    "recording": "audio.wav",
    "audio_sample": "audio.wav",
    "video": "video.mp4",
    "data": "part.bin",
    "files": "SKILL.md",
    "file": "notes.txt",
}
FIELD_BY_OPERATION = {
    ("createTranscription", "file"): "audio.wav",
    ("createTranslation", "file"): "audio.wav",
    ("createFile", "file"): "data.jsonl",
}


def file_for(operation_id: str, field: str) -> str:
    """The fixture file name to upload in `field` of `operation_id`."""
    return FIELD_BY_OPERATION.get((operation_id, field), FIELD_FILES.get(field, "notes.txt"))
