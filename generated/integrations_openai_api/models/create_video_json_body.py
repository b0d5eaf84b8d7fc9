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
from ..models.video_model_enum import VideoModelEnum, check_video_model_enum
from ..models.video_seconds import VideoSeconds
from ..models.video_size import VideoSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_ref_param_2 import ImageRefParam2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImageRefParam2
    from ..models.image_ref_param_2 import ImageRefParam2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> str | Unset | VideoModelEnum:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_video_model_type_1 = check_video_model_enum(data)

        return componentsschemas_video_model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | Unset | VideoModelEnum", data)


@_attrs_define(repr=False)
class CreateVideoJsonBody(ApiModel):
    """JSON parameters for creating a new video generation job."""

    prompt: str
    """ Text prompt that describes the video to generate. """

    model: str | VideoModelEnum | None = ABSENT

    input_reference: ImageRefParam2 | None = ABSENT

    seconds: str | VideoSeconds | None = ABSENT

    size: str | VideoSize | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt", "prompt"),
        ("model", "model"),
        ("input_reference", "input_reference"),
        ("seconds", "seconds"),
        ("size", "size"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "prompt": "str",
        "model": "str | Unset | VideoModelEnum",
        "input_reference": "ImageRefParam2 | Unset",
        "seconds": "VideoSeconds | Unset",
        "size": "VideoSize | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "seconds": (
            "12",
            "4",
            "8",
        ),
        "size": (
            "1024x1792",
            "1280x720",
            "1792x1024",
            "720x1280",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("prompt",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "prompt",
            "model",
            "input_reference",
            "seconds",
            "size",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.prompt
        if value_1 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_1
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.input_reference
        if value_3 is None:
            if "input_reference" in present:
                out["input_reference"] = None
        else:
            out["input_reference"] = to_json(value_3)
        value_4 = self.seconds
        if value_4 is None:
            if "seconds" in present:
                out["seconds"] = None
        else:
            out["seconds"] = value_4
        value_5 = self.size
        if value_5 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = value_5
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
        parsed_obj_.prompt = get_("prompt")
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        input_reference = get_("input_reference")
        if input_reference is not None:
            try:
                input_reference = (
                    ImageRefParam2._from_dict_(input_reference)
                    if input_reference.__class__ is dict
                    else ImageRefParam2.from_dict(input_reference)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_reference = input_reference
        parsed_obj_.seconds = get_("seconds")
        parsed_obj_.size = get_("size")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
