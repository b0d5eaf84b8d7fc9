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
from ..models.sdk_input_transformation_reason import (
    SdkInputTransformationReason,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkInputTransformation(ApiModel):
    """Not in the pinned spec: the official SDK's `InputTransformation`, field for field (the live API sends it)."""

    id: str

    reason: SdkInputTransformationReason | str

    action: Literal["removed"] = "removed"

    type: Literal["reasoning"] = "reasoning"

    _sdk_name_: ClassVar[str] = "InputTransformation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("action", "action"),
        ("reason", "reason"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "action": "Literal['removed']",
        "reason": "SdkInputTransformationReason",
        "type": "Literal['reasoning']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "action": ("removed",),
        "reason": (
            "end_user_mismatch",
            "model_mismatch",
            "organization_mismatch",
            "prefix_mismatch",
            "turn_boundary",
        ),
        "type": ("reasoning",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "action",
        "reason",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "action",
            "reason",
            "type",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.action
        if value_2 is None:
            if "action" in present:
                out["action"] = None
        else:
            out["action"] = value_2
        value_3 = self.reason
        if value_3 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.action = get_("action")
        parsed_obj_.reason = get_("reason")
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
