from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.image_gen_completed_event_background import (
    ImageGenCompletedEventBackground,
)
from ..models.image_gen_completed_event_output_format import (
    ImageGenCompletedEventOutputFormat,
)
from ..models.image_gen_completed_event_quality import (
    ImageGenCompletedEventQuality,
)
from ..models.image_gen_completed_event_size import (
    ImageGenCompletedEventSize,
)

if TYPE_CHECKING:
    from ..models.images_usage import ImagesUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImagesUsage
    from ..models.images_usage import ImagesUsage  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ImageGenCompletedEvent(ApiModel):
    """Emitted when image generation has completed and the final image is available."""

    b64_json: str
    """ Base64-encoded image data, suitable for rendering as an image.
     """

    created_at: int
    """ The Unix timestamp when the event was created.
     """

    size: ImageGenCompletedEventSize | str
    """ The size of the generated image.
     """

    quality: ImageGenCompletedEventQuality | str
    """ The quality setting for the generated image.
     """

    background: ImageGenCompletedEventBackground | str
    """ The background setting for the generated image.
     """

    output_format: ImageGenCompletedEventOutputFormat | str
    """ The output format for the generated image.
     """

    usage: ImagesUsage
    """ For the GPT image models only, the token usage information for the image generation.
     """

    type: Literal["image_generation.completed"] = "image_generation.completed"
    """ The type of the event. Always `image_generation.completed`.
     """

    safety_identifier: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ImageGenCompletedEvent` has it (the live API sends it). Reads
    None when absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("b64_json", "b64_json"),
        ("background", "background"),
        ("created_at", "created_at"),
        ("output_format", "output_format"),
        ("quality", "quality"),
        ("size", "size"),
        ("type", "type"),
        ("usage", "usage"),
        ("safety_identifier", "safety_identifier"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_generation.completed']",
        "b64_json": "str",
        "created_at": "int",
        "size": "ImageGenCompletedEventSize",
        "quality": "ImageGenCompletedEventQuality",
        "background": "ImageGenCompletedEventBackground",
        "output_format": "ImageGenCompletedEventOutputFormat",
        "usage": "ImagesUsage",
        "safety_identifier": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation.completed",),
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
        "usage",
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
            "usage",
            "safety_identifier",
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
        value_5 = self.quality
        if value_5 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = value_5
        value_6 = self.size
        if value_6 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = value_6
        value_7 = self.type
        if value_7 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_7
        value_8 = self.usage
        if value_8 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_8)
        value_9 = self.safety_identifier
        if value_9 is None:
            if "safety_identifier" in present:
                out["safety_identifier"] = None
        else:
            out["safety_identifier"] = to_json(value_9)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.b64_json = get_("b64_json")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.size = get_("size")
        parsed_obj_.quality = get_("quality")
        parsed_obj_.background = get_("background")
        parsed_obj_.output_format = get_("output_format")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    ImagesUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else ImagesUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_.safety_identifier = get_("safety_identifier")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
