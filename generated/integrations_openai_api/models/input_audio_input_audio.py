from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.input_audio_input_audio_format import (
    InputAudioInputAudioFormat,
    check_input_audio_input_audio_format,
)


@_attrs_define(repr=False)
class InputAudioInputAudio(ApiModel):
    data: str
    """ Base64-encoded audio data.
     """

    format: InputAudioInputAudioFormat | str
    """ The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
     """

    _sdk_name_: ClassVar[str] = "InputAudio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "str",
        "format": "InputAudioInputAudioFormat",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "format": (
            "mp3",
            "wav",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "data",
        "format",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data",
            "format",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data
        if value_1 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = value_1
        value_2 = self.format
        if value_2 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        data = d.pop("data", None)

        _raw_format_ = d.pop("format", None)
        try:
            format_ = check_input_audio_input_audio_format(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.data = data
        parsed_obj_.format = format_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
