from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="VadConfig")


@_attrs_define
class VadConfig:
    type_: Literal["server_vad"] = "server_vad"
    """ Must be set to `server_vad` to enable manual chunking using server side VAD. """
    prefix_padding_ms: int | Unset = UNSET
    """ Amount of audio to include before the VAD detected speech (in
    milliseconds).

    Server default: `300`. """
    silence_duration_ms: int | Unset = UNSET
    """ Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Server default: `200`. """
    threshold: float | Unset = UNSET
    """ Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.

    Server default: `0.5`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("server_vad",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "prefix_padding_ms",
            "silence_duration_ms",
            "threshold",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = self.prefix_padding_ms
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = self.silence_duration_ms
        if self.threshold is not UNSET:
            field_dict["threshold"] = self.threshold
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"VadConfig: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['server_vad']", _raw_type_)
            if type_ != "server_vad":
                raise ValueError(f"type must match const 'server_vad', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)

        threshold = d.pop("threshold", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            threshold=threshold,
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
