from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..models.create_translation_request_model_enum import (
    CreateTranslationRequestModelEnum,
    check_create_translation_request_model_enum,
)
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
)
from ..types import File

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateTranslationRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_translation_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateTranslationRequestModelEnum | str", data)


@_attrs_define(repr=False)
class CreateTranslationRequest(ApiModel):
    file: File
    """ The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a,
    ogg, wav, or webm.
     """

    model: CreateTranslationRequestModelEnum | str
    """ ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently
    available.
     """

    prompt: str | None = ABSENT
    """ An optional text to guide the model's style or continue a previous audio segment. The
    [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should be in English.
     """

    response_format: CreateTranslationRequestResponseFormat | str | None = ABSENT
    """ The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

    Server default: `"json"`. """

    temperature: float | None = ABSENT
    """ The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log
    probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until
    certain thresholds are hit.

    Server default: `0`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("model", "model"),
        ("prompt", "prompt"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file": "File",
        "model": "CreateTranslationRequestModelEnum | str",
        "prompt": "str | Unset",
        "response_format": "CreateTranslationRequestResponseFormat | Unset",
        "temperature": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "response_format": (
            "json",
            "srt",
            "text",
            "verbose_json",
            "vtt",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file",
        "model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file",
            "model",
            "prompt",
            "response_format",
            "temperature",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file
        if value_1 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.prompt
        if value_3 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_3
        value_4 = self.response_format
        if value_4 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = value_4
        value_5 = self.temperature
        if value_5 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("file", self.file),
                ("model", self.model),
                ("prompt", self.prompt),
                ("response_format", self.response_format),
                ("temperature", self.temperature),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_file = get_("file", None)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file
        parsed_obj_.file = file
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.prompt = get_("prompt")
        parsed_obj_.response_format = get_("response_format")
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
