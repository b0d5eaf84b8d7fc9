"""Does a parsed model's every value fit its annotation? (helper of test_annotation_truth)

`lies(instance)` walks a generated model instance recursively (attrs fields, lists, maps)
and returns one `Lie(model, field, value type, annotation)` per value the resolved
annotation (`typing.get_type_hints` over the generated package) does not admit.
"""

from __future__ import annotations

import importlib
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs

PACKAGE = "integrations_openai_api"


@dataclass(frozen=True, order=True)
class Lie:
    """A value the annotation of `model.field` does not admit."""

    model: str
    field: str
    value_type: str
    annotation: str

    def __str__(self) -> str:
        return f"{self.model}.{self.field}: {self.value_type} not in {self.annotation}"


class _Names(dict[str, Any]):
    """Module globals, then any name of the generated models / types (lazy imports)."""

    def __missing__(self, key: str) -> Any:
        for module in (f"{PACKAGE}.models", f"{PACKAGE}.types", f"{PACKAGE}._runtime.lenient"):
            mod = importlib.import_module(module)
            try:
                return getattr(mod, key)
            except AttributeError:
                continue
        raise KeyError(key)


@cache
def hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of a generated class."""
    module = sys.modules[cls.__module__]
    loader = getattr(module, "_load_lazy_imports", None)
    if loader is not None:
        loader()
    return typing.get_type_hints(cls, globalns=_Names(vars(module)))


def _unknown_variant() -> type:
    return importlib.import_module(f"{PACKAGE}._runtime.lenient").UnknownVariant  # type: ignore[no-any-return]


def fits(value: Any, tp: Any) -> bool:
    """True if `value` is a value of the type `tp`."""
    if tp is Any or tp is object:
        return True
    if tp is None or tp is type(None):
        return value is None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return fits(value, args[0])
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, arg) for arg in args)
    if origin is typing.Literal:
        return any(value == arg and type(value) is type(arg) for arg in args)
    if origin in (list, typing.List):  # noqa: UP006
        return isinstance(value, list) and all(fits(v, args[0]) for v in value) if args else True
    if origin in (dict, typing.Dict):  # noqa: UP006
        return isinstance(value, dict) and (
            not args or all(fits(v, args[1]) for v in value.values())
        )
    if origin is not None:
        return isinstance(value, origin)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(tp, type):
        return isinstance(value, tp)
    raise TypeError(f"unhandled annotation {tp!r}")


def _name(tp: Any) -> str:
    return str(tp).replace(f"{PACKAGE}.models.", "").replace("typing.", "")


def lies(instance: Any) -> Iterator[Lie]:
    """Every value in `instance` (recursively) that its annotation does not admit."""
    if isinstance(instance, list):
        for item in instance:
            yield from lies(item)
        return
    if isinstance(instance, dict):
        for item in instance.values():
            yield from lies(item)
        return
    if not attrs.has(type(instance)) or isinstance(instance, _unknown_variant()):
        return
    cls = type(instance)
    resolved = hints(cls)
    for field in attrs.fields(cls):
        if field.name == "additional_properties":
            continue
        value = getattr(instance, field.name)
        tp = resolved.get(field.name, Any)
        if not fits(value, tp):
            yield Lie(cls.__qualname__, field.name, type(value).__name__, _name(tp))
        yield from lies(value)
