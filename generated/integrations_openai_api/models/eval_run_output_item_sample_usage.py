from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRunOutputItemSampleUsage")


@_attrs_define
class EvalRunOutputItemSampleUsage:
    """Token usage details for the sample."""

    total_tokens: int
    """ The total number of tokens used. """
    completion_tokens: int
    """ The number of completion tokens generated. """
    prompt_tokens: int
    """ The number of prompt tokens used. """
    cached_tokens: int
    """ The number of tokens retrieved from cache. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total_tokens",
        "completion_tokens",
        "prompt_tokens",
        "cached_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total_tokens",
            "completion_tokens",
            "prompt_tokens",
            "cached_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.total_tokens, Unset):
            field_dict["total_tokens"] = self.total_tokens
        if not isinstance(self.completion_tokens, Unset):
            field_dict["completion_tokens"] = self.completion_tokens
        if not isinstance(self.prompt_tokens, Unset):
            field_dict["prompt_tokens"] = self.prompt_tokens
        if not isinstance(self.cached_tokens, Unset):
            field_dict["cached_tokens"] = self.cached_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalRunOutputItemSampleUsage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        cached_tokens = d.pop("cached_tokens", UNSET)

        parsed_obj_ = cls(
            total_tokens=total_tokens,
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            cached_tokens=cached_tokens,
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
