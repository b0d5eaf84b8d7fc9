from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_beta_server_event_response_content_part_added_part_type import (
    RealtimeBetaServerEventResponseContentPartAddedPartType,
    check_realtime_beta_server_event_response_content_part_added_part_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventResponseContentPartDonePart")


@_attrs_define
class RealtimeBetaServerEventResponseContentPartDonePart:
    """The content part that is done."""

    type_: RealtimeBetaServerEventResponseContentPartAddedPartType | Unset = UNSET
    """ The content type ("text", "audio"). """
    text: str | Unset = UNSET
    """ The text content (if type is "text"). """
    audio: str | Unset = UNSET
    """ Base64-encoded audio data (if type is "audio"). """
    transcript: str | Unset = UNSET
    """ The transcript of the audio (if type is "audio"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "audio",
            "text",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "audio",
            "transcript",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.audio is not UNSET:
            field_dict["audio"] = self.audio
        if self.transcript is not UNSET:
            field_dict["transcript"] = self.transcript
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseContentPartDonePart: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeBetaServerEventResponseContentPartAddedPartType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_beta_server_event_response_content_part_added_part_type(
                    _type_
                )

        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        audio = d.pop("audio", UNSET)

        transcript = d.pop("transcript", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            audio=audio,
            transcript=transcript,
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
