from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class KeyPressAction(ApiModel):
    """A collection of keypresses the model would like to perform."""

    keys: list[str]
    """ The combination of keys the model is requesting to be pressed. This is an array of strings, each
    representing a key. """

    type: Literal["keypress"] = "keypress"
    """ Specifies the event type. For a keypress action, this property is always set to `keypress`. """

    _sdk_name_: ClassVar[str] = "Keypress"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("keys", "keys"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['keypress']",
        "keys": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("keypress",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "keys",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
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
        elif value_1 or not isinstance(value_1, AbsentList) or "keys" in present:
            out["keys"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        _raw_keys = get_("keys", UNSET)
        try:
            keys = cast("list[str]", _raw_keys)

        except LENIENT_ERRORS:
            keys = _raw_keys
        parsed_obj_.keys = AbsentList() if isinstance(keys, Unset) else keys
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
