from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTruncationRetentionRatioTruncationTokenLimits")


def _parse_post_instructions(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class RealtimeTruncationRetentionRatioTruncationTokenLimits:
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be
    used.

    """

    post_instructions: int | None | Unset = UNSET
    """ Maximum tokens allowed in the conversation after instructions (which including tool definitions). For
    example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens
    after instructions. This cannot be higher than the model's context window size minus the maximum output tokens.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("post_instructions",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.post_instructions is not UNSET:
            field_dict["post_instructions"] = to_json(self.post_instructions)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTruncationRetentionRatioTruncationTokenLimits: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_post_instructions = d.pop("post_instructions", UNSET)
        try:
            post_instructions = _parse_post_instructions(_raw_post_instructions)

        except LENIENT_ERRORS:
            post_instructions = _raw_post_instructions

        parsed_obj_ = cls(
            post_instructions=post_instructions,
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
