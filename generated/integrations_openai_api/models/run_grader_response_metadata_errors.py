from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunGraderResponseMetadataErrors(ApiModel):
    formula_parse_error: bool

    sample_parse_error: bool

    truncated_observation_error: bool

    unresponsive_reward_error: bool

    invalid_variable_error: bool

    other_error: bool

    python_grader_server_error: bool

    python_grader_runtime_error: bool

    model_grader_server_error: bool

    model_grader_refusal_error: bool

    model_grader_parse_error: bool

    python_grader_server_error_type: str | None = ABSENT

    python_grader_runtime_error_details: str | None = ABSENT

    model_grader_server_error_details: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "MetadataErrors"
    _sdk_attrs_: ClassVar[dict[str, str]] = {
        "model_grader_parse_error": "api_model_grader_parse_error",
        "model_grader_refusal_error": "api_model_grader_refusal_error",
        "model_grader_server_error": "api_model_grader_server_error",
        "model_grader_server_error_details": "api_model_grader_server_error_details",
    }

    @property
    def api_model_grader_parse_error(self) -> bool:
        """`model_grader_parse_error` under the official SDK's name."""
        return self.model_grader_parse_error

    @property
    def api_model_grader_refusal_error(self) -> bool:
        """`model_grader_refusal_error` under the official SDK's name."""
        return self.model_grader_refusal_error

    @property
    def api_model_grader_server_error(self) -> bool:
        """`model_grader_server_error` under the official SDK's name."""
        return self.model_grader_server_error

    @property
    def api_model_grader_server_error_details(self) -> str | None:
        """`model_grader_server_error_details` under the official SDK's name."""
        return self.model_grader_server_error_details

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("formula_parse_error", "formula_parse_error"),
        ("invalid_variable_error", "invalid_variable_error"),
        ("model_grader_parse_error", "model_grader_parse_error"),
        ("model_grader_refusal_error", "model_grader_refusal_error"),
        ("model_grader_server_error", "model_grader_server_error"),
        ("model_grader_server_error_details", "model_grader_server_error_details"),
        ("other_error", "other_error"),
        ("python_grader_runtime_error", "python_grader_runtime_error"),
        ("python_grader_runtime_error_details", "python_grader_runtime_error_details"),
        ("python_grader_server_error", "python_grader_server_error"),
        ("python_grader_server_error_type", "python_grader_server_error_type"),
        ("sample_parse_error", "sample_parse_error"),
        ("truncated_observation_error", "truncated_observation_error"),
        ("unresponsive_reward_error", "unresponsive_reward_error"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.formula_parse_error
        if value_1 is None:
            if "formula_parse_error" in present:
                out["formula_parse_error"] = None
        else:
            out["formula_parse_error"] = value_1
        value_2 = self.invalid_variable_error
        if value_2 is None:
            if "invalid_variable_error" in present:
                out["invalid_variable_error"] = None
        else:
            out["invalid_variable_error"] = value_2
        value_3 = self.model_grader_parse_error
        if value_3 is None:
            if "model_grader_parse_error" in present:
                out["model_grader_parse_error"] = None
        else:
            out["model_grader_parse_error"] = value_3
        value_4 = self.model_grader_refusal_error
        if value_4 is None:
            if "model_grader_refusal_error" in present:
                out["model_grader_refusal_error"] = None
        else:
            out["model_grader_refusal_error"] = value_4
        value_5 = self.model_grader_server_error
        if value_5 is None:
            if "model_grader_server_error" in present:
                out["model_grader_server_error"] = None
        else:
            out["model_grader_server_error"] = value_5
        value_6 = self.model_grader_server_error_details
        if value_6 is None:
            if "model_grader_server_error_details" in present:
                out["model_grader_server_error_details"] = None
        else:
            out["model_grader_server_error_details"] = to_json(value_6)
        value_7 = self.other_error
        if value_7 is None:
            if "other_error" in present:
                out["other_error"] = None
        else:
            out["other_error"] = value_7
        value_8 = self.python_grader_runtime_error
        if value_8 is None:
            if "python_grader_runtime_error" in present:
                out["python_grader_runtime_error"] = None
        else:
            out["python_grader_runtime_error"] = value_8
        value_9 = self.python_grader_runtime_error_details
        if value_9 is None:
            if "python_grader_runtime_error_details" in present:
                out["python_grader_runtime_error_details"] = None
        else:
            out["python_grader_runtime_error_details"] = to_json(value_9)
        value_10 = self.python_grader_server_error
        if value_10 is None:
            if "python_grader_server_error" in present:
                out["python_grader_server_error"] = None
        else:
            out["python_grader_server_error"] = value_10
        value_11 = self.python_grader_server_error_type
        if value_11 is None:
            if "python_grader_server_error_type" in present:
                out["python_grader_server_error_type"] = None
        else:
            out["python_grader_server_error_type"] = to_json(value_11)
        value_12 = self.sample_parse_error
        if value_12 is None:
            if "sample_parse_error" in present:
                out["sample_parse_error"] = None
        else:
            out["sample_parse_error"] = value_12
        value_13 = self.truncated_observation_error
        if value_13 is None:
            if "truncated_observation_error" in present:
                out["truncated_observation_error"] = None
        else:
            out["truncated_observation_error"] = value_13
        value_14 = self.unresponsive_reward_error
        if value_14 is None:
            if "unresponsive_reward_error" in present:
                out["unresponsive_reward_error"] = None
        else:
            out["unresponsive_reward_error"] = value_14
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.formula_parse_error = get_("formula_parse_error")
        parsed_obj_.sample_parse_error = get_("sample_parse_error")
        parsed_obj_.truncated_observation_error = get_("truncated_observation_error")
        parsed_obj_.unresponsive_reward_error = get_("unresponsive_reward_error")
        parsed_obj_.invalid_variable_error = get_("invalid_variable_error")
        parsed_obj_.other_error = get_("other_error")
        parsed_obj_.python_grader_server_error = get_("python_grader_server_error")
        parsed_obj_.python_grader_server_error_type = get_("python_grader_server_error_type")
        parsed_obj_.python_grader_runtime_error = get_("python_grader_runtime_error")
        parsed_obj_.python_grader_runtime_error_details = get_(
            "python_grader_runtime_error_details"
        )
        parsed_obj_.model_grader_server_error = get_("model_grader_server_error")
        parsed_obj_.model_grader_refusal_error = get_("model_grader_refusal_error")
        parsed_obj_.model_grader_parse_error = get_("model_grader_parse_error")
        parsed_obj_.model_grader_server_error_details = get_("model_grader_server_error_details")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
