from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


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


@_attrs_define(repr=False)
class RunGraderResponseMetadataErrors(ApiModel):
    formula_parse_error: bool

    sample_parse_error: bool

    truncated_observation_error: bool

    unresponsive_reward_error: bool

    invalid_variable_error: bool

    other_error: bool

    python_grader_server_error: bool

    python_grader_server_error_type: str | None

    python_grader_runtime_error: bool

    python_grader_runtime_error_details: str | None

    model_grader_server_error: bool

    model_grader_refusal_error: bool

    model_grader_parse_error: bool

    model_grader_server_error_details: str | None

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("formula_parse_error", "formula_parse_error"),
        ("sample_parse_error", "sample_parse_error"),
        ("truncated_observation_error", "truncated_observation_error"),
        ("unresponsive_reward_error", "unresponsive_reward_error"),
        ("invalid_variable_error", "invalid_variable_error"),
        ("other_error", "other_error"),
        ("python_grader_server_error", "python_grader_server_error"),
        ("python_grader_server_error_type", "python_grader_server_error_type"),
        ("python_grader_runtime_error", "python_grader_runtime_error"),
        ("python_grader_runtime_error_details", "python_grader_runtime_error_details"),
        ("model_grader_server_error", "model_grader_server_error"),
        ("model_grader_refusal_error", "model_grader_refusal_error"),
        ("model_grader_parse_error", "model_grader_parse_error"),
        ("model_grader_server_error_details", "model_grader_server_error_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "formula_parse_error": "bool",
        "sample_parse_error": "bool",
        "truncated_observation_error": "bool",
        "unresponsive_reward_error": "bool",
        "invalid_variable_error": "bool",
        "other_error": "bool",
        "python_grader_server_error": "bool",
        "python_grader_server_error_type": "None | str",
        "python_grader_runtime_error": "bool",
        "python_grader_runtime_error_details": "None | str",
        "model_grader_server_error": "bool",
        "model_grader_refusal_error": "bool",
        "model_grader_parse_error": "bool",
        "model_grader_server_error_details": "None | str",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        formula_parse_error = d.pop("formula_parse_error", None)

        sample_parse_error = d.pop("sample_parse_error", None)

        truncated_observation_error = d.pop("truncated_observation_error", None)

        unresponsive_reward_error = d.pop("unresponsive_reward_error", None)

        invalid_variable_error = d.pop("invalid_variable_error", None)

        other_error = d.pop("other_error", None)

        python_grader_server_error = d.pop("python_grader_server_error", None)

        _raw_python_grader_server_error_type = d.pop("python_grader_server_error_type", None)
        try:
            python_grader_server_error_type = _parse_python_grader_server_error_type(
                _raw_python_grader_server_error_type
            )

        except LENIENT_ERRORS:
            python_grader_server_error_type = _raw_python_grader_server_error_type

        python_grader_runtime_error = d.pop("python_grader_runtime_error", None)

        _raw_python_grader_runtime_error_details = d.pop(
            "python_grader_runtime_error_details", None
        )
        try:
            python_grader_runtime_error_details = _parse_python_grader_runtime_error_details(
                _raw_python_grader_runtime_error_details
            )

        except LENIENT_ERRORS:
            python_grader_runtime_error_details = _raw_python_grader_runtime_error_details

        model_grader_server_error = d.pop("model_grader_server_error", None)

        model_grader_refusal_error = d.pop("model_grader_refusal_error", None)

        model_grader_parse_error = d.pop("model_grader_parse_error", None)

        _raw_model_grader_server_error_details = d.pop("model_grader_server_error_details", None)
        try:
            model_grader_server_error_details = _parse_model_grader_server_error_details(
                _raw_model_grader_server_error_details
            )

        except LENIENT_ERRORS:
            model_grader_server_error_details = _raw_model_grader_server_error_details

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.formula_parse_error = formula_parse_error
        parsed_obj_.sample_parse_error = sample_parse_error
        parsed_obj_.truncated_observation_error = truncated_observation_error
        parsed_obj_.unresponsive_reward_error = unresponsive_reward_error
        parsed_obj_.invalid_variable_error = invalid_variable_error
        parsed_obj_.other_error = other_error
        parsed_obj_.python_grader_server_error = python_grader_server_error
        parsed_obj_.python_grader_server_error_type = python_grader_server_error_type
        parsed_obj_.python_grader_runtime_error = python_grader_runtime_error
        parsed_obj_.python_grader_runtime_error_details = python_grader_runtime_error_details
        parsed_obj_.model_grader_server_error = model_grader_server_error
        parsed_obj_.model_grader_refusal_error = model_grader_refusal_error
        parsed_obj_.model_grader_parse_error = model_grader_parse_error
        parsed_obj_.model_grader_server_error_details = model_grader_server_error_details
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
