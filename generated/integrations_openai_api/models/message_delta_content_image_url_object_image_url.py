from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.message_delta_content_image_url_object_image_url_detail import (
    MessageDeltaContentImageUrlObjectImageUrlDetail,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageDeltaContentImageUrlObjectImageUrl(ApiModel):
    url: str | None = ABSENT
    """ The URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp. """

    detail: MessageDeltaContentImageUrlObjectImageUrlDetail | str | None = ABSENT
    """ Specifies the detail level of the image. `low` uses fewer tokens, you can opt in to high resolution using
    `high`.

    Server default: `"auto"`. """

    _sdk_name_: ClassVar[str] = "ImageURLDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("detail", "detail"),
        ("url", "url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "url": "str | Unset",
        "detail": "MessageDeltaContentImageUrlObjectImageUrlDetail | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "detail": (
            "auto",
            "high",
            "low",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "url",
            "detail",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.detail
        if value_1 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_1
        value_2 = self.url
        if value_2 is None:
            if "url" in present:
                out["url"] = None
        else:
            out["url"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.url = get_("url")
        parsed_obj_.detail = get_("detail")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
