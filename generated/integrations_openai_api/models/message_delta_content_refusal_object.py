from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageDeltaContentRefusalObject(ApiModel):
    """The refusal content that is part of a message."""

    index: int
    """ The index of the refusal part in the message. """

    type: Literal["refusal"] = "refusal"
    """ Always `refusal`. """

    refusal: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "RefusalDeltaBlock"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("refusal", "refusal"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['refusal']",
        "refusal": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("refusal",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "refusal",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.index
        if value_1 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.refusal
        if value_3 is None:
            if "refusal" in present:
                out["refusal"] = None
        else:
            out["refusal"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = get_("index")
        parsed_obj_.type = get_("type")
        parsed_obj_.refusal = get_("refusal")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
