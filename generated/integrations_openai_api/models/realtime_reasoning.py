from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeReasoning")


def _parse_effort(data: object) -> None | RealtimeReasoningEffort | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = check_realtime_reasoning_effort(data)

        return effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | RealtimeReasoningEffort | Unset", data)


@_attrs_define
class RealtimeReasoning:
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: None | RealtimeReasoningEffort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("effort",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.effort is not UNSET:
            field_dict["effort"] = to_json(self.effort)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeReasoning: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_effort = d.pop("effort", UNSET)
        try:
            effort = _parse_effort(_raw_effort)

        except LENIENT_ERRORS:
            effort = _raw_effort

        parsed_obj_ = cls(
            effort=effort,
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
