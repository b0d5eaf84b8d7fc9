from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestGAAudioInputNoiseReduction")


def _parse_type_(data: object) -> NoiseReductionType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_noise_reduction_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("NoiseReductionType | None | Unset", data)


@_attrs_define
class RealtimeSessionCreateRequestGAAudioInputNoiseReduction:
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by
    improving perception of the input audio.

    Server default: `null`.

    """

    type_: NoiseReductionType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("type",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateRequestGAAudioInputNoiseReduction: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_ = cls(
            type_=type_,
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
