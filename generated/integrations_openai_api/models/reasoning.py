from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..models.reasoning_generate_summary import (
    ReasoningGenerateSummary,
    check_reasoning_generate_summary,
)
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")


def _parse_effort(data: object) -> None | ReasoningEffort2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_2(data)

        return componentsschemas_reasoning_effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningEffort2 | Unset", data)


def _parse_summary(data: object) -> None | ReasoningSummary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = check_reasoning_summary(data)

        return summary_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningSummary | Unset", data)


def _parse_generate_summary(data: object) -> None | ReasoningGenerateSummary | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        generate_summary_type_0 = check_reasoning_generate_summary(data)

        return generate_summary_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningGenerateSummary | Unset", data)


@_attrs_define
class Reasoning:
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).

    """

    effort: None | ReasoningEffort2 | Unset = UNSET
    summary: None | ReasoningSummary | Unset = UNSET
    generate_summary: None | ReasoningGenerateSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "effort",
            "summary",
            "generate_summary",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.effort is not UNSET:
            field_dict["effort"] = to_json(self.effort)
        if self.summary is not UNSET:
            field_dict["summary"] = to_json(self.summary)
        if self.generate_summary is not UNSET:
            field_dict["generate_summary"] = to_json(self.generate_summary)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Reasoning: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_effort = d.pop("effort", UNSET)
        try:
            effort = _parse_effort(_raw_effort)

        except LENIENT_ERRORS:
            effort = _raw_effort

        _raw_summary = d.pop("summary", UNSET)
        try:
            summary = _parse_summary(_raw_summary)

        except LENIENT_ERRORS:
            summary = _raw_summary

        _raw_generate_summary = d.pop("generate_summary", UNSET)
        try:
            generate_summary = _parse_generate_summary(_raw_generate_summary)

        except LENIENT_ERRORS:
            generate_summary = _raw_generate_summary

        parsed_obj_ = cls(
            effort=effort,
            summary=summary,
            generate_summary=generate_summary,
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
