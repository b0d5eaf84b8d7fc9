from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTruncationRetentionRatioTruncationTokenLimits
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTruncationRetentionRatioTruncation")


def _parse_token_limits(
    data: object,
) -> None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTruncationRetentionRatioTruncationTokenLimits.from_dict(data)
    return cast("None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset", data)


@_attrs_define
class RealtimeTruncationRetentionRatioTruncation:
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to
    amortize truncations across multiple turns, which can help improve cached token usage.

    """

    retention_ratio: float
    """ Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the
    input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed
    tokens are used. This helps reduce the frequency of truncations and improve cache rates.
     """
    type_: Literal["retention_ratio"] = "retention_ratio"
    """ Use retention ratio truncation. """
    token_limits: None | RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("retention_ratio",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "retention_ratio",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "retention_ratio",
            "token_limits",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.retention_ratio, Unset):
            field_dict["retention_ratio"] = self.retention_ratio
        if self.token_limits is not UNSET:
            field_dict["token_limits"] = to_json(self.token_limits)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTruncationRetentionRatioTruncation: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['retention_ratio']", _raw_type_)
            if type_ != "retention_ratio":
                raise ValueError(f"type must match const 'retention_ratio', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        retention_ratio = d.pop("retention_ratio", UNSET)

        _raw_token_limits = d.pop("token_limits", UNSET)
        try:
            token_limits = _parse_token_limits(_raw_token_limits)

        except LENIENT_ERRORS:
            token_limits = _raw_token_limits

        parsed_obj_ = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
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
