from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_responses_source_metadata import EvalResponsesSourceMetadata

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalResponsesSourceMetadata
    from ..models.eval_responses_source_metadata import EvalResponsesSourceMetadata  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EvalResponsesSource")


def _parse_metadata(data: object) -> EvalResponsesSourceMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalResponsesSourceMetadata.from_dict(data)
    return cast("EvalResponsesSourceMetadata | None | Unset", data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_instructions_search(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_created_after(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_created_before(data: object) -> int | None | Unset:
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


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


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


@_attrs_define
class EvalResponsesSource:
    """A EvalResponsesSource object describing a run data source configuration."""

    type_: Literal["responses"] = "responses"
    """ The type of run data source. Always `responses`. """
    metadata: EvalResponsesSourceMetadata | None | Unset = UNSET
    model: None | str | Unset = UNSET
    instructions_search: None | str | Unset = UNSET
    created_after: int | None | Unset = UNSET
    created_before: int | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffort2 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    users: list[str] | None | Unset = UNSET
    tools: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.instructions_search is not UNSET:
            field_dict["instructions_search"] = to_json(self.instructions_search)
        if self.created_after is not UNSET:
            field_dict["created_after"] = to_json(self.created_after)
        if self.created_before is not UNSET:
            field_dict["created_before"] = to_json(self.created_before)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = to_json(self.reasoning_effort)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        if self.users is not UNSET:
            field_dict["users"] = to_json(self.users)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalResponsesSource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['responses']", _raw_type_)
            if type_ != "responses":
                raise ValueError(f"type must match const 'responses', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_instructions_search = d.pop("instructions_search", UNSET)
        try:
            instructions_search = _parse_instructions_search(_raw_instructions_search)

        except LENIENT_ERRORS:
            instructions_search = _raw_instructions_search

        _raw_created_after = d.pop("created_after", UNSET)
        try:
            created_after = _parse_created_after(_raw_created_after)

        except LENIENT_ERRORS:
            created_after = _raw_created_after

        _raw_created_before = d.pop("created_before", UNSET)
        try:
            created_before = _parse_created_before(_raw_created_before)

        except LENIENT_ERRORS:
            created_before = _raw_created_before

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        try:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        except LENIENT_ERRORS:
            reasoning_effort = _raw_reasoning_effort

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        _raw_users = d.pop("users", UNSET)
        try:
            users = _parse_users(_raw_users)

        except LENIENT_ERRORS:
            users = _raw_users

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        parsed_obj_ = cls(
            type_=type_,
            metadata=metadata,
            model=model,
            instructions_search=instructions_search,
            created_after=created_after,
            created_before=created_before,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            top_p=top_p,
            users=users,
            tools=tools,
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
