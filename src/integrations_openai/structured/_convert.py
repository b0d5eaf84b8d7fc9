"""Turn the model's JSON answer into an instance of the caller's type.

pydantic models validate themselves (``model_validate_json``); dataclasses, attrs classes
and TypedDicts are built here from their type hints, recursively, checking each value
against the declared type. Anything that does not fit is a ``ResponseDecodeError``: the
model answered, but not in the promised shape.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs

from ..errors import ResponseDecodeError
from ._schema import _fields, _is_typeddict, is_pydantic_model

__all__ = ["build", "parse_json"]

T = TypeVar("T")
_PARSERS: dict[type, Any] = {
    datetime.datetime: datetime.datetime.fromisoformat,
    datetime.date: datetime.date.fromisoformat,
    datetime.time: datetime.time.fromisoformat,
    uuid.UUID: uuid.UUID,
}


class _Mismatch(Exception):
    pass


def parse_json(tp: type[T], text: str, *, what: str = "the answer") -> T:
    """``text`` (JSON) as a ``tp``; ``ResponseDecodeError`` when it does not fit."""
    try:
        if is_pydantic_model(tp):
            return typing.cast(T, tp.model_validate_json(text))  # type: ignore[attr-defined]
        result: T = build(tp, json.loads(text))
        return result
    except (ValueError, TypeError, _Mismatch) as exc:
        # pydantic's ValidationError is a ValueError; json's too.
        raise ResponseDecodeError(
            f"{what} does not fit {tp.__name__}: {type(exc).__name__}: {exc}",
            body=text[:300],
        ) from None


def build(tp: Any, value: Any) -> Any:
    """``value`` (decoded JSON) as a ``tp``; raises ``_Mismatch`` (a private error)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return build(args[0], value)
    if tp is Any:
        return value
    if tp is type(None):
        if value is not None:
            raise _Mismatch(f"expected null, got {value!r}")
        return None
    if tp in _PARSERS:
        if not isinstance(value, str):
            raise _Mismatch(f"expected a {tp.__name__} string, got {value!r}")
        return _PARSERS[tp](value)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Mismatch(f"expected a number, got {value!r}")
        return float(value)
    if tp in (str, int, bool):
        if type(value) is not tp:
            raise _Mismatch(f"expected {tp.__name__}, got {value!r}")
        return value
    if origin is typing.Literal:
        if value not in args:
            raise _Mismatch(f"expected one of {args!r}, got {value!r}")
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if origin in (typing.Union, types.UnionType):
        for member in sorted(args, key=lambda a: a is not type(None)):
            try:
                return build(member, value)
            except (_Mismatch, ValueError, TypeError):
                continue
        raise _Mismatch(f"{value!r} fits no member of {tp!r}")
    if origin in (list, set, frozenset, tuple, Sequence):
        if not isinstance(value, list):
            raise _Mismatch(f"expected an array, got {value!r}")
        items = [build(args[0] if args else Any, v) for v in value]
        return items if origin in (list, Sequence) else origin(items)
    if origin in (dict, Mapping):
        if not isinstance(value, dict):
            raise _Mismatch(f"expected an object, got {value!r}")
        return {k: build(args[1] if args else Any, v) for k, v in value.items()}
    if _is_typeddict(tp) or (
        isinstance(tp, type) and (dataclasses.is_dataclass(tp) or attrs.has(tp))
    ):
        return _instance(tp, value)
    if is_pydantic_model(tp):
        return tp.model_validate(value)
    raise _Mismatch(f"cannot build a {tp!r}")


def _instance(tp: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise _Mismatch(f"expected an object for {tp.__name__}, got {value!r}")
    kwargs: dict[str, Any] = {}
    for name, hint, required in _fields(tp):
        if name in value:
            try:
                kwargs[name] = build(hint, value[name])
            except _Mismatch:
                # Strict mode made an optional field nullable: null means "left out".
                if value[name] is not None or required:
                    raise
        elif required:
            raise _Mismatch(f"{tp.__name__}.{name} is missing")
    if _is_typeddict(tp):
        return kwargs
    return tp(**kwargs)
