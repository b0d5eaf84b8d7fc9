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
class ResponseImageGenCallPartialImageEvent(ApiModel):
    """Emitted when a partial image is available during image generation streaming."""

    output_index: int
    """ The index of the output item in the response's output array. """

    item_id: str
    """ The unique identifier of the image generation item being processed. """

    sequence_number: int
    """ The sequence number of the image generation item being processed. """

    partial_image_index: int
    """ 0-based index for the partial image (backend is 1-based, but this is 0-based for the user). """

    partial_image_b64: str
    """ Base64-encoded partial image data, suitable for rendering as an image. """

    type: Literal["response.image_generation_call.partial_image"] = (
        "response.image_generation_call.partial_image"
    )
    """ The type of the event. Always 'response.image_generation_call.partial_image'. """

    background: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseImageGenCallPartialImageEvent` has it (the live API
    sends it). Reads None when absent. """

    output_format: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseImageGenCallPartialImageEvent` has it (the live API
    sends it). Reads None when absent. """

    quality: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseImageGenCallPartialImageEvent` has it (the live API
    sends it). Reads None when absent. """

    size: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseImageGenCallPartialImageEvent` has it (the live API
    sends it). Reads None when absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("partial_image_b64", "partial_image_b64"),
        ("partial_image_index", "partial_image_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
        ("background", "background"),
        ("output_format", "output_format"),
        ("quality", "quality"),
        ("size", "size"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.image_generation_call.partial_image']",
        "output_index": "int",
        "item_id": "str",
        "sequence_number": "int",
        "partial_image_index": "int",
        "partial_image_b64": "str",
        "background": "None | str | Unset",
        "output_format": "None | str | Unset",
        "quality": "None | str | Unset",
        "size": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.image_generation_call.partial_image",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "output_index",
        "item_id",
        "sequence_number",
        "partial_image_index",
        "partial_image_b64",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "output_index",
            "item_id",
            "sequence_number",
            "partial_image_index",
            "partial_image_b64",
            "background",
            "output_format",
            "quality",
            "size",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item_id
        if value_1 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_1
        value_2 = self.output_index
        if value_2 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_2
        value_3 = self.partial_image_b64
        if value_3 is None:
            if "partial_image_b64" in present:
                out["partial_image_b64"] = None
        else:
            out["partial_image_b64"] = value_3
        value_4 = self.partial_image_index
        if value_4 is None:
            if "partial_image_index" in present:
                out["partial_image_index"] = None
        else:
            out["partial_image_index"] = value_4
        value_5 = self.sequence_number
        if value_5 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
        value_7 = self.background
        if value_7 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_7)
        value_8 = self.output_format
        if value_8 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = to_json(value_8)
        value_9 = self.quality
        if value_9 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = to_json(value_9)
        value_10 = self.size
        if value_10 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_10)
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
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.sequence_number = get_("sequence_number")
        parsed_obj_.partial_image_index = get_("partial_image_index")
        parsed_obj_.partial_image_b64 = get_("partial_image_b64")
        parsed_obj_.background = get_("background")
        parsed_obj_.output_format = get_("output_format")
        parsed_obj_.quality = get_("quality")
        parsed_obj_.size = get_("size")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
