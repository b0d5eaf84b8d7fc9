from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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

if TYPE_CHECKING:
    from ..models.eval_responses_source_metadata import EvalResponsesSourceMetadata

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalResponsesSourceMetadata
    from ..models.eval_responses_source_metadata import EvalResponsesSourceMetadata  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> EvalResponsesSourceMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalResponsesSourceMetadata._from_dict_(data)
    return cast("EvalResponsesSourceMetadata | None | Unset", data)


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


def _parse_users(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        users_type_0 = cast("list[str]", data)

        return users_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_tools(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        tools_type_0 = cast("list[str]", data)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class EvalResponsesSource(ApiModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"] = "responses"
    """ The type of run data source. Always `responses`. """

    metadata: EvalResponsesSourceMetadata | None = ABSENT

    model: str | None = ABSENT

    instructions_search: str | None = ABSENT

    created_after: int | None = ABSENT

    created_before: int | None = ABSENT

    reasoning_effort: ReasoningEffort2 | str | None = ABSENT

    temperature: float | None = ABSENT

    top_p: float | None = ABSENT

    users: list[str] | None = ABSENT

    tools: list[str] | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataSourceResponsesSourceResponses"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("created_after", "created_after"),
        ("created_before", "created_before"),
        ("instructions_search", "instructions_search"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("reasoning_effort", "reasoning_effort"),
        ("temperature", "temperature"),
        ("tools", "tools"),
        ("top_p", "top_p"),
        ("users", "users"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['responses']",
        "metadata": "EvalResponsesSourceMetadata | None | Unset",
        "model": "None | str | Unset",
        "instructions_search": "None | str | Unset",
        "created_after": "int | None | Unset",
        "created_before": "int | None | Unset",
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "users": "list[str] | None | Unset",
        "tools": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("responses",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "metadata",
            "model",
            "instructions_search",
            "created_after",
            "created_before",
            "reasoning_effort",
            "temperature",
            "top_p",
            "users",
            "tools",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.created_after
        if value_2 is None:
            if "created_after" in present:
                out["created_after"] = None
        else:
            out["created_after"] = to_json(value_2)
        value_3 = self.created_before
        if value_3 is None:
            if "created_before" in present:
                out["created_before"] = None
        else:
            out["created_before"] = to_json(value_3)
        value_4 = self.instructions_search
        if value_4 is None:
            if "instructions_search" in present:
                out["instructions_search"] = None
        else:
            out["instructions_search"] = to_json(value_4)
        value_5 = self.metadata
        if value_5 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_5)
        value_6 = self.model
        if value_6 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_6)
        value_7 = self.reasoning_effort
        if value_7 is None:
            if "reasoning_effort" in present:
                out["reasoning_effort"] = None
        else:
            out["reasoning_effort"] = to_json(value_7)
        value_8 = self.temperature
        if value_8 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_8)
        value_9 = self.tools
        if value_9 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_9)
        value_10 = self.top_p
        if value_10 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_10)
        value_11 = self.users
        if value_11 is None:
            if "users" in present:
                out["users"] = None
        else:
            out["users"] = to_json(value_11)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.model = get_("model")
        parsed_obj_.instructions_search = get_("instructions_search")
        parsed_obj_.created_after = get_("created_after")
        parsed_obj_.created_before = get_("created_before")
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
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        _raw_users = get_("users", UNSET)
        if _raw_users is not None and _raw_users is not UNSET:
            try:
                users = _parse_users(_raw_users)

            except LENIENT_ERRORS:
                users = _raw_users
        else:
            users = _raw_users
        parsed_obj_.users = None if isinstance(users, Unset) else users
        _raw_tools = get_("tools", UNSET)
        if _raw_tools is not None and _raw_tools is not UNSET:
            try:
                tools = _parse_tools(_raw_tools)

            except LENIENT_ERRORS:
                tools = _raw_tools
        else:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
