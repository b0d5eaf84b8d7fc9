from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunGraderResponseMetadataErrors")


def _parse_python_grader_server_error_type(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_python_grader_runtime_error_details(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_model_grader_server_error_details(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class RunGraderResponseMetadataErrors:
    formula_parse_error: bool
    sample_parse_error: bool
    truncated_observation_error: bool
    unresponsive_reward_error: bool
    invalid_variable_error: bool
    other_error: bool
    python_grader_server_error: bool
    python_grader_server_error_type: None | str
    python_grader_runtime_error: bool
    python_grader_runtime_error_details: None | str
    model_grader_server_error: bool
    model_grader_refusal_error: bool
    model_grader_parse_error: bool
    model_grader_server_error_details: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "formula_parse_error",
        "sample_parse_error",
        "truncated_observation_error",
        "unresponsive_reward_error",
        "invalid_variable_error",
        "other_error",
        "python_grader_server_error",
        "python_grader_server_error_type",
        "python_grader_runtime_error",
        "python_grader_runtime_error_details",
        "model_grader_server_error",
        "model_grader_refusal_error",
        "model_grader_parse_error",
        "model_grader_server_error_details",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "formula_parse_error",
            "sample_parse_error",
            "truncated_observation_error",
            "unresponsive_reward_error",
            "invalid_variable_error",
            "other_error",
            "python_grader_server_error",
            "python_grader_server_error_type",
            "python_grader_runtime_error",
            "python_grader_runtime_error_details",
            "model_grader_server_error",
            "model_grader_refusal_error",
            "model_grader_parse_error",
            "model_grader_server_error_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.formula_parse_error, Unset):
            field_dict["formula_parse_error"] = self.formula_parse_error
        if not isinstance(self.sample_parse_error, Unset):
            field_dict["sample_parse_error"] = self.sample_parse_error
        if not isinstance(self.truncated_observation_error, Unset):
            field_dict["truncated_observation_error"] = self.truncated_observation_error
        if not isinstance(self.unresponsive_reward_error, Unset):
            field_dict["unresponsive_reward_error"] = self.unresponsive_reward_error
        if not isinstance(self.invalid_variable_error, Unset):
            field_dict["invalid_variable_error"] = self.invalid_variable_error
        if not isinstance(self.other_error, Unset):
            field_dict["other_error"] = self.other_error
        if not isinstance(self.python_grader_server_error, Unset):
            field_dict["python_grader_server_error"] = self.python_grader_server_error
        if not isinstance(self.python_grader_server_error_type, Unset):
            field_dict["python_grader_server_error_type"] = to_json(
                self.python_grader_server_error_type
            )
        if not isinstance(self.python_grader_runtime_error, Unset):
            field_dict["python_grader_runtime_error"] = self.python_grader_runtime_error
        if not isinstance(self.python_grader_runtime_error_details, Unset):
            field_dict["python_grader_runtime_error_details"] = to_json(
                self.python_grader_runtime_error_details
            )
        if not isinstance(self.model_grader_server_error, Unset):
            field_dict["model_grader_server_error"] = self.model_grader_server_error
        if not isinstance(self.model_grader_refusal_error, Unset):
            field_dict["model_grader_refusal_error"] = self.model_grader_refusal_error
        if not isinstance(self.model_grader_parse_error, Unset):
            field_dict["model_grader_parse_error"] = self.model_grader_parse_error
        if not isinstance(self.model_grader_server_error_details, Unset):
            field_dict["model_grader_server_error_details"] = to_json(
                self.model_grader_server_error_details
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunGraderResponseMetadataErrors: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        formula_parse_error = d.pop("formula_parse_error", UNSET)

        sample_parse_error = d.pop("sample_parse_error", UNSET)

        truncated_observation_error = d.pop("truncated_observation_error", UNSET)

        unresponsive_reward_error = d.pop("unresponsive_reward_error", UNSET)

        invalid_variable_error = d.pop("invalid_variable_error", UNSET)

        other_error = d.pop("other_error", UNSET)

        python_grader_server_error = d.pop("python_grader_server_error", UNSET)

        _raw_python_grader_server_error_type = d.pop("python_grader_server_error_type", UNSET)
        try:
            python_grader_server_error_type = _parse_python_grader_server_error_type(
                _raw_python_grader_server_error_type
            )

        except LENIENT_ERRORS:
            python_grader_server_error_type = _raw_python_grader_server_error_type

        python_grader_runtime_error = d.pop("python_grader_runtime_error", UNSET)

        _raw_python_grader_runtime_error_details = d.pop(
            "python_grader_runtime_error_details", UNSET
        )
        try:
            python_grader_runtime_error_details = _parse_python_grader_runtime_error_details(
                _raw_python_grader_runtime_error_details
            )

        except LENIENT_ERRORS:
            python_grader_runtime_error_details = _raw_python_grader_runtime_error_details

        model_grader_server_error = d.pop("model_grader_server_error", UNSET)

        model_grader_refusal_error = d.pop("model_grader_refusal_error", UNSET)

        model_grader_parse_error = d.pop("model_grader_parse_error", UNSET)

        _raw_model_grader_server_error_details = d.pop("model_grader_server_error_details", UNSET)
        try:
            model_grader_server_error_details = _parse_model_grader_server_error_details(
                _raw_model_grader_server_error_details
            )

        except LENIENT_ERRORS:
            model_grader_server_error_details = _raw_model_grader_server_error_details

        parsed_obj_ = cls(
            formula_parse_error=formula_parse_error,
            sample_parse_error=sample_parse_error,
            truncated_observation_error=truncated_observation_error,
            unresponsive_reward_error=unresponsive_reward_error,
            invalid_variable_error=invalid_variable_error,
            other_error=other_error,
            python_grader_server_error=python_grader_server_error,
            python_grader_server_error_type=python_grader_server_error_type,
            python_grader_runtime_error=python_grader_runtime_error,
            python_grader_runtime_error_details=python_grader_runtime_error_details,
            model_grader_server_error=model_grader_server_error,
            model_grader_refusal_error=model_grader_refusal_error,
            model_grader_parse_error=model_grader_parse_error,
            model_grader_server_error_details=model_grader_server_error_details,
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
