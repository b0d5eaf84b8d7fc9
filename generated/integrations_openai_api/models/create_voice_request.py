from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateVoiceRequest")


@_attrs_define
class CreateVoiceRequest:
    name: str
    """ The name of the new voice. """
    audio_sample: File
    """ The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
     """
    consent: str
    """ The consent recording ID (for example, `cons_1234`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "audio_sample",
        "consent",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "audio_sample",
            "consent",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.audio_sample, Unset):
            field_dict["audio_sample"] = to_json(self.audio_sample)
        if not isinstance(self.consent, Unset):
            field_dict["consent"] = self.consent
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("name", self.name),
                ("audio_sample", self.audio_sample),
                ("consent", self.consent),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVoiceRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_audio_sample = d.pop("audio_sample", UNSET)
        try:
            audio_sample = File(payload=BytesIO(_raw_audio_sample))

        except LENIENT_ERRORS:
            audio_sample = _raw_audio_sample

        consent = d.pop("consent", UNSET)

        parsed_obj_ = cls(
            name=name,
            audio_sample=audio_sample,
            consent=consent,
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
