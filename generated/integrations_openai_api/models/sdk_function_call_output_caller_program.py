from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkFunctionCallOutputCallerProgram(ApiModel):
    """Not in the pinned spec: the official SDK's `FunctionCallOutputCallerProgram`, field for field (the live API sends
    it).

    """

    caller_id: str

    type: Literal["program"] = "program"

    _sdk_name_: ClassVar[str] = "FunctionCallOutputCallerProgram"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("caller_id", "caller_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "caller_id": "str",
        "type": "Literal['program']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("program",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "caller_id",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "caller_id",
            "type",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.caller_id
        if value_1 is None:
            if "caller_id" in present:
                out["caller_id"] = None
        else:
            out["caller_id"] = value_1
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
        parsed_obj_.caller_id = get_("caller_id")
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
