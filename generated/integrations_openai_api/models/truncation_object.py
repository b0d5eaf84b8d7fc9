from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_run_request_truncation_strategy_type import (
    CreateRunRequestTruncationStrategyType,
    check_create_run_request_truncation_strategy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TruncationObject")


def _parse_last_messages(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class TruncationObject:
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the
    run.

    """

    type_: CreateRunRequestTruncationStrategyType
    """ The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread
    will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the
    thread will be dropped to fit the context length of the model, `max_prompt_tokens`. """
    last_messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "auto",
            "last_messages",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "last_messages",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.last_messages is not UNSET:
            field_dict["last_messages"] = to_json(self.last_messages)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TruncationObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_create_run_request_truncation_strategy_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_last_messages = d.pop("last_messages", UNSET)
        try:
            last_messages = _parse_last_messages(_raw_last_messages)

        except LENIENT_ERRORS:
            last_messages = _raw_last_messages

        parsed_obj_ = cls(
            type_=type_,
            last_messages=last_messages,
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
