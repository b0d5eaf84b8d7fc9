from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.assistants_named_tool_choice_type import (
    AssistantsNamedToolChoiceType,
    check_assistants_named_tool_choice_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssistantsNamedToolChoiceFunction
    from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AssistantsNamedToolChoice")


def _parse_function(data: object) -> AssistantsNamedToolChoiceFunction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantsNamedToolChoiceFunction.from_dict(data)
    return cast("AssistantsNamedToolChoiceFunction | None | Unset", data)


@_attrs_define
class AssistantsNamedToolChoice:
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type_: AssistantsNamedToolChoiceType
    """ The type of the tool. If type is `function`, the function name must be set """
    function: AssistantsNamedToolChoiceFunction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "code_interpreter",
            "file_search",
            "function",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "function",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.function is not UNSET:
            field_dict["function"] = to_json(self.function)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AssistantsNamedToolChoice: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_assistants_named_tool_choice_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_function = d.pop("function", UNSET)
        try:
            function = _parse_function(_raw_function)

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_ = cls(
            type_=type_,
            function=function,
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
