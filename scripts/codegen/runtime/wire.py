"""Request encoding the way the OpenAI API expects it (and the official SDK sends it).

* multipart/form-data: `true`/`false` for booleans, absent values omitted, arrays as
  `name[]`, nested objects as `obj[key]` fields, files as file parts streamed from their file
  object (never read whole here); httpx picks a random boundary.
* query strings: objects and deepObject parameters as `metadata[key]=v` /
  `effective_at[gt]=1`, never a Python repr.
"""

from __future__ import annotations

import datetime
import enum
import io
import os
import re
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx

from ..types import File, FileTypes, Unset


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    # Anything else would go out as its Python repr (`<object at 0x...>`, `b'...'`).
    raise TypeError(f"a {type(value).__name__} cannot be sent as a query or form value")


def _is_array(value: Any) -> bool:
    # Any sequence a caller passes for an array parameter; text and bytes are scalars.
    return isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray)


def _file_part(value: File) -> FileTypes:
    name = value.file_name
    if name is None:
        raw = getattr(value.payload, "name", None)
        name = os.path.basename(raw) if isinstance(raw, str) and raw else "upload"
    return (name, value.payload, value.mime_type)


def _plain(value: Any) -> Any:
    """A model instance becomes its JSON dict; anything else is returned as is."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, File):
        return to_dict()
    return value


def _flatten(name: str, value: Any, out: list[tuple[str, FileTypes]]) -> None:
    if value is None or isinstance(value, Unset):
        return
    if isinstance(value, File):
        out.append((name, _file_part(value)))
        return
    value = _plain(value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{name}[{key}]", item, out)
    elif _is_array(value):
        for item in value:
            _flatten(f"{name}[]", item, out)
    else:
        out.append((name, (None, _scalar(value).encode(), None)))


def multipart_files(fields: Iterable[tuple[str, Any]]) -> list[tuple[str, FileTypes]]:
    """The `files=` list for httpx from `(field name, value)` pairs of a multipart body."""
    out: list[tuple[str, FileTypes]] = []
    for name, value in fields:
        _flatten(name, value, out)
    return out


def _query(name: str, value: Any, params: dict[str, Any]) -> None:
    if value is None or isinstance(value, Unset):
        return
    value = _plain(value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _query(f"{name}[{key}]", item, params)
    elif _is_array(value):
        # The spec names array parameters itself (`include`, `project_ids[]`); httpx repeats
        # the key once per item.
        params[name] = [_scalar(_plain(item)) for item in value if item is not None]
    else:
        params[name] = _scalar(value)


def query_param(params: dict[str, Any], name: str, value: Any) -> None:
    """Add one query parameter to `params`, flattening objects as `name[key]=value`."""
    _query(name, value, params)


_FILENAME = re.compile(r"""filename\*?=(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)


def file_from_response(response: httpx.Response) -> File:
    """A downloaded body as a `File`: the bytes, the server's file name and media type."""
    disposition = response.headers.get("content-disposition", "")
    match = _FILENAME.search(disposition)
    name = urllib.parse.unquote(match.group(1)) if match else None
    return File(
        payload=io.BytesIO(response.content),
        file_name=os.path.basename(name) if name else None,
        mime_type=response.headers.get("content-type"),
    )


__all__ = ["file_from_response", "multipart_files", "query_param"]
