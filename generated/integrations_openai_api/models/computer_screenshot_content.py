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
from ..models.image_detail import ImageDetail

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ComputerScreenshotContent(ApiModel):
    """A screenshot of a computer."""

    detail: ImageDetail | str

    type: Literal["computer_screenshot"] = "computer_screenshot"
    """ Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`.
    """

    image_url: str | None = ABSENT

    file_id: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("detail", "detail"),
        ("file_id", "file_id"),
        ("image_url", "image_url"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_screenshot']",
        "image_url": "None | str",
        "file_id": "None | str",
        "detail": "ImageDetail",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_screenshot",),
        "detail": (
            "auto",
            "high",
            "low",
            "original",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
        "file_id",
        "detail",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
            "file_id",
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
        value_2 = self.file_id
        if value_2 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = to_json(value_2)
        value_3 = self.image_url
        if value_3 is None:
            if "image_url" in present:
                out["image_url"] = None
        else:
            out["image_url"] = to_json(value_3)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.image_url = get_("image_url")
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.detail = get_("detail")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
