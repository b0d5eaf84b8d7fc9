from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..models.create_translation_request_model_enum import (
    CreateTranslationRequestModelEnum,
    check_create_translation_request_model_enum,
)
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
    check_create_translation_request_response_format,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTranslationRequest")


def _parse_model(data: object) -> CreateTranslationRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_translation_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateTranslationRequestModelEnum | str", data)


@_attrs_define
class CreateTranslationRequest:
    file: File
    """ The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a,
    ogg, wav, or webm.
     """
    model: CreateTranslationRequestModelEnum | str
    """ ID of the model to use. Only `whisper-1` (which is powered by our open source Whisper V2 model) is currently
    available.
     """
    prompt: str | Unset = UNSET
    """ An optional text to guide the model's style or continue a previous audio segment. The
    [prompt](/docs/guides/speech-to-text#prompting) should be in English.
     """
    response_format: CreateTranslationRequestResponseFormat | Unset = UNSET
    """ The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

    Server default: `"json"`. """
    temperature: float | Unset = UNSET
    """ The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log
    probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until
    certain thresholds are hit.

    Server default: `0`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file, Unset):
            field_dict["file"] = to_json(self.file)
        if not isinstance(self.model, Unset):
            field_dict["model"] = to_json(self.model)
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        return field_dict

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateTranslationRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file = d.pop("file", UNSET)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        prompt = d.pop("prompt", UNSET)

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            _response_format = _raw_response_format
            response_format: CreateTranslationRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_create_translation_request_response_format(_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        temperature = d.pop("temperature", UNSET)

        parsed_obj_ = cls(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
