from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.create_moderation_request_input_variant_3_item_image_url_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrlImageUrl,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateModerationRequestInputVariant3ItemImageUrlImageUrl
    from ..models.create_moderation_request_input_variant_3_item_image_url_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrlImageUrl,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationRequestInputVariant3ItemImageUrl(ApiModel):
    """An object describing an image to classify."""

    image_url: CreateModerationRequestInputVariant3ItemImageUrlImageUrl
    """ Contains either an image URL or a data URL for a base64 encoded image. """

    type: Literal["image_url"] = "image_url"
    """ Always `image_url`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("image_url", "image_url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_url']",
        "image_url": "CreateModerationRequestInputVariant3ItemImageUrlImageUrl",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_url",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
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
        value_2 = self.image_url
        if value_2 is None:
            if "image_url" in present:
                out["image_url"] = None
        else:
            out["image_url"] = to_json(value_2)
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
        image_url = get_("image_url")
        if image_url is not None:
            try:
                image_url = (
                    CreateModerationRequestInputVariant3ItemImageUrlImageUrl._from_dict_(image_url)
                    if image_url.__class__ is dict
                    else CreateModerationRequestInputVariant3ItemImageUrlImageUrl.from_dict(
                        image_url
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.image_url = image_url
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
