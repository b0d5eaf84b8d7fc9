from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextDeltaEventLogprobsItem")


def _parse_token(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_logprob(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_bytes_(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | None | Unset", data)


@_attrs_define
class TranscriptTextDeltaEventLogprobsItem:
    token: None | str | Unset = UNSET
    """ The token that was used to generate the log probability.
     """
    logprob: float | None | Unset = UNSET
    """ The log probability of the token.
     """
    bytes_: list[int] | None | Unset = UNSET
    """ The bytes that were used to generate the log probability.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "bytes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.token is not UNSET:
            field_dict["token"] = to_json(self.token)
        if self.logprob is not UNSET:
            field_dict["logprob"] = to_json(self.logprob)
        if self.bytes_ is not UNSET:
            field_dict["bytes"] = to_json(self.bytes_)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextDeltaEventLogprobsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_token = d.pop("token", UNSET)
        try:
            token = _parse_token(_raw_token)

        except LENIENT_ERRORS:
            token = _raw_token

        _raw_logprob = d.pop("logprob", UNSET)
        try:
            logprob = _parse_logprob(_raw_logprob)

        except LENIENT_ERRORS:
            logprob = _raw_logprob

        _raw_bytes_ = d.pop("bytes", UNSET)
        try:
            bytes_ = _parse_bytes_(_raw_bytes_)

        except LENIENT_ERRORS:
            bytes_ = _raw_bytes_

        parsed_obj_ = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
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
