"""Computed accessors of the official SDK's result types (`@property`s users rely on).

`MIXINS` maps a generated class name to the mixin here that the model template makes it
inherit (read by `scripts/codegen/template_globals.py` at generation time), so the accessors
are written once and every regeneration keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


__all__ = ["MIXINS", "ResponseAccessors"]
