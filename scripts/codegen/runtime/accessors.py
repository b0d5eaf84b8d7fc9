"""Computed accessors of the official SDK's result types (`@property`s users rely on).

`MIXINS` maps a generated class name to the mixin here that the model template makes it
inherit (read by `scripts/codegen/template_globals.py` at generation time), so the accessors
are written once and every regeneration keeps them.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, KeysView, Mapping, ValuesView
from typing import Any

MIXINS: dict[str, str] = {
    "ResponseObject": "ResponseAccessors",
}
"""Generated class name -> accessor mixin defined in this module."""


def _get(obj: Any, name: str) -> Any:
    """A field of a typed model, an `UnknownVariant` or a raw JSON object (None if absent)."""
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _items(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list) else ()


class ResponseAccessors:
    """Accessors of a Responses API `Response`."""

    __slots__ = ()

    @property
    def output_text(self) -> str:
        """The text of every `output_text` content part of the `message` output items, joined
        (`""` if there is none), like the SDK's `Response.output_text`."""
        texts: list[str] = []
        for item in _items(_get(self, "output")):
            if _get(item, "type") != "message":
                continue
            for part in _items(_get(item, "content")):
                if _get(part, "type") == "output_text":
                    text = _get(part, "text")
                    if isinstance(text, str):
                        texts.append(text)
        return "".join(texts)


class MapAccessors:
    """A model that is only a map (``metadata``, ``logit_bias``): the SDK types it as a
    ``dict``, so it reads like one: ``get``, ``keys``, ``values``, ``items``, ``len``,
    ``dict(m)``, ``m[key]``, ``key in m``. Its entries are the model's
    ``additional_properties``; iterating it yields ``(key, value)`` pairs, as every model's
    does (pydantic's habit)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        """The value under ``key``, else ``default``."""
        return self.additional_properties.get(key, default)

    def keys(self) -> KeysView[str]:
        """The keys, as ``dict.keys()``."""
        return self.additional_properties.keys()

    def values(self) -> ValuesView[Any]:
        """The values, as ``dict.values()``."""
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, Any]:
        """The ``(key, value)`` pairs, as ``dict.items()``."""
        return self.additional_properties.items()

    def __len__(self) -> int:
        return len(self.additional_properties)


__all__ = ["MIXINS", "MapAccessors", "ResponseAccessors"]
