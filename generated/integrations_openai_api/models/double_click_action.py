from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


def _parse_keys(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        keys_type_0 = cast("list[str]", data)

        return keys_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None", data)


@_attrs_define(repr=False)
class DoubleClickAction(ApiModel):
    """A double click action."""

    x: int
    """ The x-coordinate where the double click occurred. """

    y: int
    """ The y-coordinate where the double click occurred. """

    keys: list[str] | None

    type: Literal["double_click"] = "double_click"
    """ Specifies the event type. For a double click action, this property is always set to `double_click`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("x", "x"),
        ("y", "y"),
        ("keys", "keys"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['double_click']",
        "x": "int",
        "y": "int",
        "keys": "list[str] | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("double_click",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "x",
        "y",
        "keys",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "x",
            "y",
            "keys",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["double_click"]', _raw_type_)
            if type_ != "double_click":
                raise ValueError(f"type must match const 'double_click', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        x = d.pop("x", None)

        y = d.pop("y", None)

        _raw_keys = d.pop("keys", None)
        try:
            keys = _parse_keys(_raw_keys)

        except LENIENT_ERRORS:
            keys = _raw_keys

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.x = x
        parsed_obj_.y = y
        parsed_obj_.keys = keys
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
