from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class DoneEvent(ApiModel):
    """Occurs when a stream ends."""

    event: Literal["done"] = "done"

    data: Literal["[DONE]"] = "[DONE]"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event", "event"),
        ("data", "data"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event": "Literal['done']",
        "data": "Literal['[DONE]']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "event": ("done",),
        "data": ("[DONE]",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event",
        "data",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event",
            "data",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.event
        if value_1 is None:
            if "event" in present:
                out["event"] = None
        else:
            out["event"] = value_1
        value_2 = self.data
        if value_2 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        event = d.pop("event", None)

        data = d.pop("data", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event = event
        parsed_obj_.data = data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
