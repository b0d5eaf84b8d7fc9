"""Lazy module attributes for `sdk_types/`: the official SDK's `openai.types` names.

Each `sdk_types` module declares its names as a table `{name: "kind:module:Class"}` and
gets `__getattr__`/`__dir__` from `lazy_names`, so importing a package of names imports no
model module; a name is resolved (and cached in the module) on first access:

* `model` / `literal`: the generated class or `Literal` alias itself (the class the client
  returns, so `isinstance` works);
* `union`: the generated root union as a runtime union (`A | B | ... | UnknownVariant`),
  usable in annotations and `isinstance`;
* `members`: an inline union of the spec, built the same way from its listed models
  (`members:module:Class|module:Class`);
* `helper`: a class of `_helper_types` (the `.parse` results, `ParsedChatCompletion`...).
"""

from __future__ import annotations

import functools
import importlib
import operator
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .lenient import UnknownVariant

_PACKAGE = __name__.rpartition("._runtime")[0]


def _union(name: str) -> Any:
    lazy = importlib.import_module(f"{_PACKAGE}.unions").UNIONS[name]
    targets = [t for group in lazy.table.values() for t in group] + list(lazy.rest)
    members: list[Any] = []
    for target in targets:
        cls = _load(target.partition(":")[0], target)  # "models.x:Class", package-relative
        if cls not in members:
            members.append(cls)
    return functools.reduce(operator.or_, [*members, UnknownVariant])


def _load(module: str, target: str) -> Any:
    return getattr(importlib.import_module(f"{_PACKAGE}.{module}"), target.rpartition(":")[2])


def resolve(spec: str) -> Any:
    """The runtime value of one table entry (`kind:module:Class`)."""
    kind, _, rest = spec.partition(":")
    if kind == "union":
        return _union(rest)
    if kind == "helper":
        return _load("_helper_types", rest)
    if kind == "members":
        classes = [_load(f"models.{t.partition(':')[0]}", t) for t in rest.split("|")]
        return functools.reduce(operator.or_, [*classes, UnknownVariant])
    module, _, name = rest.partition(":")
    return _load(f"models.{module}", name)


def lazy_names(
    module_name: str, table: Mapping[str, str], names: Sequence[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for a module whose `table` names load on first use."""

    def __getattr__(name: str) -> Any:
        module = sys.modules[module_name]
        if name in vars(module):  # resolved before (reached through a re-exporting module)
            return vars(module)[name]
        spec = table.get(name)
        if spec is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        value = resolve(spec)
        setattr(module, name, value)
        return value

    def __dir__() -> list[str]:
        return list(names)

    return __getattr__, __dir__
