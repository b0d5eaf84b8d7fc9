from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    type: Literal["double_click"] = "double_click"
    """ Specifies the event type. For a double click action, this property is always set to `double_click`. """

    keys: list[str] | None = ABSENT

    _sdk_name_: ClassVar[str] = "DoubleClick"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("keys", "keys"),
        ("type", "type"),
        ("x", "x"),
        ("y", "y"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.keys
        if value_1 is None:
            if "keys" in present:
                out["keys"] = None
        else:
            out["keys"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.x
        if value_3 is None:
            if "x" in present:
                out["x"] = None
        else:
            out["x"] = value_3
        value_4 = self.y
        if value_4 is None:
            if "y" in present:
                out["y"] = None
        else:
            out["y"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.x = get_("x")
        parsed_obj_.y = get_("y")
        _raw_keys = get_("keys", None)
        if _raw_keys is not None:
            try:
                keys = _parse_keys(_raw_keys)

            except LENIENT_ERRORS:
                keys = _raw_keys
        else:
            keys = _raw_keys
        parsed_obj_.keys = keys
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
