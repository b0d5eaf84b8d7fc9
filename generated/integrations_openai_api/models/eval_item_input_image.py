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
class EvalItemInputImage(ApiModel):
    """An image input block used within EvalItem content arrays."""

    image_url: str
    """ The URL of the image input.
     """

    type: Literal["input_image"] = "input_image"
    """ The type of the image input. Always `input_image`.
     """

    detail: str | None = ABSENT
    """ The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`.
     """

    _sdk_name_: ClassVar[str] = "GraderInputItemInputImage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_url", "image_url"),
        ("type", "type"),
        ("detail", "detail"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_image']",
        "image_url": "str",
        "detail": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_image",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
            "detail",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.image_url
        if value_1 is None:
            if "image_url" in present:
                out["image_url"] = None
        else:
            out["image_url"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.detail
        if value_3 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_3
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
        parsed_obj_.image_url = get_("image_url")
        parsed_obj_.detail = get_("detail")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
