from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalGraderScoreModelSamplingParams")


def _parse_seed(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_max_completions_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_reasoning_effort(data: object) -> None | ReasoningEffort2 | Unset:
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


@_attrs_define
class EvalGraderScoreModelSamplingParams:
    """The sampling parameters for the model."""

    seed: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_completions_tokens: int | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffort2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "seed",
            "top_p",
            "temperature",
            "max_completions_tokens",
            "reasoning_effort",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.seed is not UNSET:
            field_dict["seed"] = to_json(self.seed)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = to_json(self.max_completions_tokens)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = to_json(self.reasoning_effort)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalGraderScoreModelSamplingParams: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_seed = d.pop("seed", UNSET)
        try:
            seed = _parse_seed(_raw_seed)

        except LENIENT_ERRORS:
            seed = _raw_seed

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_max_completions_tokens = d.pop("max_completions_tokens", UNSET)
        try:
            max_completions_tokens = _parse_max_completions_tokens(_raw_max_completions_tokens)

        except LENIENT_ERRORS:
            max_completions_tokens = _raw_max_completions_tokens

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        try:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        except LENIENT_ERRORS:
            reasoning_effort = _raw_reasoning_effort

        parsed_obj_ = cls(
            seed=seed,
            top_p=top_p,
            temperature=temperature,
            max_completions_tokens=max_completions_tokens,
            reasoning_effort=reasoning_effort,
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
