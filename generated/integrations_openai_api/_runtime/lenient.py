"""Forward-compatible response parsing: what a model keeps when the API and the spec disagree.

Policy (the same for every generated model):

* a field that fails to parse (unexpected `null`, an enum value the spec does not list, a
  wrong JSON type, a missing required field) keeps its raw JSON value (`None`, the `str`;
  `None` when absent) instead of failing the whole object;
* an object in a union that matches no known variant (a new `type`) becomes an
  `UnknownVariant` holding the raw fields;
* `to_dict()` serializes typed and raw values alike, so `from_dict(x).to_dict() == x`.
"""

from __future__ import annotations

import datetime
import enum
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..types import File, Unset

#: What a field parser may raise on data that does not match the spec; caught per field.
LENIENT_ERRORS = (TypeError, ValueError, AttributeError, KeyError, IndexError)

_PLAIN = (str, int, float)
_BYTES = (bytes, bytearray, memoryview)
_NEST = 50  # containers serialized recursively before the iterative copy takes over


def to_json(value: Any, _depth: int = 0) -> Any:
    """Serialize a field value (typed model, raw JSON, list, map, date...) to JSON data.

    Containers nested deeper than a few dozen levels (raw JSON the API sent) are copied
    iteratively, so no payload can raise `RecursionError`.
    """
    if value is None or isinstance(value, _PLAIN):
        return value
    if _depth > _NEST and isinstance(value, list | tuple | dict):
        return _copy_iteratively(value)
    if isinstance(value, list):
        return [to_json(item, _depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: to_json(item, _depth + 1) for key, item in value.items()}
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
    # Callers pass any Mapping (a TypedDict is a dict; a MappingProxyType is not) and any
    # Sequence (tuples, user sequences): the facade's request annotations admit them.
    if isinstance(value, Mapping):
        return {key: to_json(item, _depth + 1) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, _BYTES):
        return [to_json(item, _depth + 1) for item in value]
    return value


def _copy_iteratively(value: Any) -> Any:
    """`to_json` of arbitrarily deep lists and maps with an explicit stack."""
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        source, target, key = stack.pop()
        if isinstance(source, list | tuple):
            items: list[Any] = [None] * len(source)
            target[key] = items
            stack.extend((item, items, i) for i, item in enumerate(source))
        elif isinstance(source, dict):
            mapping: dict[Any, Any] = dict.fromkeys(source)
            target[key] = mapping
            stack.extend((item, mapping, k) for k, item in source.items())
        else:
            target[key] = to_json(source)
    return root[0]


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text of `data` (compact, or indented): pydantic's layout, any nesting depth."""
    separators = (",", ":") if indent is None else (",", ": ")
    try:
        return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)
    except RecursionError:
        return _dumps_iteratively(data, indent, separators)


def _dumps_iteratively(data: Any, indent: int | None, separators: tuple[str, str]) -> str:
    item_sep, key_sep = separators
    out: list[str] = []
    # Work items: a value to write at a nesting level, or a literal piece of text.
    stack: list[tuple[bool, Any, int]] = [(False, data, 0)]

    def newline(level: int) -> str:
        return "" if indent is None else "\n" + " " * (indent * level)

    while stack:
        is_text, item, level = stack.pop()
        if is_text:
            out.append(item)
            continue
        if isinstance(item, dict) and item:
            pieces: list[tuple[bool, Any, int]] = [(True, "{", level)]
            for i, (key, value) in enumerate(item.items()):
                prefix = (item_sep if i else "") + newline(level + 1)
                pieces.append(
                    (True, prefix + json.dumps(str(key), ensure_ascii=False) + key_sep, level)
                )
                pieces.append((False, value, level + 1))
            pieces.append((True, newline(level) + "}", level))
            stack.extend(reversed(pieces))
        elif isinstance(item, list | tuple) and item:
            pieces = [(True, "[", level)]
            for i, value in enumerate(item):
                pieces.append((True, (item_sep if i else "") + newline(level + 1), level))
                pieces.append((False, value, level + 1))
            pieces.append((True, newline(level) + "]", level))
            stack.extend(reversed(pieces))
        else:
            out.append(json.dumps(item, ensure_ascii=False))
    return "".join(out)


# UnknownVariant objects made in this process so far (see ``unknown_variants_made``).
_made = 0


def unknown_variants_made() -> int:
    """How many ``UnknownVariant`` objects this process has made so far. A count that did
    not move while a result was parsed proves the result holds none (telemetry then skips
    looking for them); a moved one proves nothing (another thread may have made one)."""
    return _made


class UnknownVariant(Mapping[str, Any]):
    """A union member this client does not know (e.g. a `type` added to the API later).

    It keeps the raw JSON object: read it like a mapping (`v["type"]`, `v.get("id")`) or by
    attribute (`v.type`, `v.delta`: any key of the object; a missing one raises
    `AttributeError`), like the known members; `to_dict()` returns the fields unchanged.
    At runtime `type` is always a `str` (`""` when the object has no string `type`), so code
    that branches on `if event.type == "...":` runs for it too.
    """

    __slots__ = ("data",)

    data: dict[str, Any]
    """The raw JSON object, as received."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        global _made
        _made += 1  # not atomic: a lost update still moves the count, which is all it says
        object.__setattr__(self, "data", dict(data))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnknownVariant:
        """Wrap a raw JSON object."""
        return cls(src_dict)

    def to_dict(self, **_options: Any) -> dict[str, Any]:
        """The raw JSON object, as received."""
        return dict(self.data)

    def model_dump(self, **_options: Any) -> dict[str, Any]:
        """The raw JSON object, as received (like a model's `model_dump`)."""
        return dict(self.data)

    if TYPE_CHECKING:
        # Type checkers see a marker literal, so `if event.type == "response.x":` narrows a
        # union of known members and UnknownVariant exactly as it narrows the SDK's unions
        # (mypy does not narrow on `==` when one member's `type` is a plain `str`). A known
        # value never parses to UnknownVariant, so excluding it from that branch is right.
        # `event` is the discriminator of the Assistants stream (`if e.event == "thread.x":`).
        type: Literal["<unknown>"]
        event: Literal["<unknown>"]
    else:

        @property
        def type(self) -> str:
            """The `type` field (the usual discriminator) if it is a string, else `""`."""
            return self._discriminator("type")

        @property
        def event(self) -> str:
            """The `event` field (the Assistants stream's discriminator) if it is a string,
            else `""`."""
            return self._discriminator("event")

    def _discriminator(self, key: str) -> str:
        value = self.data.get(key)
        return value if isinstance(value, str) else ""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "data":  # dunders; `data` unset while unpickling
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(
                f"this {self.type or 'unknown'} object has no field {name!r}"
            ) from None

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
        keys = ", ".join(repr(k) for k in list(self.data)[:8])
        more = ", ..." if len(self.data) > 8 else ""
        return f"UnknownVariant(type={self.type!r}, keys=[{keys}{more}])"


def as_float(value: Any) -> Any:
    """A `number` field's JSON integer as the float it denotes (`1767225600` reads, prints
    and dumps as `1767225600.0`, as the official SDK's models do); any other value as is,
    and so is an integer a float cannot hold exactly."""
    if value.__class__ is int:
        number = float(value)
        if number == value:
            return number
    return value


def is_unset(value: object) -> bool:
    """True for the `UNSET` sentinel (a field absent from the JSON)."""
    return isinstance(value, Unset)


__all__ = [
    "LENIENT_ERRORS",
    "UnknownVariant",
    "as_float",
    "dumps",
    "is_unset",
    "to_json",
    "unknown_variants_made",
]
