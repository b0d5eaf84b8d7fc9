from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.reasoning_context import ReasoningContext, check_reasoning_context
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..models.reasoning_generate_summary import (
    ReasoningGenerateSummary,
    check_reasoning_generate_summary,
)
from ..models.reasoning_mode import ReasoningMode, check_reasoning_mode
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_context(data: object) -> None | ReasoningContext | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        context_type_0 = check_reasoning_context(data)

        return context_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningContext | Unset", data)


def _parse_mode(data: object) -> None | ReasoningMode | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        mode_type_0 = check_reasoning_mode(data)

        return mode_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningMode | Unset", data)


@_attrs_define(repr=False)
class Reasoning(ApiModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).

    """

    effort: ReasoningEffort2 | str | None = ABSENT

    summary: ReasoningSummary | str | None = ABSENT

    generate_summary: ReasoningGenerateSummary | str | None = ABSENT

    context: ReasoningContext | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Reasoning` has it (the live API sends it). Reads None when
    absent. """

    mode: ReasoningMode | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Reasoning` has it (the live API sends it). Reads None when
    absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("context", "context"),
        ("effort", "effort"),
        ("generate_summary", "generate_summary"),
        ("mode", "mode"),
        ("summary", "summary"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "effort": "None | ReasoningEffort2 | Unset",
        "summary": "None | ReasoningSummary | Unset",
        "generate_summary": "None | ReasoningGenerateSummary | Unset",
        "context": "None | ReasoningContext | Unset",
        "mode": "None | ReasoningMode | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "effort",
            "summary",
            "generate_summary",
            "context",
            "mode",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.context
        if value_1 is None:
            if "context" in present:
                out["context"] = None
        else:
            out["context"] = to_json(value_1)
        value_2 = self.effort
        if value_2 is None:
            if "effort" in present:
                out["effort"] = None
        else:
            out["effort"] = to_json(value_2)
        value_3 = self.generate_summary
        if value_3 is None:
            if "generate_summary" in present:
                out["generate_summary"] = None
        else:
            out["generate_summary"] = to_json(value_3)
        value_4 = self.mode
        if value_4 is None:
            if "mode" in present:
                out["mode"] = None
        else:
            out["mode"] = to_json(value_4)
        value_5 = self.summary
        if value_5 is None:
            if "summary" in present:
                out["summary"] = None
        else:
            out["summary"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_effort = get_("effort", UNSET)
        if _raw_effort is not None and _raw_effort is not UNSET:
            try:
                effort = _parse_effort(_raw_effort)

            except LENIENT_ERRORS:
                effort = _raw_effort
        else:
            effort = _raw_effort
        parsed_obj_.effort = None if isinstance(effort, Unset) else effort
        _raw_summary = get_("summary", UNSET)
        if _raw_summary is not None and _raw_summary is not UNSET:
            try:
                summary = _parse_summary(_raw_summary)

            except LENIENT_ERRORS:
                summary = _raw_summary
        else:
            summary = _raw_summary
        parsed_obj_.summary = None if isinstance(summary, Unset) else summary
        _raw_generate_summary = get_("generate_summary", UNSET)
        if _raw_generate_summary is not None and _raw_generate_summary is not UNSET:
            try:
                generate_summary = _parse_generate_summary(_raw_generate_summary)

            except LENIENT_ERRORS:
                generate_summary = _raw_generate_summary
        else:
            generate_summary = _raw_generate_summary
        parsed_obj_.generate_summary = (
            None if isinstance(generate_summary, Unset) else generate_summary
        )
        _raw_context = get_("context", UNSET)
        if _raw_context is not None and _raw_context is not UNSET:
            try:
                context = _parse_context(_raw_context)

            except LENIENT_ERRORS:
                context = _raw_context
        else:
            context = _raw_context
        parsed_obj_.context = None if isinstance(context, Unset) else context
        _raw_mode = get_("mode", UNSET)
        if _raw_mode is not None and _raw_mode is not UNSET:
            try:
                mode = _parse_mode(_raw_mode)

            except LENIENT_ERRORS:
                mode = _raw_mode
        else:
            mode = _raw_mode
        parsed_obj_.mode = None if isinstance(mode, Unset) else mode
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
