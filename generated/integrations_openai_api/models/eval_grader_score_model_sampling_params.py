from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class EvalGraderScoreModelSamplingParams(ApiModel):
    """The sampling parameters for the model."""

    seed: int | None = ABSENT

    top_p: float | None = ABSENT

    temperature: float | None = ABSENT

    max_completions_tokens: int | None = ABSENT

    reasoning_effort: ReasoningEffort2 | str | None = ABSENT

    _sdk_name_: ClassVar[str] = "SamplingParams"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_completions_tokens", "max_completions_tokens"),
        ("reasoning_effort", "reasoning_effort"),
        ("seed", "seed"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "seed": "int | None | Unset",
        "top_p": "float | None | Unset",
        "temperature": "float | None | Unset",
        "max_completions_tokens": "int | None | Unset",
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.max_completions_tokens
        if value_1 is None:
            if "max_completions_tokens" in present:
                out["max_completions_tokens"] = None
        else:
            out["max_completions_tokens"] = to_json(value_1)
        value_2 = self.reasoning_effort
        if value_2 is None:
            if "reasoning_effort" in present:
                out["reasoning_effort"] = None
        else:
            out["reasoning_effort"] = to_json(value_2)
        value_3 = self.seed
        if value_3 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = to_json(value_3)
        value_4 = self.temperature
        if value_4 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_4)
        value_5 = self.top_p
        if value_5 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.seed = get_("seed")
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.max_completions_tokens = get_("max_completions_tokens")
        _raw_reasoning_effort = get_("reasoning_effort", UNSET)
        if _raw_reasoning_effort is not None and _raw_reasoning_effort is not UNSET:
            try:
                reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

            except LENIENT_ERRORS:
                reasoning_effort = _raw_reasoning_effort
        else:
            reasoning_effort = _raw_reasoning_effort
        parsed_obj_.reasoning_effort = (
            None if isinstance(reasoning_effort, Unset) else reasoning_effort
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
