from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.input_audio_input_audio_format import (
    InputAudioInputAudioFormat,
    check_input_audio_input_audio_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputAudioInputAudio")


@_attrs_define
class InputAudioInputAudio:
    data: str
    """ Base64-encoded audio data.
     """
    format_: InputAudioInputAudioFormat
    """ The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.data, Unset):
            field_dict["data"] = self.data
        if not isinstance(self.format_, Unset):
            field_dict["format"] = self.format_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InputAudioInputAudio: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = check_input_audio_input_audio_format(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_ = cls(
            data=data,
            format_=format_,
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
