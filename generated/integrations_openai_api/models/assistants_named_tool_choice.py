from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


def _parse_function(data: object) -> AssistantsNamedToolChoiceFunction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantsNamedToolChoiceFunction.from_dict(data)
    return cast("AssistantsNamedToolChoiceFunction | None | Unset", data)


@_attrs_define(repr=False)
class AssistantsNamedToolChoice(ApiModel):
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type: AssistantsNamedToolChoiceType | str
    """ The type of the tool. If type is `function`, the function name must be set """

    function: AssistantsNamedToolChoiceFunction | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("function", "function"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "AssistantsNamedToolChoiceType",
        "function": "AssistantsNamedToolChoiceFunction | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = check_assistants_named_tool_choice_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_function = d.pop("function", UNSET)
        try:
            function = _parse_function(_raw_function)

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.function = None if isinstance(function, Unset) else function
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
