"""A small ``multipart/form-data`` parser for uploads (files, audio, image edits)."""

from __future__ import annotations

import attrs

__all__ = ["Form", "UploadedFile", "parse_form"]


@attrs.frozen
class UploadedFile:
    """One file part."""

    filename: str
    content_type: str
    data: bytes


@attrs.frozen
class Form:
    """Text fields (a name sent twice keeps the last value; ``lists`` keeps all) and files."""

    fields: dict[str, str]
    lists: dict[str, list[str]]
    files: dict[str, UploadedFile]


def _boundary(content_type: str) -> bytes | None:
    for piece in content_type.split(";")[1:]:
        name, _, value = piece.strip().partition("=")
        if name.lower() == "boundary":
            return value.strip('"').encode("latin-1")
    return None


def _disposition(value: str) -> dict[str, str]:
    out = {}
    for piece in value.split(";")[1:]:
        name, _, raw = piece.strip().partition("=")
        out[name.lower()] = raw.strip().strip('"')
    return out


def parse_form(content_type: str, body: bytes) -> Form:
    """Parse ``body``; a body that is not multipart gives an empty form."""
    from ._routing import ApiError

    fields: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    files: dict[str, UploadedFile] = {}
    boundary = _boundary(content_type) if content_type.startswith("multipart/") else None
    if boundary is None:
        raise ApiError(400, "Expected a multipart/form-data body.")
    for part in body.split(b"--" + boundary)[1:]:
        if part.startswith(b"--"):
            break
        head, _, data = part.partition(b"\r\n\r\n")
        data = data[:-2] if data.endswith(b"\r\n") else data
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        info = _disposition(headers.get("content-disposition", ""))
        name = info.get("name", "")
        if "filename" in info:
            kind = headers.get("content-type", "application/octet-stream")
            files[name] = UploadedFile(info["filename"], kind, data)
        else:
            text = data.decode("utf-8", "replace")
            fields[name] = text
            lists.setdefault(name, []).append(text)
    return Form(fields, lists, files)
