from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.images_response_background import (
    ImagesResponseBackground,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
)
from ..models.images_response_quality import ImagesResponseQuality
from ..models.images_response_size import ImagesResponseSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_gen_usage import ImageGenUsage
    from ..models.sdk_svg_usage import SdkSvgUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Image, ImageGenUsage, SdkSvgUsage
    from ..models.image import Image  # noqa: PLC0415
    from ..models.image_gen_usage import ImageGenUsage  # noqa: PLC0415
    from ..models.sdk_svg_usage import SdkSvgUsage  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_svg_usage(data: object) -> None | SdkSvgUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkSvgUsage._from_dict_(data)
    return cast("None | SdkSvgUsage | Unset", data)


@_attrs_define(repr=False)
class ImagesResponse(ApiModel):
    """The response from the image generation endpoint."""

    created: int
    """ The Unix timestamp (in seconds) of when the image was created. """

    data: list[Image] | None = ABSENT
    """ The list of generated images. """

    background: ImagesResponseBackground | str | None = ABSENT
    """ The background parameter used for the image generation. Either `transparent` or `opaque`. """

    output_format: ImagesResponseOutputFormat | str | None = ABSENT
    """ The output format of the image generation. Either `png`, `webp`, or `jpeg`. """

    size: ImagesResponseSize | str | None = ABSENT
    """ The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`. """

    quality: ImagesResponseQuality | str | None = ABSENT
    """ The quality of the image generated. Either `low`, `medium`, or `high`. """

    usage: ImageGenUsage | None = ABSENT
    """ For `gpt-image-1` only, the token usage information for the image generation. """

    safety_identifier: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImagesResponse` has it (the live API sends it). Reads None when
    absent. """

    svg_usage: SdkSvgUsage | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImagesResponse` has it (the live API sends it). Reads None when
    absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created", "created"),
        ("background", "background"),
        ("data", "data"),
        ("output_format", "output_format"),
        ("quality", "quality"),
        ("safety_identifier", "safety_identifier"),
        ("size", "size"),
        ("svg_usage", "svg_usage"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "created": "int",
        "data": "list[Image] | Unset",
        "background": "ImagesResponseBackground | Unset",
        "output_format": "ImagesResponseOutputFormat | Unset",
        "size": "ImagesResponseSize | Unset",
        "quality": "ImagesResponseQuality | Unset",
        "usage": "ImageGenUsage | Unset",
        "safety_identifier": "None | str | Unset",
        "svg_usage": "None | SdkSvgUsage | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "background": (
            "opaque",
            "transparent",
        ),
        "output_format": (
            "jpeg",
            "png",
            "webp",
        ),
        "size": (
            "1024x1024",
            "1024x1536",
            "1536x1024",
        ),
        "quality": (
            "high",
            "low",
            "medium",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("created",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "created",
            "data",
            "background",
            "output_format",
            "size",
            "quality",
            "usage",
            "safety_identifier",
            "svg_usage",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.created
        if value_1 is None:
            if "created" in present:
                out["created"] = None
        else:
            out["created"] = value_1
        value_2 = self.background
        if value_2 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = value_2
        value_3 = self.data
        if value_3 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = to_json(value_3)
        value_4 = self.output_format
        if value_4 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = value_4
        value_5 = self.quality
        if value_5 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = value_5
        value_6 = self.safety_identifier
        if value_6 is None:
            if "safety_identifier" in present:
                out["safety_identifier"] = None
        else:
            out["safety_identifier"] = to_json(value_6)
        value_7 = self.size
        if value_7 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = value_7
        value_8 = self.svg_usage
        if value_8 is None:
            if "svg_usage" in present:
                out["svg_usage"] = None
        else:
            out["svg_usage"] = to_json(value_8)
        value_9 = self.usage
        if value_9 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_9)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.created = get_("created")
        _raw_data = get_("data", UNSET)
        try:
            _data = _raw_data
            data: list[Image] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError()
                data = []
                for data_item_data in _data:
                    try:
                        data_item = (
                            Image._from_dict_(data_item_data)
                            if data_item_data.__class__ is dict
                            else Image.from_dict(data_item_data)
                        )
                    except LENIENT_ERRORS:
                        data_item = data_item_data
                    data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data
        parsed_obj_.data = None if isinstance(data, Unset) else data
        parsed_obj_.background = get_("background")
        parsed_obj_.output_format = get_("output_format")
        parsed_obj_.size = get_("size")
        parsed_obj_.quality = get_("quality")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    ImageGenUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else ImageGenUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_.safety_identifier = get_("safety_identifier")
        _raw_svg_usage = get_("svg_usage", UNSET)
        if _raw_svg_usage is not None and _raw_svg_usage is not UNSET:
            try:
                svg_usage = _parse_svg_usage(_raw_svg_usage)

            except LENIENT_ERRORS:
                svg_usage = _raw_svg_usage
        else:
            svg_usage = _raw_svg_usage
        parsed_obj_.svg_usage = None if isinstance(svg_usage, Unset) else svg_usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
