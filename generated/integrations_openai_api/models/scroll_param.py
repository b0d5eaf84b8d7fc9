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
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_keys(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        keys_type_0 = cast("list[str]", data)

        return keys_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class ScrollParam(ApiModel):
    """A scroll action."""

    x: int
    """ The x-coordinate where the scroll occurred. """

    y: int
    """ The y-coordinate where the scroll occurred. """

    scroll_x: int
    """ The horizontal scroll distance. """

    scroll_y: int
    """ The vertical scroll distance. """

    type: Literal["scroll"] = "scroll"
    """ Specifies the event type. For a scroll action, this property is always set to `scroll`. """

    keys: list[str] | None = ABSENT

    _sdk_name_: ClassVar[str] = "Scroll"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("scroll_x", "scroll_x"),
        ("scroll_y", "scroll_y"),
        ("type", "type"),
        ("x", "x"),
        ("y", "y"),
        ("keys", "keys"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['scroll']",
        "x": "int",
        "y": "int",
        "scroll_x": "int",
        "scroll_y": "int",
        "keys": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("scroll",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "x",
        "y",
        "scroll_x",
        "scroll_y",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "x",
            "y",
            "scroll_x",
            "scroll_y",
            "keys",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.scroll_x
        if value_1 is None:
            if "scroll_x" in present:
                out["scroll_x"] = None
        else:
            out["scroll_x"] = value_1
        value_2 = self.scroll_y
        if value_2 is None:
            if "scroll_y" in present:
                out["scroll_y"] = None
        else:
            out["scroll_y"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.x
        if value_4 is None:
            if "x" in present:
                out["x"] = None
        else:
            out["x"] = value_4
        value_5 = self.y
        if value_5 is None:
            if "y" in present:
                out["y"] = None
        else:
            out["y"] = value_5
        value_6 = self.keys
        if value_6 is None:
            if "keys" in present:
                out["keys"] = None
        else:
            out["keys"] = to_json(value_6)
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
        parsed_obj_.scroll_x = get_("scroll_x")
        parsed_obj_.scroll_y = get_("scroll_y")
        _raw_keys = get_("keys", UNSET)
        if _raw_keys is not None and _raw_keys is not UNSET:
            try:
                keys = _parse_keys(_raw_keys)

            except LENIENT_ERRORS:
                keys = _raw_keys
        else:
            keys = _raw_keys
        parsed_obj_.keys = None if isinstance(keys, Unset) else keys
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
