"""The strict JSON schema of a Python type: pydantic models, dataclasses, attrs classes,
TypedDicts (and the field types inside them).

pydantic models describe themselves (``model_json_schema()``, pydantic imported by the model,
never by us); the other kinds are read from their type hints here. Nested classes become
``$defs`` entries referenced by ``$ref`` (which is also how recursive models work). The
result goes through ``to_strict`` and is checked by ``check_strict``: a type with no strict
form (``dict[str, X]``: arbitrary keys) is a ``ConfigurationError`` naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ..errors import ConfigurationError
from ._strict import check_strict, to_strict

__all__ = ["is_model_type", "schema_name", "strict_json_schema"]

_PRIMITIVES: dict[type, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    datetime.datetime: {"type": "string", "format": "date-time"},
    datetime.date: {"type": "string", "format": "date"},
    datetime.time: {"type": "string", "format": "time"},
    datetime.timedelta: {"type": "string", "format": "duration"},
    uuid.UUID: {"type": "string", "format": "uuid"},
}


def is_pydantic_model(tp: object) -> bool:
    """A pydantic ``BaseModel`` subclass (told by its methods: pydantic is not imported)."""
    return isinstance(tp, type) and callable(getattr(tp, "model_json_schema", None))


def _is_typeddict(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__required_keys__")


def is_model_type(tp: object) -> bool:
    """A class whose instances are JSON objects we can describe and build."""
    return (
        is_pydantic_model(tp)
        or (isinstance(tp, type) and (dataclasses.is_dataclass(tp) or attrs.has(tp)))
        or _is_typeddict(tp)
    )


def schema_name(tp: type) -> str:
    """The name sent with the schema (``^[a-zA-Z0-9_-]{1,64}$``, as the API requires)."""
    name = "".join(c if c.isalnum() or c in "_-" else "_" for c in tp.__name__)
    return name[:64] or "schema"


def strict_json_schema(tp: object) -> dict[str, Any]:
    """The strict-mode schema of ``tp`` (``ConfigurationError`` if it has none)."""
    if not is_model_type(tp):
        raise ConfigurationError(
            f"cannot derive a JSON schema from {tp!r}: pass a pydantic model, a dataclass,"
            " an attrs class or a TypedDict"
        )
    assert isinstance(tp, type)
    pydantic = is_pydantic_model(tp)
    if pydantic:
        raw: dict[str, Any] = tp.model_json_schema()  # type: ignore[attr-defined]
    else:
        raw = _Builder().root(tp)
    strict = to_strict(raw, optional_nullable=not pydantic)
    return check_strict(strict, name=f"the schema of {tp.__name__}")


def _fields(tp: type) -> list[tuple[str, Any, bool]]:
    """(name, type, required) of a dataclass, attrs class or TypedDict."""
    hints = typing.get_type_hints(tp, include_extras=True)
    if _is_typeddict(tp):
        required = tp.__required_keys__  # type: ignore[attr-defined]
        return [(n, hints[n], n in required) for n in hints]
    if dataclasses.is_dataclass(tp):
        return [
            (
                f.name,
                hints.get(f.name, Any),
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
            )
            for f in dataclasses.fields(tp)
            if f.init
        ]
    return [
        (a.alias or a.name, hints.get(a.name, a.type or Any), a.default is attrs.NOTHING)
        for a in attrs.fields(tp)
        if a.init
    ]


class _Builder:
    """Walks type hints once; nested classes are collected into ``$defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self._names: dict[type, str] = {}
        self._root: type | None = None

    def root(self, tp: type) -> dict[str, Any]:
        self._root = tp
        schema = self._object(tp)
        if self.defs:
            schema["$defs"] = self.defs
        return schema

    def _object(self, tp: type) -> dict[str, Any]:
        props: dict[str, Any] = {}
        required: list[str] = []
        for name, hint, is_required in _fields(tp):
            props[name] = self.of(hint, where=f"{tp.__name__}.{name}")
            if is_required:
                required.append(name)
        schema: dict[str, Any] = {"type": "object", "title": tp.__name__, "properties": props}
        schema["required"] = required
        doc = _doc(tp)
        if doc:
            schema["description"] = doc
        return schema

    def _ref(self, tp: type) -> dict[str, Any]:
        if tp is self._root:
            return {"$ref": "#"}
        name = self._names.get(tp)
        if name is None:
            name = tp.__name__
            while name in self.defs:
                name += "_"
            self._names[tp] = name
            self.defs[name] = {}  # placeholder: a recursive reference finds the name
            self.defs[name] = self._object(tp)
        return {"$ref": f"#/$defs/{name}"}

    def of(self, hint: Any, *, where: str) -> dict[str, Any]:
        """The schema of one field type."""
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Annotated:
            return self.of(args[0], where=where)
        if hint is Any:
            raise ConfigurationError(f"{where}: Any has no strict JSON schema; name a type")
        if hint in _PRIMITIVES:
            return dict(_PRIMITIVES[hint])
        if origin is typing.Literal:
            return _enum(list(args))
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return _enum([m.value for m in hint])
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of(a, where=where) for a in args]}
        if origin in (list, set, frozenset, Sequence) or (origin is tuple and _variadic(args)):
            item = args[0] if args else Any
            return {"type": "array", "items": self.of(item, where=where)}
        if origin in (dict, Mapping) or hint in (dict, Mapping):
            raise ConfigurationError(
                f"{where}: a dict with arbitrary keys has no strict JSON schema"
                " (strict mode needs every key named); use a nested class"
            )
        if is_model_type(hint):
            if is_pydantic_model(hint):
                raise ConfigurationError(
                    f"{where}: a pydantic model inside a dataclass/attrs/TypedDict; make the"
                    " outer class a pydantic model too"
                )
            return self._ref(hint)
        raise ConfigurationError(f"{where}: {hint!r} has no strict JSON schema")


def _variadic(args: tuple[Any, ...]) -> bool:
    return len(args) == 2 and args[1] is Ellipsis


def _enum(values: list[Any]) -> dict[str, Any]:
    kinds = {type(v) for v in values}
    schema: dict[str, Any] = {"enum": values}
    if kinds <= {str}:
        schema["type"] = "string"
    elif kinds <= {int}:
        schema["type"] = "integer"
    return schema


def _doc(tp: type) -> str | None:
    doc = tp.__doc__
    if not doc or (dataclasses.is_dataclass(tp) and doc.startswith(f"{tp.__name__}(")):
        return None  # the signature dataclasses write when there is no docstring
    return " ".join(doc.split())
