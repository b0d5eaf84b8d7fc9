from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_event = d.pop("event", None)
        try:
            event = cast('Literal["done"]', _raw_event)
            if event != "done":
                raise ValueError(f"event must match const 'done', got '{event}'")
        except LENIENT_ERRORS:
            event = _raw_event

        _raw_data = d.pop("data", None)
        try:
            data = cast('Literal["[DONE]"]', _raw_data)
            if data != "[DONE]":
                raise ValueError(f"data must match const '[DONE]', got '{data}'")
        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event = event
        parsed_obj_.data = data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
