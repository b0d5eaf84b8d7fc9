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
from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ImageGenToolCall(ApiModel):
    """An image generation request made by the model."""

    id: str
    """ The unique ID of the image generation call.
     """

    status: ImageGenToolCallStatus | str
    """ The status of the image generation call.
     """

    type: Literal["image_generation_call"] = "image_generation_call"
    """ The type of the image generation call. Always `image_generation_call`.
     """

    result: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("status", "status"),
        ("result", "result"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_generation_call']",
        "id": "str",
        "status": "ImageGenToolCallStatus",
        "result": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation_call",),
        "status": (
            "completed",
            "failed",
            "generating",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "result",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "result",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.id
        if value_2 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_2
        value_3 = self.status
        if value_3 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_3
        value_4 = self.result
        if value_4 is None:
            if "result" in present:
                out["result"] = None
        else:
            out["result"] = to_json(value_4)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.status = get_("status")
        parsed_obj_.result = get_("result")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
