"""Forward-compatible response parsing: what a model keeps when the API and the spec disagree.

Policy (the same for every generated model):

* a field that fails to parse (unexpected `null`, an enum value the spec does not list, a
  wrong JSON type, a missing required field) keeps its raw JSON value (`None`, the `str`,
  `UNSET` when absent) instead of failing the whole object;
* an object in a union that matches no known variant (a new `type`) becomes an
  `UnknownVariant` holding the raw fields;
* `to_dict()` serializes typed and raw values alike, so `from_dict(x).to_dict() == x`.
"""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from ..types import File, Unset

#: What a field parser may raise on data that does not match the spec; caught per field.
LENIENT_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError)

_PLAIN = (str, int, float)


def to_json(value: Any) -> Any:
    """Serialize a field value (typed model, raw JSON, list, map, date...) to JSON data."""
    if value is None or isinstance(value, _PLAIN):
        return value
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    uuid = sys.modules.get("uuid")  # no UUID value can exist unless uuid was imported
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, tuple):
        return [to_json(item) for item in value]
    return value


class UnknownVariant(Mapping[str, Any]):
    """A union member this client does not know (e.g. a `type` added to the API later).

    It keeps the raw JSON object: read it like a mapping (`v["type"]`, `v.get("id")`), or
    via `.type` and `.data`; `to_dict()` returns the fields unchanged.
    """

    __slots__ = ("data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data: dict[str, Any] = dict(data)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnknownVariant:
        """Wrap a raw JSON object."""
        return cls(src_dict)

    def to_dict(self) -> dict[str, Any]:
        """The raw JSON object, as received."""
        return dict(self.data)

    @property
    def type(self) -> Any:
        """The `type` field if the object has one (the usual discriminator), else None."""
        return self.data.get("type")

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UnknownVariant):
            return self.data == other.data
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UnknownVariant({self.data!r})"


def is_unset(value: object) -> bool:
    """True for the `UNSET` sentinel (a field absent from the JSON)."""
    return isinstance(value, Unset)


__all__ = ["LENIENT_ERRORS", "UnknownVariant", "is_unset", "to_json"]
