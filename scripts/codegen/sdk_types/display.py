"""The SDK's display data for generated models (``display.yaml``, made by ``derive_display``).

What each generated class prints as (the SDK's class name) and the order of its fields (the
SDK class's order; fields the SDK lacks follow in spec order). Read by the model template,
so the data is rendered once into each class (no lookup when a model is parsed or printed).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

__all__ = ["DISPLAY_PATH", "display_name", "field_names", "load", "ordered", "python_names"]

DISPLAY_PATH = Path(__file__).with_name("display.yaml")

_T = TypeVar("_T")


@cache
def load(path: Path = DISPLAY_PATH) -> dict[str, dict[str, Any]]:
    """``{generated class: {"name": SDK class name, "order": [API keys]}}``."""
    data: dict[str, dict[str, Any]] = yaml.safe_load(path.read_text())
    return data


def display_name(class_name: str, data: dict[str, dict[str, Any]] | None = None) -> str:
    """The name ``repr`` prints for a generated class: the SDK's, else its own."""
    entry = (load() if data is None else data).get(class_name)
    return str(entry["name"]) if entry else class_name


def field_names(
    class_name: str, data: dict[str, dict[str, Any]] | None = None
) -> dict[str, dict[str, str]]:
    """``{API key: {nested class: SDK name}}``: the name a nested model prints under one
    field of ``class_name`` where the SDK names it by where it sits (else empty)."""
    entry = (load() if data is None else data).get(class_name) or {}
    return dict(entry.get("fields") or {})


def python_names(class_name: str, data: dict[str, dict[str, Any]] | None = None) -> dict[str, str]:
    """``{attribute: SDK name}`` where the SDK renames a field pydantic reserves."""
    entry = (load() if data is None else data).get(class_name) or {}
    return dict(entry.get("attrs") or {})


def ordered(
    class_name: str,
    items: Sequence[_T],
    key_of: Any,
    data: dict[str, dict[str, Any]] | None = None,
) -> list[_T]:
    """``items`` (fields, each with the API key ``key_of(item)``) in the SDK class's order;
    fields the SDK lacks keep their spec order after those it has."""
    entry = (load() if data is None else data).get(class_name)
    if not entry:
        return list(items)
    rank = {key: i for i, key in enumerate(entry["order"])}
    last = len(rank)
    indexed = list(enumerate(items))
    indexed.sort(key=lambda pair: (rank.get(key_of(pair[1]), last), pair[0]))
    return [item for _, item in indexed]
