"""The official SDK's one-module-per-type import paths, made at import time.

The SDK defines each type in a module named after it, with the classes it nests inside:
`from openai.types.chat.chat_completion import ChatCompletion, Choice`. Here
`integrations_openai.types.chat.chat_completion` is made on first import: it reads its
package's names (`ChatCompletion`), and a nested name is found the SDK's way, from the field
it types (`Choice` is the item of `ChatCompletion.choices`; `ChoiceLogprobs` is
`Choice.logprobs`; a union member adds its `type`: `ActionDrag`). A request type's nested
names are `dict[str, Any]` aliases, as the request types themselves.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import re
import sys
import types
import typing
from typing import Any

__all__ = ["SdkModuleFinder", "install", "module_name", "nested"]

_ROOT = "integrations_openai.types."
_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_DEPTH = 4  # nesting levels searched for a nested name (the SDK's deepest are 3)


def module_name(name: str) -> str:
    """The SDK's module for a type name: `ChatCompletionChunk` -> `chat_completion_chunk`."""
    return _WORD.sub("_", name).lower()


def _camel(field: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in field.split("_"))


def _model_types(annotation: Any) -> tuple[bool, list[type]]:
    """(is it a list, the model classes it admits) for one field annotation."""
    is_list, found, todo = False, [], [annotation]
    while todo:
        item = todo.pop()
        origin = typing.get_origin(item)
        if origin is list or origin is typing.Union or isinstance(item, types.UnionType):
            is_list = is_list or origin is list
            todo += typing.get_args(item)
        elif isinstance(item, type) and hasattr(item, "_fields_"):
            found.append(item)
    return is_list, found


def nested(owner: type, wanted: str, prefix: str = "", depth: int = _DEPTH) -> type | None:
    """The class the SDK names `wanted` inside `owner`: a field's model, named after the
    field (singular for a list), prefixed by the nested class that holds it."""
    if depth == 0:
        return None
    try:
        hints = typing.get_type_hints(owner)
    except (NameError, TypeError):
        return None
    for name, _key in getattr(owner, "_fields_", ()):
        is_list, models = _model_types(hints.get(name))
        stem = _camel(name)
        if is_list and stem.endswith("s"):
            stem = stem[:-1]
        # A union's members are named after the field and their `type` (`ActionDrag`).
        named = [(prefix + stem, models[0])] if len(models) == 1 else []
        named += [(prefix + stem + _camel(tag), m) for m in models for tag in _tags(m)]
        for candidate, model in named:
            if candidate == wanted:
                return model
            if wanted.startswith(candidate):
                found = nested(model, wanted, candidate, depth - 1)
                if found is not None:
                    return found
    return None


def _in_union(union: Any, wanted: str) -> type | None:
    """A member of a union type the SDK names by its `type` (`McpApprovalRequest`), or a
    class nested in one (`ShellCallAction`)."""
    _, models = _model_types(union)
    for model in models:
        for tag in _tags(model):
            candidate = _camel(tag)
            if candidate == wanted:
                return model
            if wanted.startswith(candidate):
                found = nested(model, wanted, candidate)
                if found is not None:
                    return found
    return None


def _tags(model: type) -> tuple[str, ...]:
    consts: dict[str, tuple[object, ...]] = getattr(model, "_const_values_", {})
    return tuple(v for v in consts.get("type", ()) if isinstance(v, str))


class _Module(types.ModuleType):
    """A made module: its type names from the package, nested names from their owners."""

    def __init__(self, name: str, package: types.ModuleType, own: list[str]) -> None:
        super().__init__(name, f"The official SDK's `{name}` module: {', '.join(own)}.")
        self.__package__ = package.__name__
        self.__all__ = own
        self._package = package
        self._own = own

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            value = getattr(self._package, name)
        except AttributeError:
            value = None
            for owner_name in self._own:
                owner = getattr(self._package, owner_name, None)
                if isinstance(owner, type):
                    value = nested(owner, name)
                elif isinstance(owner, types.UnionType) or typing.get_origin(owner) is typing.Union:
                    value = _in_union(owner, name)
                elif typing.get_origin(owner) is dict and name[:1].isupper():
                    value = owner  # request types are dict aliases, nested ones too
                if value is not None:
                    break
            if value is None:
                raise AttributeError(
                    f"module {self.__name__!r} has no attribute {name!r}"
                ) from None
        setattr(self, name, value)
        return value


class _Loader(importlib.abc.Loader):
    def __init__(self, package: types.ModuleType, own: list[str]) -> None:
        self._package = package
        self._own = own

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _Module(spec.name, self._package, self._own)

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: names load on first use."""


class SdkModuleFinder(importlib.abc.MetaPathFinder):
    """Finds `integrations_openai.types.<package>.<type module>` that no file provides."""

    def find_spec(
        self, fullname: str, path: Any = None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(_ROOT):
            return None
        parent_name, _, leaf = fullname.rpartition(".")
        package = sys.modules.get(parent_name)
        if package is None or leaf.startswith("_"):
            return None
        names = [n for n in getattr(package, "__all__", ()) if n != "SDK_NAMES"]
        own = [n for n in names if module_name(n) == leaf]
        if not own:
            return None
        return importlib.machinery.ModuleSpec(fullname, _Loader(package, own))


_FINDER = SdkModuleFinder()


def install() -> None:
    """Put the finder last on `sys.meta_path` (real modules and packages are found first)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.append(_FINDER)
