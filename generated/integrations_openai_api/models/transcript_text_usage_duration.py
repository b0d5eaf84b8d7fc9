from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextUsageDuration")


@_attrs_define
class TranscriptTextUsageDuration:
    """Usage statistics for models billed by audio input duration."""

    seconds: float
    """ Duration of the input audio in seconds. """
    type_: Literal["duration"] = "duration"
    """ The type of the usage object. Always `duration` for this variant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("duration",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "seconds",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "seconds",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.seconds, Unset):
            field_dict["seconds"] = self.seconds
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextUsageDuration: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['duration']", _raw_type_)
            if type_ != "duration":
                raise ValueError(f"type must match const 'duration', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        seconds = d.pop("seconds", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            seconds=seconds,
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
