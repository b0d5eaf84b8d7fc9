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
from ..models.image_edit_partial_image_event_background import (
    ImageEditPartialImageEventBackground,
)
from ..models.image_edit_partial_image_event_output_format import (
    ImageEditPartialImageEventOutputFormat,
)
from ..models.image_edit_partial_image_event_quality import (
    ImageEditPartialImageEventQuality,
)
from ..models.image_edit_partial_image_event_size import (
    ImageEditPartialImageEventSize,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ImageEditPartialImageEvent(ApiModel):
    """Emitted when a partial image is available during image editing streaming."""

    b64_json: str
    """ Base64-encoded partial image data, suitable for rendering as an image.
     """

    created_at: int
    """ The Unix timestamp when the event was created.
     """

    size: ImageEditPartialImageEventSize | str
    """ The size of the requested edited image.
     """

    quality: ImageEditPartialImageEventQuality | str
    """ The quality setting for the requested edited image.
     """

    background: ImageEditPartialImageEventBackground | str
    """ The background setting for the requested edited image.
     """

    output_format: ImageEditPartialImageEventOutputFormat | str
    """ The output format for the requested edited image.
     """

    partial_image_index: int
    """ 0-based index for the partial image (streaming).
     """

    type: Literal["image_edit.partial_image"] = "image_edit.partial_image"
    """ The type of the event. Always `image_edit.partial_image`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("b64_json", "b64_json"),
        ("background", "background"),
        ("created_at", "created_at"),
        ("output_format", "output_format"),
        ("partial_image_index", "partial_image_index"),
        ("quality", "quality"),
        ("size", "size"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_edit.partial_image']",
        "b64_json": "str",
        "created_at": "int",
        "size": "ImageEditPartialImageEventSize",
        "quality": "ImageEditPartialImageEventQuality",
        "background": "ImageEditPartialImageEventBackground",
        "output_format": "ImageEditPartialImageEventOutputFormat",
        "partial_image_index": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_edit.partial_image",),
        "size": (
            "1024x1024",
            "1024x1536",
            "1536x1024",
            "auto",
        ),
        "quality": (
            "auto",
            "high",
            "low",
            "medium",
        ),
        "background": (
            "auto",
            "opaque",
            "transparent",
        ),
        "output_format": (
            "jpeg",
            "png",
            "webp",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "b64_json",
        "created_at",
        "size",
        "quality",
        "background",
        "output_format",
        "partial_image_index",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "b64_json",
            "created_at",
            "size",
            "quality",
            "background",
            "output_format",
            "partial_image_index",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.b64_json
        if value_1 is None:
            if "b64_json" in present:
                out["b64_json"] = None
        else:
            out["b64_json"] = value_1
        value_2 = self.background
        if value_2 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = value_2
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.output_format
        if value_4 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = value_4
        value_5 = self.partial_image_index
        if value_5 is None:
            if "partial_image_index" in present:
                out["partial_image_index"] = None
        else:
            out["partial_image_index"] = value_5
        value_6 = self.quality
        if value_6 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = value_6
        value_7 = self.size
        if value_7 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = value_7
        value_8 = self.type
        if value_8 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_8
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
        parsed_obj_.b64_json = get_("b64_json")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.size = get_("size")
        parsed_obj_.quality = get_("quality")
        parsed_obj_.background = get_("background")
        parsed_obj_.output_format = get_("output_format")
        parsed_obj_.partial_image_index = get_("partial_image_index")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
