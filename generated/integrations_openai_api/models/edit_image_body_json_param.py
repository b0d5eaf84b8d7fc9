from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_image_edit_request_background import (
    CreateImageEditRequestBackground,
    check_create_image_edit_request_background,
)
from ..models.create_image_edit_request_output_format import (
    CreateImageEditRequestOutputFormat,
    check_create_image_edit_request_output_format,
)
from ..models.create_image_request_moderation import (
    CreateImageRequestModeration,
    check_create_image_request_moderation,
)
from ..models.edit_image_body_json_param_input_fidelity import (
    EditImageBodyJsonParamInputFidelity,
    check_edit_image_body_json_param_input_fidelity,
)
from ..models.edit_image_body_json_param_model_enum import (
    EditImageBodyJsonParamModelEnum,
    check_edit_image_body_json_param_model_enum,
)
from ..models.edit_image_body_json_param_quality import (
    EditImageBodyJsonParamQuality,
    check_edit_image_body_json_param_quality,
)
from ..models.edit_image_body_json_param_size import (
    EditImageBodyJsonParamSize,
    check_edit_image_body_json_param_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_ref_param import ImageRefParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImageRefParam
    from ..models.image_ref_param import ImageRefParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> EditImageBodyJsonParamModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_edit_image_body_json_param_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("EditImageBodyJsonParamModelEnum | None | str | Unset", data)


def _parse_quality(data: object) -> EditImageBodyJsonParamQuality | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        quality_type_0 = check_edit_image_body_json_param_quality(data)

        return quality_type_0
    except LENIENT_ERRORS:
        pass
    return cast("EditImageBodyJsonParamQuality | None | Unset", data)


def _parse_input_fidelity(data: object) -> EditImageBodyJsonParamInputFidelity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_fidelity_type_0 = check_edit_image_body_json_param_input_fidelity(data)

        return input_fidelity_type_0
    except LENIENT_ERRORS:
        pass
    return cast("EditImageBodyJsonParamInputFidelity | None | Unset", data)


def _parse_size(data: object) -> EditImageBodyJsonParamSize | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        size_type_0 = check_edit_image_body_json_param_size(data)

        return size_type_0
    except LENIENT_ERRORS:
        pass
    return cast("EditImageBodyJsonParamSize | None | Unset", data)


def _parse_output_format(data: object) -> CreateImageEditRequestOutputFormat | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_format_type_0 = check_create_image_edit_request_output_format(data)

        return output_format_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestOutputFormat | None | Unset", data)


def _parse_moderation(data: object) -> CreateImageRequestModeration | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        moderation_type_0 = check_create_image_request_moderation(data)

        return moderation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageRequestModeration | None | Unset", data)


def _parse_background(data: object) -> CreateImageEditRequestBackground | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        background_type_0 = check_create_image_edit_request_background(data)

        return background_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateImageEditRequestBackground | None | Unset", data)


@_attrs_define(repr=False)
class EditImageBodyJsonParam(ApiModel):
    """JSON request body for image edits.

    Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads.
    You can reference images via external URLs, data URLs, or uploaded file IDs.
    JSON edits support GPT image models only; DALL-E edits require multipart (`dall-e-2` only).

    """

    images: list[ImageRefParam]
    """ Input image references to edit.
    For GPT image models, you can provide up to 16 images.
     """

    prompt: str
    """ A text description of the desired image edit. """

    model: EditImageBodyJsonParamModelEnum | str | None = ABSENT
    """ The model to use for image editing.

    Server default: `"gpt-image-1.5"`. """

    mask: ImageRefParam | None = ABSENT
    """ Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`.
     """

    n: int | None = ABSENT
    """ The number of edited images to generate.

    Server default: `1`. """

    quality: EditImageBodyJsonParamQuality | str | None = ABSENT
    """ Output quality for GPT image models.

    Server default: `"auto"`. """

    input_fidelity: EditImageBodyJsonParamInputFidelity | str | None = ABSENT
    """ Controls fidelity to the original input image(s). """

    size: EditImageBodyJsonParamSize | str | None = ABSENT
    """ Requested output image size.

    Server default: `"auto"`. """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI
    monitor and detect abuse.
     """

    output_format: CreateImageEditRequestOutputFormat | str | None = ABSENT
    """ Output image format. Supported for GPT image models.

    Server default: `"png"`. """

    output_compression: int | None = ABSENT
    """ Compression level for `jpeg` or `webp` output. """

    moderation: CreateImageRequestModeration | str | None = ABSENT
    """ Moderation level for GPT image models.

    Server default: `"auto"`. """

    background: CreateImageEditRequestBackground | str | None = ABSENT
    """ Background behavior for generated image output.

    Server default: `"auto"`. """

    stream: bool | None = ABSENT
    """ Stream partial image results as events.

    Server default: `false`. """

    partial_images: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("images", "images"),
        ("prompt", "prompt"),
        ("model", "model"),
        ("mask", "mask"),
        ("n", "n"),
        ("quality", "quality"),
        ("input_fidelity", "input_fidelity"),
        ("size", "size"),
        ("user", "user"),
        ("output_format", "output_format"),
        ("output_compression", "output_compression"),
        ("moderation", "moderation"),
        ("background", "background"),
        ("stream", "stream"),
        ("partial_images", "partial_images"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "images": "list[ImageRefParam]",
        "prompt": "str",
        "model": "EditImageBodyJsonParamModelEnum | None | str | Unset",
        "mask": "ImageRefParam | Unset",
        "n": "int | None | Unset",
        "quality": "EditImageBodyJsonParamQuality | None | Unset",
        "input_fidelity": "EditImageBodyJsonParamInputFidelity | None | Unset",
        "size": "EditImageBodyJsonParamSize | None | Unset",
        "user": "str | Unset",
        "output_format": "CreateImageEditRequestOutputFormat | None | Unset",
        "output_compression": "int | None | Unset",
        "moderation": "CreateImageRequestModeration | None | Unset",
        "background": "CreateImageEditRequestBackground | None | Unset",
        "stream": "bool | None | Unset",
        "partial_images": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "images",
        "prompt",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "images",
            "prompt",
            "model",
            "mask",
            "n",
            "quality",
            "input_fidelity",
            "size",
            "user",
            "output_format",
            "output_compression",
            "moderation",
            "background",
            "stream",
            "partial_images",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.images
        if value_1 is None:
            if "images" in present:
                out["images"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "images" in present:
            out["images"] = to_json(value_1)
        value_2 = self.prompt
        if value_2 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_2
        value_3 = self.model
        if value_3 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_3)
        value_4 = self.mask
        if value_4 is None:
            if "mask" in present:
                out["mask"] = None
        else:
            out["mask"] = to_json(value_4)
        value_5 = self.n
        if value_5 is None:
            if "n" in present:
                out["n"] = None
        else:
            out["n"] = to_json(value_5)
        value_6 = self.quality
        if value_6 is None:
            if "quality" in present:
                out["quality"] = None
        else:
            out["quality"] = to_json(value_6)
        value_7 = self.input_fidelity
        if value_7 is None:
            if "input_fidelity" in present:
                out["input_fidelity"] = None
        else:
            out["input_fidelity"] = to_json(value_7)
        value_8 = self.size
        if value_8 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_8)
        value_9 = self.user
        if value_9 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_9
        value_10 = self.output_format
        if value_10 is None:
            if "output_format" in present:
                out["output_format"] = None
        else:
            out["output_format"] = to_json(value_10)
        value_11 = self.output_compression
        if value_11 is None:
            if "output_compression" in present:
                out["output_compression"] = None
        else:
            out["output_compression"] = to_json(value_11)
        value_12 = self.moderation
        if value_12 is None:
            if "moderation" in present:
                out["moderation"] = None
        else:
            out["moderation"] = to_json(value_12)
        value_13 = self.background
        if value_13 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_13)
        value_14 = self.stream
        if value_14 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_14)
        value_15 = self.partial_images
        if value_15 is None:
            if "partial_images" in present:
                out["partial_images"] = None
        else:
            out["partial_images"] = to_json(value_15)
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
        _raw_images = get_("images", UNSET)
        try:
            images = []
            _images = _raw_images
            if not isinstance(_images, list):
                raise TypeError()
            for images_item_data in _images:
                try:
                    images_item = (
                        ImageRefParam._from_dict_(images_item_data)
                        if images_item_data.__class__ is dict
                        else ImageRefParam.from_dict(images_item_data)
                    )
                except LENIENT_ERRORS:
                    images_item = images_item_data
                images.append(images_item)

        except LENIENT_ERRORS:
            images = _raw_images
        parsed_obj_.images = AbsentList() if isinstance(images, Unset) else images
        parsed_obj_.prompt = get_("prompt")
        _raw_model = get_("model", UNSET)
        if _raw_model is not None and _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        mask = get_("mask")
        if mask is not None:
            try:
                mask = (
                    ImageRefParam._from_dict_(mask)
                    if mask.__class__ is dict
                    else ImageRefParam.from_dict(mask)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.mask = mask
        parsed_obj_.n = get_("n")
        _raw_quality = get_("quality", UNSET)
        if _raw_quality is not None and _raw_quality is not UNSET:
            try:
                quality = _parse_quality(_raw_quality)

            except LENIENT_ERRORS:
                quality = _raw_quality
        else:
            quality = _raw_quality
        parsed_obj_.quality = None if isinstance(quality, Unset) else quality
        _raw_input_fidelity = get_("input_fidelity", UNSET)
        if _raw_input_fidelity is not None and _raw_input_fidelity is not UNSET:
            try:
                input_fidelity = _parse_input_fidelity(_raw_input_fidelity)

            except LENIENT_ERRORS:
                input_fidelity = _raw_input_fidelity
        else:
            input_fidelity = _raw_input_fidelity
        parsed_obj_.input_fidelity = None if isinstance(input_fidelity, Unset) else input_fidelity
        _raw_size = get_("size", UNSET)
        if _raw_size is not None and _raw_size is not UNSET:
            try:
                size = _parse_size(_raw_size)

            except LENIENT_ERRORS:
                size = _raw_size
        else:
            size = _raw_size
        parsed_obj_.size = None if isinstance(size, Unset) else size
        parsed_obj_.user = get_("user")
        _raw_output_format = get_("output_format", UNSET)
        if _raw_output_format is not None and _raw_output_format is not UNSET:
            try:
                output_format = _parse_output_format(_raw_output_format)

            except LENIENT_ERRORS:
                output_format = _raw_output_format
        else:
            output_format = _raw_output_format
        parsed_obj_.output_format = None if isinstance(output_format, Unset) else output_format
        parsed_obj_.output_compression = get_("output_compression")
        _raw_moderation = get_("moderation", UNSET)
        if _raw_moderation is not None and _raw_moderation is not UNSET:
            try:
                moderation = _parse_moderation(_raw_moderation)

            except LENIENT_ERRORS:
                moderation = _raw_moderation
        else:
            moderation = _raw_moderation
        parsed_obj_.moderation = None if isinstance(moderation, Unset) else moderation
        _raw_background = get_("background", UNSET)
        if _raw_background is not None and _raw_background is not UNSET:
            try:
                background = _parse_background(_raw_background)

            except LENIENT_ERRORS:
                background = _raw_background
        else:
            background = _raw_background
        parsed_obj_.background = None if isinstance(background, Unset) else background
        parsed_obj_.stream = get_("stream")
        parsed_obj_.partial_images = get_("partial_images")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
